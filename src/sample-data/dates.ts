/** Pure UTC calendar arithmetic on ISO dates (YYYY-MM-DD). Never reads the clock. */

const DAY_MS = 86_400_000;

export function toMs(date: string): number {
  const ms = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`not an ISO date: ${date}`);
  return ms;
}

export function fromMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromMs(toMs(date) + days * DAY_MS);
}

/** Adds calendar months, clamping the day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: string, months: number): string {
  const d = new Date(toMs(date));
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return fromMs(d.getTime());
}

export function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}

/** whole days from a to b (positive when b is later) */
export function daysBetween(a: string, b: string): number {
  return Math.round((toMs(b) - toMs(a)) / DAY_MS);
}

/** ISO date-time without milliseconds, e.g. 2026-11-20T14:00:00Z */
export function formatDateTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function addHours(dateTime: string, hours: number): string {
  const ms = Date.parse(dateTime);
  if (Number.isNaN(ms)) throw new Error(`not an ISO date-time: ${dateTime}`);
  return formatDateTime(ms + hours * 3_600_000);
}

export const maxDate = (a: string, b: string): string => (a >= b ? a : b);
export const minDate = (a: string, b: string): string => (a <= b ? a : b);
