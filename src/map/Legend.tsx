import type { Legend as LegendModel } from '../data/legend';

interface Props {
  legend: LegendModel;
  /** active filter keys (legend click); empty = all shown */
  active: ReadonlySet<string>;
  onHighlight: (codes: readonly string[]) => void;
  onToggle: (key: string) => void;
  onClear: () => void;
}

/**
 * Each class is a toggle button: hover or focus outlines its jurisdictions on the map,
 * a click filters to it. Counts are part of the label so colour is never the only signal.
 */
export function Legend({ legend, active, onHighlight, onToggle, onClear }: Props) {
  const total = legend.classes.reduce((n, c) => n + c.codes.length, 0);
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="legend-title">
        {legend.title}
      </h2>
      <ul className="legend-list">
        {legend.classes.map((c) => (
          <li key={c.key}>
            <button
              type="button"
              className="legend-item"
              aria-pressed={active.has(c.key)}
              data-legend-key={c.key}
              onMouseEnter={() => onHighlight(c.codes)}
              onMouseLeave={() => onHighlight([])}
              onFocus={() => onHighlight(c.codes)}
              onBlur={() => onHighlight([])}
              onClick={() => onToggle(c.key)}
            >
              <span
                className={c.noData ? 'legend-swatch is-hatched' : 'legend-swatch'}
                style={{ backgroundColor: c.color }}
                aria-hidden="true"
              />
              <span className="legend-label">{c.label}</span>
              <span className="legend-count">
                <span aria-hidden="true">·</span> {c.codes.length}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <p className="legend-foot">
        {total} jurisdictions
        {active.size > 0 ? (
          <>
            {' · '}
            <button type="button" className="link-button" onClick={onClear}>
              Show all
            </button>
          </>
        ) : null}
      </p>
    </section>
  );
}
