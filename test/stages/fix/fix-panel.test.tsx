// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import FixPanel from '../../../src/stages/fix/fix-panel';
import { createTestEngine, lab, renderWithEngine, resetStore, useCpu } from '../../fixtures/render';

beforeAll(useCpu);
beforeEach(() => resetStore());

describe('the Fix-it panel', () => {
  it('shows the symptom from the buggy run, fades hints in on wrong answers, and the fix’s rerun removes the symptom', async () => {
    const engine = createTestEngine();
    renderWithEngine(<FixPanel />, engine);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Scenario' }), 'Same model, worse answers');
    const symptom = await screen.findByRole('table', { name: 'The symptom' }, { timeout: 60_000 });
    const bug = lab.getState().fix.bug!;
    expect(bug.symptom).toBe(true);
    expect(within(symptom).getByRole('row', { name: /Accuracy when served/ })).toHaveTextContent(
      `${(bug.metrics.servedAccuracy * 100).toFixed(1)} %`,
    );

    const stage = screen.getByRole('group', { name: 'Which stage is at fault?' });
    await userEvent.click(within(stage).getByRole('radio', { name: '4 Model Training' }));
    await userEvent.click(within(stage).getByRole('button', { name: 'Check' }));
    expect(within(stage).getByRole('status')).toHaveTextContent('Not this one');
    expect(within(screen.getByRole('region', { name: 'Hints' })).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.queryByRole('group', { name: 'What is wrong?' })).toBeNull();

    await userEvent.click(within(stage).getByRole('radio', { name: '6 Deployment Preparation' }));
    await userEvent.click(within(stage).getByRole('button', { name: 'Check' }));
    const cause = screen.getByRole('group', { name: 'What is wrong?' });
    await userEvent.click(within(cause).getByRole('radio', { name: /computes a feature differently/ }));
    await userEvent.click(within(cause).getByRole('button', { name: 'Check' }));
    await userEvent.click(screen.getByRole('button', { name: 'Apply the fix and rerun' }));

    expect(await screen.findByText(/^The symptom is gone:/, {}, { timeout: 60_000 })).toBeInTheDocument();
    const { fix } = lab.getState();
    expect(fix.fixed!.symptom).toBe(false);
    expect(fix.stageTries).toBe(1);
    expect(fix.causeTries).toBe(0);
    expect(screen.getByText(/Solved with 1 wrong answer in \d+ s\./)).toBeInTheDocument();
    expect(screen.getByText(/checklist catches this: its serving-contract check/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Open the stage that teaches this: 6 Deployment Preparation/ }));
    expect(lab.getState().step).toBe(5);
    engine.terminate();
  }, 120_000);
});
