// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppIntro } from '../../src/app/app-intro';
import { NARROW_SCREEN } from '../../src/components/use-media-query';
import { INTRO, INTRO_LEAD, INTRO_MORE, INTRO_REST } from '../../src/content/intro';

/** A window whose matchMedia says `narrow` for the narrow-screen query (and no to any other). */
function screenWidth(narrow: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query === NARROW_SCREEN && narrow,
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

afterEach(() => vi.unstubAllGlobals());

describe('the app intro', () => {
  it('on a narrow screen is its first sentence and a collapsed “More” disclosure that opens and closes the rest', async () => {
    const user = userEvent.setup();
    screenWidth(true);
    render(<AppIntro />);
    expect(screen.getByText(INTRO_LEAD, { exact: false })).toBeVisible();
    const more = screen.getByRole('button', { name: INTRO_MORE, expanded: false });
    expect(screen.getByText(INTRO_REST)).not.toBeVisible();

    await user.click(more);
    expect(screen.getByRole('button', { name: INTRO_MORE, expanded: true })).toBe(more);
    expect(screen.getByText(INTRO_REST)).toBeVisible();
    expect(more).toHaveAttribute('aria-controls', screen.getByText(INTRO_REST).id);

    await user.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText(INTRO_REST)).not.toBeVisible();
  });

  it('on a wider screen is the whole paragraph, with nothing to open', () => {
    screenWidth(false);
    render(<AppIntro />);
    expect(screen.getByText(INTRO)).toBeVisible();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
