/**
 * Issue #9: hostile text stored through the real API's write endpoints renders inert in
 * the app. Runs its own API server (in-memory database) and Vite dev server against it,
 * so it uses @playwright/test's `test` directly: the shared `foreignRequests` fixture
 * would flag the API's port as a foreign origin. Requests are checked here instead:
 * only the app origin and the API origin, both on 127.0.0.1.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { startRealStack, type RealStack } from './real-stack';

const ADMIN = 'dev-admin-3a6f0e8b51c7d9'; // the README's public sample admin token
const SCRIPT = '<script>window.__xss=1</script>';
const IMG = '<img src=x onerror="window.__xss=1">';
const HOSTILE_NAME = `${SCRIPT}Ada Hostile`;
const HOSTILE_TITLE = `${IMG} Lead ECC`;
const HOSTILE_TA_TITLE = `${SCRIPT}${IMG} radio plan`;
const HOSTILE_TA_CATEGORY = `<iframe src="javascript:window.__xss=1"></iframe>Governance`;
const JS_URL = 'javascript:window.__xss=1';
const REGION = 4;

interface CoordinatorRef {
  id: string;
  jurisdictions: string[];
}

let stack: RealStack | undefined;
let state = ''; // a jurisdiction the edited coordinator covers
let rejected: Record<'email' | 'phone', number> = { email: 0, phone: 0 };

// One API + one Vite for the whole file: run its tests in order in one worker.
test.describe.configure({ mode: 'default' });

async function call(method: string, path: string, init: { etag?: string; body?: unknown } = {}): Promise<Response> {
  if (!stack) throw new Error('the real API stack is not running');
  const headers: Record<string, string> = { Authorization: `Bearer ${ADMIN}` };
  if (init.etag) headers['If-Match'] = init.etag;
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  return fetch(`${stack.apiOrigin}/api/v1${path}`, { method, headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
}

async function etagOf(path: string): Promise<string> {
  const res = await call('GET', path);
  const etag = res.headers.get('ETag');
  if (!res.ok || !etag) throw new Error(`GET ${path}: HTTP ${res.status}, ETag ${etag ?? 'missing'}`);
  return etag;
}

async function expectStatus(res: Response, what: string, ok: (status: number) => boolean): Promise<void> {
  if (!ok(res.status)) throw new Error(`${what}: unexpected HTTP ${res.status}: ${await res.text()}`);
}

/** Stores the hostile text, and records the HTTP status of each javascript: contact write. */
async function storeHostileText(): Promise<void> {
  const regionsRes = await call('GET', '/regions');
  await expectStatus(regionsRes, 'GET /regions', (s) => s === 200);
  const regions = (await regionsRes.json()) as { id: number; coordinators: CoordinatorRef[] }[];
  const coordinator = regions.find((r) => r.id === REGION)?.coordinators[0];
  if (!coordinator?.jurisdictions[0]) throw new Error(`Region ${REGION} has no coordinator with a jurisdiction`);
  state = coordinator.jurisdictions[0];

  const patched = await call('PATCH', `/coordinators/${coordinator.id}`, {
    etag: await etagOf(`/coordinators/${coordinator.id}`),
    body: { name: HOSTILE_NAME, title: HOSTILE_TITLE },
  });
  await expectStatus(patched, 'PATCH coordinator name/title', (s) => s === 200);
  const etag = patched.headers.get('ETag') ?? '';

  // a javascript: URL is no email or phone: the write schema must refuse it
  for (const field of ['email', 'phone'] as const) {
    const res = await call('PATCH', `/coordinators/${coordinator.id}`, { etag, body: { [field]: JS_URL } });
    rejected[field] = res.status;
  }

  const created = await call('POST', `/jurisdictions/${state}/ta-requests`, {
    etag: await etagOf(`/jurisdictions/${state}`),
    body: { category: HOSTILE_TA_CATEGORY, title: HOSTILE_TA_TITLE, status: 'requested' },
  });
  await expectStatus(created, 'POST ta-request', (s) => s === 201);
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(150_000);
  rejected = { email: 0, phone: 0 };
  // no try/skip: if the server cannot start, every test here fails with the reason
  stack = await startRealStack();
  await storeHostileText();
  // The dev server compiles and pre-bundles on its first page load, which on a loaded
  // 2-core machine can take longer than an assertion timeout: pay that once, here.
  const warm = await browser.newPage();
  await warm.goto(stack.appOrigin);
  await warm.getByRole('complementary', { name: 'Details' }).waitFor({ timeout: 120_000 });
  await warm.close();
});

