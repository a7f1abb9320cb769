/** Audit log view and CSV import screen, and who reaches them from the top bar. */
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { resetState } from '../../mocks/store/store';
import { AdminLinks } from '../../src/admin/AdminLinks';
import { AdminScreen } from '../../src/admin/AdminScreen';
import type { ImportReport } from '../../src/api/write-schemas';
import { write } from '../../src/api/writes';
import { renderWithProviders, userFor, type SampleRole } from './edit-render';

beforeEach(async () => {
  await resetState();
});

describe('Top-bar links to the admin screens', () => {
  it.each<[SampleRole, string[]]>([
    ['signed-out', []],
    ['viewer', []],
    ['editor-r4', ['Import CSV']],
    ['admin', ['Audit log', 'Import CSV']],
  ])('%s sees %j', (role, links) => {
    renderWithProviders(<AdminLinks />, { as: role });
    expect(screen.queryAllByRole('button').map((b) => b.textContent)).toEqual(links);
  });

  it('an editor who opens ?view=audit is told it is not for the editor role', () => {
    renderWithProviders(<AdminScreen screen="audit" />, { as: 'editor-r6' });
    expect(screen.getByRole('status').textContent).toBe('The audit log is not available to the editor role.');
    expect(screen.queryByRole('form', { name: 'Filter the audit log' })).toBeNull();
  });
});

/** two audited writes through the mock, as two different users */
async function twoWrites() {
  const tx = await write('scip', { code: 'TX' }, { status: 'current' }, null, { token: userFor('editor-r6').token }).catch((e: unknown) => e);
  // the mock wants If-Match: read the ETag first
  if (tx instanceof Error) {
    const res = await fetch('http://localhost/api/v1/jurisdictions/TX');
    await write('scip', { code: 'TX' }, { status: 'current' }, res.headers.get('ETag'), { token: userFor('editor-r6').token });
  }
  const ga = await fetch('http://localhost/api/v1/jurisdictions/GA');
  await write('notes', { code: 'GA' }, { notes: 'Sample note' }, ga.headers.get('ETag'), { token: userFor('admin').token });
}

