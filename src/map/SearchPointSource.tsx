import { useMemo } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import type { FeatureCollection } from 'geojson';
import { SOURCE } from '../ui/map/ids';
import { searchPointLayer } from '../ui/map/map-style';
import { EMPTY_COLLECTION } from '../ui/map/ThematicLayers';

const SEARCH_POINT_LAYER = searchPointLayer();

/**
 * Where a search landed (one mark, or one per state of a ZIP across a state line): always
 * mounted, an empty collection when there is none (no mount/unmount).
 */
export function SearchPointSource({ points }: { points: ReadonlyArray<[number, number]> }) {
  const data = useMemo<FeatureCollection>(
    () =>
      points.length
        ? { type: 'FeatureCollection', features: points.map((p) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [...p] } })) }
        : EMPTY_COLLECTION,
    [points],
  );
  return (
    <Source id={SOURCE.searchPoint} type="geojson" data={data}>
      <Layer {...SEARCH_POINT_LAYER} />
    </Source>
  );
}
