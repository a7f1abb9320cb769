/**
 * The result panel at the boundaries, rendered from resolver answers over the built
 * gazetteer and the sample regions: each state's part of a ZIP with its own
 * coordinators, the Freely Associated States with the Region 9 office, military mail,
 * and what the screen reader hears.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildSampleDataset } from '../../src/sample-data/seed';
import { resolveQuery, type Resolution } from '../../src/search/resolver';
import { SearchResult, outcomeAnnouncement, type RegionsState } from '../../src/search/SearchResult';
import { loadTestGazetteer } from '../unit/search-fixture';

const g = loadTestGazetteer();
const regions: RegionsState = { data: buildSampleDataset().regions, isPending: false, error: null };
const resolve = (text: string): Resolution => resolveQuery(text, g, () => null);

function renderResult(outcome: Resolution, regionsState = regions) {
  const onPick = vi.fn();
  render(<SearchResult outcome={outcome} regions={regionsState} headingId="result" onPick={onPick} />);
  return { onPick, user: userEvent.setup() };
}

describe('search result at the boundaries', () => {
  it('a ZIP across a state line shows each state with its region, counties and coordinators, most likely first', async () => {
    const outcome = resolve('97635');
    const { onPick, user } = renderResult(outcome);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('ZIP 97635 is in 2 states');
    const parts = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(parts).toEqual(['Oregon, Region 10', 'California, Region 9']);
    const california = screen.getByRole('region', { name: 'California, Region 9' });
    expect(within(california).getByText(/County: Modoc County/)).toBeTruthy();
    const cards = within(california).getAllByRole('article');
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) expect(within(card).getByRole('link', { name: /@example\.org$/ }).getAttribute('href')).toMatch(/^mailto:/);
    await user.click(within(california).getByRole('button', { name: 'Choose California' }));
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ kind: 'zip', state: 'CA', query: '97635' }));
    expect(outcomeAnnouncement(outcome, regions)).toBe(
      'ZIP 97635 is in 2 states. Most likely Oregon (Region 10), where its post office is; partly California (Region 9). Choose one from the list.',
    );
  });

  it('says where the coordinators could not be loaded, and still lists the states', () => {
    renderResult(resolve('86514'), { data: undefined, isPending: false, error: new Error('HTTP 503') });
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Arizona, Region 9', 'New Mexico, Region 6', 'Utah, Region 8']);
    expect(screen.getAllByText('Coordinators could not be loaded: HTTP 503')).toHaveLength(3);
  });

  it('an address answer says which part it used', () => {
    renderResult(resolve('1600 Pennsylvania Ave NW, Washington, DC 20500'));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('District of Columbia, Region 3');
    expect(screen.getByText('Using ZIP 20500 from your address.')).toBeTruthy();
  });

  it('the Freely Associated States answer gives the Region 9 office and its coordinators', () => {
    renderResult(resolve('Majuro'));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Freely Associated States: FEMA Region 9');
    expect(screen.getByText(/no SCIP or SWIC for it here/)).toBeTruthy();
    expect(screen.getByText(/^Region 9 office: .+, Oakland, CA$/)).toBeTruthy();
    expect(screen.getAllByRole('article').length).toBeGreaterThan(0);
  });

  it('military mail belongs to no region and asks for the installation', () => {
    const outcome = resolve('APO AE 09012');
    renderResult(outcome);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Military or diplomatic mail address');
    expect(screen.queryByRole('article')).toBeNull();
    expect(outcomeAnnouncement(outcome, regions)).toMatch(/belongs to no CISA region/);
  });

  it('an independent city is named as one', () => {
    renderResult(resolve('Baltimore city'));
    expect(screen.getByText('Independent city: Baltimore city, MD')).toBeTruthy();
  });
});
