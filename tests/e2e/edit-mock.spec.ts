/**
 * Issue #20, mock mode (the default build): the edit journey with the sample-user chooser,
 * kept across a reload (IndexedDB), undone by "Reset sample data"; no edit control outside
 * the editor's region; a conflict between two tabs; a second tab sees the change; axe with
 * each form and dialog open.
 */
import { test, expect, openApp, expectNoSeriousAxeViolations } from './fixtures';
import {
  conflictDialog,
  editControls,
  expectScipChip,
  legendCount,
  openScipEditor,
  saveScipStatus,
  section,
  signInAsSample,
  statePanel,
  tableStatus,
} from './edit-driver';

// each test has its own browser context, so its own IndexedDB: they do not share sample data

test('Region 6 editor sets Texas to Current: panel, legend and table change; History names her; reload keeps it; reset restores', async ({ page, consoleErrors }) => {
  test.setTimeout(150_000);
  await openApp(page, '?layer=scip&state=TX');
  await signInAsSample(page, 'Rosa Delgado');
  await expectScipChip(page, 'Workshop scheduled');
  const currentBefore = await legendCount(page, 'current');

  const form = await openScipEditor(page, 'Texas');
  await expectNoSeriousAxeViolations(page);
  await saveScipStatus(form, 'Current');
  await expectScipChip(page, 'Current');
  await expect(section(page, 'SCIP status').getByText('Saved.')).toBeVisible();
  await expect.poll(() => legendCount(page, 'current')).toBe(currentBefore + 1);
  await expect(section(page, 'History')).toContainText('Rosa Delgado');
  await expect(section(page, 'History')).toContainText('Status: Workshop scheduled → Current');

  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await expect(tableStatus(page, 'TX')).toHaveText('Current');
  await page.getByRole('button', { name: 'Map', exact: true }).click();

  await page.reload();
  await expect(page.locator('[data-testid="map"][data-ready="true"]')).toBeVisible({ timeout: 30_000 });
  await expectScipChip(page, 'Current');
  expect(await legendCount(page, 'current')).toBe(currentBefore + 1);

  await page.goto('/?layer=scip&state=GA');
  await expect(section(page, 'SWIC and governance')).toBeVisible({ timeout: 30_000 });
  await expect(section(page, 'History')).toBeVisible();
  await expect(editControls(page)).toHaveCount(0);

  await page.getByRole('button', { name: /^Rosa Delgado \(/ }).click();
  await page.getByRole('button', { name: 'Reset sample data' }).click();
  // the reset runs in the mock's worker: wait for its confirmation before leaving the page
  await expect(page.getByText('Sample data reset.')).toBeVisible({ timeout: 15_000 });
  await page.goto('/?layer=scip&state=TX');
  await expectScipChip(page, 'Workshop scheduled');
  await expect.poll(() => legendCount(page, 'current')).toBe(currentBefore);
  expect(consoleErrors).toEqual([]);
});

test('two tabs edit Texas from the same version: the second gets the conflict dialog; "apply mine on top" wins, both are in the history; the other tab follows', async ({ page, context }) => {
  test.setTimeout(150_000);
  await openApp(page, '?layer=scip&state=TX');
  await signInAsSample(page, 'Rosa Delgado');
  const other = await context.newPage();
  await openApp(other, '?layer=scip&state=TX');
  // sessionStorage is per tab: the other tab signs in on its own
  await signInAsSample(other, 'Avery Chen');
  await expectScipChip(other, 'Workshop scheduled');

  const mine = await openScipEditor(page, 'Texas');
  const theirs = await openScipEditor(other, 'Texas');
  await saveScipStatus(theirs, 'Update in progress');
  await expectScipChip(other, 'Update in progress');
  await expect(section(other, 'SCIP status').getByText('Saved.')).toBeVisible();

  await saveScipStatus(mine, 'Current');
  const dialog = conflictDialog(page);
  await expect(dialog).toBeVisible({ timeout: 15_000 });
  await expect(dialog.getByRole('row', { name: /SCIP status/ })).toContainText('Update in progress');
  await expect(dialog.getByRole('row', { name: /SCIP status/ })).toContainText('Current');
  await expect(dialog).toContainText('Changed by Avery Chen on');
  await expectNoSeriousAxeViolations(page);
  await dialog.getByRole('button', { name: 'Apply mine on top of theirs' }).click();
  await expect(dialog).toBeHidden();
  await expectScipChip(page, 'Current');

  const history = section(page, 'History');
  await expect(history.locator('.history-item').filter({ hasText: 'Update in progress → Current' })).toHaveCount(1);
  await expect(history.locator('.history-item').filter({ hasText: 'Workshop scheduled → Update in progress' })).toHaveCount(1);
  // the other tab was left alone: it shows the change within 10 s, without a reload
  await expect(section(other, 'SCIP status').locator('.scip-status .status-chip').first()).toContainText('Current', { timeout: 10_000 });

  await page.getByRole('button', { name: /^Rosa Delgado \(/ }).click();
  await page.getByRole('button', { name: 'Reset sample data' }).click();
});

test('axe: every state-panel form and the region panel’s admin forms, open', async ({ page }) => {
  test.setTimeout(150_000);
  await openApp(page, '?layer=scip&state=TX');
  await signInAsSample(page, 'Avery Chen');
  await expect(statePanel(page).getByRole('button', { name: 'Edit markers' })).toBeVisible({ timeout: 30_000 });
  for (const name of ['Edit SWIC contact', 'Edit governance body', 'Edit markers', 'Add a request', /^(Edit|Add) notes$/]) {
    await statePanel(page).getByRole('button', { name }).click();
  }
  await statePanel(page).getByRole('button', { name: /^Change status of / }).first().click();
  await expect(statePanel(page).getByRole('form')).toHaveCount(6);
  await expectNoSeriousAxeViolations(page);

  await page.goto('/?region=6');
  await page.getByRole('button', { name: /^Edit contact of / }).first().click({ timeout: 30_000 });
  await page.getByRole('button', { name: /^Edit coverage of / }).first().click();
  await expect(page.getByRole('form')).toHaveCount(2);
  await expectNoSeriousAxeViolations(page);
});

test('admin screens: audit log and import reachable from the top bar, axe clean', async ({ page }) => {
  await openApp(page);
  await signInAsSample(page, 'Avery Chen');
  await page.getByRole('navigation', { name: 'Data administration' }).getByRole('button', { name: 'Audit log' }).click();
  await expect(page).toHaveURL(/view=audit/);
  await expect(page.getByRole('form', { name: 'Filter the audit log' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('navigation', { name: 'Data administration' }).getByRole('button', { name: 'Import CSV' }).click();
  await expect(page.getByLabel(/CSV file/)).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});
