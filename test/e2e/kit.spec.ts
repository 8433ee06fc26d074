import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures';

const FIXTURES = join(import.meta.dirname, '../fixtures/results');

/** Serious or critical axe violations on the page as it is now (ids only, for a readable failure). */
async function axeProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

/** Progress a learner left behind: two quiz answers (one wrong, with confidence) and a checkpoint, all timed. */
const PROGRESS = JSON.stringify({
  version: 1,
  attempt: 0,
  answers: { 'card-cleaning': 'A', 'card-validation': 'B' },
  checkpoints: { 'card-monitoring': 'D' },
  results: [],
  confidence: { 'card-cleaning': 'sure' },
  times: {
    'q:card-cleaning': Date.UTC(2026, 10, 30, 9, 0),
    'q:card-validation': Date.UTC(2026, 10, 30, 9, 1),
    'c:card-monitoring': Date.UTC(2026, 10, 30, 9, 2),
  },
});

test('results out, the class summary and the QTI package: a learner downloads, the instructor reads the files back', async ({
  page,
}) => {
  await page.addInitScript((raw) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('pipeline-lab:progress', raw);
      sessionStorage.setItem('seeded', '1');
    }
  }, PROGRESS);
  await page.goto('/#v=1&mode=review');

  // The learner's download, where they finish (the review summary).
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download results (CSV)' }).click();
  const csvFile = await csvDownload;
  expect(csvFile.suggestedFilename()).toMatch(/^pipeline-lab-results-\d{4}-\d\d-\d\d\.csv$/);
  const csv = readFileSync(await csvFile.path(), 'utf8');
  expect(csv.split('\r\n')).toEqual([
    'kind,question_id,question,answer_key,answer,correct_key,correct_answer,correct,confidence,time',
    'quiz,card-cleaning,Why is data cleaning important before training?,A,It increases the number of training samples,C,It removes errors that can confuse the model,no,sure,2026-11-30T09:00:00.000Z',
    'quiz,card-validation,Why is the model tested on 20% unseen data?,B,It shows how the model will do on new data it has never seen,B,It shows how the model will do on new data it has never seen,yes,,2026-11-30T09:01:00.000Z',
    'checkpoint,card-monitoring,Why set up monitoring after the model is deployed?,D,"It tracks performance and raises an alert when accuracy drops, for example below 80%",D,"It tracks performance and raises an alert when accuracy drops, for example below 80%",yes,,2026-11-30T09:02:00.000Z',
    '',
  ]);
  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download results (JSON)' }).click();
  const jsonPath = await (await jsonDownload).path();
  expect(JSON.parse(readFileSync(jsonPath, 'utf8')).results).toHaveLength(3);

  // The instructor's kit, by keyboard: the toolbar button opens it.
  await page.getByRole('button', { name: 'Instructor’s kit' }).focus();
  await page.keyboard.press('Enter');
  const kit = page.getByRole('dialog', { name: 'Instructor’s kit' });
  await expect(kit).toBeVisible();
  await kit.getByLabel('Results files (CSV or JSON, several at once)').setInputFiles([
    { name: 'learner.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) },
    { name: 'learner.json', mimeType: 'application/json', buffer: readFileSync(jsonPath) },
    ...['ada.csv', 'ben.json', 'corrupt.json', 'grades.csv']
      .map((f) => join(FIXTURES, f))
      .map((path) => ({
        name: path.split('/').pop()!,
        mimeType: 'text/plain',
        buffer: readFileSync(path),
      })),
  ]);
  await expect(kit.getByRole('status').first()).toContainText('3 learners (one per results file). 1 file held the same results');
  await expect(kit.getByRole('region', { name: 'Files skipped' })).toContainText('corrupt.json: not valid JSON');
  await expect(kit.getByRole('region', { name: 'Files skipped' })).toContainText(
    'grades.csv: its first line is not the results header',
  );
  const table = kit.getByRole('table', { name: /most missed first/ });
  await expect(table.getByRole('row').nth(1)).toContainText('Why is data cleaning important before training?3 of 3100 %');
  expect(await axeProblems(page)).toEqual([]);

  // Questions out: the zip holds the manifest and one item per question…
  const zipDownload = page.waitForEvent('download');
  await kit.getByRole('button', { name: 'Download questions (QTI 2.1 zip)' }).click();
  const zip = await zipDownload;
  expect(zip.suggestedFilename()).toBe('pipeline-lab-quiz-qti21.zip');
  const files = unzipSync(readFileSync(await zip.path()));
  const manifest = strFromU8(files['imsmanifest.xml']);
  const items = Object.keys(files).filter((f) => f.startsWith('items/'));
  expect(items.length).toBeGreaterThan(20);
  expect(manifest.match(/type="imsqti_item_xmlv2p1"/g)).toHaveLength(items.length);
  // …and one assessmentTest that references every item.
  expect(manifest.match(/type="imsqti_test_xmlv2p1"/g)).toHaveLength(1);
  expect(strFromU8(files['assessment-test.xml']).match(/<assessmentItemRef /g)).toHaveLength(items.length);
  await page.keyboard.press('Escape');
  await expect(kit).toBeHidden();
});

