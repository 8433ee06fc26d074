// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { App } from '../../src/app/app';
import { parseHash } from '../../src/store/url-hash';
import { createTestEngine, lab, renderWithEngine, resetStore, useCpu } from '../fixtures/render';

beforeAll(useCpu);
beforeEach(() => {
  localStorage.clear();
  resetStore();
});

async function renderLink(hash: string) {
  window.history.replaceState(null, '', hash);
  lab.getState().applyLink(parseHash(hash));
  renderWithEngine(<App />, createTestEngine());
  await waitFor(() => expect(lab.getState().dataStatus).toBe('ready'));
}

describe('embed=1: a chrome-less view for an iframe', () => {
  it('leaves out the title, intro and toolbar, keeps the steps, and links out to the full app without embed', async () => {
    await renderLink('#v=1&rows=2000&epochs=3&step=cleaning&embed=1');
    expect(screen.queryByLabelText('Learning mode')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Copy link' })).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Pipeline Lab');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Data Cleaning');
    expect(screen.getByRole('navigation', { name: 'Pipeline steps' })).toBeInTheDocument();
    const out = screen.getByRole('link', { name: /Open the full app/ });
    expect(out).toHaveAttribute('target', '_blank');
    expect(out.getAttribute('href')).toMatch(/#v=1&rows=2000&epochs=3&step=cleaning$/);
    // The link keeps saying embed=1, so a reload inside the iframe stays chrome-less.
    expect(window.location.hash).toContain('embed=1');
  });

  it('without embed the full header is there', async () => {
    await renderLink('#v=1&rows=2000&epochs=3');
    expect(screen.getByLabelText('Learning mode')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Open the full app/ })).toBeNull();
  });
});
