/**
 * A small inline bar for a share (0–1) with its percentage as text beside it. Decorative
 * SVG: the percentage text carries the value.
 */
import { SHARE_COLORS } from '../data/palette';
import { formatPercent } from '../data/scip';
import './charts.css';

export function ShareBar({ share, label }: { share: number; label?: string }) {
  const clamped = Math.min(1, Math.max(0, share));
  return (
    <span className="share-bar">
      <svg viewBox="0 0 60 10" width="60" height="10" aria-hidden="true" focusable="false">
        <rect x="0" y="0" width="60" height="10" fill="#eef1f4" stroke="#8fa2b8" strokeWidth="0.5" />
        <rect x="0" y="0" width={60 * clamped} height="10" fill={SHARE_COLORS[3]} />
      </svg>
      <span className="share-bar-value">
        {formatPercent(clamped)}
        {label ? ' ' : null}
        {label ? <span className="visually-hidden">{label}</span> : null}
      </span>
    </span>
  );
}
