import type { JurisdictionSummary } from '../api/schemas';
import type { LayerId } from '../data/layers';
import { useLegendModel } from '../data/use-map-model';
import type { TourStop } from '../data/tour';
import { MapCanvas, mapThemeOf } from '../ui/map/MapCanvas';
import { MapLabels } from '../ui/map/MapLabels';
import { ThematicLayers } from '../ui/map/ThematicLayers';
import { useLabels, useRegionFocus } from '../geo/use-geo';
import { WallLegend } from './WallLegend';

const NO_HIGHLIGHT: readonly string[] = [];
export const WALL_MAP_ID = 'wallMap';

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
 * (an imperative fitBounds inside the canvas), never remounts it — a remount would leak a
 * WebGL context per stop. With motion off the camera cuts instead of flying.
 */
export function WallMap({ stop, layer, summaries, theme, motion }: WallMapProps) {
  const { legend } = useLegendModel(layer, null, summaries);
  const regionId = stop === 'national' ? null : stop;
  const focus = useRegionFocus(regionId);
  const labels = useLabels();

  return (
    <>
      <div className="wall-map-canvas">
        <MapCanvas id={WALL_MAP_ID} theme={theme} focus={focus} motion={motion} kiosk>
          <ThematicLayers
            legend={legend}
            mapTheme={mapThemeOf(theme)}
            visible={null}
            highlight={NO_HIGHLIGHT}
            selected={null}
            regionId={regionId}
            trueInsets={false}
          />
          {labels.data ? (
            <MapLabels labels={labels.data} legend={legend} showRegions={legend.layer === 'region'} dimmed={null} selected={null} cursor={null} />
          ) : null}
        </MapCanvas>
      </div>
      <WallLegend legend={legend} />
    </>
  );
}
