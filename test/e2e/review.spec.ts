import { expect, test } from './fixtures';

const DAY = 24 * 3600 * 1000;

/** Progress a returning learner left behind: a quiz miss, a confident checkpoint miss due for retry, one right answer. */
function seedProgress(dueAt: number): string {
  return JSON.stringify({
    version: 1,
    attempt: 0,
    answers: { 'card-cleaning': 'C', 'card-validation': 'A' },
    checkpoints: { 'trace-relu': 'D' },
    results: [{ attempt: 0, set: 'card', correct: 1, total: 2 }],
    confidence: { 'trace-relu': 'sure' },
    retry: { 'trace-relu': { box: 0, due: dueAt, at: dueAt, misses: 1 } },
  });
}

test('review mode: recap of saved mistakes, a spaced retry, and a one-page printable summary with the run’s numbers', async ({
  page,
}, info) => {
  await page.addInitScript(
    (raw) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('pipeline-lab:progress', raw);
        sessionStorage.setItem('seeded', '1');
      }
    },
    seedProgress(Date.now() - 2 * DAY),
  );
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/#v=1&mode=review');

  // The recap, built from the saved mistakes: the confidently wrong one first.
  const recap = page.getByRole('region', { name: 'What you missed before' }).getByRole('listitem');
  await expect(recap).toHaveCount(2);
  await expect(recap.first()).toContainText('you were sure');
  await expect(recap.nth(1)).toContainText('The answer: It shows how the model will do on new data it has never seen');

  // Retry the longest overdue (the quiz miss saved without a schedule), right this time.
  const retry = page.getByRole('region', { name: 'Retry', exact: true });
  await expect(retry).toContainText('Retry 1 of 2');
  await retry.getByRole('radio', { name: /It shows how the model will do on new data/ }).check();
  await retry.getByRole('radio', { name: 'Sure' }).check();
  await retry.getByRole('button', { name: 'Check answer' }).click();
  await expect(retry.getByRole('status').first()).toContainText('Right: ');
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('pipeline-lab:progress') ?? '{}'));
  expect(saved.retry['card-validation']).toMatchObject({ box: 1, misses: 1 });
  expect(saved.confidence['card-validation']).toBe('sure');
  expect(saved.retry['card-validation'].due - Date.now()).toBeGreaterThan(DAY - 60_000);

  // Mastery per stage, in the table's text.
  const mastery = page.getByRole('table', { name: /Mastery per stage/ });
  await expect(mastery.getByRole('row', { name: /Model Validation/ })).toContainText('1 of 1 known');
  await expect(mastery.getByRole('row', { name: /Prediction Trace/ })).toContainText('0 of 1 known');

  // Complete the run from the summary, then read its numbers.
  const summary = page.getByRole('region', { name: 'One-page summary of your run and results' });
  await expect(summary).toContainText('Dropped 200 rows');
  await summary.getByRole('button', { name: 'Train the model' }).click();
  await expect(summary).toContainText('First accuracy alert', { timeout: 120_000 });
  const accuracy = (await summary.locator('dt:text-is("Validation accuracy") + dd').textContent())!;
  const uint8 = (await summary.locator('dt:text-is("uint8 package") + dd').textContent())!;
  expect(accuracy).toMatch(/^\d+\.\d %$/);
  await expect(summary).toContainText(`Accuracy = ${accuracy}`);
  await page.screenshot({ path: info.outputPath('review-1366x768.png') });
  await page.screenshot({ path: info.outputPath('review-1366-full.png'), fullPage: true });

  // The print view: only the summary, with the run's numbers and the score.
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => document.body.innerText);
  for (const text of [
    '10,000 rows × 10 columns',
    'Dropped 200 rows',
    accuracy,
    uint8,
    'Quiz (current attempt): 1 of 2 answered right',
  ]) {
    expect(printed).toContain(text);
  }
  for (const text of ['What you missed before', 'Print this summary', 'Pipeline steps', 'Learning mode']) {
    expect(printed).not.toContain(text);
  }
  await page.screenshot({ path: info.outputPath('review-print.png'), fullPage: true });
  // Back to no emulation: page.pdf() prints with print media then (emulating 'screen' would print the screen layout).
  await page.emulateMedia({ media: null });

  // Printed to PDF: exactly one page (a page object per printed page: "/Type /Page", not "/Type /Pages").
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
  expect(pages).toHaveLength(1);
  await info.attach('review-summary.pdf', { body: pdf, contentType: 'application/pdf' });

  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'page wider than a phone').toBeLessThanOrEqual(1);
  await page.screenshot({ path: info.outputPath('review-390x844.png') });
  await page.screenshot({ path: info.outputPath('review-390-full.png'), fullPage: true });
});
