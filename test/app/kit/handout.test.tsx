// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/app';
import { HANDOUT_TEXT, KIT_TEXT } from '../../../src/content/kit';
import { TITLE } from '../../../src/content/intro';
import { createTestEngine, lab, renderWithEngine, resetStore, useCpu } from '../../fixtures/render';

beforeAll(useCpu);
beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '#');
  resetStore();
});

/** Present mode's slides on a real (cpu) engine whose training never ends, so any call to it is visible. */
async function renderPresent() {
  lab.setState({ mode: 'present', step: 0 });
  const engine = { ...createTestEngine(), train: vi.fn(() => new Promise<never>(() => {})) };
  renderWithEngine(<App />, engine);
  await waitFor(() => expect(lab.getState().dataStatus).toBe('ready'));
  await screen.findByRole('region', { name: 'Presenter controls' });
  return engine;
}

const press = (key: string) => fireEvent.keyDown(document.body, { key });

describe('the handout from the instructor’s kit', () => {
  it('stops a running demo and mutes the presenter’s keys while it replaces the slides; back on the slides they work again', async () => {
    const user = userEvent.setup();
    const engine = await renderPresent();
    await user.click(screen.getByRole('button', { name: 'Start demo' }));
    expect(lab.getState().demoRunning).toBe(true);

    const bar = screen.getByRole('region', { name: 'Presenter controls' });
    await user.click(within(bar).getByText('Classroom settings'));
    await user.click(within(bar).getByRole('button', { name: KIT_TEXT.button }));
    const kit = await screen.findByRole('dialog', { name: KIT_TEXT.title });
    await user.click(within(kit).getByRole('button', { name: KIT_TEXT.handoutButton }));

    // The handout is the page now, its title focused; the demo has stopped rather than walk unseen slides.
    const title = await screen.findByRole('heading', { level: 1, name: TITLE });
    expect(title).toHaveFocus();
    expect(screen.queryByRole('region', { name: 'Presenter controls' })).toBeNull();
    expect(lab.getState().demoRunning).toBe(false);

    // Space (train), D (demo) and B (blank) act on slides no one sees: they do nothing here.
    press(' ');
    press('d');
    press('b');
    expect(engine.train).not.toHaveBeenCalled();
    expect(lab.getState()).toMatchObject({ demoRunning: false, blanked: false, handout: true });

    await user.click(screen.getByRole('button', { name: HANDOUT_TEXT.back }));
    await screen.findByRole('region', { name: 'Presenter controls' });
    press('b');
    expect(lab.getState().blanked).toBe(true);
  });
});
