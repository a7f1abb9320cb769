import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { datasetFor } from '../../mocks/handlers';
import { setMockFaults } from '../../mocks/faults';
import { server } from '../../mocks/node';
import { API_PREFIX } from '../../src/api/schemas';
import { renderPanel, sectionNamed } from './panels-render';

const TX = datasetFor(0).details.TX!;

describe('State panel', () => {
  it('shows the name at once, skeletons while loading, then every section', async () => {
    setMockFaults({ latencyMs: 50 });
    const { aside, panel } = renderPanel('?state=TX');
    expect(panel.getByRole('heading', { level: 2, name: 'Texas' })).toBeTruthy();
    expect(panel.getByRole('button', { name: 'Region 6' })).toBeTruthy();
    expect(aside.querySelectorAll('[aria-busy="true"]').length).toBeGreaterThan(0);
    expect(panel.getAllByRole('status').some((s) => /Loading/.test(s.textContent ?? ''))).toBe(true);

    await panel.findByText(TX.swic.name);
    const status = sectionNamed(aside, 'SCIP status');
    expect(within(status).getByText('Workshop scheduled')).toBeTruthy();
    expect(within(status).getByText(/^Plan adopted 2023-01, expires 2027-01; SCIP workshop scheduled for/)).toBeTruthy();

    const coordinators = sectionNamed(aside, 'Regional coordinators');
    await waitFor(() => expect(within(coordinators).getAllByRole('article').length).toBe(TX.coordinators.length));
    const mail = within(coordinators).getAllByRole('link').find((a) => a.getAttribute('href')?.startsWith('mailto:'));
    expect(mail).toBeTruthy();

    expect(panel.getByRole('img', { name: /Interoperability markers of Texas by lane/ })).toBeTruthy();
    expect(panel.getByRole('img', { name: /Continuum profile of Texas/ })).toBeTruthy();
    expect(panel.getByRole('img', { name: /Priority Telecommunications Services enrolment in Texas/ })).toBeTruthy();
    const ta = sectionNamed(aside, 'Technical-assistance requests');
    expect(within(ta).getAllByRole('listitem').length).toBe(TX.taRequests.length);
    await waitFor(() => expect(panel.getByText(/Data as of/)).toBeTruthy());
    expect(aside.querySelectorAll('[aria-busy="true"]').length).toBe(0);
  });

  it('a failing detail shows its endpoint and field with Retry, while status and coordinators still render', async () => {
    setMockFaults({ malformed: ['jurisdiction'] });
    const { user, aside, panel } = renderPanel('?state=TX');
    const alert = await panel.findByRole('alert');
    expect(alert.textContent).toContain('Details for Texas could not be loaded.');
    expect(alert.textContent).toContain('GET /api/v1/jurisdictions/TX');
    expect(alert.textContent).toContain('regionId');
    await waitFor(() => expect(within(sectionNamed(aside, 'SCIP status')).getByText('Workshop scheduled')).toBeTruthy());
    await waitFor(() => expect(within(sectionNamed(aside, 'Regional coordinators')).getAllByRole('article').length).toBeGreaterThan(0));
    expect(panel.queryByText(TX.swic.name)).toBeNull();

    setMockFaults({});
    await user.click(within(alert).getByRole('button', { name: /Retry/ }));
    await panel.findByText(TX.swic.name);
    expect(panel.queryByRole('alert')).toBeNull();
  });

  it('a server error on the detail (HTTP 500) is reported with the status code', async () => {
    setMockFaults({ fail: ['jurisdiction'] });
    const { panel } = renderPanel('?state=GU');
    // the app retries 500s twice; this test's client says retry: false, so the error shows at once
    const alert = await panel.findByRole('alert', {}, { timeout: 8000 });
    expect(alert.textContent).toMatch(/GET \/api\/v1\/jurisdictions\/GU failed: 500/);
    expect(within(alert).getByRole('button', { name: /Retry/ })).toBeTruthy();
    expect(panel.getByRole('heading', { level: 2, name: 'Guam' })).toBeTruthy();
  }, 12_000);

  it('a failing /regions shows its own error in the coordinators section only', async () => {
    setMockFaults({ malformed: ['regions'] });
    const { aside, panel } = renderPanel('?state=TX');
    await panel.findByText(TX.swic.name);
    const coordinators = sectionNamed(aside, 'Regional coordinators');
    const alert = await within(coordinators).findByRole('alert');
    expect(alert.textContent).toContain('Coordinators could not be loaded.');
    expect(alert.textContent).toContain('GET /api/v1/regions');
    expect(alert.textContent).toContain('coordinators[0].email');
    expect(panel.getAllByRole('alert')).toHaveLength(1);
  });

  it('says so when there are no technical-assistance requests', async () => {
    server.use(http.get(`*${API_PREFIX}/jurisdictions/:code`, () => HttpResponse.json({ ...TX, taRequests: [] })));
    const { aside, panel } = renderPanel('?state=TX');
    await panel.findByText(TX.swic.name);
    expect(within(sectionNamed(aside, 'Technical-assistance requests')).getByText('No technical-assistance requests on record')).toBeTruthy();
  });

  it('"Region 6" selects the region, and the chart table twin shows the same numbers', async () => {
    const { user, panel } = renderPanel('?state=TX');
    await panel.findByText(TX.swic.name);
    const toggle = panel.getByRole('button', { name: /Show as table for Priority Telecommunications/ });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    const table = panel.getByRole('table', { name: /Priority Telecommunications/ });
    expect(within(table).getByRole('row', { name: `GETS (wireline) ${TX.pts.gets.toLocaleString('en-US')}` })).toBeTruthy();
    expect(within(table).getByRole('row', { name: `TSP (restoration) ${TX.pts.tsp.toLocaleString('en-US')}` })).toBeTruthy();

    await user.click(panel.getByRole('button', { name: 'Region 6' }));
    expect(window.location.search).toBe('?region=6');
    expect(await panel.findByRole('heading', { level: 2, name: 'Region 6' })).toBeTruthy();
  });

  it('renders hostile API text as text: no injected elements, no javascript: links', async () => {
    setMockFaults({ xss: true });
    const { aside, panel } = renderPanel('?state=TX');
    await panel.findByText(/Statewide Interoperability Coordinator.*<img src=x/);
    await waitFor(() => expect(within(sectionNamed(aside, 'Regional coordinators')).getAllByRole('article').length).toBeGreaterThan(0));
    await act(async () => {});
    expect(aside.querySelector('img, script')).toBeNull();
    expect([...aside.querySelectorAll('a')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? ''))).toEqual([]);
    expect((window as { __xss?: unknown }).__xss).toBeUndefined();
    expect(screen.getAllByText(/<script>window.__xss=1<\/script>/).length).toBeGreaterThan(0);
  });
});
