// How the bench times and weighs commands: several runs, measure and baseline taking turns, medians.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Runs a command to its end; output is thrown away unless asked for. Returns milliseconds. */
export function run(command, { env = {}, cwd, capture = false } = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command[0], command.slice(1), {
    cwd,
    env: { ...process.env, ...env },
    stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'ignore',
    maxBuffer: 512 * 1024 * 1024,
    encoding: capture ? 'utf8' : undefined,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.error) throw result.error;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${command.join(' ')} exited with ${result.status ?? result.signal}${capture ? `: ${result.stderr}` : ''}`);
  }
  return { ms, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Median times of commands run `runs` times, taking turns in an order that changes every run,
 * after `warmup` untimed turns: noise from the machine falls on each of them alike.
 */
export function timeTogether(commands, { runs, warmup = 1 }) {
  const times = commands.map(() => []);
  for (let i = 0; i < warmup + runs; i++) {
    const order = commands.map((_, j) => j);
    if (i % 2) order.reverse();
    for (const j of order) {
      const { ms } = run(commands[j].command, commands[j]);
      if (i >= warmup) times[j].push(ms);
    }
  }
  return times.map(median);
}

/**
 * A preload that prints the process's peak resident memory as it exits. On Linux, VmHWM from
 * /proc/self/status: getrusage's maxRSS also counts the parent's resident memory when it started
 * the process (Linux keeps it across fork and exec), and the bench holds each report it reads, so
 * the 20,000-file figure came out as the bench's own size whenever the bench had grown past it.
 */
export function peakMemoryProbe(dir) {
  const probe = join(dir, 'peak-memory.cjs');
  writeFileSync(
    probe,
    `process.on('exit', () => {
  let kib = process.resourceUsage().maxRSS;
  try {
    kib = Number(/^VmHWM:\\s+(\\d+) kB$/m.exec(require('fs').readFileSync('/proc/self/status', 'utf8'))[1]);
  } catch {}
  process.stderr.write(\`\\npeak-rss-kib=\${kib}\\n\`);
});
`,
  );
  return probe;
}

/** Median peak resident memory, in MiB, of a node command run with the probe. */
export function peakMemory(nodeArgs, probe, runs) {
  const peaks = [];
  for (let i = 0; i < runs; i++) {
    const { stderr } = run([process.execPath, '-r', probe, ...nodeArgs], { capture: true });
    const kib = Number(/peak-rss-kib=(\d+)/.exec(stderr)?.[1]);
    if (!Number.isFinite(kib)) throw new Error(`no peak memory reported by ${nodeArgs.join(' ')}`);
    peaks.push(kib / 1024);
  }
  return median(peaks);
}