test('the handout: a cover and one page per stage with this run’s numbers, printed to 8 pages (cover + one per stage)', async ({
  page,
}, info) => {
  await page.goto('/#v=1&mode=explore');
  await page.getByRole('button', { name: 'Instructor’s kit' }).click();
  await page.getByRole('dialog', { name: 'Instructor’s kit' }).getByRole('button', { name: 'Open the handout' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Pipeline Lab/ })).toBeFocused();
  await page.getByRole('button', { name: 'Train the model' }).click();
  const monitoring = page.getByRole('region', { name: 'Monitoring Setup' });
  await expect(monitoring).toContainText('First accuracy alert', { timeout: 120_000 });
  const validation = page.getByRole('region', { name: 'Model Validation' });
  const accuracy = (await validation.locator('dt:text-is("Validation accuracy") + dd').textContent())!;
  expect(accuracy).toMatch(/^\d+\.\d %$/);
  // The same number as the stage's own line (one source: the store), not a retyped one.
  await expect(validation).toContainText(`Accuracy = ${accuracy}`);
  const uint8 = (await page
    .getByRole('region', { name: 'Deployment Preparation' })
    .locator('dt:text-is("uint8 package") + dd')
    .textContent())!;
  expect(await axeProblems(page)).toEqual([]);

  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => document.body.innerText);
  for (const text of [
    '10,000 rows × 10 columns',
    'Dropped 200 rows',
    accuracy,
    uint8,
    'seed 42',
    'Stage 7 of 7 · Monitoring Setup',
  ]) {
    expect(printed).toContain(text);
  }
  for (const text of ['Print handout', 'Back to the lab', 'Learning mode']) expect(printed).not.toContain(text);
  await page.emulateMedia({ media: null });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
  // The cover, then each of the seven stages on exactly one page of its own.
  expect(pages).toHaveLength(8);
  await info.attach('handout.pdf', { body: pdf, contentType: 'application/pdf' });

  await page.getByRole('button', { name: 'Back to the lab' }).click();
  await expect(page.getByRole('button', { name: 'Instructor’s kit' })).toBeVisible();
});

test('present mode: the beat is in the link, a reload opens the same beat, a hostile beat gives a notice', async ({ page }) => {
  await page.goto('/#v=1&rows=2000&mode=present&step=training&beat=2');
  const beatLine = page.locator('.slide-beat');
  await expect(beatLine).toContainText(/beat 2 of \d/);
  await page.keyboard.press('PageDown');
  await expect(beatLine).toContainText(/beat 3 of \d/);
  await expect(page).toHaveURL(/[#&]beat=3(&|$)/);
  await page.reload();
  await expect(beatLine).toContainText(/beat 3 of \d/);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Model Training');
  expect(await axeProblems(page)).toEqual([]);

  // A fresh load (a hash change alone would not reload the page).
  await page.goto('about:blank');
  await page.goto('/#v=1&rows=2000&mode=present&step=training&beat=99');
  await expect(
    page.getByText(/beat= value «99» is not a beat of Model Training \(1–\d\); starting at its first beat/),
  ).toBeVisible();
  await expect(beatLine).toContainText(/beat 1 of \d/);
  await expect(page).not.toHaveURL(/beat=/);
});
