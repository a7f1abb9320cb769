import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { datasetFor } from '../../mocks/handlers';
import { KpiBanner } from '../../src/wall/KpiBanner';
import { StaleBadge } from '../../src/wall/StaleBadge';
import { SCIP_STATUS_LABEL, SCIP_STATUS_ORDER } from '../../src/data/scip';

const DS = datasetFor(0);

function kpi(name: string | RegExp): HTMLElement {
  const term = screen.getByText(name, { selector: 'dt, dt *' });
  const item = term.closest('.wall-kpi');
  if (!(item instanceof HTMLElement)) throw new Error(`no KPI for ${String(name)}`);
  return item;
}

describe('KpiBanner', () => {
  it('counts the jurisdictions in each SCIP status, with its label, most urgent first', () => {
    render(<KpiBanner summaries={DS.summaries} asOf={DS.meta.asOf} />);
    const banner = screen.getByRole('region', { name: 'Key figures' });
    const terms = within(banner).getAllByRole('term').slice(0, 5).map((t) => t.textContent);
    expect(terms).toEqual(SCIP_STATUS_ORDER.map((s) => SCIP_STATUS_LABEL[s]));
    for (const status of SCIP_STATUS_ORDER) {
      const expected = DS.summaries.filter((s) => s.scip.status === status).length;
      expect(within(kpi(SCIP_STATUS_LABEL[status])).getByRole('definition').textContent).toBe(String(expected));
    }
  });

  it('shows markers at Defined or better as a share and as count of total', () => {
    const summaries = DS.summaries.slice(0, 2).map((s, i) => ({
      ...s,
      markers: i === 0 ? { initial: 5, defined: 10, optimized: 10, 'not-assessed': 0 } : { initial: 20, defined: 5, optimized: 0, 'not-assessed': 0 },
    }));
    render(<KpiBanner summaries={summaries} asOf={DS.meta.asOf} />);
    expect(within(kpi('Markers at Defined or better')).getByRole('definition').textContent).toBe('50% (25 of 50)');
  });

  it('counts workshops in the 30 days after the data date, not after today', () => {
    const at = (nextWorkshop: string | null, i: number) => ({ ...DS.summaries[i]!, scip: { ...DS.summaries[i]!.scip, nextWorkshop } });
    const summaries = [at('2026-11-21', 0), at('2026-12-20', 1), at('2026-12-21', 2), at('2026-11-19', 3), at(null, 4)];
    render(<KpiBanner summaries={summaries} asOf="2026-11-20T14:00:00Z" />);
    expect(within(kpi(/Workshops in the next 30 days/)).getByRole('definition').textContent).toBe('2');
  });
});

describe('StaleBadge', () => {
  const now = Date.parse('2026-11-20T15:30:00Z');
  const checkedAt = Date.parse('2026-11-20T14:05:00Z');
  const fresh = { state: 'fresh' } as const;

  it('always says how old the data is and when it was last checked, and nothing about staleness while healthy', () => {
    render(<StaleBadge asOf="2026-11-20T14:00:00Z" checkedAt={checkedAt} freshness={fresh} now={now} sample />);
    expect(screen.getByText(/Data as of/).textContent).toBe('Data as of Nov 20, 2026, 02:00 PM UTC');
    expect(screen.getByText(/checked at/).textContent).toBe('checked at 14:05 UTC');
    expect(screen.getByText('Sample data')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('says which: no answer, no connection or an error, since when, as a status', () => {
    const since = Date.parse('2026-11-20T14:05:00Z');
    const { rerender } = render(
      <StaleBadge asOf="2026-11-20T14:00:00Z" checkedAt={checkedAt} freshness={{ state: 'stale', reason: 'no-answer', since }} now={now} sample={false} />,
    );
    expect(screen.getByRole('status').textContent).toBe('Stale: No answer from the API since 14:05 UTC, retrying');
    expect(screen.queryByText('Sample data')).toBeNull();
    rerender(<StaleBadge asOf="2026-11-20T14:00:00Z" checkedAt={checkedAt} freshness={{ state: 'stale', reason: 'error', since }} now={now} sample={false} />);
    expect(screen.getByRole('status').textContent).toBe('Stale: API error since 14:05 UTC, retrying');
    rerender(<StaleBadge asOf="2026-11-20T14:00:00Z" checkedAt={checkedAt} freshness={{ state: 'stale', reason: 'unreachable', since }} now={Date.parse('2026-11-22T09:00:00Z')} sample={false} />);
    expect(screen.getByRole('status').textContent).toBe('Stale: No connection to the API since Nov 20, 2026, 02:05 PM UTC, retrying');
    rerender(<StaleBadge asOf="2026-11-20T14:00:00Z" checkedAt={checkedAt} freshness={fresh} now={now} sample={false} />);
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
