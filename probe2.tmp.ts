import { chromium } from '@playwright/test';
const args = ['--use-angle=swiftshader','--enable-unsafe-swiftshader','--no-sandbox'];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
for (const [w, h] of [[1920,1080],[3840,2160],[1920,1200],[2560,1080]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.goto('http://127.0.0.1:4189/?mode=wall&cycle=600&motion=off');
  await page.locator('.wall-asof').waitFor();
  const out = [];
  for (let i = 0; i < 11; i++) {
    out.push(await page.evaluate(() => {
      const t = document.querySelector('.wall-panel table') as HTMLElement;
      const rows = [...document.querySelectorAll('.wall-panel tbody th')].map((th) => (th as HTMLElement).getBoundingClientRect().height);
      const fs = getComputedStyle(document.querySelector('.wall')!).fontSize;
      const body = document.querySelector('.wall-panel-body') as HTMLElement;
      return `${document.querySelector('[data-testid=tour-label]')?.textContent}: table ${t?.scrollWidth}/${t?.parentElement?.clientWidth} maxRowH ${Math.max(...rows).toFixed(0)} fs ${fs} bodyFs ${body.style.fontSize || '-'}`;
    }));
    await page.keyboard.press('ArrowRight');
  }
  console.log(w, h, '\n ' + out.join('\n '));
  await page.close();
}
await browser.close();
