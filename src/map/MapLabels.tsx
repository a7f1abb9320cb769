import { memo } from 'react';
import { Marker } from 'react-map-gl/maplibre';
import type { LabelAnchors as Labels } from '../geo/boundaries';
import { labelPosition } from './callouts';

interface Props {
  labels: Labels;
  showRegions: boolean;
  /** codes drawn dimmed because a legend filter hides them */
  dimmed: Set<string> | null;
  selected: string | null;
  cursor: string | null;
  /** when given, region badges are buttons that open the region */
  onSelectRegion?: (id: number) => void;
}

/**
 * No glyph server exists, so labels are HTML over the map (crisp at any DPI and read by
 * nothing: they are aria-hidden; the table and the live region carry the same facts).
 */
export const MapLabels = memo(function MapLabels({ labels, showRegions, dimmed, selected, cursor, onSelectRegion }: Props) {
  return (
    <>
      {Object.entries(labels.jurisdictions).map(([code, anchor]) => {
        const [lon, lat] = labelPosition(code, anchor);
        const cls = [
          'map-label',
          dimmed && !dimmed.has(code) ? 'is-dimmed' : '',
          code === selected ? 'is-selected' : '',
          code === cursor ? 'is-cursor' : '',
        ].join(' ');
        return (
          <Marker key={code} longitude={lon} latitude={lat} anchor="center" style={{ pointerEvents: 'none' }}>
            <span className={cls} aria-hidden="true" data-code={code}>
              {code}
            </span>
          </Marker>
        );
      })}
      {showRegions &&
        Object.entries(labels.regions).map(([id, [lon, lat]]) => (
          <Marker key={`r${id}`} longitude={lon} latitude={lat} anchor="center" style={onSelectRegion ? undefined : { pointerEvents: 'none' }}>
            {onSelectRegion ? (
              <button
                type="button"
                className="map-region-label"
                aria-label={`Region ${id}: show the region`}
                onClick={(e) => {
                  e.stopPropagation();
                  onSelectRegion(Number(id));
                }}
                onKeyDown={(e) => e.stopPropagation()}
              >
                {id}
              </button>
            ) : (
              <span className="map-region-label" aria-hidden="true">
                {id}
              </span>
            )}
          </Marker>
        ))}
    </>
  );
});
