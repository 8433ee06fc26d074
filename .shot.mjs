import { chromium } from '@playwright/test';
const [,, url, w, h, out, ...steps] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--use-angle=swiftshader','--enable-unsafe-swiftshader','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h }, reducedMotion: 'reduce' });
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(url);
for (const s of steps) {
  if (s.startsWith('click:')) { await page.getByRole('button', { name: s.slice(6), exact: true }).first().click(); }
  else if (s.startsWith('wait:')) { await page.getByText(new RegExp(s.slice(5))).first().waitFor({ timeout: 120000 }); }
  else if (s.startsWith('eval:')) { await page.evaluate(s.slice(5)); }
  else if (s.startsWith('nav:')) { await page.getByRole('button', { name: new RegExp('^' + s.slice(4) + ' [A-Z]') }).click(); }
  else if (s.startsWith('key:')) { await page.keyboard.press(s.slice(4)); }
  else if (s.startsWith('ms:')) { await page.waitForTimeout(+s.slice(3)); }
}
const fig = page.getByRole('figure', { name: /Every row as a mark/ });
await page.locator('canvas.dot-canvas').waitFor({ timeout: 120000 });
await page.waitForTimeout(1500);
await fig.scrollIntoViewIfNeeded();
if (out.endsWith('-page.png')) await page.screenshot({ path: out, fullPage: false });
else await fig.screenshot({ path: out });
const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const w2 = await page.evaluate(() => document.querySelector('.dot-stage')?.getBoundingClientRect().width);
console.log('overflow', overflow, 'stage width', w2);
await browser.close();
