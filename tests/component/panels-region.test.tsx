import { waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { datasetFor } from '../../mocks/handlers';
import { setMockFaults } from '../../mocks/faults';
import { renderPanel, sectionNamed } from './panels-render';

const DS = datasetFor(0);
const REGION4 = DS.regions.find((r) => r.id === 4)!;
const names = (codes: readonly string[]) => codes.map((c) => DS.details[c]!.name).sort((a, b) => a.localeCompare(b));

describe('Region panel', () => {
  it('shows skeletons, then the office, coordinators with coverage and the 8 jurisdictions', async () => {
    setMockFaults({ latencyMs: 50 });
    const { aside, panel } = renderPanel('?region=4');
    expect(panel.getByRole('heading', { level: 2, name: 'Region 4' })).toBeTruthy();
    expect(aside.querySelectorAll('[aria-busy="true"]').length).toBeGreaterThan(0);

    const list = await panel.findByRole('list', { name: 'Jurisdictions in Region 4' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(8);
    expect(items.map((li) => within(li).getAllByRole('button')[0]!.textContent)).toEqual(names(REGION4.jurisdictions));

    const office = sectionNamed(aside, 'Office and coordinators');
    await waitFor(() => expect(within(office).getAllByRole('article')).toHaveLength(REGION4.coordinators.length));
    expect(within(office).getByText(/Regional office:/).parentElement?.textContent).toContain(REGION4.office.address);
    const first = REGION4.coordinators[0]!;
    const coverage = names(first.jurisdictions);
    expect(within(office).getAllByText((t) => t.startsWith('Covers ') && coverage.every((n) => t.includes(n))).length).toBeGreaterThan(0);

    expect(panel.getByRole('img', { name: /SCIP status of the 8 jurisdictions in Region 4/ })).toBeTruthy();
    expect(panel.getByRole('img', { name: /Share of the 25 markers at each level, Region 4/ })).toBeTruthy();
    await waitFor(() => expect(aside.querySelectorAll('[aria-busy="true"]').length).toBe(0));
  });

  it('a failing /regions keeps the jurisdictions and offers Retry', async () => {
    setMockFaults({ malformed: ['regions'] });
    const { user, aside, panel } = renderPanel('?region=4');
    const office = sectionNamed(aside, 'Office and coordinators');
    const alert = await within(office).findByRole('alert');
    expect(alert.textContent).toContain('GET /api/v1/regions');
    expect(alert.textContent).toContain('[0].coordinators[0].email');
    expect(await panel.findByRole('list', { name: 'Jurisdictions in Region 4' })).toBeTruthy();

    setMockFaults({});
    await user.click(within(alert).getByRole('button', { name: /Retry/ }));
    await waitFor(() => expect(within(office).getAllByRole('article')).toHaveLength(REGION4.coordinators.length));
    expect(within(office).queryByRole('alert')).toBeNull();
  });

  it('a failing /jurisdictions keeps the office and coordinators', async () => {
    setMockFaults({ malformed: ['jurisdictions'] });
    const { aside, panel } = renderPanel('?region=4');
    const alert = await panel.findByRole('alert');
    expect(alert.textContent).toContain('Jurisdiction statuses could not be loaded.');
    expect(alert.textContent).toContain('GET /api/v1/jurisdictions');
    expect(alert.textContent).toContain('regionId');
    await waitFor(() => expect(within(sectionNamed(aside, 'Office and coordinators')).getAllByRole('article').length).toBeGreaterThan(0));
  });

  it('compares two or more ticked jurisdictions side by side', async () => {
    const { user, panel } = renderPanel('?region=4');
    await panel.findByRole('list', { name: 'Jurisdictions in Region 4' });
    await user.click(panel.getByRole('checkbox', { name: 'Compare Georgia' }));
    expect(panel.getByText('Tick one more jurisdiction to compare.')).toBeTruthy();
    expect(panel.queryByRole('table', { name: /Comparison/ })).toBeNull();

    await user.click(panel.getByRole('checkbox', { name: 'Compare Alabama' }));
    // The comparison is part of the link.
    expect(new URLSearchParams(window.location.search).get('compare')).toBe('GA,AL');
    const table = panel.getByRole('table', { name: 'Comparison of Alabama, Georgia' });
    const header = within(table).getAllByRole('columnheader').map((th) => th.textContent);
    expect(header).toEqual(['Measure', 'Alabama', 'Georgia']);
    const al = DS.details.AL!;
    const ga = DS.details.GA!;
    expect(within(table).getByRole('row', { name: `Markers Defined ${al.markers.defined} ${ga.markers.defined}` })).toBeTruthy();
    expect(within(table).getByRole('row', { name: /^Governance / })).toBeTruthy();

    await user.click(panel.getByRole('button', { name: 'Clear comparison' }));
    expect(panel.queryByRole('table', { name: /Comparison/ })).toBeNull();
    expect((panel.getByRole('checkbox', { name: 'Compare Alabama' }) as HTMLInputElement).checked).toBe(false);
    expect(window.location.search).toBe('?region=4');
  });

  it('opens a shared comparison from the link', async () => {
    const { panel } = renderPanel('?region=4&compare=FL,TN');
    const table = await panel.findByRole('table', { name: 'Comparison of Florida, Tennessee' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Measure', 'Florida', 'Tennessee']);
    expect((panel.getByRole('checkbox', { name: 'Compare Florida' }) as HTMLInputElement).checked).toBe(true);
  });

  it('selecting a jurisdiction opens its state panel', async () => {
    const { user, panel } = renderPanel('?region=4');
    const list = await panel.findByRole('list', { name: 'Jurisdictions in Region 4' });
    await user.click(within(list).getByRole('button', { name: 'Tennessee' }));
    expect(window.location.search).toBe('?state=TN');
    expect(await panel.findByRole('heading', { level: 2, name: 'Tennessee' })).toBeTruthy();
  });
});
