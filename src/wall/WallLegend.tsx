import type { Legend } from '../data/legend';

/**
 * A read-only key for the wall map: the same legend model as the dashboard's interactive
 * legend (so colours and classes agree), without buttons, and with the counts as text.
 */
export function WallLegend({ legend }: { legend: Legend }) {
  const classes = legend.classes.filter((c) => c.codes.length > 0 || !c.noData);
  return (
    <section className="wall-legend" aria-labelledby="wall-legend-title">
      <h2 id="wall-legend-title" className="wall-legend-title">
        {legend.title}
      </h2>
      <ul className="wall-legend-list">
        {classes.map((c) => (
          <li key={c.key}>
            <span
              className={c.noData ? 'wall-legend-swatch is-hatched' : 'wall-legend-swatch'}
              style={{ backgroundColor: c.color }}
              aria-hidden="true"
            />
            {c.label} <span className="wall-legend-count">({c.codes.length})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
