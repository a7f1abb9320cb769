import { useMemo } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import type { FeatureCollection } from 'geojson';
import { SOURCE } from '../ui/map/ids';
import { searchPointLayer } from '../ui/map/map-style';
import { EMPTY_COLLECTION } from '../ui/map/ThematicLayers';

const SEARCH_POINT_LAYER = searchPointLayer();

/** The searched point: always mounted, an empty collection when there is none (no mount/unmount). */
export function SearchPointSource({ point }: { point: [number, number] | null }) {
  const data = useMemo<FeatureCollection>(
    () =>
      point
        ? { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: point } }] }
        : EMPTY_COLLECTION,
    [point],
  );
  return (
    <Source id={SOURCE.searchPoint} type="geojson" data={data}>
      <Layer {...SEARCH_POINT_LAYER} />
    </Source>
  );
}
