/**
 * Shared driver for the panels' component tests: the real DetailsPanel inside a
 * "Details" aside, a fresh QueryClient and the msw node server from setup.ts.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Providers } from '../../src/app/Providers';
import { createQueryClient } from '../../src/api/query-client';
import { DetailsPanel } from '../../src/panels/DetailsPanel';

export function renderPanel(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  const client = createQueryClient({ retry: false });
  const user = userEvent.setup();
  render(
    <Providers client={client}>
      <aside aria-label="Details">
        <DetailsPanel />
      </aside>
    </Providers>,
  );
  const aside = screen.getByRole('complementary', { name: 'Details' });
  return { user, client, aside, panel: within(aside) };
}

/** The section headed `name` (h3), for scoping queries. */
export function sectionNamed(aside: HTMLElement, name: string | RegExp): HTMLElement {
  const heading = within(aside).getByRole('heading', { level: 3, name });
  const section = heading.closest('section');
  if (!section) throw new Error(`no section around heading ${String(name)}`);
  return section;
}
