import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

test('a Fix-it link opens its scenario; finding the stage and the cause and applying the fix makes the symptom go', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.goto('/#v=1&mode=fix&bug=silent-drift');
  const panel = page.getByRole('region', { name: 'Fix-it' });
  await expect(panel.getByRole('combobox', { name: 'Scenario' })).toHaveValue('silent-drift');
  const symptom = panel.getByRole('table', { name: 'The symptom' });
  await expect(symptom.getByRole('row', { name: /Accuracy alerts fired/ })).toContainText('0', { timeout: 180_000 });

  const stage = panel.getByRole('group', { name: 'Which stage is at fault?' });
  await stage.getByRole('radio', { name: '7 Monitoring Setup' }).check();
  await stage.getByRole('button', { name: 'Check' }).click();
  const cause = panel.getByRole('group', { name: 'What is wrong?' });
  await cause.getByRole('radio', { name: /alert threshold is set at 50 %/ }).check();
  await cause.getByRole('button', { name: 'Check' }).click();
  await panel.getByRole('button', { name: 'Apply the fix and rerun' }).click();

  await expect(panel.getByText(/^The symptom is gone:/)).toBeVisible({ timeout: 180_000 });
  await expect(panel.getByText(/accuracy alerts fired 0 → [1-9]/)).toBeVisible();
  await expect(panel.getByText('Solved with 0 wrong answers', { exact: false })).toBeVisible();
  // The finished panel (charts, tables, sentence / debrief) has no serious or critical accessibility violations.
  const bad = (await new AxeBuilder({ page }).analyze()).violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(bad.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await panel.getByRole('button', { name: /Open the stage that teaches this: 7 Monitoring Setup/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Monitoring Setup' })).toBeVisible();
  expect(page.url()).toContain('bug=silent-drift');
});
