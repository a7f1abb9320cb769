/**
 * Mock mode, as a user meets it: "Sign in as a sample user", the account panel, a write that
 * survives a reload (IndexedDB in the mock worker), reaches a second tab without a reload
 * (BroadcastChannel between the tabs' workers), and "Reset sample data".
 */
import type { Page } from '@playwright/test';
import { test, expect, openApp, expectNoSeriousAxeViolations } from './fixtures';

const R6_TOKEN = 'dev-editor-r6-9b1e47c3d2';

/** a write from the page through the mock API, as the app sends it (status of the answer) */
async function patchTexas(page: Page, body: object): Promise<number> {
  return page.evaluate(
    async ({ body, token }) => {
      const api = window.__mockApi;
      if (!api) throw new Error('the mock API is not running');
      const read = await api.fetch('/api/v1/jurisdictions/TX');
      const etag = read.headers.get('ETag') ?? '';
      const res = await api.fetch('/api/v1/jurisdictions/TX/scip', {
        method: 'PATCH',
        headers: { Authorization: `Bearer ${token}`, 'If-Match': etag, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      return res.status;
    },
    { body, token: R6_TOKEN },
  );
}

const texasRow = (page: Page) => page.getByRole('row', { name: /Texas/ });

test.describe('mock mode: sample sign-in and stored edits', () => {
  test('sign in as the Region 6 editor, see name, role and region, stay signed in across a reload, sign out', async ({ page, consoleErrors }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Sign in as a sample user' })).toBeVisible();
    await expectNoSeriousAxeViolations(page, '.account-panel');
    await page.getByRole('button', { name: 'Rosa Delgado — Editor, Region 6' }).click();
    const account = page.getByRole('button', { name: 'Rosa Delgado (Editor)' });
    await expect(account).toBeFocused();

    await page.reload();
    await account.click();
    const panel = page.getByRole('group', { name: 'Account' });
    await expect(panel.getByText('Region 6')).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Reset sample data' })).toBeVisible();
    await expectNoSeriousAxeViolations(page, '.account-panel');
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await account.click();
    await panel.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test('a write survives a reload, shows in a second tab without a reload, and Reset sample data undoes it', async ({ page, context, consoleErrors }) => {
    await page.goto('/?view=table&layer=scip');
    await expect(texasRow(page)).toContainText('Workshop scheduled');
    const other = await context.newPage();
    await other.goto('/?view=table&layer=scip');
    await expect(texasRow(other)).toContainText('Workshop scheduled');

    expect(await patchTexas(page, { status: 'current' })).toBe(200);
    // the other tab learns of it from the worker relay, within the 10 s
    await expect(texasRow(other)).toContainText('Current', { timeout: 10_000 });

    await page.reload();
    await expect(texasRow(page)).toContainText('Current');

    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('button', { name: 'Rosa Delgado — Editor, Region 6' }).click();
    await page.getByRole('button', { name: 'Rosa Delgado (Editor)' }).click();
    await page.getByRole('button', { name: 'Reset sample data' }).click();
    await expect(texasRow(page)).toContainText('Workshop scheduled');
    await expect(texasRow(other)).toContainText('Workshop scheduled', { timeout: 10_000 });
    await page.reload();
    await expect(texasRow(page)).toContainText('Workshop scheduled');
    expect(consoleErrors).toEqual([]);
  });
});
