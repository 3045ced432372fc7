import type { Duration } from '../validate/values.js';

const DAYS: Record<Duration['unit'], number> = { day: 1, week: 7, month: 365.2425 / 12, year: 365.2425 };

/** Average length in days, for comparing cadences ("26 weeks" is within "6 months"). */
export function durationDays(d: Duration): number {
  return d.count * DAYS[d.unit];
}

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (date: Date) => date.toISOString().slice(0, 10);

/** Calendar arithmetic: 2026-01-31 plus 1 month is 2026-02-28. */
export function addDuration(iso: string, d: Duration): string {
  const date = toDate(iso);
  if (d.unit === 'day' || d.unit === 'week') {
    date.setUTCDate(date.getUTCDate() + d.count * (d.unit === 'week' ? 7 : 1));
    return toIso(date);
  }
  const months = d.count * (d.unit === 'year' ? 12 : 1);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const end = new Date(0);
  end.setUTCFullYear(date.getUTCFullYear(), date.getUTCMonth() + 1, 0); // not Date.UTC, which reads year 99 as 1999
  const last = end.getUTCDate();
  date.setUTCDate(Math.min(day, last));
  return toIso(date);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / 86_400_000);
}

/** The local date, YYYY-MM-DD: a family's "today", not UTC's. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
