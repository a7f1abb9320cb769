/** Sample dataset, regions and coordinators. */
import type { Coordinator, Region } from '../api/schemas';
import { JURISDICTIONS, REGIONS } from '../data/reference';
import { REGION_OFFICE_ADDRESSES } from './catalogue';
import { PeopleFactory } from './people';
import { Rng } from './prng';
import { COORDINATOR_TITLE } from './seed';

export function buildRegions(people: PeopleFactory, rng: Rng): Region[] {
  return REGIONS.map((ref) => {
    const members = JURISDICTIONS.filter((j) => j.regionId === ref.id)
      .map((j) => j.code)
      .sort();
    const office = { city: ref.officeCity, state: ref.officeState, address: REGION_OFFICE_ADDRESSES[ref.id] ?? '100 Main Street' };
    // 2–4 coordinators: about one per two jurisdictions
    const count = Math.min(4, Math.max(2, Math.round(members.length / 2)));
    const buckets: string[][] = Array.from({ length: count }, () => []);
    rng.shuffle(members).forEach((code, i) => buckets[i % count]?.push(code));
    // some coordinators also back up one jurisdiction of a colleague
    for (let k = 0; k < count; k++) {
      const own = buckets[k];
      if (!own || !rng.chance(0.4)) continue;
      const others = members.filter((c) => !own.includes(c));
      if (others.length > 0) own.push(rng.pick(others));
    }
    const coordinators: Coordinator[] = buckets.map((codes, k) => {
      const p = people.next();
      return {
        id: `ecc-r${String(ref.id).padStart(2, '0')}-${k + 1}`,
        name: p.name,
        title: COORDINATOR_TITLE,
        email: p.email,
        phone: p.phone,
        office: { ...office },
        jurisdictions: [...codes].sort(),
      };
    });
    return { id: ref.id, name: `Region ${ref.id}`, office, jurisdictions: members, coordinators };
  });
}
