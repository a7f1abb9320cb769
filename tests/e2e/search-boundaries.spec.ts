/**
 * "Find your coordinator" at the boundaries, as a new user would try it: a ZIP across a
 * state and region line, pasted addresses, county-equivalents, and places outside the
 * 56 (military mail, the Freely Associated States).
 */
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoSeriousAxeViolations, test } from './fixtures';

class FindCoordinator {
  readonly box: Locator;

  constructor(private readonly page: Page) {
    this.box = page.getByRole('combobox', { name: 'Find your coordinator' });
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

const details = (page: Page): Locator => page.getByRole('complementary', { name: 'Details' });

test.describe('a ZIP across a state line', () => {
  test('?find=97635 lists Oregon (Region 10) and California (Region 9), each with its coordinator; choosing California opens its panel', async ({
    page,
    consoleErrors,
    foreignRequests,
  }) => {
    const find = new FindCoordinator(page);
    await find.open('?find=97635');
    const result = find.result('ZIP 97635 is in 2 states');
    await expect(result).toContainText('Most likely Oregon (Region 10), where its post office is; partly California (Region 9).');
    const parts = result.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
    await expect(parts).toHaveCount(2);
    const oregon = result.getByRole('region', { name: 'Oregon, Region 10' });
    const california = result.getByRole('region', { name: 'California, Region 9' });
    await expect(parts.nth(0).getByRole('heading', { level: 3 })).toHaveText('Oregon, Region 10');
    await expect(parts.nth(1).getByRole('heading', { level: 3 })).toHaveText('California, Region 9');
    for (const part of [oregon, california]) {
      await expect(part.getByRole('article').first()).toBeVisible();
      await expect(part.getByRole('link', { name: /@example\.org$/ }).first()).toHaveAttribute('href', /^mailto:/);
    }
    await expect(oregon).toContainText('Lake County');
    await expect(california).toContainText('Modoc County');
    // the map marks each state's part
    await expect.poll(() => page.evaluate(() => window.__mapDebug?.searchMarks() ?? 0)).toBe(2);
    await expectNoSeriousAxeViolations(page, '.find');

    await california.getByRole('button', { name: 'Choose California' }).click();
    await expect(details(page).getByRole('heading', { level: 2, name: 'California', exact: true })).toBeVisible();
    await expect.poll(() => find.urlParam('state')).toBe('CA');
    await expect(find.result('California, Region 9')).toContainText('ZIP code: 97635 — California part');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});

test('a city on both sides of a state line lists each state with its region, and the map marks each', async ({ page }) => {
  const find = new FindCoordinator(page);
  await find.open();
  await find.search('Texarkana');
  const result = find.result(/Which “Texarkana”/);
  await expect(result.getByRole('listitem').filter({ hasText: 'Texarkana, AR' })).toContainText('Arkansas, Region 6');
  await expect(result.getByRole('listitem').filter({ hasText: 'Texarkana, TX' })).toContainText('Texas, Region 6');
  await expect.poll(() => page.evaluate(() => window.__mapDebug?.searchMarks() ?? 0)).toBe(2);
  await result.getByRole('button', { name: 'Texarkana, AR' }).click();
  await expect(find.result('Arkansas, Region 6')).toBeVisible();
});

const ADDRESSES: ReadonlyArray<[text: string, heading: string, code: string, note: string]> = [
  ['1600 Pennsylvania Ave NW, Washington, DC 20500', 'District of Columbia, Region 3', 'DC', 'Using ZIP 20500 from your address.'],
  ['Anchorage AK 99501', 'Alaska, Region 10', 'AK', 'Using ZIP 99501 from your address.'],
  ['78701-1234', 'Texas, Region 6', 'TX', 'Using ZIP 78701 from your address.'],
  ['Austin, Texas', 'Texas, Region 6', 'TX', 'Using the city Austin, TX from your address.'],
];

test.describe('pasted addresses', () => {
  for (const [text, heading, code, note] of ADDRESSES) {
    test(`"${text}" opens ${heading} and says which part it used`, async ({ page, foreignRequests }) => {
      const find = new FindCoordinator(page);
      await find.open();
      const typed: string[] = [];
      page.on('request', (req) => typed.push(req.url()));
      await find.search(text);
      const result = find.result(heading);
      await expect(result.getByRole('heading', { level: 2, name: heading })).toBeVisible();
      await expect(result).toContainText(note);
      await expect(result.getByRole('article').first()).toBeVisible();
      await expect.poll(() => find.urlParam('state')).toBe(code);
      await expect(details(page).getByRole('heading', { level: 2, name: heading.split(',')[0] ?? '', exact: true })).toBeVisible();
      // nothing typed leaves the browser: no request carries the street or the text
      expect(typed.filter((u) => /pennsylvania|anchorage|austin|1234/i.test(decodeURIComponent(u)))).toEqual([]);
      expect(foreignRequests).toEqual([]);
    });
  }
});

test.describe('county-equivalents', () => {
  test('"Baltimore city" is Maryland, listed as the independent city', async ({ page }) => {
    const find = new FindCoordinator(page);
    await find.open();
    await find.search('Baltimore city');
    const result = find.result('Maryland, Region 3');
    await expect(result).toContainText('Independent city: Baltimore city, MD');
    await expect.poll(() => find.urlParam('state')).toBe('MD');
  });

  for (const text of ['Mayagüez', 'Mayaguez']) {
    test(`"${text}" is Puerto Rico`, async ({ page }) => {
      const find = new FindCoordinator(page);
      await find.open();
      await find.search(text);
      await expect(find.result('Puerto Rico, Region 2')).toContainText('Mayagüez, PR');
      await expect.poll(() => find.urlParam('state')).toBe('PR');
    });
  }

  test(`"Manu'a" is American Samoa`, async ({ page }) => {
    const find = new FindCoordinator(page);
    await find.open();
    await find.search("Manu'a");
    await expect(find.result('American Samoa, Region 9')).toContainText("District: Manu'a District, AS");
    await expect.poll(() => find.urlParam('state')).toBe('AS');
  });
});

test.describe('outside the 56', () => {
  test('"APO AE 09012" is military mail: no region, and a prompt for the installation', async ({ page }) => {
    const find = new FindCoordinator(page);
    await find.open();
    await find.search('APO AE 09012');
    const result = find.result('Military or diplomatic mail address');
    await expect(result).toContainText('belongs to no CISA region');
    await expect(result).toContainText('Type the city and state of the installation, or its coordinates, instead.');
    expect(find.urlParam('state')).toBeNull();
    await expect(page.getByRole('status').filter({ hasText: 'military or diplomatic mail address' })).toHaveCount(1);
  });

  test('"Majuro" is in the Freely Associated States: FEMA Region 9, no SCIP, and the Region 9 office', async ({ page }) => {
    const find = new FindCoordinator(page);
    await find.open();
    await find.search('Majuro');
    const result = find.result('Freely Associated States: FEMA Region 9');
    await expect(result).toContainText('The Marshall Islands is one of the Freely Associated States');
    await expect(result).toContainText('not one of the 56 SCIP jurisdictions');
    await expect(result).toContainText(/Region 9 office: .+, Oakland, CA/);
    await expect(result.getByRole('link', { name: /@example\.org$/ }).first()).toHaveAttribute('href', /^mailto:/);
    expect(find.urlParam('state')).toBeNull();
    await expectNoSeriousAxeViolations(page, '.find');
  });
});
