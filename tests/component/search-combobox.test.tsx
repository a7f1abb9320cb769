import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Providers } from '../../src/app/Providers';
import { createQueryClient } from '../../src/api/query-client';
import type { JurisdictionFeatureCollection } from '../../src/geo/boundaries';
import { createJurisdictionIndex } from '../../src/geo/point-lookup';
import { createSearchEngine } from '../../src/search/engine';
import { FindCoordinator } from '../../src/search/FindCoordinator';
import { createGazetteerSources } from '../../src/search/gazetteer-sources';
import { loadSearchEngine } from '../../src/search/load-engine';
import { readGazetteerFile, readPublicJson } from '../unit/search-fixture';

// The engine normally arrives by dynamic import + fetch; here it reads the same files from disk,
// shard by shard as the app would.
vi.mock('../../src/search/load-engine', () => ({ loadSearchEngine: vi.fn(), prefetchWhileLoading: vi.fn() }));

beforeAll(() => {
  const index = createJurisdictionIndex(readPublicJson('geo/jurisdictions.json') as JurisdictionFeatureCollection);
  const sources = createGazetteerSources((file) => Promise.resolve(readGazetteerFile(file)));
  const engine = createSearchEngine(sources, () =>
    Promise.resolve((lon: number, lat: number) => index.jurisdictionAt(lon, lat)),
  );
  vi.mocked(loadSearchEngine).mockResolvedValue(engine);
});

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

function renderSearch(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  const client = createQueryClient({ retry: false });
  const user = userEvent.setup();
  render(
    <Providers client={client}>
      <FindCoordinator />
    </Providers>,
  );
  const input = screen.getByRole('combobox', { name: 'Find your coordinator' });
  return { user, input };
}

const listbox = () => screen.getByRole('listbox', { hidden: true });

describe('Find your coordinator: combobox', () => {
  it('is an ARIA 1.2 combobox wired to its listbox', () => {
    const { input } = renderSearch();
    expect(input.getAttribute('aria-expanded')).toEqual('false');
    expect(input.getAttribute('aria-autocomplete')).toEqual('list');
    expect(input.getAttribute('aria-controls')).toBe(listbox().id);
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
    expect(screen.getByRole('search', { name: 'Find your coordinator' })).toBeTruthy();
  });

  it('moves through suggestions with Down/Up, wraps, and closes then clears with Escape', async () => {
    const { user, input } = renderSearch();
    await user.type(input, 'springf');
    // the first name typed loads and decodes the names index: allow for a busy machine
    await waitFor(() => expect(input.getAttribute('aria-expanded')).toEqual('true'), { timeout: 5_000 });
    const options = within(listbox()).getAllByRole('option');
    expect(options.length).toBeGreaterThan(2);
    expect(options[0]?.textContent).toContain('Springfield, IL');
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);

    await user.keyboard('{ArrowDown}');
    expect(input.getAttribute('aria-activedescendant')).toEqual(options[0]?.id);
    expect(options[0]?.getAttribute('aria-selected')).toEqual('true');
    await user.keyboard('{ArrowDown}');
    expect(input.getAttribute('aria-activedescendant')).toEqual(options[1]?.id);
    expect(options[0]?.getAttribute('aria-selected')).toEqual('false');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(input.getAttribute('aria-activedescendant')).toEqual(options[options.length - 1]?.id);
    await user.keyboard('{ArrowDown}');
    expect(input.getAttribute('aria-activedescendant')).toEqual(options[0]?.id);

    await user.keyboard('{Escape}');
    expect(input.getAttribute('aria-expanded')).toEqual('false');
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
    expect((input as HTMLInputElement).value).toBe('springf');
    await user.keyboard('{Escape}');
    expect((input as HTMLInputElement).value).toBe('');

    await user.type(input, 'springf');
    await user.keyboard('{ArrowUp}');
    expect(input.getAttribute('aria-expanded')).toEqual('true');
    expect(input.getAttribute('aria-activedescendant')).toEqual(within(listbox()).getAllByRole('option').at(-1)?.id);
  }, 20_000);

  it('Enter on the active option selects it, updates the URL and shows the coordinator card', async () => {
    const { user, input } = renderSearch();
    await user.type(input, 'kansas city, m');
    await waitFor(() => expect(within(listbox()).getAllByRole('option')).toHaveLength(1), { timeout: 5_000 });
    await user.keyboard('{ArrowDown}{Enter}');

    expect(await screen.findByRole('heading', { name: 'Missouri, Region 7' })).toBeTruthy();
    expect((input as HTMLInputElement).value).toBe('Kansas City, MO');
    expect(input.getAttribute('aria-expanded')).toEqual('false');
    const params = new URLSearchParams(window.location.search);
    expect(params.get('state')).toBe('MO');
    expect(params.get('find')).toBe('Kansas City, MO');

    const card = (await screen.findAllByRole('article'))[0];
    if (!card) throw new Error('no contact card');
    expect(within(card).getByRole('link', { name: /@example\.org$/ }).getAttribute('href')).toMatch(/^mailto:/);
    expect(within(card).getByRole('link', { name: /^\+1-/ }).getAttribute('href')).toMatch(/^tel:\+1/);
    const live = document.querySelector('.find [role="status"][aria-live="polite"]');
    await waitFor(() => expect(live?.textContent).toMatch(/^Missouri, Region 7: coordinators? \S+/));
  }, 20_000);

  it('Enter without an active option searches the typed text (ZIP)', async () => {
    const { user, input } = renderSearch();
    await user.type(input, '96910{Enter}');
    expect(await screen.findByRole('heading', { name: 'Guam, Region 9' })).toBeTruthy();
    expect(new URLSearchParams(window.location.search).get('state')).toBe('GU');
  });

  it('lists the ZIPs of a pasted prefix once their shard has loaded', async () => {
    const { user, input } = renderSearch();
    await user.click(input);
    await user.paste('9691');
    // one change event: only the shard's arrival can bring the options in
    await waitFor(() => expect(within(listbox()).getAllByRole('option')[0]?.textContent).toContain('96910 — Hagåtña, GU'));
    expect(input.getAttribute('aria-expanded')).toEqual('true');
  });

  it('runs ?find= from a link and lets the user choose among ambiguous places', async () => {
    const { user } = renderSearch('?find=Springfield');
    expect(await screen.findByRole('heading', { name: /Which “Springfield”/ })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Springfield, IL' }));
    expect(await screen.findByRole('heading', { name: 'Illinois, Region 5' })).toBeTruthy();
    expect(new URLSearchParams(window.location.search).get('find')).toBe('Springfield, IL');
  });

  it('offers “Did you mean” for a misspelling and explains a no-match', async () => {
    const { user, input } = renderSearch();
    await user.type(input, 'Texsa{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Texas' }));
    expect(await screen.findByRole('heading', { name: 'Texas, Region 6' })).toBeTruthy();

    await user.clear(input);
    await user.type(input, 'zzzz{Enter}');
    expect(await screen.findByRole('heading', { name: 'No match' })).toBeTruthy();
    expect(within(screen.getByRole('region')).getByText(/No place matches “zzzz”\. Try a state/)).toBeTruthy();
  });

  it('closes the result with Escape and returns focus to the box', async () => {
    const { user, input } = renderSearch();
    await user.type(input, 'tx{Enter}');
    const close = await screen.findByRole('button', { name: 'Close search result' });
    close.focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('heading', { name: 'Texas, Region 6' })).toBeNull();
    expect(document.activeElement).toBe(input);
  });
});

