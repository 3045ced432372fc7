import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { onInterrupt } from './interrupt.js';

/**
 * puppeteer's own flags for a headless Chrome (`puppeteer.defaultArgs()`, which tagging and the
 * outline need), less those about a visible window, and with no GPU: the browser only prints.
 * Chromium 156 also builds its address bar's popups as web pages at start-up, in a renderer of
 * their own (WebUIOmnibox*): about 1 s of CPU on a headless browser that has no address bar.
 */
const ARGS = [
  '--headless=new',
  '--remote-debugging-pipe',
  '--export-tagged-pdf',
  '--generate-pdf-document-outline',
  '--force-color-profile=srgb',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--disable-breakpad',
  '--disable-crash-reporter',
  '--disable-client-side-phishing-detection',
  '--disable-component-extensions-with-background-pages',
  '--disable-component-update',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-sync',
  '--disable-hang-monitor',
  '--disable-ipc-flooding-protection',
  '--disable-search-engine-choice-screen',
  '--disable-features=Translate,AcceptCHFrame,MediaRouter,OptimizationHints,ProcessPerSiteUpToMainFrameThreshold,IsolateSandboxedIframes,WebUIOmniboxPopup,WebUIOmniboxAimPopup',
  '--enable-features=PdfOopif',
  '--metrics-recording-only',
  '--no-first-run',
  '--password-store=basic',
  '--use-mock-keychain',
  '--hide-scrollbars',
  '--mute-audio',
];

/** A headless Chromium started with a private profile, spoken to through a pipe. */
export interface BrowserProcess {
  readonly executablePath: string;
  readonly pid: number | undefined;
  /** puppeteer's pipe transport writes to the first and reads from the second. */
  readonly pipe: { write: Writable; read: Readable };
  /** Resolves with the reason when the browser ends or cannot be started. */
  readonly ended: Promise<string>;
  /** The last lines the browser wrote to stderr, for an error message. */
  stderr(): string;
  /** Kills the browser and its helpers, removes the profile; safe to call again. */
  kill(): void;
  /** The same at the end of a run, the profile's files removed many at a time (a third of the wait). */
  end(): Promise<void>;
}

/**
 * Starts the browser at once, before puppeteer is even loaded, so that its start-up overlaps
 * checking the files and filling the templates.
 */
export function startBrowser(executablePath: string, env: Record<string, string | undefined>): BrowserProcess {
  const profile = mkdtempSync(join(tmpdir(), 'carechart-chrome-'));
  const args = [...ARGS, `--user-data-dir=${profile}`];
  // Chromium will not start its sandbox as root, and most containers (where carechart often runs
  // as root) lack the user namespaces it needs. The page it prints is our own HTML with JavaScript
  // off and every request refused, so there only, or when asked, it runs without the sandbox.
  if (process.getuid?.() === 0 || env.CARECHART_NO_SANDBOX === '1') args.push('--no-sandbox');
  // detached: the browser leads a process group of its own, so that one signal ends all its helpers.
  // Chromium's own temp folders (org.chromium.Chromium.*, its shared memory without /dev/shm) go
  // inside the profile, so that removing the profile removes them, even after a SIGKILL.
  const temp = join(profile, 'tmp');
  mkdirSync(temp);
  const childEnv = { ...process.env, TMPDIR: temp };
  const child = spawn(executablePath, [...args, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'], detached: true, env: childEnv });
  let tail = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (tail = (tail + chunk).slice(-4096)));
  const ended = new Promise<string>((resolve) => {
    child.once('error', (error) => resolve(error.message));
    child.once('exit', (code, signal) => resolve(signal ? `it was stopped by ${signal}` : `it exited with status ${code}`));
  });
  let release = () => undefined as void;
  const kill = () => {
    release();
    killGroup(child);
    removeProfile(profile);
  };
  release = onInterrupt(kill);
  let ending: Promise<void> | undefined;
  // An interrupt while the profile is being removed still removes the rest, at once.
  const end = () => (ending ??= (async () => {
    killGroup(child);
    // Killed: nothing more to hear from it, and carechart need not wait out its helpers' exits.
    child.unref();
    for (const stream of child.stdio) stream?.destroy();
    await removeProfileSoon(profile);
    release();
  })());
  return {
    executablePath,
    pid: child.pid,
    pipe: { write: child.stdio[3] as Writable, read: child.stdio[4] as Readable },
    ended,
    stderr: () => tail,
    kill,
    end,
  };
}

function killGroup(child: ChildProcess): void {
  if (!child.pid) return;
  // The whole group, even when the browser itself has ended: its helpers may not have.
  try {
    process.kill(process.platform === 'win32' ? child.pid : -child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

/** Removes the temporary profile; a dying browser may still write into it for a moment, so look twice. */
function removeProfile(profile: string): void {
  for (let attempt = 0; attempt < 5 && existsSync(profile); attempt++) {
    if (attempt > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50 * attempt);
    rmSync(profile, REMOVE);
  }
}

async function removeProfileSoon(profile: string): Promise<void> {
  for (let attempt = 0; attempt < 5 && existsSync(profile); attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    await rm(profile, REMOVE);
  }
}

const REMOVE = { recursive: true, force: true, maxRetries: 3, retryDelay: 20 };