describe('Audit log view', () => {
  it('lists entries newest first, filters by user and entity, exports the filtered CSV', async () => {
    await twoWrites();
    const created = vi.fn((_blob: Blob) => 'blob:audit');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
    const { user } = renderWithProviders(<AdminScreen screen="audit" />, { as: 'admin' });
    const table = await screen.findByRole('table', { name: 'Audit log entries, newest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([expect.stringMatching(/Avery Chen.*GA.*Notes: .+ → Sample note$/), expect.stringMatching(/Rosa Delgado.*TX.*Status: Workshop scheduled → Current/)]);

    const filters = within(screen.getByRole('form', { name: 'Filter the audit log' }));
    await user.type(filters.getByLabelText('User'), 'Rosa Delgado');
    await user.click(filters.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2));
    expect(screen.getByRole('table').textContent).toContain('Rosa Delgado');
    expect(screen.getByRole('table').textContent).not.toContain('Avery Chen');

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await screen.findByText('CSV downloaded.');
    const csv = await created.mock.calls[0]![0].text();
    expect(csv).toContain('Rosa Delgado');
    expect(csv).not.toContain('Avery Chen');

    await user.selectOptions(filters.getByLabelText('Entity'), 'marker');
    await user.click(filters.getByRole('button', { name: 'Apply filters' }));
    await screen.findByText('No audit entries match these filters.');
  }, 20_000);

  it('a date range that ends before it starts is an error beside “To”', async () => {
    const { user } = renderWithProviders(<AdminScreen screen="audit" />, { as: 'admin' });
    const filters = within(screen.getByRole('form', { name: 'Filter the audit log' }));
    await user.type(filters.getByLabelText('From'), '2026-12-02');
    await user.type(filters.getByLabelText('To'), '2026-12-01');
    await user.click(filters.getByRole('button', { name: 'Apply filters' }));
    expect(filters.getByLabelText('To').getAttribute('aria-invalid')).toBe('true');
    expect(filters.getByText(/Error: the end date is before the start date/)).toBeTruthy();
  });
});

const scip = (status: 'current' | 'overdue') => ({ status, adopted: '2023-01-01', expires: '2027-01-01', lastAnnualReport: null, nextWorkshop: null });
const change = (row: number, code: string) => ({ row, code, before: scip('overdue'), after: scip('current') });
const DRY_BAD: ImportReport = {
  dryRun: true,
  applied: false,
  rows: 4,
  changed: [change(2, 'TX'), change(3, 'OK'), change(5, 'NM')],
  unchanged: [],
  errors: [{ row: 4, code: 'LA', column: 'expires', message: '3/5/2027 is ambiguous: write 2027-03-05 or 2027-05-03' }],
};
const DRY_OK: ImportReport = { ...DRY_BAD, changed: [...DRY_BAD.changed, change(4, 'LA')], errors: [] };
const APPLIED: ImportReport = { ...DRY_OK, dryRun: false, applied: true };

describe('CSV import screen', () => {
  it('dry run lists the changes per field and the bad line; Apply waits for a clean file; the result links its audit entries', async () => {
    const posted: string[] = [];
    server.use(
      http.post('*/api/v1/jurisdictions/import', async ({ request }) => {
        const dry = new URL(request.url).searchParams.get('dryRun') === 'true';
        const csv = await request.text();
        posted.push(`${dry ? 'dry' : 'apply'}:${csv.includes('3/5/2027') ? 'bad' : 'fixed'}`);
        return HttpResponse.json(dry ? (csv.includes('3/5/2027') ? DRY_BAD : DRY_OK) : APPLIED);
      }),
      http.get('*/api/v1/audit', () =>
        HttpResponse.json({
          entries: ['TX', 'OK', 'NM', 'LA'].map((code, i) => ({ id: 40 - i, at: '2026-12-01T22:00:00Z', actor: 'Avery Chen', role: 'admin', action: 'import', entity: 'jurisdiction', entityId: code, before: scip('overdue'), after: scip('current') })),
          next: null,
        }),
      ),
    );
    const { user } = renderWithProviders(<AdminScreen screen="import" />, { as: 'admin' });
    const input = screen.getByLabelText(/CSV file/);
    await user.upload(input, new File(['code,status,adopted,expires\nTX,current,,\n…,3/5/2027\n'], 'scip.csv', { type: 'text/csv' }));
    const preview = await screen.findByRole('region', { name: 'Preview (nothing written yet)' });
    expect(within(preview).getByRole('list', { name: 'Errors by line' }).textContent).toBe('line 4: LA, expires: 3/5/2027 is ambiguous: write 2027-03-05 or 2027-05-03');
    const changes = within(preview).getByRole('table', { name: 'Changes, before → after' });
    expect(within(changes).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual(['2TXStatusOverdueCurrent', '3OKStatusOverdueCurrent', '5NMStatusOverdueCurrent']);
    expect((screen.getByRole('button', { name: 'Apply 3 changes' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/no row is written while any row has an error/)).toBeTruthy();

    await user.upload(input, new File(['code,status,adopted,expires\nTX,current,,\n…,2027-03-05\n'], 'scip.csv', { type: 'text/csv' }));
    const apply = await screen.findByRole('button', { name: 'Apply 4 changes' });
    expect((apply as HTMLButtonElement).disabled).toBe(false);
    await user.click(apply);
    const result = await screen.findByRole('region', { name: 'Import applied' });
    expect(within(result).getByRole('status').textContent).toBe('4 changes written (TX, OK, NM, LA), each recorded in the audit log.');
    const links = await within(result).findAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['#40 TX', '?state=TX'],
      ['#39 OK', '?state=OK'],
      ['#38 NM', '?state=NM'],
      ['#37 LA', '?state=LA'],
    ]);
    expect(posted).toEqual(['dry:bad', 'dry:fixed', 'apply:fixed']);
  }, 20_000);

  it('a refused import says nothing was written', async () => {
    server.use(
      http.post('*/api/v1/jurisdictions/import', () =>
        HttpResponse.json({ type: 'about:blank', title: 'Forbidden', status: 403, detail: 'row 2: GA is not in Region 6' }, { status: 403, headers: { 'Content-Type': 'application/problem+json' } }),
      ),
    );
    const { user } = renderWithProviders(<AdminScreen screen="import" />, { as: 'editor-r6' });
    await user.upload(screen.getByLabelText(/CSV file/), new File(['code,status\nGA,current\n'], 'ga.csv', { type: 'text/csv' }));
    expect((await screen.findByRole('alert')).textContent).toBe('ga.csv could not be checked: row 2: GA is not in Region 6');
  });
});