describe('Use my location', () => {
  const setGeolocation = (impl: Geolocation['getCurrentPosition']) =>
    Object.defineProperty(navigator, 'geolocation', { configurable: true, value: { getCurrentPosition: impl } });

  it('explains a denied permission', async () => {
    setGeolocation((_ok, fail) => fail?.({ code: 1, message: 'denied' } as GeolocationPositionError));
    const { user } = renderSearch();
    await user.click(screen.getByRole('button', { name: 'Use my location' }));
    expect(await screen.findByRole('heading', { name: 'Location unavailable' })).toBeTruthy();
    expect(within(screen.getByRole('region')).getByText(/Location permission was denied/)).toBeTruthy();
  });

  it('explains a timeout', async () => {
    setGeolocation((_ok, fail) => fail?.({ code: 3, message: 'timeout' } as GeolocationPositionError));
    const { user } = renderSearch();
    await user.click(screen.getByRole('button', { name: 'Use my location' }));
    expect(await screen.findByRole('heading', { name: 'Location unavailable' })).toBeTruthy();
    expect(within(screen.getByRole('region')).getByText(/took too long/)).toBeTruthy();
  });

  it('finds the jurisdiction of the position', async () => {
    setGeolocation((ok) => ok({ coords: { latitude: 40.7128, longitude: -74.006 } } as GeolocationPosition));
    const { user, input } = renderSearch();
    await user.click(screen.getByRole('button', { name: 'Use my location' }));
    expect(await screen.findByRole('heading', { name: 'New York, Region 2' })).toBeTruthy();
    expect((input as HTMLInputElement).value).toBe('40.7128, -74.006');
  });
});

describe('Contact card actions', () => {
  it('copies the contact and announces it, or says when the clipboard is blocked', async () => {
    const { user, input } = renderSearch();
    await user.type(input, 'tx{Enter}');
    const copy = (await screen.findAllByRole('button', { name: /^Copy contact for / }))[0];
    if (!copy) throw new Error('no copy button');

    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    await user.click(copy);
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('Email: '));
    expect(await screen.findByText('Copied')).toBeTruthy();

    writeText.mockRejectedValue(new Error('NotAllowedError'));
    await user.click(copy);
    expect(await screen.findByText(/Could not copy/)).toBeTruthy();
  });
});
