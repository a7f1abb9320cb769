import type { JurisdictionSummary } from '../api/schemas';
import type { LayerId } from '../data/layers';
import { useLegendModel } from '../data/use-map-model';
import type { TourStop } from '../data/tour';
import { MapView } from '../ui/map/MapView';
import { useRegionFocus } from '../geo/use-geo';
import { WallLegend } from './WallLegend';

const NO_HIGHLIGHT: readonly string[] = [];
const ignoreSelect = () => {};

export interface WallMapProps {
  stop: TourStop;
  layer: LayerId;
  /** undefined until the API answers (the map colours from reference data meanwhile) */
  summaries: readonly JurisdictionSummary[] | undefined;
  theme: 'dark' | 'light';
  motion: boolean;
}

/**
 * The one map for the life of the wall: each stop only changes `focus` and `regionId`
 * (an imperative fitBounds inside MapView), never remounts it — a remount would leak a
 * WebGL context per stop. With motion off the camera cuts instead of flying.
 */
export function WallMap({ stop, layer, summaries, theme, motion }: WallMapProps) {
  const { legend, describe } = useLegendModel(layer, null, summaries);
  const focus = useRegionFocus(stop === 'national' ? null : stop);

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
        describe={describe}
        onSelect={ignoreSelect}
        kiosk
        />
      </div>
      <WallLegend legend={legend} />
    </>
  );
}
