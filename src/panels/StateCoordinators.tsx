/** The regional coordinators whose coverage includes this jurisdiction (from /regions). */
import { useMemo } from 'react';
import { useRegions } from '../api/queries';
import { coordinatorsFor } from '../data/coordinators-for';
import { CoordinatorList } from './CoordinatorList';
import { QuerySection } from './QuerySection';

export function StateCoordinators({ code, regionId }: { code: string; regionId: number }) {
  const regions = useRegions();
  const covering = useMemo(() => {
    const all = regions.data ?? [];
    // prefer the home region; fall back to any region in case coverage crosses a boundary
    const home = all.filter((r) => r.id === regionId);
    const inHome = coordinatorsFor(home, code);
    return inHome.length > 0 ? inHome : coordinatorsFor(all, code);
  }, [regions.data, code, regionId]);
  return (
    <QuerySection title="Regional coordinators" query={regions} what="Coordinators" skeletonLines={4}>
      {() => <CoordinatorList coordinators={covering} />}
    </QuerySection>
  );
}
