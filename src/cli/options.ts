import { InvalidArgumentError } from 'commander';
import { isRealDate } from '../validate/value-formats.js';

export function parseDateOption(value: string): string {
  if (!isRealDate(value)) throw new InvalidArgumentError('write the date as YYYY-MM-DD, like 2026-11-23.');
  return value;
}

export function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('write a whole number, like 0 or 10.');
  return Number(value);
}

export function useColor(io: { env: Record<string, string | undefined> }, isTTY: boolean, flag: boolean | undefined): boolean {
  if (flag === false || io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return isTTY;
}
