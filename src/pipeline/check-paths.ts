import type { Io } from '../core/io.js';
import { checkOne, noTeamFile, planChecks } from './check-files.js';
import type { CheckOptions, TeamCheck } from './check-team-file.js';

/** For render and diff: discovery, then load → validate → resolve → analyze per file, all kept. */
export async function checkPaths(paths: string[], opts: Omit<CheckOptions, 'cwd'>, io: Io): Promise<TeamCheck[]> {
  const plan = await planChecks(paths, opts, io);
  const checks = (await mapLimit(plan.files, 8, (f) => checkOne(f, plan.options))).filter((c) => c !== undefined);
  if (checks.length === 0) throw noTeamFile(paths);
  return checks;
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
