/**
 * The printable brief in jsdom: the chooser, the region's table, contacts and map. The
 * boundaries are put in the query cache from public/geo (static assets, not the API).
 */
import { readPublicJson } from '../unit/public-files';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { datasetFor } from '../../mocks/handlers';
import { Providers } from '../../src/app/Providers';
import { createQueryClient } from '../../src/api/query-client';
import type { JurisdictionFeatureCollection, LabelAnchors } from '../../src/geo/boundaries';
import { BriefPage } from '../../src/wall/BriefPage';
import { briefMapGeometry } from '../../src/wall/brief-geometry';

// import.meta.dirname, not import.meta.url: under jsdom the latter is not a file URL.
const read = <T,>(file: string): T => readPublicJson(`geo/${file}`) as T;
const national = read<JurisdictionFeatureCollection>('national.json');
const labels = read<LabelAnchors>('labels.json');
const DS = datasetFor(0);

function renderBrief(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  const client = createQueryClient({ retry: false });
  client.setQueryData(['geo', 'national'], national);
  client.setQueryData(['geo', 'labels'], labels);
  render(
    <Providers client={client}>
      <BriefPage />
    </Providers>,
  );
}

describe('BriefPage', () => {
  it('lists the region’s jurisdictions with status, dates and markers, its coordinators, the data date and the sample stamp', async () => {
    renderBrief('?mode=brief&region=6');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/^Region 6 brief/);
    const table = screen.getByRole('table');
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(6));
    const texas = DS.summaries.find((s) => s.code === 'TX')!;
    const row = within(table).getByRole('row', { name: /Texas/ });
    const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
    expect(cells[1]).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/); // adopted, as a date people read
    expect(cells[4]).toBe(`${texas.markers.defined + texas.markers.optimized}/25 (${Math.round(((texas.markers.defined + texas.markers.optimized) / 25) * 100)}%)`);
    const region6 = DS.regions.find((r) => r.id === 6)!;
    const contacts = screen.getByRole('region', { name: 'Emergency Communications Coordinators' });
    await waitFor(() => expect(within(contacts).getAllByRole('article')).toHaveLength(region6.coordinators.length));
    expect(within(contacts).getByRole('heading', { level: 3, name: region6.coordinators[0]!.name })).toBeTruthy();
    expect(screen.getByText(/Data as of/).textContent).toContain('Nov 20, 2026');
    expect(screen.getByText('Sample data')).toBeTruthy();
    const map = screen.getByRole('img', { name: /Map of Region 6 by SCIP status/ });
    expect(map.getAttribute('aria-label')).toContain(`Texas: `);
  });

  it('without a valid region: says why and offers the ten regions, and choosing one opens its brief', async () => {
    renderBrief('?mode=brief&region=11');
    expect(screen.getByRole('status').textContent).toMatch(/Ignored region=“11”/);
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(10);
    expect(links[2]?.getAttribute('href')).toBe('?mode=brief&region=3');
    await userEvent.setup().click(links[2]!);
    expect(await screen.findByRole('heading', { level: 1, name: /Region 3 brief/ })).toBeTruthy();
  });
});

describe('briefMapGeometry', () => {
  it('fits the region inside the frame and labels each member once', () => {
    const g = briefMapGeometry(national, 4, 600, 440, labels.jurisdictions);
    expect(g.labels.map((l) => l.code).sort()).toEqual(['AL', 'FL', 'GA', 'KY', 'MS', 'NC', 'SC', 'TN']);
    for (const l of g.labels) {
      expect(l.x).toBeGreaterThanOrEqual(0);
      expect(l.x).toBeLessThanOrEqual(600);
      expect(l.y).toBeGreaterThanOrEqual(0);
      expect(l.y).toBeLessThanOrEqual(440);
    }
    expect(g.shapes.filter((s) => s.inRegion).map((s) => s.code).sort()).toEqual(g.labels.map((l) => l.code).sort());
    // neighbours in the frame are drawn (grey), far-away jurisdictions are left out
    expect(g.shapes.some((s) => s.code === 'VA' && !s.inRegion)).toBe(true);
    expect(g.shapes.some((s) => s.code === 'WA')).toBe(false);
  });

  it('puts north up (RFC 7946 winding and all)', () => {
    const g = briefMapGeometry(national, 4, 600, 440, labels.jurisdictions);
    const y = (code: string) => g.labels.find((l) => l.code === code)!.y;
    expect(y('KY')).toBeLessThan(y('FL'));
  });
});
