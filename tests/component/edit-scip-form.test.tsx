import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import type { ScipSummary } from '../../src/api/schemas';
import { ScipEditForm } from '../../src/panels/edit/ScipEditForm';
import { deferredSave, refusal, renderWithProviders } from './edit-render';

const SCIP: ScipSummary = { status: 'overdue', adopted: '2021-03-01', expires: '2026-03-01', lastAnnualReport: null, nextWorkshop: '2027-02-10' };

function renderForm(current: ScipSummary = SCIP) {
  const d = deferredSave<unknown>();
  const onDone = vi.fn();
  const onCancel = vi.fn();
  const view = renderWithProviders(<ScipEditForm code="TX" name="Texas" current={current} save={d.save} onDone={onDone} onCancel={onCancel} />, {
    as: 'editor-r6',
  });
  const form = screen.getByRole('form', { name: 'Edit the SCIP status of Texas' });
  return { ...view, ...d, onDone, onCancel, form: within(form), formEl: form };
}

describe('SCIP edit form', () => {
  it('labels every field, sends only the changed ones and shows progress while saving', async () => {
    const { user, form, calls, resolve, onDone } = renderForm();
    expect(form.getByLabelText('SCIP status')).toBeTruthy();
    for (const label of ['Plan adopted', 'Plan expires', 'Last annual report', 'Next workshop']) expect(form.getByLabelText(label)).toBeTruthy();
    await user.selectOptions(form.getByLabelText('SCIP status'), 'current');
    await user.click(form.getByRole('button', { name: 'Save' }));
    expect(calls).toEqual([{ status: 'current' }]);
    const busy = form.getByRole('button', { name: 'Saving…' });
    expect((busy as HTMLButtonElement).disabled).toBe(true);
    expect(form.getByRole('status').textContent).toBe('Saving…');
    await act(async () => resolve());
    expect(onDone).toHaveBeenCalledOnce();
  });

  it('puts a schema error beside its field, marks it invalid, focuses it and sends nothing', async () => {
    const { user, form, calls } = renderForm();
    await user.clear(form.getByLabelText('Plan adopted'));
    await user.click(form.getByRole('button', { name: 'Save' }));
    const input = form.getByLabelText('Plan adopted');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const errorId = input.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(errorId)?.textContent).toMatch(/^⚠ Error: .*date/i);
    await waitFor(() => expect(document.activeElement).toBe(input));
    expect(form.getByLabelText('Plan expires').getAttribute('aria-invalid')).toBeNull();
    expect(calls).toEqual([]);
  });

  it('says so when nothing changed', async () => {
    const { user, form, calls } = renderForm();
    await user.click(form.getByRole('button', { name: 'Save' }));
    expect(form.getByText(/Error: give at least one field to change/)).toBeTruthy();
    expect(calls).toEqual([]);
  });

  it('clears an optional date to null', async () => {
    const { user, form, calls } = renderForm();
    await user.clear(form.getByLabelText('Next workshop'));
    await user.click(form.getByRole('button', { name: 'Save' }));
    expect(calls).toEqual([{ nextWorkshop: null }]);
  });

  it('a refusal says why, keeps the input, and puts a field the server named beside it', async () => {
    const { user, form, reject, onDone } = renderForm();
    await user.selectOptions(form.getByLabelText('SCIP status'), 'current');
    await user.click(form.getByRole('button', { name: 'Save' }));
    await act(async () => reject(refusal(422, 'expires must be after adopted', [{ path: 'expires', message: 'must be after the adoption date' }])));
    const alert = form.getByRole('alert');
    expect(alert.textContent).toMatch(/^Not saved: the server refused the values \(expires must be after adopted\)\..*Your input is kept in the form\./);
    expect((form.getByLabelText('SCIP status') as HTMLSelectElement).value).toBe('current');
    expect(form.getByLabelText('Plan expires').getAttribute('aria-invalid')).toBe('true');
    expect(form.getByText(/Error: must be after the adoption date/)).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('a 403 says the user may not change it', async () => {
    const { user, form, reject } = renderForm();
    await user.selectOptions(form.getByLabelText('SCIP status'), 'current');
    await user.click(form.getByRole('button', { name: 'Save' }));
    await act(async () => reject(refusal(403, 'Texas is in Region 6; you edit Region 4')));
    expect(form.getByRole('alert').textContent).toContain('Not saved: you may not change this jurisdiction (Texas is in Region 6; you edit Region 4).');
  });

  it('a 412 opens the conflict dialog: theirs beside mine, who and when; Apply mine sends it again', async () => {
    server.use(
      http.get('*/api/v1/jurisdictions/TX/history', () =>
        HttpResponse.json({
          entries: [{ id: 9, at: '2026-12-01T21:50:00Z', actor: 'Avery Chen', role: 'admin', action: 'update-scip', entity: 'jurisdiction', entityId: 'TX', before: {}, after: {} }],
          next: null,
        }),
      ),
    );
    const { user, form, calls, reject, resolve, rerender, save, onDone, onCancel } = renderForm();
    await user.selectOptions(form.getByLabelText('SCIP status'), 'current');
    await user.click(form.getByRole('button', { name: 'Save' }));
    await act(async () => reject(refusal(412, 'changed since you read it')));
    // theirs arrive (the container refetches after a 412)
    rerender(<ScipEditForm code="TX" name="Texas" current={{ ...SCIP, status: 'in-progress' }} save={save} onDone={onDone} onCancel={onCancel} />);
    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed the SCIP status of Texas' });
    const row = within(dialog).getByRole('row', { name: /SCIP status/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Update in progress', 'Current']);
    await within(dialog).findByText('Avery Chen');
    expect(dialog.textContent).toMatch(/Changed by Avery Chen on Dec 1, 2026, 9:50 PM UTC/);
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Keep theirs' }));
    await user.click(within(dialog).getByRole('button', { name: 'Apply mine on top of theirs' }));
    expect(calls).toEqual([{ status: 'current' }, { status: 'current' }]);
    await act(async () => resolve());
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onDone).toHaveBeenCalledOnce();
  });

  it('"Keep theirs" drops my input and closes the form', async () => {
    const { user, form, reject, onCancel, calls } = renderForm();
    await user.selectOptions(form.getByLabelText('SCIP status'), 'current');
    await user.click(form.getByRole('button', { name: 'Save' }));
    await act(async () => reject(refusal(412, 'changed')));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Keep theirs' }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(calls).toHaveLength(1);
  });

  it('is operable from the keyboard alone', async () => {
    const { user, form, calls } = renderForm();
    form.getByLabelText('SCIP status').focus();
    await user.keyboard('{ArrowDown}');
    await user.tab();
    expect(document.activeElement).toBe(form.getByLabelText('Plan adopted'));
    const select = form.getByLabelText('SCIP status') as HTMLSelectElement;
    if (select.value === SCIP.status) await user.selectOptions(select, 'current'); // jsdom's select ignores arrow keys
    form.getByRole('button', { name: 'Save' }).focus();
    await user.keyboard('{Enter}');
    expect(calls).toHaveLength(1);
  });
});
