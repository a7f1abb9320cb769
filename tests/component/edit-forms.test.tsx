/** The other edit forms: markers, contact, governance, notes, TA add/status, coverage (fake saves). */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { datasetFor } from '../../mocks/handlers';
import { ContactEditForm } from '../../src/panels/edit/ContactEditForm';
import { CoverageEditForm } from '../../src/panels/edit/CoverageEditForm';
import { GovernanceEditForm } from '../../src/panels/edit/GovernanceEditForm';
import { MarkerEditForm } from '../../src/panels/edit/MarkerEditForm';
import { NotesEditForm } from '../../src/panels/edit/NotesEditForm';
import { TaCreateForm } from '../../src/panels/edit/TaCreateForm';
import { TaStatusForm } from '../../src/panels/edit/TaStatusForm';
import { deferredSave, refusal, renderWithProviders } from './edit-render';

const TX = datasetFor(0).details.TX!;
const noop = () => undefined;

function formNamed(name: string | RegExp) {
  return within(screen.getByRole('form', { name }));
}

describe('Marker edit form', () => {
  it('labels each of the 25 markers and sends one change per changed marker', async () => {
    const d = deferredSave<unknown>();
    const { user } = renderWithProviders(<MarkerEditForm code="TX" name="Texas" current={TX.markerDetails} save={d.save} onDone={noop} onCancel={noop} />);
    const form = formNamed('Edit the interoperability markers of Texas');
    expect(form.getAllByRole('group')).toHaveLength(25);
    const m3 = TX.markerDetails[2]!;
    const next = m3.level === 'optimized' ? 'initial' : 'optimized';
    await user.selectOptions(form.getByLabelText(`Level of ${m3.id}`), next);
    fireEvent.change(form.getByLabelText(`Assessed (${m3.id})`), { target: { value: '2026-11-30' } });
    await user.click(form.getByRole('button', { name: 'Save markers' }));
    expect(d.calls).toEqual([[{ markerId: m3.id, patch: { level: next, assessed: '2026-11-30' } }]]);
  }, 15_000);

  it('nothing changed: a form-level message, nothing sent', async () => {
    const d = deferredSave<unknown>();
    const { user } = renderWithProviders(<MarkerEditForm code="TX" name="Texas" current={TX.markerDetails} save={d.save} onDone={noop} onCancel={noop} />);
    await user.click(formNamed(/markers of Texas/).getByRole('button', { name: 'Save markers' }));
    expect(screen.getByText(/Error: no marker was changed/)).toBeTruthy();
    expect(d.calls).toEqual([]);
  });
});

describe('Contact edit form (SWIC, coordinator)', () => {
  it('puts the email and phone errors beside their fields and sends nothing', async () => {
    const d = deferredSave<unknown>();
    const { user } = renderWithProviders(
      <ContactEditForm label="Edit the SWIC contact of Texas" subject="SWIC contact of Texas" current={TX.swic} save={d.save} onDone={noop} onCancel={noop} />,
    );
    const form = formNamed('Edit the SWIC contact of Texas');
    await user.clear(form.getByLabelText('Email'));
    await user.type(form.getByLabelText('Email'), 'javascript:alert(1)');
    await user.clear(form.getByLabelText('Phone'));
    await user.type(form.getByLabelText('Phone'), 'call me');
    await user.click(form.getByRole('button', { name: 'Save' }));
    expect(form.getByLabelText('Email').getAttribute('aria-invalid')).toBe('true');
    expect(form.getByLabelText('Phone').getAttribute('aria-invalid')).toBe('true');
    expect(form.getByLabelText('Name').getAttribute('aria-invalid')).toBeNull();
    expect(form.getByText(/Error: digits, spaces and \+ \( \) \. - only/)).toBeTruthy();
    expect(d.calls).toEqual([]);
  });

  it('sends only the changed field', async () => {
    const d = deferredSave<unknown>();
    const { user } = renderWithProviders(<ContactEditForm label="Edit contact" subject="contact" current={TX.swic} save={d.save} onDone={noop} onCancel={noop} />);
    const form = formNamed('Edit contact');
    await user.clear(form.getByLabelText('Title'));
    await user.type(form.getByLabelText('Title'), 'Deputy SWIC');
    await user.click(form.getByRole('button', { name: 'Save' }));
    expect(d.calls).toEqual([{ title: 'Deputy SWIC' }]);
  });
});

