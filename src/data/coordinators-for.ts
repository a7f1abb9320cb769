/**
 * Who covers a jurisdiction, from the regions API: every coordinator whose list names
 * it (a region has several, each covering some of its states), and the sentence a
 * screen reader hears for a result.
 */
import type { Coordinator, Region } from '../api/schemas';
import { JURISDICTION_BY_CODE } from './reference';

export function regionOf(regions: readonly Region[] | undefined, code: string): number | null {
  const fromApi = regions?.find((r) => r.jurisdictions.includes(code));
  return fromApi?.id ?? JURISDICTION_BY_CODE.get(code)?.regionId ?? null;
}

export function coordinatorsFor(regions: readonly Region[], code: string): Coordinator[] {
  return regions.flatMap((r) => r.coordinators.filter((c) => c.jurisdictions.includes(code)));
}

export function jurisdictionHeading(code: string, regionId: number | null): string {
  const name = JURISDICTION_BY_CODE.get(code)?.name ?? code;
  return regionId === null ? name : `${name}, Region ${regionId}`;
}

/** "A", "A and B", "A, B and C" */
export const listOf = (names: readonly string[]): string =>
  names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;

/** "Texas, Region 6: coordinator Jane Doe" */
export function resultAnnouncement(heading: string, coordinators: readonly Coordinator[] | null): string {
  if (coordinators === null) return `${heading}. Loading coordinators.`;
  if (coordinators.length === 0) return `${heading}: no coordinator listed.`;
  const names = listOf(coordinators.map((c) => c.name));
  return `${heading}: ${coordinators.length === 1 ? 'coordinator' : 'coordinators'} ${names}`;
}
