import { chromium } from '@playwright/test';
const args = ['--use-angle=swiftshader','--enable-unsafe-swiftshader','--ignore-gpu-blocklist','--no-sandbox','--js-flags=--expose-gc'];
const [,, query = '?mode=wall', out = '/tmp/wall-shots/probe.png', w = '1920', h = '1080', action = ''] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
page.on('console', (m) => { if (m.type() === 'error') console.log('console:', m.text()); });
page.on('pageerror', (e) => console.log('pageerror:', String(e)));
await page.goto(`http://127.0.0.1:4189/${query}`);
await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 30000 }).catch(() => console.log('map not ready'));
for (const a of action.split(',').filter(Boolean)) { await page.keyboard.press(a); }
await page.waitForTimeout(1500);
const m = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, sh: document.documentElement.scrollHeight, fs: getComputedStyle(document.querySelector('.wall') ?? document.body).fontSize, label: document.querySelector('[data-testid=tour-label]')?.textContent, panel: (() => { const p = document.querySelector('.wall-panel'); const b = p?.firstElementChild; return p && b ? [p.clientHeight, b.scrollHeight] : null; })() }));
console.log(JSON.stringify(m));
await page.screenshot({ path: out });
await browser.close();
