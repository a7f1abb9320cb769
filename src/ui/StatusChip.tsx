/**
 * A SCIP status as a chip: the words, the status colour and a distinct shape, so colour
 * is never the only signal (the shape survives greyscale printing and colour blindness).
 */
import type { ScipStatus } from '../api/schemas';
import { SCIP_STATUS_COLORS } from '../data/palette';
import { SCIP_STATUS_LABEL } from '../data/scip';
import './StatusChip.css';

const STROKE = '#1b1b1b';

function StatusShape({ status }: { status: ScipStatus }) {
  const fill = SCIP_STATUS_COLORS[status];
  switch (status) {
    case 'overdue': // warning triangle
      return <path d="M7 1.5 L13 12.5 H1 Z" fill={fill} stroke={STROKE} strokeWidth="1" />;
    case 'update-due': // diamond
      return <path d="M7 1 L13 7 L7 13 L1 7 Z" fill={fill} stroke={STROKE} strokeWidth="1" />;
    case 'in-progress': // half-filled circle: work under way
      return (
        <>
          <circle cx="7" cy="7" r="5.5" fill="#ffffff" stroke={STROKE} strokeWidth="1" />
          <path d="M7 1.5 A5.5 5.5 0 0 1 7 12.5 Z" fill={fill} stroke={STROKE} strokeWidth="1" />
        </>
      );
    case 'workshop-scheduled': // square: a date on the calendar
      return <rect x="2" y="2" width="10" height="10" fill={fill} stroke={STROKE} strokeWidth="1" />;
    case 'current': // full circle
      return <circle cx="7" cy="7" r="5.5" fill={fill} stroke={STROKE} strokeWidth="1" />;
  }
}

export interface StatusChipProps {
  status: ScipStatus;
  /** screen-reader prefix, e.g. "SCIP status" (visually hidden) */
  prefix?: string;
}

export function StatusChip({ status, prefix }: StatusChipProps) {
  return (
    <span className="status-chip" data-status={status} style={{ borderColor: SCIP_STATUS_COLORS[status] }}>
      <svg className="status-chip-icon" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true" focusable="false">
        <StatusShape status={status} />
      </svg>
      {prefix ? <span className="visually-hidden">{prefix}:</span> : null}{prefix ? ' ' : null}
      {SCIP_STATUS_LABEL[status]}
    </span>
  );
}
