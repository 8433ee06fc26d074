// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { StepProgress, Stepper } from '../../src/components/stepper';
import { STEPS, WALK_STEPS } from '../../src/content/steps';
import { renderWithStore, resetStore } from '../fixtures/render';

describe('Stepper', () => {
  beforeEach(() => resetStore());

  it('gives every step button an accessible name that starts with its visible text (WCAG 2.5.3)', () => {
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

  it('puts the step progress inside a landmark', () => {
    renderWithStore(<StepProgress />);
    const region = screen.getByRole('region', { name: 'Step progress' });
    expect(within(region).getByRole('progressbar')).toHaveAttribute('max', String(WALK_STEPS.length));
    expect(region).toHaveTextContent(`Step 1 of ${WALK_STEPS.length}: ${STEPS[0].title}`);
  });
});
