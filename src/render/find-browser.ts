import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

/** No usable Chrome or Chromium: exit 2 with one message that says how to get one. */
export class BrowserNotFound extends Error {}

export const HOW_TO_GET_A_BROWSER =
  'To print PDFs carechart needs Chrome or Chromium: `apt-get install chromium` (Debian, Ubuntu), ' +
  '`brew install --cask chromium` (macOS), or anywhere `npx @puppeteer/browsers install chrome-headless-shell@stable`; ' +
  'then pass --chrome PATH or set CARECHART_CHROME to the browser it installed. Markdown and HTML need no browser.';

export interface BrowserSearch {
  /** `--chrome PATH`, relative to `cwd`. */
  chrome?: string | undefined;
  env: Record<string, string | undefined>;
  cwd: string;
  platform?: NodeJS.Platform;
}

type Candidates = (search: BrowserSearch) => Promise<string[]>;
let candidateOverride: Candidates | undefined;

/**
 * Replaces what is searched after the explicit settings (browsers puppeteer installed, system
 * paths, PATH) with a list of one's own: tests use it to act out a machine without a browser.
 */
export function setBrowserCandidates(candidates: Candidates | undefined): void {
  candidateOverride = candidates;
}

/**
 * The browser to print with: `--chrome`, then CARECHART_CHROME, then PUPPETEER_EXECUTABLE_PATH
 * (any of them naming a missing file is an error, not a reason to look elsewhere), then a browser
 * puppeteer installed, then the usual system paths, then PATH.
 */
export async function findBrowser(search: BrowserSearch): Promise<string> {
  const explicit: [string, string | undefined][] = [
    ['--chrome', search.chrome],
    ['CARECHART_CHROME', search.env.CARECHART_CHROME],
    ['PUPPETEER_EXECUTABLE_PATH', search.env.PUPPETEER_EXECUTABLE_PATH],
  ];
  for (const [from, given] of explicit) {
    if (!given) continue;
    const path = resolve(search.cwd, given);
    if (isExecutable(path)) return path;
    const why = existsSync(path) ? 'is not a program carechart can run' : 'does not exist';
    throw new BrowserNotFound(`${from} names ${given}, which ${why}. ${HOW_TO_GET_A_BROWSER}`);
  }
  const candidates = await (candidateOverride ?? defaultCandidates)(search);
  const found = candidates.find(isExecutable);
  if (found) return found;
  throw new BrowserNotFound(`No Chrome or Chromium was found on this computer. ${HOW_TO_GET_A_BROWSER}`);
}

export function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function defaultCandidates(search: BrowserSearch): Promise<string[]> {
  const platform = search.platform ?? process.platform;
  return [...(await puppeteerBrowsers(search.env)), ...systemPaths(platform, search.env), ...onPath(platform, search.env)];
}

/** Browsers `npx @puppeteer/browsers install` put in puppeteer's cache, newest first; none when that package is not there. */
async function puppeteerBrowsers(env: Record<string, string | undefined>): Promise<string[]> {
  const cacheDir = env.PUPPETEER_CACHE_DIR ?? join(env.HOME || homedir(), '.cache', 'puppeteer');
  if (!existsSync(cacheDir)) return [];
  try {
    const browsers = await import('@puppeteer/browsers');
    const platform = browsers.detectBrowserPlatform();
    const kinds: string[] = [browsers.Browser.CHROMEHEADLESSSHELL, browsers.Browser.CHROME, browsers.Browser.CHROMIUM];
    const installed = await browsers.getInstalledBrowsers({ cacheDir });
    return installed
      .filter((b) => kinds.includes(b.browser) && (!platform || b.platform === platform))
      .sort((a, b) => kinds.indexOf(a.browser) - kinds.indexOf(b.browser) || b.buildId.localeCompare(a.buildId, 'en', { numeric: true }))
      .map((b) => b.executablePath);
  } catch {
    return []; // @puppeteer/browsers missing or its cache unreadable: look elsewhere
  }
}

function systemPaths(platform: NodeJS.Platform, env: Record<string, string | undefined>): string[] {
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];
    return [...apps.map((a) => `/Applications/${a}`), ...apps.map((a) => join(env.HOME || homedir(), 'Applications', a))];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES ?? 'C:\\Program Files', env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', env.LOCALAPPDATA].filter((r): r is string => !!r);
    const exes = ['Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe', 'Chromium\\Application\\chrome.exe'];
    return exes.flatMap((exe) => roots.map((root) => `${root}\\${exe}`));
  }
  return ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge']
    .map((name) => `/usr/bin/${name}`)
    .concat(['/snap/bin/chromium']);
}

/** The same names on PATH (a browser in /usr/local/bin, on NixOS, in a container image). */
function onPath(platform: NodeJS.Platform, env: Record<string, string | undefined>): string[] {
  const path = env.PATH ?? env.Path;
  if (!path) return [];
  const names = platform === 'win32' ? ['chrome.exe', 'msedge.exe'] : ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome', 'headless_shell', 'chrome-headless-shell'];
  return path.split(delimiter).filter(Boolean).flatMap((dir) => names.map((n) => join(dir, n)));
}
