/**
 * The editing journeys' driver: selectors live here, so the specs read as the user's story
 * (sign in, open a state, edit its SCIP status, read the legend, the table and the history).
 */
import { expect, type Locator, type Page } from '@playwright/test';

export const statePanel = (page: Page): Locator => page.getByTestId('state-panel');
export const section = (page: Page, title: string): Locator => statePanel(page).getByRole('region', { name: title, exact: true });
export const scipForm = (page: Page, name: string): Locator => page.getByRole('form', { name: `Edit the SCIP status of ${name}` });
export const conflictDialog = (page: Page): Locator => page.getByRole('dialog', { name: /^Someone else changed the / });
/** any control that starts an edit */
export const editControls = (page: Page): Locator =>
  statePanel(page).getByRole('button', { name: /^(Edit |Add a request|Add notes|Change status of)/ });

/** mock mode: the account menu's "Sign in as a sample user" chooser */
export async function signInAsSample(page: Page, displayName: string): Promise<void> {
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('group', { name: 'Sign in' }).getByRole('button', { name: new RegExp(`^${displayName} — `) }).click();
  await expect(page.getByRole('button', { name: new RegExp(`^${displayName} \\(`) })).toBeVisible();
}

/** the number beside a legend class, e.g. legendCount(page, 'current') */
export async function legendCount(page: Page, key: string): Promise<number> {
  const text = await page.locator(`section.legend .legend-item[data-legend-key="${key}"] .legend-count`).innerText();
  return Number(text.replace(/[^0-9]/g, ''));
}

/** waits until the SCIP status section's chip says `label` (the form's options say it too, so the chip is asked) */
export async function expectScipChip(page: Page, label: string): Promise<void> {
  await expect(section(page, 'SCIP status').locator('.scip-status .status-chip').first()).toContainText(label, { timeout: 15_000 });
}

export async function openScipEditor(page: Page, name: string): Promise<Locator> {
  await section(page, 'SCIP status').getByRole('button', { name: 'Edit SCIP status' }).click();
  const form = scipForm(page, name);
  await expect(form).toBeVisible();
  return form;
}

export async function saveScipStatus(form: Locator, statusLabel: string): Promise<void> {
  await form.getByLabel('SCIP status').selectOption({ label: statusLabel });
  await form.getByRole('button', { name: 'Save' }).click();
}

/** the status cell of a jurisdiction's row in the table view */
export function tableStatus(page: Page, code: string): Locator {
  return page.getByRole('table').getByRole('row').filter({ has: page.getByRole('cell', { name: code, exact: true }) }).getByRole('cell').nth(2);
}