test.afterAll(async () => {
  await stack?.stop();
  stack = undefined;
});

interface Watch {
  offOrigin: string[];
  apiCalls: string[];
  consoleErrors: string[];
}

/** Records requests outside the two allowed origins, API calls, and console errors. */
function watch(page: Page): Watch {
  const { appOrigin, apiOrigin } = stack ?? { appOrigin: '', apiOrigin: '' };
  const w: Watch = { offOrigin: [], apiCalls: [], consoleErrors: [] };
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    const origin = new URL(url).origin;
    if (origin === apiOrigin) w.apiCalls.push(url);
    else if (origin !== appOrigin) w.offOrigin.push(url);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') w.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => w.consoleErrors.push(String(err)));
  return w;
}

const details = (page: Page): Locator => page.getByRole('complementary', { name: 'Details' });

/** Nothing ran, nothing was injected, no javascript: link anywhere. */
async function expectInert(page: Page): Promise<void> {
  const aside = details(page);
  await expect(aside.locator('img[src="x"]')).toHaveCount(0);
  await expect(aside.locator('script')).toHaveCount(0);
  await expect(aside.locator('iframe')).toHaveCount(0);
  await expect(page.locator('img[src="x"], [onerror]')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:" i], iframe[src^="javascript:" i]')).toHaveCount(0);
  // last: an injected onerror handler fires only after its image fails to load
  expect(await page.evaluate(() => typeof (window as unknown as { __xss?: unknown }).__xss), 'window.__xss').toBe('undefined');
}

function expectOnlyAllowedOrigins(w: Watch): void {
  if (!stack) throw new Error('the real API stack is not running');
  expect(new URL(stack.appOrigin).hostname).toBe('127.0.0.1');
  expect(new URL(stack.apiOrigin).hostname).toBe('127.0.0.1');
  expect(w.offOrigin, 'requests outside the app and API origins').toEqual([]);
  // the data really came from the server (mock API off, CORS allowed the app origin)
  expect(w.apiCalls.some((u) => u.endsWith('/api/v1/meta'))).toBe(true);
  expect(w.consoleErrors).toEqual([]);
}

test.describe('stored hostile text from the real API', () => {
  test('the write schema refuses javascript: as an email or phone', () => {
    expect(rejected.email, 'PATCH email=javascript:…').toBeGreaterThanOrEqual(400);
    expect(rejected.email).toBeLessThan(500);
    expect(rejected.phone, 'PATCH phone=javascript:…').toBeGreaterThanOrEqual(400);
    expect(rejected.phone).toBeLessThan(500);
  });

  test('?state=… shows the coordinator name/title and TA request as literal text', async ({ page }) => {
    const w = watch(page);
    await page.goto(`${stack?.appOrigin ?? ''}/?state=${state}`);
    const aside = details(page);
    await expect(aside).toContainText(HOSTILE_NAME);
    await expect(aside).toContainText(HOSTILE_TITLE);
    await expect(aside).toContainText(HOSTILE_TA_TITLE);
    await expect(aside).toContainText(HOSTILE_TA_CATEGORY);
    await expect(aside.getByRole('heading', { name: HOSTILE_NAME })).toBeVisible();
    await expectInert(page);
    // meta.sample from the server drives the badge and the panel footnote
    await expect(page.getByText('Sample data', { exact: true })).toBeVisible();
    await expect(aside).toContainText('Sample data: fictional people and statuses');
    expectOnlyAllowedOrigins(w);
  });

  test('?region=4 lists the hostile coordinator as literal text', async ({ page }) => {
    const w = watch(page);
    await page.goto(`${stack?.appOrigin ?? ''}/?region=${REGION}`);
    const aside = details(page);
    await expect(aside.getByRole('heading', { level: 2, name: `Region ${REGION}` })).toBeVisible();
    await expect(aside).toContainText(HOSTILE_NAME);
    await expect(aside).toContainText(HOSTILE_TITLE);
    await expect(aside.getByRole('button', { name: `Copy contact for ${HOSTILE_NAME}` })).toBeVisible();
    await expectInert(page);
    await expect(page.getByText('Sample data', { exact: true })).toBeVisible();
    expectOnlyAllowedOrigins(w);
  });
});
