import { expect, test } from './fixtures';

test('the walkthrough works with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Stage 1 on the lesson card' })).toContainText('10,000 rows × 10 columns');
  // Arrow keys move between steps.
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Model Training');
  // Tab to the Train button and press it.
  const train = page.getByRole('button', { name: 'Train', exact: true });
  for (let i = 0; i < 60 && !(await train.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(train).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Stage 4 on the lesson card' })).toContainText('over 5 epochs', {
    timeout: 90_000,
  });
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Model Validation');
  // The quiz, answered by keyboard.
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Model Quiz');
  const optionC = page.getByRole('radio', { name: /It removes errors/ });
  await optionC.focus();
  await page.keyboard.press('Space');
  await expect(optionC).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').getByText(/^Right: /)).toBeVisible();
});
