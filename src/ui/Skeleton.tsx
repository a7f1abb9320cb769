/**
 * A placeholder while a section loads: grey bars of roughly the final shape (so the
 * layout does not jump) inside an aria-busy live region that says what is loading.
 */
import './Skeleton.css';

export interface SkeletonProps {
  /** what is loading, for screen readers, e.g. "Loading markers" */
  label: string;
  lines?: number;
}

export function Skeleton({ label, lines = 3 }: SkeletonProps) {
  return (
    <div className="skeleton" role="status" aria-busy="true" aria-live="polite">
      <span className="visually-hidden">{label}…</span>
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} className="skeleton-line" aria-hidden="true" style={{ width: `${90 - ((i * 23) % 40)}%` }} />
      ))}
    </div>
  );
}
