import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The quiz open in two tabs of one browser (one context shares localStorage, as tabs do). */
const KEY = 'pipeline-lab:progress';
const Q1 = 'Why is data cleaning important before training?';
const Q2 = 'Why is the model tested on 20% unseen data?';
const Q3 = 'Why set up monitoring after the model is deployed?';

async function answer(page: Page, question: string, option: RegExp) {
  const group = page.getByRole('group', { name: question });
  await group.getByLabel(option).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(group.getByLabel(option)).toBeDisabled();
}

const savedAnswers = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{"answers":{}}').answers as Record<string, string>, KEY);

test('two tabs never overwrite each other’s answers, and each shows what the other saved', async ({ page, context }) => {
  const a = page;
  const b = await context.newPage();
  for (const p of [a, b]) {
    await p.goto('/#v=1&mode=quiz');
    await expect(p.getByRole('group', { name: Q1 })).toBeEnabled();
  }
  // B answers the first question; A, still on it, is told (the storage event) and shows it answered.
  await answer(b, Q1, /It removes errors that can confuse the model/);
  const aQ1 = a.getByRole('group', { name: Q1 }).getByLabel(/It removes errors that can confuse the model/);
  await expect(aQ1).toBeChecked();
  await expect(aQ1).toBeDisabled();
  // A answers the other two.
  await a.getByRole('button', { name: 'Next question' }).click();
  await answer(a, Q2, /It shows how the model will do on new data/);
  await a.getByRole('button', { name: 'Next question' }).click();
  await answer(a, Q3, /It tracks performance and raises an alert/);
  expect(await savedAnswers(a)).toEqual({ 'card-cleaning': 'C', 'card-validation': 'B', 'card-monitoring': 'D' });
  // B, still on its first question, moves on and finds A's answers there.
  await b.getByRole('button', { name: 'Next question' }).click();
  await expect(b.getByRole('group', { name: Q2 }).getByLabel(/It shows how the model will do on new data/)).toBeChecked();
  // Both tabs, reloaded, are at the score: all three answered, none lost.
  for (const p of [a, b]) {
    await p.reload();
    await expect(p.getByRole('heading', { name: 'Your score: 3 of 3' })).toBeVisible();
  }
  await b.close();
});
