/** The regional coordinators whose coverage includes this jurisdiction (from /regions). */
import { useMemo } from 'react';
import { useRegions } from '../api/queries';
import { CoordinatorList } from './CoordinatorList';
import { QuerySection } from './QuerySection';

export function StateCoordinators({ code, regionId }: { code: string; regionId: number }) {
  const regions = useRegions();
  const covering = useMemo(() => {
    const all = regions.data ?? [];
    // prefer the home region; fall back to any region in case coverage crosses a boundary
    const home = all.find((r) => r.id === regionId)?.coordinators.filter((c) => c.jurisdictions.includes(code)) ?? [];
    return home.length > 0 ? home : all.flatMap((r) => r.coordinators.filter((c) => c.jurisdictions.includes(code)));
  }, [regions.data, code, regionId]);
  return (
    <QuerySection title="Regional coordinators" query={regions} what="Coordinators" skeletonLines={4}>
      {() => <CoordinatorList coordinators={covering} />}
    </QuerySection>
  );
}
