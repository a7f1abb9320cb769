/** Number and date formats shared by the wall and the brief, so both say things the same way. */
import type { Region } from '../api/schemas';
import { REGIONS } from '../data/reference';

/** "Atlanta, GA": the region office from the API, else from reference data ('' if neither knows it) */
export function regionOfficeLabel(regions: readonly Region[] | undefined, regionId: number): string {
  const region = regions?.find((r) => r.id === regionId);
  if (region) return `${region.office.city}, ${region.office.state}`;
  const ref = REGIONS.find((r) => r.id === regionId);
  return ref ? `${ref.officeCity}, ${ref.officeState}` : '';
}

/** "70%" */
export const formatPercent = (share: number): string => percentFormat.format(share);
/** "1,400" */
export const formatCount = (n: number): string => countFormat.format(n);
/** "Apr 2027": the month is precise enough across a room, and keeps table rows on one line */
export const formatMonth = (isoDate: string): string => monthFormat.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
/** "Nov 28": for dates within the coming weeks, where the year goes without saying */
export const formatMonthDay = (isoDate: string): string => monthDayFormat.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));

/** "Workshops in the next N days", counted from the data's asOf */
export const WORKSHOP_WINDOW_DAYS = 30;

const percentFormat = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 });
const countFormat = new Intl.NumberFormat('en-US');
const monthFormat = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthDayFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
