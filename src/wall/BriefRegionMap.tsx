import { useMemo } from 'react';
import type { JurisdictionSummary } from '../api/schemas';
import { NO_DATA_COLOR, SCIP_STATUS_COLORS } from '../data/palette';
import { SCIP_STATUS_LABEL } from '../data/scip';
import { useLabels, useNationalGeometry } from '../geo/use-geo';
import { briefMapGeometry } from './brief-geometry';

const WIDTH = 600;
const HEIGHT = 440;
const OUTSIDE_FILL = '#eceff2';

export interface BriefRegionMapProps {
  regionId: number;
  summaries: readonly JurisdictionSummary[];
}

/** The region on paper: members coloured by SCIP status and labelled, neighbours in grey. */
export function BriefRegionMap({ regionId, summaries }: BriefRegionMapProps) {
  const national = useNationalGeometry();
  const labels = useLabels();
  const geometry = useMemo(
    () => (national.data ? briefMapGeometry(national.data, regionId, WIDTH, HEIGHT, labels.data?.jurisdictions) : null),
    [national.data, labels.data, regionId],
  );
  const byCode = useMemo(() => new Map(summaries.map((s) => [s.code, s])), [summaries]);
  if (national.error) return <p className="brief-map-missing">The map could not be drawn: {national.error.message}</p>;
  if (!geometry) return <p className="brief-map-missing">Drawing the map…</p>;
  const description = geometry.labels
    .map((l) => {
      const s = byCode.get(l.code);
      return `${s?.name ?? l.code}: ${s ? SCIP_STATUS_LABEL[s.scip.status] : 'no data'}`;
    })
    .join('; ');
  return (
    <svg className="brief-map" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`Map of Region ${regionId} by SCIP status. ${description}.`}>
      <rect width={WIDTH} height={HEIGHT} fill="#f8fafc" />
      {geometry.shapes
        .filter((s) => !s.inRegion)
        .map((s) => (
          <path key={s.code} d={s.d} fill={OUTSIDE_FILL} stroke="#ffffff" strokeWidth={1} />
        ))}
      {geometry.shapes
        .filter((s) => s.inRegion)
        .map((s) => {
          const summary = byCode.get(s.code);
          return (
            <path
              key={s.code}
              d={s.d}
              fill={summary ? SCIP_STATUS_COLORS[summary.scip.status] : NO_DATA_COLOR}
              stroke="#1b1b1b"
              strokeWidth={1.2}
            />
          );
        })}
      {geometry.labels.map((l) => (
        <text key={l.code} x={l.x} y={l.y} className="brief-map-label" textAnchor="middle" dominantBaseline="central">
          {l.code}
        </text>
      ))}
    </svg>
  );
}
