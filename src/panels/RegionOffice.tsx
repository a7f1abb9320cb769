/** The region's office and its coordinators, each with the jurisdictions they cover (from /regions). */
import { useMemo } from 'react';
import { useRegions } from '../api/queries';
import { CoordinatorList } from './CoordinatorList';
import { QuerySection } from './QuerySection';
import { CoordinatorEditors } from './edit/CoordinatorEditors';

export function RegionOffice({ regionId }: { regionId: number }) {
  const regions = useRegions();
  const region = useMemo(() => regions.data?.find((r) => r.id === regionId), [regions.data, regionId]);
  return (
    <QuerySection title="Office and coordinators" query={regions} what="Office and coordinators" skeletonLines={4}>
      {() =>
        region ? (
          <>
            <p className="region-office">
              <span className="panel-muted">Regional office: </span>
              {region.office.address}, {region.office.city}, {region.office.state}
            </p>
            <CoordinatorList
              coordinators={region.coordinators}
              showCoverage
              extra={(c) => <CoordinatorEditors coordinator={c} regionJurisdictions={region.jurisdictions} />}
            />
          </>
        ) : (
          <p className="panel-empty">Region {regionId} is not in this dataset.</p>
        )
      }
    </QuerySection>
  );
}
