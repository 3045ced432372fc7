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
