/**
 * One way to show a moment everywhere (data-as-of line, wall, brief, PNG export): in the
 * viewer's time zone, with the UTC time beside it when the viewer is not on UTC, so a
 * regional office and headquarters can read the same screen without doing arithmetic.
 * Calendar dates (adopted, expires…) are days, not moments: they stay in formatDay.
 */
const PARTS: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
};

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { ...PARTS, timeZone });
    formatters.set(timeZone, f);
  }
  return f;
}

const utcClock = new Intl.DateTimeFormat('en-US', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' });

/** The viewer's IANA time zone ("UTC" when the runtime cannot tell). */
export function viewerTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export interface ShownTime {
  /** "Nov 20, 2026, 09:00 AM EST" in the viewer's zone */
  local: string;
  /** "Nov 20, 2026, 02:00 PM UTC": the same moment in UTC (for a tooltip) */
  utc: string;
  /** "02:00 PM UTC" to print beside `local`; null when the viewer is on UTC (nothing to add) */
  utcBeside: string | null;
}

export function formatMoment(iso: string, timeZone: string = viewerTimeZone()): ShownTime | null {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  let zone = timeZone;
  try {
    formatterFor(zone);
  } catch {
    zone = 'UTC'; // an unknown zone name must not break the status line
  }
  const local = formatterFor(zone).format(d);
  const utc = formatterFor('UTC').format(d);
  return { local, utc, utcBeside: local === utc ? null : utcClock.format(d) };
}

/** One line of text: "Nov 20, 2026, 09:00 AM EST (02:00 PM UTC)"; the input as is if it is not a time. */
export function formatMomentText(iso: string, timeZone?: string): string {
  const t = formatMoment(iso, timeZone);
  if (!t) return iso;
  return t.utcBeside ? `${t.local} (${t.utcBeside})` : t.local;
}
