import { useMemo } from 'react';
import type { JurisdictionSummary } from '../api/schemas';
import type { LayerId } from '../app/url-params';
import { describeJurisdiction } from '../data/describe';
import { buildLegend } from '../data/legend';
import { JURISDICTIONS } from '../data/reference';
import type { TourStop } from '../data/tour';
import { boundsOf } from '../geo/bounds';
import { MapView } from '../map/MapView';
import { useNationalGeometry } from '../map/use-geo';
import { WallLegend } from './WallLegend';

const ALL_CODES = JURISDICTIONS.map((j) => j.code);
const NO_HIGHLIGHT: readonly string[] = [];
const ignoreSelect = () => {};

export interface WallMapProps {
  stop: TourStop;
  layer: LayerId;
  summaries: readonly JurisdictionSummary[];
  theme: 'dark' | 'light';
  motion: boolean;
}

/**
 * The one map for the life of the wall: each stop only changes `focus` and `regionId`
 * (an imperative fitBounds inside MapView), never remounts it — a remount would leak a
 * WebGL context per stop. With motion off the camera cuts instead of flying.
 */
export function WallMap({ stop, layer, summaries, theme, motion }: WallMapProps) {
  const national = useNationalGeometry();
  const legend = useMemo(() => buildLegend(layer, summaries, ALL_CODES), [layer, summaries]);
  const byCode = useMemo(() => new Map(summaries.map((s) => [s.code, s])), [summaries]);
  const describe = useMemo(() => (code: string) => describeJurisdiction(code, byCode), [byCode]);
  const focus = useMemo(() => {
    if (stop === 'national' || !national.data) return null;
    const codes = JURISDICTIONS.filter((j) => j.regionId === stop).map((j) => j.code);
    return boundsOf(codes, national.data);
  }, [stop, national.data]);

  return (
    <>
      <div className="wall-map-canvas">
        <MapView
        legend={legend}
        theme={theme}
        selected={null}
        regionId={stop === 'national' ? null : stop}
        visible={null}
        highlight={NO_HIGHLIGHT}
        focus={focus}
        motion={motion}
        searchPoint={null}
        describe={describe}
        onSelect={ignoreSelect}
        kiosk
        />
      </div>
      <WallLegend legend={legend} />
    </>
  );
}
