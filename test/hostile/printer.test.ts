import { execFileSync, spawn } from 'node:child_process';
import { closeSync, constants, existsSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { example, tempFiles, TODAY } from '../render/render-helpers.js';

const BIN = join(process.cwd(), 'bin', 'carechart.js');

/** Every way a page can ask for a file, pointing at `target`. */
function fileUrls(target: string): string[] {
  const url = `file://${target}`;
  return [
    `<img src="${url}">`,
    `<link rel=stylesheet href="${url}">`,
    `<iframe src="${url}"></iframe>`,
    `<object data="${url}"></object>`,
    `<style>@import url(${url}); body { background: url(${url}) }</style>`,
    `<meta http-equiv="refresh" content="0;url=${url}">`,
    `<script src="${url}"></script>`,
  ];
}

function teamWith(strings: string[]): string {
  const q = (i: number) => JSON.stringify(strings[i % strings.length]);
  return example('rivera-after-questions')
    .replace(/^( {4}name: ).*$/gm, (_, key: string) => `${key}${q(0)}`)
    .replace(/^( {4}title: ).*$/gm, (_, key: string) => `${key}${q(1)}`)
    .replace(/^( {4}notes: ).*$/gm, (_, key: string) => `${key}${q(2)}`)
    .replace(/^( {2}name: ).*$/m, (_, key: string) => `${key}${q(3)}`)
    .replace(/notes: [^}\n]*/g, () => `notes: ${q(4)}`);
}

describe('the printer reads no file', () => {
  it('never opens a file named in the team, through any kind of embedded URL', async () => {
    const dir = tempFiles({});
    // A reader opening a FIFO is visible from outside: a non-blocking open for writing succeeds only then.
    const fifo = join(dir, 'secret.fifo');
    execFileSync('mkfifo', [fifo]);
    const team = teamWith(fileUrls(fifo));
    expect(team.split(`file://${fifo}`).length).toBeGreaterThan(20);
    writeFileSync(join(dir, 'team.yaml'), team);
    const readerPresent = () => {
      try {
        closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
        return true;
      } catch {
        return false; // ENXIO: nobody is reading it
      }
    };
    // The detector works: it sees a reader, and no reader.
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    expect(readerPresent()).toBe(true);
    closeSync(reader);
    expect(readerPresent()).toBe(false);
    let opened = false;
    const watch = setInterval(() => {
      if (readerPresent()) opened = true;
    }, 5);
    const run = await runCli(['render', 'team.yaml', '-o', 'chart.pdf', '--today', TODAY], { cwd: dir });
    clearInterval(watch);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(opened).toBe(false);
    const text = execFileSync('pdftotext', [join(dir, 'chart.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain(`file://${fifo}`); // printed as text, not followed
  });
});

describe('custom templates with prototype-access payloads', () => {
  const payloads = [
    '{{#with (lookup this "constructor")}}{{#with (lookup this "constructor")}}{{this "return process"}}{{/with}}{{/with}}',
    '{{lookup (lookup this "constructor") "prototype"}}',
    '{{#with this.__proto__}}{{polluted}}{{/with}}',
    '{{#each (lookup this "__proto__")}}{{@key}}{{/each}}',
    '{{__defineGetter__ "x" this}}',
    '{{#with "s"}}{{#with (lookup this "constructor")}}{{name}}{{/with}}{{/with}}',
  ];

  it.each(payloads)('%s is refused or inert', async (payload) => {
    const dir = tempFiles({ 'team.yaml': example('rivera-after-questions') });
    mkdirSync(join(dir, 'tpl'));
    writeFileSync(join(dir, 'tpl', 'chart.md.hbs'), `start ${payload} end\n`);
    const run = await runCli(['render', 'team.yaml', '--template', 'tpl', '-o', 'out.md', '--today', TODAY], { cwd: dir });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (run.status === 2) {
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(existsSync(join(dir, 'out.md'))).toBe(false);
    } else {
      expect(run.status).toBe(0);
      const out = readFileSync(join(dir, 'out.md'), 'utf8');
      expect(out).not.toMatch(/function|\[object|process|native code|String|Object/);
    }
  });
});

describe('an interrupted many-file PDF render', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('%s leaves no partial file and no browser', async (signal) => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 16; i++) files[`team-${String(i).padStart(2, '0')}.yaml`] = example(i % 2 ? 'csa-wraparound-clean' : 'rivera-enrollment');
    const dir = tempFiles(files);
    // A temp folder of its own: the run's browser profile (and anything it leaves) is told apart from other runs' on this machine.
    const temp = join(dir, 'tmp');
    mkdirSync(temp);
    const env = { ...process.env, TMPDIR: temp };
    const child = spawn(process.execPath, [BIN, 'render', ...Object.keys(files), '-d', 'out', '-f', 'pdf', '--today', TODAY], { cwd: dir, env });
    // Interrupt once the first chart is written: the browser is up and more pages are in flight.
    await new Promise<void>((resolve, reject) => {
      const started = Date.now();
      const poll = setInterval(() => {
        const done = existsSync(join(dir, 'out')) && readdirSync(join(dir, 'out')).some((f) => f.endsWith('.pdf'));
        if (done || Date.now() - started > 30_000) {
          clearInterval(poll);
          done ? resolve() : reject(new Error('no chart was written in 30 s'));
        }
      }, 20);
    });
    child.kill(signal);
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c, s) => resolve(c ?? (s ? 128 + (signal === 'SIGINT' ? 2 : 15) : null))));
    expect(code).toBe(signal === 'SIGINT' ? 130 : 143);
    const written = readdirSync(join(dir, 'out'));
    expect(written.filter((f) => !f.endsWith('.pdf'))).toEqual([]); // no temp files
    expect(written.length).toBeLessThan(16);
    for (const pdf of written) expect(execFileSync('pdfinfo', [join(dir, 'out', pdf)], { encoding: 'utf8' })).toMatch(/Pages:\s+[1-9]/);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const processes = execFileSync('ps', ['-eo', 'pid,ppid,args'], { encoding: 'utf8' });
    expect(processes.split('\n').filter((l) => l.includes(join(temp, 'carechart-chrome-')))).toEqual([]);
    expect(readdirSync(temp).filter((f) => !f.startsWith('carechart-code-cache-'))).toEqual([]);
  });
});
