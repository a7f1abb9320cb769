import { memo } from 'react';
import { Marker } from 'react-map-gl/maplibre';
import type { LabelAnchors as Labels } from '../../geo/boundaries';
import type { Legend } from '../../data/legend';
import { PROXY_CODES, labelPosition } from './callouts';

interface Props {
  labels: Labels;
  legend: Legend;
  /** when given, the badges of tiny jurisdictions select them on click */
  onSelect?: ((code: string) => void) | undefined;
  showRegions: boolean;
  /** codes drawn dimmed because a legend filter hides them */
  dimmed: Set<string> | null;
  selected: string | null;
  cursor: string | null;
  /** when given, region badges are buttons that open the region */
  onSelectRegion?: (id: number) => void;
}

interface LabelProps {
  code: string;
  lon: number;
  lat: number;
  dimmed: boolean;
  selected: boolean;
  cursor: boolean;
  /** class colour when the label is a badge for a shape too small to see */
  badge: string | null;
  onSelect?: ((code: string) => void) | undefined;
}

/** One memoised marker per code: a new selection re-renders two labels, not 56. */
const JurisdictionLabel = memo(function JurisdictionLabel({ code, lon, lat, dimmed, selected, cursor, badge, onSelect }: LabelProps) {
  const cls = ['map-label', badge ? 'is-badge' : '', dimmed ? 'is-dimmed' : '', selected ? 'is-selected' : '', cursor ? 'is-cursor' : ''].join(' ');
  const clickable = badge !== null && onSelect !== undefined;
  return (
    <Marker longitude={lon} latitude={lat} anchor="center" style={clickable ? undefined : { pointerEvents: 'none' }}>
      {/* Mouse shortcut only: keyboard users reach the same code with the arrow keys or the table. */}
      <span
        className={cls}
        aria-hidden="true"
        data-code={code}
        style={badge ? { backgroundColor: badge } : undefined}
        onClick={clickable ? () => onSelect(code) : undefined}
      >
        {code}
      </span>
    </Marker>
  );
});

const RegionBadge = memo(function RegionBadge({ id, lon, lat, onSelectRegion }: { id: number; lon: number; lat: number; onSelectRegion?: ((id: number) => void) | undefined }) {
  return (
    <Marker longitude={lon} latitude={lat} anchor="center" style={onSelectRegion ? undefined : { pointerEvents: 'none' }}>
      {onSelectRegion ? (
        <button
          type="button"
          className="map-region-label"
          aria-label={`Region ${id}: show the region`}
          onClick={(e) => {
            e.stopPropagation();
            onSelectRegion(id);
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
  );
});

/**
 * No glyph server exists, so labels are HTML over the map (crisp at any DPI). State codes
 * are aria-hidden: the table and the map's live region carry the same facts as text.
 */
export function MapLabels({ labels, legend, onSelect, showRegions, dimmed, selected, cursor, onSelectRegion }: Props) {
  const colourOf = new Map(legend.classes.flatMap((c) => c.codes.map((code) => [code, c.color] as const)));
  return (
    <>
      {Object.entries(labels.jurisdictions).map(([code, anchor]) => {
        const [lon, lat] = labelPosition(code, anchor);
        return (
          <JurisdictionLabel
            key={code}
            code={code}
            lon={lon}
            lat={lat}
            dimmed={dimmed !== null && !dimmed.has(code)}
            selected={code === selected}
            cursor={code === cursor}
            badge={PROXY_CODES.has(code) ? (colourOf.get(code) ?? null) : null}
            onSelect={onSelect}
          />
        );
      })}
      {showRegions &&
        Object.entries(labels.regions).map(([id, [lon, lat]]) => (
          <RegionBadge key={`r${id}`} id={Number(id)} lon={lon} lat={lat} onSelectRegion={onSelectRegion} />
        ))}
    </>
  );
}
