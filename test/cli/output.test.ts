import { execFile, execFileSync, spawn } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { runAsNobody } from '../helpers/as-nobody.js';
import { runCli } from '../helpers/run-cli.js';
import { example, tempFiles, TODAY } from '../render/render-helpers.js';

const BIN = join(process.cwd(), 'bin', 'carechart.js');
const exec = promisify(execFile);
const isRoot = process.getuid?.() === 0;
const check = (dir: string, ...args: string[]) => runCli(['check', 'team.yaml', '--format', 'json', '--today', TODAY, ...args], { cwd: dir });
const teamDir = () => tempFiles({ 'team.yaml': example('rivera-after-questions') });

/** A small file system that fills up (root only, where mounting is allowed). */
const mounts: string[] = [];
function smallDisk(dir: string): boolean {
  if (!isRoot) return false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', dir], { stdio: 'ignore' });
    mounts.push(dir);
    return true;
  } catch {
    return false;
  }
}
afterAll(() => mounts.forEach((m) => execFileSync('umount', [m])));

describe('-o never replaces what is not a regular file', () => {
  it('writes through to a character device (a null device made for the test as root, /dev/null otherwise)', async () => {
    const dir = teamDir();
    let device = '/dev/null';
    if (isRoot) {
      device = join(dir, 'null');
      execFileSync('mknod', [device, 'c', '1', '3']);
    }
    const run = await check(dir, '-o', device);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(statSync(device).isCharacterDevice()).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes through to a FIFO, and its reader gets the report', async () => {
    const dir = teamDir();
    const fifo = join(dir, 'report.fifo');
    execFileSync('mkfifo', [fifo]);
    const reader = exec('cat', [fifo]);
    const run = await check(dir, '-o', fifo);
    expect(run.status).toBe(0);
    expect(JSON.parse((await reader).stdout).results[0].file).toBe('team.yaml');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('follows a symlink and replaces its target, keeping the link', async () => {
    const dir = teamDir();
    mkdirSync(join(dir, 'reports'));
    writeFileSync(join(dir, 'reports', 'report.json'), 'old');
    symlinkSync(join('reports', 'report.json'), join(dir, 'latest.json'));
    symlinkSync(join('reports', 'new.json'), join(dir, 'dangling.json'));
    expect((await check(dir, '-o', 'latest.json')).status).toBe(0);
    expect((await check(dir, '-o', 'dangling.json')).status).toBe(0);
    expect(lstatSync(join(dir, 'latest.json')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'latest.json'))).toBe(join('reports', 'report.json'));
    expect(JSON.parse(readFileSync(join(dir, 'reports', 'report.json'), 'utf8')).version).toBe(1);
    expect(lstatSync(join(dir, 'dangling.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'reports', 'new.json'), 'utf8')).version).toBe(1);
  });

  it('keeps an existing file’s mode', async () => {
    const dir = teamDir();
    writeFileSync(join(dir, 'report.json'), 'old');
    chmodSync(join(dir, 'report.json'), 0o600);
    expect((await check(dir, '-o', 'report.json')).status).toBe(0);
    expect(statSync(join(dir, 'report.json')).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).version).toBe(1);
  });

  it('writes through /dev/stdout to the pipe it stands for', async () => {
    const dir = teamDir();
    const { stdout } = await exec(process.execPath, [BIN, 'check', 'team.yaml', '-f', 'json', '--today', TODAY, '-o', '/dev/stdout'], { cwd: dir });
    expect(JSON.parse(stdout).results[0].file).toBe('team.yaml');
    expect(lstatSync('/dev/stdout').isSymbolicLink()).toBe(true);
  });

  it('-o - is stdout, for check as for render', async () => {
    const dir = teamDir();
    const run = await check(dir, '-o', '-');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).version).toBe(1);
    expect(existsSync(join(dir, '-'))).toBe(false);
  });
});

describe('a report that cannot be written: one line naming the path, exit 2', () => {
  const oneLine = (stderr: string, line: string) => expect(stderr).toBe(`carechart: ${line}\n`);

  it.each([
    ['nowhere/report.json', 'cannot write nowhere/report.json: the folder it goes in does not exist'],
    ['folder', 'cannot write folder: it is a folder'],
    ['/dev/full', 'cannot write /dev/full: no space left on device'],
  ])('%s', async (output, line) => {
    const dir = teamDir();
    mkdirSync(join(dir, 'folder'));
    const run = await check(dir, '-o', output);
    oneLine(run.stderr, line);
    expect(run.status).toBe(2);
  });

  it.skipIf(!isRoot)('a full disk (a 16 KiB tmpfs) names the file, not the temp file, and leaves nothing behind', async () => {
    const dir = teamDir();
    const full = join(dir, 'full');
    mkdirSync(full);
    if (!smallDisk(full)) return expect.fail('could not mount a tmpfs as root');
    writeFileSync(join(full, 'filler'), Buffer.alloc(12 * 1024));
    const run = await runCli(['check', 'team.yaml', '-f', 'sarif', '--today', TODAY, '-o', 'full/report.sarif'], { cwd: dir });
    oneLine(run.stderr, 'cannot write full/report.sarif: no space left on device');
    expect(run.status).toBe(2);
    expect(readdirSync(full)).toEqual(['filler']);
  });

  it.skipIf(!isRoot)('render -d onto a full disk says which charts were not written', async () => {
    const files: Record<string, string> = {};
    for (const name of ['a', 'b', 'c', 'd']) files[`${name}.yaml`] = example('rivera-after-questions');
    const dir = tempFiles(files);
    mkdirSync(join(dir, 'out'));
    if (!smallDisk(join(dir, 'out'))) return expect.fail('could not mount a tmpfs as root');
    writeFileSync(join(dir, 'out', 'filler'), Buffer.alloc(16 * 1024 - 4096 * 2));
    const run = await runCli(['render', 'a.yaml', 'b.yaml', 'c.yaml', 'd.yaml', '-d', 'out', '--today', TODAY], { cwd: dir });
    expect(run.status).toBe(2);
    const written = readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.md'));
    expect(written.length).toBeLessThan(4);
    const missing = ['a', 'b', 'c', 'd'].filter((n) => !written.includes(`${n}.md`)).map((n) => `out/${n}.md`);
    expect(run.stderr).toMatch(/^carechart: cannot write out\/[a-d]\.md: no space left on device \(not written: .*\)\n$/);
    expect(run.stderr).toContain(`(not written: ${missing.join(', ')})`);
  });

  it('a read-only folder, as a user who may not write there', async () => {
    const dir = teamDir();
    chmodSync(dir, 0o755);
    mkdirSync(join(dir, 'locked'));
    chmodSync(join(dir, 'locked'), 0o555);
    const run = await runAsNobody(['check', 'team.yaml', '--today', TODAY, '-o', 'locked/report.txt'], dir);
    expect(run).toMatchObject({ code: 2, stderr: 'carechart: cannot write locked/report.txt: permission denied\n' });
  });
});

describe('a reader that stops early', () => {
  it('check | head -1: the exit status still follows the findings', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) files[`team-${i}.yaml`] = readFileSync('test/fixtures/rules/schema/fails.yaml', 'utf8');
    const dir = tempFiles(files);
    for (const format of ['stylish', 'json']) {
      const child = spawn(process.execPath, [BIN, 'check', '.', '-f', format], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (c) => (stderr += c));
      await new Promise((resolve) => child.stdout.once('data', resolve));
      child.stdout.destroy();
      const code = await new Promise((resolve) => child.on('exit', resolve));
      expect(code, format).toBe(1);
      expect(stderr, format).toBe('');
    }
  });
});
