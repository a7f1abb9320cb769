import type { Coordinator } from '../api/schemas';

/**
 * Coordinators as large plain text, readable from across a room. Not the shared
 * ContactCard: a wall nobody touches needs no links, Copy or vCard buttons (they would
 * only add tab stops to an unattended screen); the printable brief uses ContactCard.
 */
export function WallCoordinators({ coordinators }: { coordinators: readonly Coordinator[] }) {
  return (
    <section className="wall-coordinators" aria-labelledby="wall-coordinators-title">
      <h3 id="wall-coordinators-title" className="wall-section-title">
        Emergency Communications Coordinators
      </h3>
      <ul className="wall-coordinator-list">
        {coordinators.map((c) => (
          <li key={c.id} className="wall-coordinator">
            <span className="wall-coordinator-name">{c.name}</span>
            <span className="wall-coordinator-phone">{c.phone}</span>
            <span className="wall-coordinator-email">{c.email}</span>
            <span className="wall-coordinator-covers">Covers {c.jurisdictions.join(', ')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
