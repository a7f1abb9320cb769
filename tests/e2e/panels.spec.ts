/**
 * The details panels as a user drives them: selecting states and regions, the URL as
 * the state (back/forward), bad parameters, hostile API text, and accessibility.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, openApp, setFaults, expectNoSeriousAxeViolations } from './fixtures';

const details = (page: Page): Locator => page.getByRole('complementary', { name: 'Details' });
const heading = (page: Page, name: string): Locator => details(page).getByRole('heading', { level: 2, name, exact: true });

test.describe('details panels', () => {
  test('?state=GU shows Guam, its region and a coordinator card with an email link', async ({ page, consoleErrors }) => {
    await openApp(page, '?state=GU');
    await expect(heading(page, 'Guam')).toBeVisible();
    await expect(details(page).getByRole('button', { name: 'Region 9' })).toBeVisible();
    const card = details(page).getByRole('article').first();
    await expect(card).toBeVisible();
    await expect(card.locator('a[href^="mailto:"]')).toHaveCount(1);
    await expect(details(page).getByText(/^Plan adopted \d{4}-\d{2}, expire/)).toBeVisible();
    await expect(details(page).getByRole('img', { name: /Interoperability markers of Guam by lane/ })).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test('?region=4 lists its 8 jurisdictions, and one selects its state', async ({ page }) => {
    await openApp(page, '?region=4');
    await expect(heading(page, 'Region 4')).toBeVisible();
    const list = details(page).getByRole('list', { name: 'Jurisdictions in Region 4' });
    await expect(list.getByRole('listitem')).toHaveCount(8);
    await list.getByRole('button', { name: 'Kentucky' }).click();
    await expect(heading(page, 'Kentucky')).toBeVisible();
    expect(new URL(page.url()).search).toBe('?state=KY');
  });

  test('back and forward step through selections made in the panel', async ({ page }) => {
    await openApp(page, '?region=4');
    const list = details(page).getByRole('list', { name: 'Jurisdictions in Region 4' });
    await list.getByRole('button', { name: 'Alabama' }).click();
    await expect(heading(page, 'Alabama')).toBeVisible();
    await details(page).getByRole('button', { name: 'Region 4' }).click();
    await expect(heading(page, 'Region 4')).toBeVisible();
    await list.getByRole('button', { name: 'Georgia' }).click();
    await expect(heading(page, 'Georgia')).toBeVisible();

    await page.goBack();
    await expect(heading(page, 'Region 4')).toBeVisible();
    await page.goBack();
    await expect(heading(page, 'Alabama')).toBeVisible();
    expect(new URL(page.url()).search).toBe('?state=AL');
    await page.goForward();
    await expect(heading(page, 'Region 4')).toBeVisible();
    await page.goForward();
    await expect(heading(page, 'Georgia')).toBeVisible();
  });

  test('?state=ZZ and ?region=11 show a notice and the national view', async ({ page }) => {
    await openApp(page, '?state=ZZ');
    await expect(page.getByRole('status').filter({ hasText: 'Ignored state=“ZZ”' })).toBeVisible();
    await expect(heading(page, 'National summary')).toBeVisible();

    await openApp(page, '?region=11');
    await expect(page.getByRole('status').filter({ hasText: 'Ignored region=“11”' })).toBeVisible();
    await expect(heading(page, 'National summary')).toBeVisible();
    await expect(details(page).getByRole('list', { name: 'Overdue jurisdictions' }).getByRole('listitem').first()).toBeVisible();
  });

  test('a failing detail endpoint shows its error with Retry; status and coordinators still render', async ({ page }) => {
    await setFaults(page, { fail: ['jurisdiction'] });
    await openApp(page, '?state=TX');
    const alert = details(page).getByRole('alert').filter({ hasText: 'Details for Texas could not be loaded.' });
    await expect(alert).toContainText('GET /api/v1/jurisdictions/TX failed: 500');
    await expect(details(page).getByText('Workshop scheduled').first()).toBeVisible();
    await expect(details(page).getByRole('article').first()).toBeVisible();

    await page.evaluate(() => window.localStorage.removeItem('mockApi.faults'));
    await alert.getByRole('button', { name: /Retry/ }).click();
    await expect(details(page).getByRole('heading', { level: 3, name: 'SWIC and governance' })).toBeVisible();
    await expect(alert).toHaveCount(0);
  });

  test('hostile API text stays inert in every panel', async ({ page }) => {
    await setFaults(page, { xss: true });
    await openApp(page, '?state=TX');
    const aside = details(page);
    await expect(aside.getByRole('heading', { level: 3, name: 'SWIC and governance' })).toBeVisible();
    await expect(aside.getByRole('article').first()).toBeVisible();
    await expect(aside.getByText(/<script>window\.__xss=1<\/script>/).first()).toBeVisible();

    await aside.getByRole('button', { name: 'Region 6' }).click();
    await expect(heading(page, 'Region 6')).toBeVisible();
    await expect(aside.getByRole('article').first()).toBeVisible();
    await page.goto('/');
    await expect(heading(page, 'National summary')).toBeVisible();
    await expect(aside.getByRole('list', { name: 'Overdue jurisdictions' })).toBeVisible();
    await page.goBack();
    await expect(heading(page, 'Region 6')).toBeVisible();
    await expect(aside.getByRole('article').first()).toBeVisible();

    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    await expect(aside.locator('img[src="x"], img[onerror], script')).toHaveCount(0);
    await expect(page.locator('[href^="javascript:" i]')).toHaveCount(0);
  });

  test('no serious accessibility violations with each panel open', async ({ page }) => {
    await openApp(page, '?state=TX');
    await expect(details(page).getByRole('heading', { level: 3, name: 'SWIC and governance' })).toBeVisible();
    await expect(details(page).getByRole('article').first()).toBeVisible();
    await expectNoSeriousAxeViolations(page, 'aside[aria-label="Details"]');
    await details(page).getByRole('button', { name: /Show as table for Interoperability markers/ }).click();
    await expectNoSeriousAxeViolations(page, 'aside[aria-label="Details"]');

    await details(page).getByRole('button', { name: 'Region 6' }).click();
    const list = details(page).getByRole('list', { name: 'Jurisdictions in Region 6' });
    await expect(list.getByRole('listitem')).toHaveCount(5);
    await details(page).getByRole('checkbox', { name: 'Compare Texas' }).check();
    await details(page).getByRole('checkbox', { name: 'Compare Oklahoma' }).check();
    await expect(details(page).getByRole('table', { name: 'Comparison of Oklahoma, Texas' })).toBeVisible();
    await expectNoSeriousAxeViolations(page, 'aside[aria-label="Details"]');

    await page.goto('/');
    await expect(heading(page, 'National summary')).toBeVisible();
    await expect(details(page).getByRole('list', { name: /Regions ranked/ })).toBeVisible();
    await expectNoSeriousAxeViolations(page, 'aside[aria-label="Details"]');
  });
});
