// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { StepProgress, Stepper } from '../../src/components/stepper';
import { minutesText, STEP_MINUTES, TOTAL_MINUTES } from '../../src/content/guided-path';
import { STEPS, WALK_STEPS } from '../../src/content/steps';
import { lab, renderWithStore, resetStore } from '../fixtures/render';

describe('Stepper', () => {
  beforeEach(() => resetStore());

  it('gives every step button an accessible name that starts with its visible text (WCAG 2.5.3)', () => {
    lab.getState().setMode('explore');
    renderWithStore(<Stepper />);
    const buttons = within(screen.getByRole('navigation', { name: 'Pipeline steps' })).getAllByRole('button');
    // The walk: review mode's own step is not part of it.
    expect(buttons).toHaveLength(WALK_STEPS.length);
    expect(WALK_STEPS.map((s) => s.id)).not.toContain('review');
    buttons.forEach((b, i) => {
      const visible = [...b.querySelectorAll('span:not(.visually-hidden)')].map((s) => s.textContent).join(' ');
      expect(visible).toBe(`${i + 1} ${STEPS[i].short}`);
      expect(b).toHaveAccessibleName(`${visible} (step ${i + 1} of ${WALK_STEPS.length}: ${STEPS[i].title})`);
      expect(b).not.toHaveAttribute('aria-label');
    });
    expect(screen.getByRole('button', { name: /^2 Clean \(/ })).toBeInTheDocument();
  });

  it('in Guided, shows each step’s minutes and “You are here”, still with the visible text first in the name', () => {
    lab.getState().goTo(3);
    renderWithStore(<Stepper />);
    const buttons = within(screen.getByRole('navigation', { name: 'Pipeline steps' })).getAllByRole('button');
    buttons.forEach((b, i) => {
      const visible = [...b.querySelectorAll('span:not(.visually-hidden)')].map((s) => s.textContent).join(' ');
      const here = i === 3 ? ' You are here' : '';
      expect(visible).toBe(`${i + 1} ${STEPS[i].short} ${minutesText(STEP_MINUTES[STEPS[i].id])}${here}`);
      expect(b).toHaveAccessibleName(`${visible} (step ${i + 1} of ${WALK_STEPS.length}: ${STEPS[i].title})`);
    });
    expect(TOTAL_MINUTES).toBe(12);
  });

  it('in Guided, says how many minutes are left of the twelve', () => {
    lab.getState().goTo(3);
    renderWithStore(<StepProgress />);
    // Training 2 + validation 1.5 + deployment 1 + monitoring 1.5 + trace 1 + quiz 1.5 + insight 0.5.
    expect(screen.getByRole('region', { name: 'Step progress' })).toHaveTextContent(
      'Step 4 of 10: Model Training · about 9 min left of 12 min',
    );
  });

  it('puts the step progress inside a landmark', () => {
    renderWithStore(<StepProgress />);
    const region = screen.getByRole('region', { name: 'Step progress' });
    expect(within(region).getByRole('progressbar')).toHaveAttribute('max', String(WALK_STEPS.length));
    expect(region).toHaveTextContent(`Step 1 of ${WALK_STEPS.length}: ${STEPS[0].title}`);
  });

  it('counts along the mode’s own walk: Code visits the seven stages, so Model Training is step 4 of 7', () => {
    lab.setState({ mode: 'code' });
    lab.getState().goTo(3);
    renderWithStore(<StepProgress />);
    const region = screen.getByRole('region', { name: 'Step progress' });
    expect(region).toHaveTextContent('Step 4 of 7: Model Training');
    expect(within(region).getByRole('progressbar')).toHaveAttribute('max', '7');
    expect(within(region).getByRole('progressbar')).toHaveAttribute('value', '4');
  });
});
