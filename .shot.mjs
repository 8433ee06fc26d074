import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--use-angle=swiftshader','--enable-unsafe-swiftshader','--disable-background-networking','--no-first-run'] });
const width = Number(process.argv[2] ?? 1280);
const p = await b.newPage({ viewport: { width, height: 900 } });
p.on('pageerror', e => console.log('PAGEERROR', e.message));
p.on('console', m => { if (m.type() === 'error' || m.type()==='warning') console.log('CONSOLE', m.text()); });
await p.goto('http://127.0.0.1:4215/');
await p.getByText('Every row as a mark').first().waitFor();
const settle = async () => { await p.waitForFunction(() => document.querySelector('canvas.dot-canvas')?.dataset.moving === 'false', null, { timeout: 60000 }); };
await settle();
await p.locator('.dot-view').screenshot({ path: `/tmp/dotshots/s1-${width}.png` });
for (const i of [2,3,4]) {
  await p.getByRole('button', { name: new RegExp(`^Step ${i}:`) }).click();
  await p.waitForTimeout(500);
  console.log(i, await p.locator('main').innerText().then(t => t.slice(0, 200)));
  await settle();
  await p.locator('.dot-view').screenshot({ path: `/tmp/dotshots/s${i}-${width}.png` });
}
await p.getByRole('button', { name: 'Train', exact: true }).click();
await p.getByText('Epoch 5 of 5').waitFor({ timeout: 90000 });
await settle();
await p.locator('.dot-view').screenshot({ path: `/tmp/dotshots/s4b-${width}.png` });
await p.getByRole('button', { name: /^Step 5:/ }).click();
await p.waitForTimeout(500);
await settle();
await p.locator('.dot-view').screenshot({ path: `/tmp/dotshots/s5-${width}.png` });
console.log(await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth));
await b.close();
