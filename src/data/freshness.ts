import { formatMomentText } from './time-format';

/** A moment as people read it on a briefing screen: the viewer's zone, UTC beside it (see time-format.ts). */
export function formatAsOf(iso: string): string {
  return formatMomentText(iso);
}

const dayFormat = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

export function formatDay(isoDate: string | null): string {
  if (!isoDate) return '—';
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? isoDate : dayFormat.format(d);
}

/** Whole minutes from `then` to `now` (never negative). */
export function minutesBetween(thenIso: string, now: Date): number {
  const t = new Date(thenIso).getTime();
  return Number.isNaN(t) ? 0 : Math.max(0, Math.floor((now.getTime() - t) / 60_000));
}
