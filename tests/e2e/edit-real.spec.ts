/**
 * Issue #20 against the real stack: the local OIDC provider, the API (PGlite in memory) and
 * Vite dev pointed at it. Sign in on the provider's page, edit, conflict, import, live update.
 * Uses @playwright/test directly (three loopback origins; see server-xss.spec.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Browser, type Page } from '@playwright/test';
import { startRealStack, type RealStack } from './real-stack';
import { conflictDialog, editControls, expectScipChip, legendCount, openScipEditor, saveScipStatus, section, tableStatus } from './edit-driver';

const ADMIN_TOKEN = 'dev-admin-3a6f0e8b51c7d9'; // the README's public sample tokens
const R6_TOKEN = 'dev-editor-r6-9b1e47c3d2';

let stack: RealStack | undefined;
test.describe.configure({ mode: 'serial' });

function origins(): RealStack {
  if (!stack) throw new Error('the real stack is not running');
  return stack;
}

async function api(path: string, init: { token?: string; method?: string; etag?: string; body?: unknown } = {}): Promise<Response> {
  const headers: Record<string, string> = {};
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  if (init.etag) headers['If-Match'] = init.etag;
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  return fetch(`${origins().apiOrigin}/api/v1${path}`, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
}

async function scipOf(code: string): Promise<{ status: string }> {
  return ((await (await api(`/jurisdictions/${code}`)).json()) as { scip: { status: string } }).scip;
}

async function axeClean(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

async function openDashboard(page: Page, query: string): Promise<void> {
  await page.goto(`${origins().appOrigin}/${query}`);
  await expect(page.locator('[data-testid="map"][data-ready="true"]')).toBeVisible({ timeout: 60_000 });
}

/** "Sign in" in the top bar → the provider's page → the user's button → back in the app, signed in */
async function signInOnProvider(page: Page, displayName: string): Promise<void> {
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.origin === origins().issuer, { timeout: 30_000, waitUntil: 'commit' });
  await page.getByRole('button', { name: new RegExp(`^Sign in as ${displayName} \\(`) }).click();
  // 'commit': the dev server's page takes long to reach "load" on a loaded machine; the session tells us when it is done
  await page.waitForURL((url) => url.origin === origins().appOrigin, { timeout: 30_000, waitUntil: 'commit' }).catch(async (e: unknown) => {
    // say where the round trip stopped (a consent or error page of the provider), not only that it did
    const body = await page.locator('body').innerText().catch(() => '(no body)');
    throw new Error(`sign-in did not return to the app: at ${page.url()}: ${body.slice(0, 400)}`, { cause: e });
  });
  await expect(page.getByRole('button', { name: new RegExp(`^${displayName} \\(`) })).toBeVisible({ timeout: 60_000 });
  // no authorization code left in the address (the app's own ?state=TX is its selection, not OIDC's state)
  expect(page.url()).not.toMatch(/[?&#]code=/);
  expect(new URL(page.url()).hash).not.toMatch(/state=/);
}

async function signedInPage(browser: Browser, displayName: string, query: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
  await openDashboard(page, query);
  await signInOnProvider(page, displayName);
  // the provider returns to the app's root: open the link again (the session stays)
  if (!page.url().endsWith(query)) await openDashboard(page, query);
  await expect(section(page, 'SWIC and governance')).toBeVisible({ timeout: 30_000 });
  return page;
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(300_000);
  stack = await startRealStack();
  // the dev server's first page load compiles everything: pay for it here, not under a test's clock
  const warm = await browser.newPage();
  await warm.goto(stack.appOrigin);
  await warm.getByRole('complementary', { name: 'Details' }).waitFor({ timeout: 150_000 });
  await warm.close();
});

test.afterAll(async () => {
  await stack?.stop();
  stack = undefined;
});

test('Region 6 editor signs in on the provider, sets Texas to Current: legend, table, panel and History change, a reload keeps it, another dashboard follows within 10 s', async ({ browser }) => {
  test.setTimeout(150_000);
  const watcher = await (await browser.newContext()).newPage();
  await openDashboard(watcher, '?layer=scip&state=TX');
  await expectScipChip(watcher, 'Workshop scheduled');

  const page = await signedInPage(browser, 'Rosa Delgado', '?layer=scip&state=TX');
  const currentBefore = await legendCount(page, 'current');
  const form = await openScipEditor(page, 'Texas');
  await axeClean(page);
  await saveScipStatus(form, 'Current');
  await expectScipChip(page, 'Current');
  await expect.poll(() => legendCount(page, 'current')).toBe(currentBefore + 1);
  await expect(section(page, 'History')).toContainText('Rosa Delgado', { timeout: 15_000 });
  await expect(section(page, 'History')).toContainText('Status: Workshop scheduled → Current');
  expect((await scipOf('TX')).status).toBe('current');

  // the other dashboard, signed out and never reloaded
  await expect(watcher.locator('.scip-status .status-chip').first()).toContainText('Current', { timeout: 10_000 });

  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await expect(tableStatus(page, 'TX')).toHaveText('Current');
  await page.reload();
  await expectScipChip(page, 'Current');

  // Georgia is Region 4: no edit control, and a hand-made write is refused
  await page.goto(`${origins().appOrigin}/?layer=scip&state=GA`);
  await expect(section(page, 'SWIC and governance')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: /^Rosa Delgado \(/ })).toBeVisible();
  await expect(editControls(page)).toHaveCount(0);
  const before = await scipOf('GA');
  const etag = (await api('/jurisdictions/GA')).headers.get('ETag') ?? '';
  const refused = await api('/jurisdictions/GA/scip', { method: 'PATCH', token: R6_TOKEN, etag, body: { status: before.status === 'current' ? 'overdue' : 'current' } });
  expect(refused.status).toBe(403);
  expect(await scipOf('GA')).toEqual(before);
});

