/** History paging in the state panel; the region panel's coordinator editors are the admins'. */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetState } from '../../mocks/store/store';
import { HistorySection } from '../../src/panels/edit/HistorySection';
import { DetailsPanel } from '../../src/panels/DetailsPanel';
import { write } from '../../src/api/writes';
import { renderWithProviders, userFor } from './edit-render';

beforeEach(async () => {
  await resetState();
});

async function notesWrites(n: number) {
  for (let i = 1; i <= n; i += 1) {
    const res = await fetch('http://localhost/api/v1/jurisdictions/TX');
    await write('notes', { code: 'TX' }, { notes: `note ${i}` }, res.headers.get('ETag'), { token: userFor('admin').token });
  }
}

describe('History section', () => {
  it('lists changes newest first, ten at a time, with "Show older changes"', async () => {
    await notesWrites(12);
    const { user } = renderWithProviders(<HistorySection code="TX" name="Texas" />, { as: 'viewer' });
    const list = await screen.findByRole('list', { name: 'Changes to Texas, newest first' });
    const items = () => within(screen.getByRole('list', { name: /Changes to Texas/ })).getAllByRole('listitem').filter((li) => li.classList.contains('history-item'));
    expect(items()).toHaveLength(10);
    expect(list.textContent).toMatch(/^Avery Chen \(admin\)/);
    expect(items()[0]!.textContent).toContain('Notes: note 11 → note 12');
    await user.click(screen.getByRole('button', { name: 'Show older changes' }));
    await waitFor(() => expect(items()).toHaveLength(12));
    expect(items()[11]!.textContent).toContain('→ note 1');
    expect(screen.queryByRole('button', { name: 'Show older changes' })).toBeNull();
  }, 20_000);

  it('asks a signed-out visitor to sign in', () => {
    renderWithProviders(<HistorySection code="TX" name="Texas" />);
    expect(screen.getByText('Sign in to see who changed Texas’s record, and when.')).toBeTruthy();
  });
});

describe('Region panel coordinator editors', () => {
  it('an admin gets contact and coverage editors for each coordinator; the region’s editor does not', async () => {
    const admin = renderWithProviders(
      <aside aria-label="Details">
        <DetailsPanel />
      </aside>,
      { as: 'admin', search: '?region=4' },
    );
    const contact = await screen.findAllByRole('button', { name: /^Edit contact of / }, { timeout: 5000 });
    expect(contact.length).toBeGreaterThan(0);
    expect(screen.getAllByRole('button', { name: /^Edit coverage of / })).toHaveLength(contact.length);
    admin.unmount();

    renderWithProviders(
      <aside aria-label="Details">
        <DetailsPanel />
      </aside>,
      { as: 'editor-r4', search: '?region=4' },
    );
    await screen.findAllByRole('article', {}, { timeout: 5000 });
    expect(screen.queryAllByRole('button', { name: /^Edit (contact|coverage) of / })).toEqual([]);
  }, 20_000);
});
