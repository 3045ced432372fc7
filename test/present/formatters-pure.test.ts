import { afterEach, describe, expect, it, vi } from 'vitest';
import { REPORT_FORMAT_NAMES, REPORT_FORMATS } from '../../src/present/formatter-registry.js';
import { runCli } from '../helpers/run-cli.js';
import { context, frozen, hostileResults, many } from './report-fixtures.js';

afterEach(() => vi.useRealTimers());

describe('report formats', () => {
  it('are all registered, so that `check --format` offers them', async () => {
    expect(REPORT_FORMAT_NAMES).toEqual(['stylish', 'json', 'sarif', 'github', 'junit', 'markdown']);
    const help = await runCli(['check', '--help']);
    for (const name of REPORT_FORMAT_NAMES) expect(help.stdout).toContain(name);
  });

  it.each(REPORT_FORMAT_NAMES)('%s is pure: same input, same output, whatever the clock; input untouched', (name) => {
    const input = frozen([...hostileResults(), many('warning', 12)]);
    const format = REPORT_FORMATS[name];
    vi.useFakeTimers({ now: new Date('2001-02-03T04:05:06Z') });
    const first = format(input, context);
    vi.setSystemTime(new Date('2031-12-31T23:59:59Z'));
    const second = format(input, context);
    expect(second).toBe(first);
    expect(first).not.toMatch(/2001|2031/);
  });

  it('json is exactly what JSON.stringify(report, null, 2) writes, with no results or many', () => {
    for (const results of [[], frozen([...hostileResults(), many('warning', 3)])]) {
      const out = REPORT_FORMATS.json(results, context);
      const report = JSON.parse(out) as { version: number; results: unknown[]; errorCount: number };
      expect(out).toBe(`${JSON.stringify(report, null, 2)}\n`);
      expect(Object.keys(report)).toEqual(['version', 'results', 'errorCount', 'warningCount', 'infoCount']);
      expect(report.results).toHaveLength(results.length);
    }
  });
});