test('two contexts edit Texas from the same version: the second gets the conflict dialog; "apply mine on top" → both audited, the second’s value wins', async ({ browser }) => {
  test.setTimeout(150_000);
  const first = await signedInPage(browser, 'Rosa Delgado', '?layer=scip&state=TX');
  const second = await signedInPage(browser, 'Avery Chen', '?layer=scip&state=TX');
  const firstForm = await openScipEditor(first, 'Texas');
  const secondForm = await openScipEditor(second, 'Texas');

  await saveScipStatus(firstForm, 'Update due');
  await expectScipChip(first, 'Update due');
  await saveScipStatus(secondForm, 'Overdue');
  const dialog = conflictDialog(second);
  await expect(dialog).toBeVisible({ timeout: 15_000 });
  await expect(dialog.getByRole('row', { name: /SCIP status/ })).toContainText('Update due');
  await expect(dialog).toContainText('Changed by Rosa Delgado on', { timeout: 15_000 });
  await axeClean(second);
  await dialog.getByRole('button', { name: 'Apply mine on top of theirs' }).click();
  await expect(dialog).toBeHidden();
  await expectScipChip(second, 'Overdue');

  expect((await scipOf('TX')).status).toBe('overdue');
  const audit = (await (await api('/audit?entity=jurisdiction&entityId=TX&limit=2', { token: ADMIN_TOKEN })).json()) as {
    entries: { actor: string; after: { status?: string } }[];
  };
  expect(audit.entries.map((e) => [e.actor, e.after.status])).toEqual([
    ['Avery Chen', 'overdue'],
    ['Rosa Delgado', 'update-due'],
  ]);
});

test('import: 3 changes and a bad line 4 → the dry run lists them and "line 4: …", nothing written; fixed → Apply → 4 changes, each audited', async ({ browser }) => {
  test.setTimeout(150_000);
  const codes = ['NM', 'OK', 'LA', 'AR'];
  const rows = await Promise.all(
    codes.map(async (code) => {
      const s = ((await (await api(`/jurisdictions/${code}`)).json()) as { scip: Record<string, string | null> }).scip;
      const next = s.status === 'in-progress' ? 'current' : 'in-progress';
      return { code, next, before: s.status, line: [code, next, s.adopted, s.expires, s.lastAnnualReport ?? '', s.nextWorkshop ?? ''].join(',') };
    }),
  );
  const header = 'code,status,adopted,expires,lastAnnualReport,nextWorkshop';
  const bad = rows.map((r, i) => (i === 2 ? r.line.replace(r.next, 'not-a-status') : r.line));
  const csvBad = `${[header, ...bad].join('\r\n')}\r\n`;
  const csvFixed = `\uFEFF${[header, ...rows.map((r) => r.line)].join('\r\n')}\r\n`;

  const page = await signedInPage(browser, 'Avery Chen', '?state=TX');
  await page.getByRole('navigation', { name: 'Data administration' }).getByRole('button', { name: 'Import CSV' }).click();
  const file = page.getByLabel(/CSV file/);
  await file.setInputFiles({ name: 'scip.csv', mimeType: 'text/csv', buffer: Buffer.from(csvBad) });
  const preview = page.getByRole('region', { name: 'Preview (nothing written yet)' });
  await expect(preview).toBeVisible({ timeout: 15_000 });
  await expect(preview.getByRole('list', { name: 'Errors by line' })).toContainText('line 4:');
  await expect(preview.getByRole('table', { name: 'Changes, before → after' }).getByRole('row')).toHaveCount(1 + 3);
  await axeClean(page);
  await expect(page.getByRole('button', { name: 'Apply 3 changes' })).toBeDisabled();
  for (const r of rows) expect((await scipOf(r.code)).status).toBe(r.before);

  await file.setInputFiles({ name: 'scip.csv', mimeType: 'text/csv', buffer: Buffer.from(csvFixed) });
  await page.getByRole('button', { name: 'Apply 4 changes' }).click();
  const result = page.getByRole('region', { name: 'Import applied' });
  await expect(result.getByRole('status')).toContainText('4 changes written');
  await expect(result.getByRole('link')).toHaveCount(4, { timeout: 15_000 });
  for (const r of rows) expect((await scipOf(r.code)).status).toBe(r.next);
  const audit = (await (await api('/audit?entity=jurisdiction&actor=Avery%20Chen&limit=4', { token: ADMIN_TOKEN })).json()) as { entries: { entityId: string }[] };
  expect(audit.entries.map((e) => e.entityId).sort()).toEqual([...codes].sort());
});
