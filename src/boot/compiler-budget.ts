import { setFlagsFromString } from 'node:v8';

/**
 * How much bytecode V8's optimizing compiler (TurboFan) inlines into one function, in total:
 * 200 instead of V8's 920. A check of many files keeps that compiler busy on the second CPU
 * while its first files run unoptimized, and with less inlined into each function it finishes
 * sooner and spends less: a 1,000-file check takes about a tenth less time and CPU
 * (docs/performance.md). It changes how fast code runs, never what it does. Set before the bundle
 * is compiled, and the same in every run, as V8 refuses a code cache made under other flags.
 */
export const INLINING_BUDGET = '--max-inlined-bytecode-size-cumulative=200';

export function setCompilerBudget(): void {
  if (process.env.CARECHART_V8_DEFAULTS !== '1') setFlagsFromString(INLINING_BUDGET);
}
