/**
 * Coordinator contact cards (the shared ContactCard), optionally with the jurisdictions
 * each one covers, in words ("Covers Alabama, Florida and Tennessee").
 */
import type { ReactNode } from 'react';
import type { Coordinator } from '../api/schemas';
import { ContactCard } from '../ui/ContactCard';
import { JURISDICTION_BY_CODE } from '../data/reference';
import { listOf } from '../data/coordinators-for';

const nameOf = (code: string) => JURISDICTION_BY_CODE.get(code)?.name ?? code;

export function coverageText(codes: readonly string[]): string {
  const names = codes.map(nameOf).sort((a, b) => a.localeCompare(b));
  return `Covers ${names.length ? listOf(names) : 'no jurisdictions'}`;
}

export function CoordinatorList({
  coordinators,
  showCoverage = false,
  extra,
}: {
  coordinators: readonly Coordinator[];
  showCoverage?: boolean;
  /** shown under each card (the admins' edit controls) */
  extra?: (c: Coordinator) => ReactNode;
}) {
  if (coordinators.length === 0) return <p className="panel-empty">No coordinator is assigned in this dataset.</p>;
  return (
    <ul className="coordinator-list">
      {coordinators.map((c) => (
        <li key={c.id}>
          <ContactCard coordinator={c} headingLevel={4} />
          {showCoverage ? <p className="coordinator-coverage">{coverageText(c.jurisdictions)}</p> : null}
          {extra?.(c)}
        </li>
      ))}
    </ul>
  );
}