describe('Governance and notes forms', () => {
  it('governance: an empty name is an error beside the name', async () => {
    const d = deferredSave<unknown>();
    const { user } = renderWithProviders(<GovernanceEditForm code="TX" name="Texas" current={TX.governanceBody} save={d.save} onDone={noop} onCancel={noop} />);
    const form = formNamed('Edit the governance body of Texas');
    await user.clear(form.getByLabelText('Governance body name'));
    await user.selectOptions(form.getByLabelText('Kind'), TX.governanceBody.kind === 'SIGB' ? 'SIEC' : 'SIGB');
    await user.click(form.getByRole('button', { name: 'Save' }));
    expect(form.getByLabelText('Governance body name').getAttribute('aria-invalid')).toBe('true');
    expect(d.calls).toEqual([]);
  });

  it('notes: over 4000 characters is refused beside the field; a refusal keeps the text', async () => {
    const d = deferredSave<unknown>();
    const onDone = vi.fn();
    const { user } = renderWithProviders(<NotesEditForm code="TX" name="Texas" current="" save={d.save} onDone={onDone} onCancel={noop} />);
    const form = formNamed('Edit the notes on Texas');
    const box = form.getByLabelText('Notes') as HTMLTextAreaElement;
    await user.click(box);
    await user.paste('x'.repeat(4001));
    await user.click(form.getByRole('button', { name: 'Save' }));
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(d.calls).toEqual([]);
    await user.clear(box);
    await user.type(box, 'Radio cache moved to Austin.');
    await user.click(form.getByRole('button', { name: 'Save' }));
    await act(async () => d.reject(refusal(401, 'token expired')));
    expect(form.getByRole('alert').textContent).toMatch(/not signed in, or your session has expired.*Your input is kept in the form\./);
    expect(box.value).toBe('Radio cache moved to Austin.');
    expect(onDone).not.toHaveBeenCalled();
  });
});

describe('Technical-assistance forms', () => {
  it('add: category and title are required, beside their fields; a valid request is sent', async () => {
    const d = deferredSave<unknown>();
    const { user } = renderWithProviders(<TaCreateForm name="Texas" save={d.save} onDone={noop} onCancel={noop} />);
    const form = formNamed('Add a technical-assistance request for Texas');
    await user.click(form.getByRole('button', { name: 'Add request' }));
    expect(form.getByLabelText('Category').getAttribute('aria-invalid')).toBe('true');
    expect(form.getByLabelText('Title').getAttribute('aria-invalid')).toBe('true');
    expect(d.calls).toEqual([]);
    await user.type(form.getByLabelText('Category'), 'Training');
    await user.type(form.getByLabelText('Title'), 'COML course for county staff');
    await user.selectOptions(form.getByLabelText('Status'), 'scheduled');
    await user.click(form.getByRole('button', { name: 'Add request' }));
    expect(d.calls).toEqual([{ category: 'Training', title: 'COML course for county staff', status: 'scheduled' }]);
  });

  it('status: sends the new status', async () => {
    const d = deferredSave<unknown>();
    const request = TX.taRequests[0]!;
    const { user } = renderWithProviders(<TaStatusForm code="TX" request={request} save={d.save} onDone={noop} onCancel={noop} />);
    const next = request.status === 'complete' ? 'scheduled' : 'complete';
    await user.selectOptions(screen.getByLabelText(`Status of “${request.title}”`), next);
    await user.click(screen.getByRole('button', { name: 'Save status' }));
    expect(d.calls).toEqual([{ status: next }]);
  });
});

describe('Coverage form (admins, region panel)', () => {
  it('unticking every jurisdiction is an error; ticks are sent in the region’s order', async () => {
    const d = deferredSave<unknown>();
    const { user } = renderWithProviders(
      <CoverageEditForm coordinatorName="Sam Example" options={['AL', 'FL', 'GA']} current={['GA']} save={d.save} onDone={noop} onCancel={noop} />,
    );
    const form = formNamed('Edit the jurisdictions Sam Example covers');
    await user.click(form.getByRole('checkbox', { name: 'Georgia' }));
    await user.click(form.getByRole('button', { name: 'Save coverage' }));
    expect(form.getByText('Error: tick at least one jurisdiction')).toBeTruthy();
    expect(d.calls).toEqual([]);
    await user.click(form.getByRole('checkbox', { name: 'Georgia' }));
    await user.click(form.getByRole('checkbox', { name: 'Alabama' }));
    await user.click(form.getByRole('button', { name: 'Save coverage' }));
    expect(d.calls).toEqual([{ jurisdictions: ['AL', 'GA'] }]);
  });
});
