import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../bench/cli';
import { formatValue, markdownTable, Results, type MetricSpec } from '../../bench/report';
import { median } from '../../bench/stats';

const ratio: MetricSpec = { id: 'map.readyRatio', label: 'Map ready ratio', unit: '×' };
const size: MetricSpec = { id: 'bundle.css', label: 'CSS', unit: 'kB' };

function results() {
  return new Results(new Map([['map.readyRatio', 1.2]]), () => undefined);
}

describe('budget status', () => {
  it('passes at the budget, fails above it, and has no status but info without one', () => {
    const r = results();
    r.record(ratio, 1.2);
    r.record(ratio, 1.21);
    r.record(size, 99);
    expect(r.metrics.map((m) => m.status)).toEqual(['pass', 'fail', 'info']);
    expect(r.failures().map((m) => m.value)).toEqual([1.21]);
  });

  it('turns a throwing step into error rows that name the step, and --check counts them', async () => {
    const r = results();
    await r.step('browser timings', [ratio, size], async () => {
      throw new Error('no combobox labelled "Find your coordinator"\n  call log: …');
    });
    expect(r.metrics.map((m) => m.status)).toEqual(['error', 'error']);
    expect(r.metrics[0]?.note).toBe('error: browser timings: no combobox labelled "Find your coordinator"');
    expect(r.failures()).toHaveLength(2);
  });

  it('reports a metric the step did not deliver as not measured', async () => {
    const r = results();
    await r.step('sizes', [ratio, size], async (extra) => {
      extra({ id: 'bundle.lazy.engine', label: 'Lazy chunk engine', unit: 'kB' }, 9.2);
      return { 'map.readyRatio': { value: 1.1, note: 'medians 110 / 100 ms' } };
    });
    expect(r.metrics.map((m) => [m.id, m.status])).toEqual([
      ['map.readyRatio', 'pass'],
      ['bundle.css', 'error'],
      ['bundle.lazy.engine', 'info'],
    ]);
    expect(r.metrics[1]?.note).toBe('error: not measured');
  });
});

describe('results table', () => {
  it('prints value, budget and status, escaping pipes in notes', () => {
    const r = results();
    r.record(ratio, { value: 2, note: 'a | b' });
    const table = markdownTable(r.metrics);
    expect(table).toContain('| Map ready ratio | 2.00× | ≤ 1.20× | ❌ over budget (a \\| b) |');
    expect(formatValue(null, 'ms')).toBe('—');
    expect(formatValue(12.345, 'kB')).toBe('12.3 kB');
  });
});

describe('command line', () => {
  it('has the documented defaults', () => {
    const o = parseArgs([]);
    expect(o).toMatchObject({ check: false, sizesOnly: false, build: true, runs: 7, soakCycles: [50, 100, 500] });
  });

  it('rejects too few runs, unknown steps and unknown flags with a message', () => {
    expect(() => parseArgs(['--runs=3'])).toThrow(/≥ 5/);
    expect(() => parseArgs(['--skip=nope'])).toThrow(/unknown step/);
    expect(() => parseArgs(['--fast'])).toThrow(/unknown option/);
    expect(parseArgs(['--sizes-only', '--check', '--skip=soak,micro']).skip).toEqual(new Set(['soak', 'micro']));
  });
});

describe('median', () => {
  it('takes the middle sample, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });
});
