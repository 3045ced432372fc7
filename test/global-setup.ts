import { execFileSync } from 'node:child_process';

/** Tests that spawn bin/carechart.js need a fresh dist/. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
