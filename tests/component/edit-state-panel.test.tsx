/**
 * Editing in the real state panel over the msw mock (which applies the same write rules
 * as the server): who sees edit controls, the optimistic change and its rollback, History.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { resetState } from '../../mocks/store/store';
import { DetailsPanel } from '../../src/panels/DetailsPanel';
import { write } from '../../src/api/writes';
import { apiKeys } from '../../src/api/queries';
import { renderWithProviders, userFor, type SampleRole } from './edit-render';
import { sectionNamed } from './panels-render';

const EDIT_CONTROL = /^(Edit |Add a request|Add notes|Change status of)/;

function renderState(code: string, as: SampleRole) {
  const view = renderWithProviders(
    <aside aria-label="Details">
      <DetailsPanel />
    </aside>,
    { as, search: `?state=${code}` },
  );
  const aside = screen.getByRole('complementary', { name: 'Details' });
  return { ...view, aside, panel: within(aside) };
}

/** waits until the detail sections (SWIC onwards) have rendered */
async function detailsLoaded(aside: HTMLElement) {
  await waitFor(() => expect(within(aside).getByRole('heading', { level: 3, name: 'SWIC and governance' })).toBeTruthy(), { timeout: 5000 });
  await waitFor(() => expect(within(sectionNamed(aside, 'SCIP status')).queryByText(/Loading/)).toBeNull(), { timeout: 5000 });
}

/** the status chip's words (the form's <option>s say the same words, so they are left out) */
const chipSays = (section: HTMLElement, label: string) => within(section).queryAllByText(label).some((el) => el.tagName !== 'OPTION');

beforeEach(async () => {
  await resetState();
});

describe('State panel editing', () => {
  it('the Region 6 editor gets every edit control on Texas, and none on Georgia (Region 4)', async () => {
    const tx = renderState('TX', 'editor-r6');
    await detailsLoaded(tx.aside);
    const scip = sectionNamed(tx.aside, 'SCIP status');
    await within(scip).findByRole('button', { name: 'Edit SCIP status' });
    for (const name of ['Edit SWIC contact', 'Edit governance body', 'Edit markers', 'Add a request']) {
      expect(tx.panel.getByRole('button', { name })).toBeTruthy();
    }
    expect(tx.panel.getByRole('button', { name: /^(Edit|Add) notes$/ })).toBeTruthy();
    tx.unmount();

    const ga = renderState('GA', 'editor-r6');
    await detailsLoaded(ga.aside);
    expect(ga.panel.queryAllByRole('button', { name: EDIT_CONTROL })).toEqual([]);
  }, 20_000);

  it.each<SampleRole>(['viewer', 'signed-out'])('%s sees no edit control', async (role) => {
    const { aside, panel } = renderState('TX', role);
    await detailsLoaded(aside);
    expect(panel.queryAllByRole('button', { name: EDIT_CONTROL })).toEqual([]);
  }, 20_000);

  it('an admin may edit any jurisdiction', async () => {
    const { aside, panel } = renderState('GA', 'admin');
    await detailsLoaded(aside);
    expect(await panel.findByRole('button', { name: 'Edit SCIP status' })).toBeTruthy();
  }, 20_000);

  it('a save shows at once (optimistic), then "Saved." and a History entry with the editor’s name', async () => {
    server.use(http.patch('*/api/v1/jurisdictions/TX/scip', async () => void (await delay(400))));
    const { aside, panel, user } = renderState('TX', 'editor-r6');
    await detailsLoaded(aside);
    const scip = sectionNamed(aside, 'SCIP status');
    await user.click(await within(scip).findByRole('button', { name: 'Edit SCIP status' }));
    const form = within(panel.getByRole('form', { name: 'Edit the SCIP status of Texas' }));
    await user.selectOptions(form.getByLabelText('SCIP status'), 'current');
    await user.click(form.getByRole('button', { name: 'Save' }));
    // while the server thinks, the panel already shows the new status
    await waitFor(() => expect(chipSays(scip, 'Current')).toBe(true));
    expect(chipSays(scip, 'Workshop scheduled')).toBe(false);
    expect(form.getByRole('button', { name: 'Saving…' })).toBeTruthy();
    await within(scip).findByText('Saved.', {}, { timeout: 5000 });
    expect(chipSays(scip, 'Current')).toBe(true);
    const history = sectionNamed(aside, 'History');
    await within(history).findByText('Rosa Delgado', {}, { timeout: 5000 });
    expect(history.textContent).toMatch(/Status: Workshop scheduled → Current/);
  }, 20_000);

  it('a refused save rolls the panel back, says why and keeps the input', async () => {
    server.use(
      http.patch('*/api/v1/jurisdictions/TX/scip', async () => {
        await delay(300);
        return HttpResponse.json({ type: 'about:blank', title: 'Forbidden', status: 403, detail: 'sample refusal' }, { status: 403, headers: { 'Content-Type': 'application/problem+json' } });
      }),
    );
    const { aside, panel, user } = renderState('TX', 'editor-r6');
    await detailsLoaded(aside);
    const scip = sectionNamed(aside, 'SCIP status');
    await user.click(await within(scip).findByRole('button', { name: 'Edit SCIP status' }));
    const form = within(panel.getByRole('form', { name: 'Edit the SCIP status of Texas' }));
    await user.selectOptions(form.getByLabelText('SCIP status'), 'current');
    await user.click(form.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(chipSays(scip, 'Current')).toBe(true));
    expect(chipSays(scip, 'Workshop scheduled')).toBe(false);
    const alert = await form.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain('Not saved: you may not change this jurisdiction (sample refusal).');
    expect(alert.textContent).toContain('The change was undone on the map and in the panels. Your input is kept in the form.');
    // rolled back: the chip shows the saved status again; the form still holds "Current"
    expect(chipSays(scip, 'Workshop scheduled')).toBe(true);
    expect(chipSays(scip, 'Current')).toBe(false);
    expect((form.getByLabelText('SCIP status') as HTMLSelectElement).value).toBe('current');
  }, 20_000);

  it('a change that arrives (live) while the form is open still ends in the conflict dialog, not a silent overwrite', async () => {
    const { aside, panel, user, client } = renderState('TX', 'editor-r6');
    await detailsLoaded(aside);
    const scip = sectionNamed(aside, 'SCIP status');
    await user.click(await within(scip).findByRole('button', { name: 'Edit SCIP status' }));
    const form = within(panel.getByRole('form', { name: 'Edit the SCIP status of Texas' }));
    // someone else saves, and this page hears of it (as a live update would make it refetch)
    const res = await fetch('http://localhost/api/v1/jurisdictions/TX');
    await write('scip', { code: 'TX' }, { status: 'overdue' }, res.headers.get('ETag'), { token: userFor('admin').token });
    await client.refetchQueries({ queryKey: apiKeys.jurisdiction('TX') });
    await client.refetchQueries({ queryKey: apiKeys.jurisdictions() });
    await waitFor(() => expect(chipSays(scip, 'Overdue')).toBe(true));

    await user.selectOptions(form.getByLabelText('SCIP status'), 'current');
    await user.click(form.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed the SCIP status of Texas' }, { timeout: 5000 });
    expect(within(within(dialog).getByRole('row', { name: /SCIP status/ })).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Overdue', 'Current']);
    await within(dialog).findByText('Avery Chen', {}, { timeout: 5000 });
    await user.click(within(dialog).getByRole('button', { name: 'Apply mine on top of theirs' }));
    await within(scip).findByText('Saved.', {}, { timeout: 5000 });
    expect(chipSays(scip, 'Current')).toBe(true);
  }, 20_000);
});
