import { waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { datasetFor } from '../../mocks/handlers';
import { setMockFaults } from '../../mocks/faults';
import { server } from '../../mocks/node';
import { API_PREFIX } from '../../src/api/schemas';
import { renderPanel, sectionNamed } from './panels-render';

const DS = datasetFor(0);
const overdue = DS.summaries.filter((s) => s.scip.status === 'overdue');

describe('National summary', () => {
  it('shows a skeleton, then counts, overdue and due-soon lists, marker levels and ranked regions', async () => {
    setMockFaults({ latencyMs: 50 });
    const { aside, panel } = renderPanel('');
    expect(panel.getByRole('heading', { level: 2, name: 'National summary' })).toBeTruthy();
    expect(aside.querySelector('[aria-busy="true"]')).not.toBeNull();

    const list = await panel.findByRole('list', { name: 'Overdue jurisdictions' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(overdue.length);
    expect(within(list).getAllByText('Overdue')).toHaveLength(overdue.length);
    const due = await panel.findByRole('list', { name: 'Jurisdictions due soon' });
    expect(within(due).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(within(due).queryByText('Overdue')).toBeNull();

    const ranking = panel.getByRole('list', { name: /Regions ranked/ });
    expect(within(ranking).getAllByRole('listitem')).toHaveLength(10);
    expect(panel.getByRole('img', { name: /SCIP status of all 56 jurisdictions/ })).toBeTruthy();
    expect(panel.getByText(/of 1,400 markers \(\d+%\) at Defined or better/)).toBeTruthy();
    await waitFor(() => expect(aside.querySelector('[aria-busy="true"]')).toBeNull());
  });

  it('the status chart has a table twin with the same counts', async () => {
    const { user, panel } = renderPanel('');
    await panel.findByRole('list', { name: 'Overdue jurisdictions' });
    const toggle = panel.getByRole('button', { name: /Show as table for SCIP status of all 56/ });
    await user.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    const table = panel.getByRole('table', { name: /SCIP status of all 56/ });
    expect(within(table).getByRole('row', { name: `Overdue ${overdue.length}` })).toBeTruthy();
    expect(panel.queryByRole('img', { name: /SCIP status of all 56/ })).toBeNull();
  });

  it('a failing /jurisdictions shows the endpoint with Retry; the heading and data date stay', async () => {
    setMockFaults({ malformed: ['jurisdictions'] });
    const { user, panel } = renderPanel('');
    const alert = await panel.findByRole('alert');
    expect(alert.textContent).toContain('GET /api/v1/jurisdictions');
    expect(panel.getByRole('heading', { level: 2, name: 'National summary' })).toBeTruthy();
    await panel.findByText(/Data as of/);

    setMockFaults({});
    await user.click(within(alert).getByRole('button', { name: /Retry/ }));
    expect(await panel.findByRole('list', { name: 'Overdue jurisdictions' })).toBeTruthy();
  });

  it('a failing /meta is reported in the data-date line while the summary renders', async () => {
    setMockFaults({ malformed: ['meta'] });
    const { panel } = renderPanel('');
    const alert = await panel.findByRole('alert');
    expect(alert.textContent).toContain('Dataset information could not be loaded.');
    expect(alert.textContent).toContain('GET /api/v1/meta');
    expect(alert.textContent).toContain('asOf');
    expect(await panel.findByRole('list', { name: 'Overdue jurisdictions' })).toBeTruthy();
  });

  it('says so when nothing is overdue', async () => {
    const calm = DS.summaries.map((s) => (s.scip.status === 'overdue' ? { ...s, scip: { ...s.scip, status: 'current' as const } } : s));
    server.use(http.get(`*${API_PREFIX}/jurisdictions`, () => HttpResponse.json(calm)));
    const { aside, panel } = renderPanel('');
    await panel.findByRole('list', { name: /Regions ranked/ });
    expect(within(sectionNamed(aside, /^Overdue/)).getByText('No SCIP is overdue.')).toBeTruthy();
  });

  it('each list item selects its state or region', async () => {
    const { user, panel } = renderPanel('');
    const ranking = await panel.findByRole('list', { name: /Regions ranked/ });
    await user.click(within(ranking).getByRole('button', { name: 'Region 9' }));
    expect(window.location.search).toBe('?region=9');
    expect(await panel.findByRole('heading', { level: 2, name: 'Region 9' })).toBeTruthy();
  });

  it('an overdue item opens that state', async () => {
    const { user, panel } = renderPanel('');
    const list = await panel.findByRole('list', { name: 'Overdue jurisdictions' });
    const first = within(list).getAllByRole('button')[0]!;
    const name = first.textContent ?? '';
    await user.click(first);
    expect(await panel.findByRole('heading', { level: 2, name })).toBeTruthy();
  });
});
