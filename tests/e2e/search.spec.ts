import type { Locator, Page } from '@playwright/test';
import { expect, expectNoSeriousAxeViolations, setFaults, test } from './fixtures';

/** Driver for "Find your coordinator": hides selectors from the stories below. */
class FindCoordinator {
  readonly box: Locator;
  readonly suggestions: Locator;

  constructor(private readonly page: Page) {
    this.box = page.getByRole('combobox', { name: 'Find your coordinator' });
    this.suggestions = page.getByRole('listbox', { name: 'Suggestions' });
  }

  async open(query = ''): Promise<void> {
    await this.page.goto(`/${query}`);
    await expect(this.box).toBeVisible({ timeout: 30_000 });
  }

  async search(text: string): Promise<void> {
    await this.box.fill(text);
    await this.box.press('Enter');
  }

  result(name: string | RegExp): Locator {
    return this.page.getByRole('region', { name });
  }

  urlParam(name: string): string | null {
    return new URL(this.page.url()).searchParams.get(name);
  }
}

const CASES: ReadonlyArray<[query: string, heading: string, code: string]> = [
  ['96910', 'Guam, Region 9', 'GU'],
  ['00901', 'Puerto Rico, Region 2', 'PR'],
  ['99501', 'Alaska, Region 10', 'AK'],
  ['20001', 'District of Columbia, Region 3', 'DC'],
  ['Kansas City, MO', 'Missouri, Region 7', 'MO'],
  ['40.7128, -74.0060', 'New York, Region 2', 'NY'],
  ['Travis County, TX', 'Texas, Region 6', 'TX'],
];

test.describe('Find your coordinator', () => {
  for (const [query, heading, code] of CASES) {
    test(`"${query}" then Enter → ${heading}`, async ({ page, consoleErrors, foreignRequests }) => {
      const find = new FindCoordinator(page);
      await find.open();
      await find.search(query);
      const result = find.result(heading);
      await expect(result.getByRole('heading', { name: heading })).toBeVisible();
      await expect(result.getByRole('article').first()).toBeVisible();
      await expect(result.getByRole('link', { name: /@example\.org$/ }).first()).toHaveAttribute('href', /^mailto:/);
      await expect(result.getByRole('button', { name: /^Download vCard/ }).first()).toBeVisible();
      await expect.poll(() => find.urlParam('state')).toBe(code);
      expect(find.urlParam('find')).toBe(query);
      await expect(page.getByRole('status').filter({ hasText: `${heading}: coordinator` })).toHaveCount(1);
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    });
  }

  test('"zzzz" says nothing matched and what kinds of input work', async ({ page }) => {
    const find = new FindCoordinator(page);
    await find.open();
    await find.search('zzzz');
    const result = find.result('No match');
    await expect(result).toContainText('No place matches “zzzz”');
    await expect(result).toContainText('ZIP code');
    await expect(result).toContainText('coordinates');
    expect(find.urlParam('state')).toBeNull();
  });

  test('"0, 0" is outside the CISA regions', async ({ page }) => {
    const find = new FindCoordinator(page);
    await find.open();
    await find.search('0, 0');
    await expect(find.result('Outside the CISA regions')).toContainText(
      'That location is outside the CISA regions (the 50 states, DC and 5 territories).',
    );
  });

  test('a ?find= link runs the search on load', async ({ page }) => {
    const find = new FindCoordinator(page);
    await find.open('?find=96910');
    await expect(find.result('Guam, Region 9')).toBeVisible();
    await expect(find.box).toHaveValue('96910');
    await expect.poll(() => find.urlParam('state')).toBe('GU');
  });

  test('keyboard only: type, arrow to a suggestion, Enter', async ({ page }) => {
    const find = new FindCoordinator(page);
    await find.open();
    await find.box.pressSequentially('kansas city, m');
    await expect(find.suggestions.getByRole('option')).toHaveCount(1);
    await expect(find.box).toHaveAttribute('aria-expanded', 'true');
    await find.box.press('ArrowDown');
    const option = find.suggestions.getByRole('option', { name: /Kansas City, MO/ });
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await expect(find.box).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id')) ?? '');
    await find.box.press('Enter');
    await expect(find.result('Missouri, Region 7')).toBeVisible();
    await expect(find.box).toHaveAttribute('aria-expanded', 'false');
  });

  test('an ambiguous name lists candidates with their states', async ({ page }) => {
    const find = new FindCoordinator(page);
    await find.open();
    await find.search('Springfield');
    const result = find.result(/Which “Springfield”/);
    await result.getByRole('button', { name: 'Springfield, IL' }).click();
    await expect(find.result('Illinois, Region 5')).toBeVisible();
    await expect.poll(() => find.urlParam('state')).toBe('IL');
  });

  test('the gazetteer is not loaded until the box is used', async ({ page }) => {
    const gazetteer: string[] = [];
    page.on('request', (req) => {
      if (req.url().includes('/gazetteer/')) gazetteer.push(new URL(req.url()).pathname);
    });
    const find = new FindCoordinator(page);
    await find.open();
    await page.waitForLoadState('networkidle');
    expect(gazetteer).toEqual([]);
    await find.box.focus();
    // focus starts the names index (places.json and the 40 ZIP shards) in the background
    await expect.poll(() => gazetteer.includes('/gazetteer/places.json')).toBe(true);
    await expect.poll(() => new Set(gazetteer.filter((p) => /^\/gazetteer\/zips-\d{3}\.json$/.test(p))).size).toBe(40);
  });

  test('no serious or critical axe violations with suggestions open, and with a result', async ({ page }) => {
    const find = new FindCoordinator(page);
    await find.open();
    await find.box.pressSequentially('spring');
    await expect(find.suggestions).toBeVisible();
    await find.box.press('ArrowDown');
    await expectNoSeriousAxeViolations(page, '.find');

    await find.box.press('Escape');
    await find.search('Travis County, TX');
    await expect(find.result('Texas, Region 6').getByRole('article').first()).toBeVisible();
    await expectNoSeriousAxeViolations(page, '.find');
  });
});

test.describe('Use my location', () => {
  test.describe('with permission', () => {
    test.use({ geolocation: { latitude: 40.7128, longitude: -74.006 }, permissions: ['geolocation'] });
    test('finds the coordinator for where the device is', async ({ page }) => {
      const find = new FindCoordinator(page);
      await find.open();
      await page.getByRole('button', { name: 'Use my location' }).click();
      await expect(find.result('New York, Region 2')).toBeVisible();
      await expect(find.box).toHaveValue('40.7128, -74.006');
      await expect.poll(() => find.urlParam('state')).toBe('NY');
    });
  });

  test('says so clearly when permission is denied', async ({ page, context }) => {
    await context.clearPermissions();
    const find = new FindCoordinator(page);
    await find.open();
    await page.getByRole('button', { name: 'Use my location' }).click();
    await expect(find.result('Location unavailable')).toContainText('Location permission was denied');
  });
});

test('API text in a contact card renders as text, and unsafe links are not links', async ({ page }) => {
  await setFaults(page, { xss: true });
  const find = new FindCoordinator(page);
  await find.open();
  await find.search('TX');
  const card = find.result('Texas, Region 6').getByRole('article').first();
  await expect(card).toContainText('<img src=x onerror=');
  await expect(card.locator('a[href^="javascript"], img, script')).toHaveCount(0);
  await expect(card).toContainText('javascript:window.__xss=1');
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});
