// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NewVersionBanner } from '../../src/components/new-version-banner';

function container(controller: object | null) {
  const target = new EventTarget();
  return Object.assign(target, { controller }) as unknown as ServiceWorkerContainer;
}

describe('the new-version banner', () => {
  it('appears when a new service worker takes over a page an older one served, and reloads on click', async () => {
    const sw = container({});
    const reload = vi.fn();
    render(<NewVersionBanner container={sw} reload={reload} />);
    expect(screen.queryByRole('button', { name: /new version/ })).not.toBeInTheDocument();
    act(() => void sw.dispatchEvent(new Event('controllerchange')));
    await userEvent.setup().click(screen.getByRole('button', { name: 'A new version is available — reload' }));
    expect(reload).toHaveBeenCalledOnce();
  });

  it('stays away when the first service worker takes control on a first visit, and appears at the next one', () => {
    const sw = container(null);
    render(<NewVersionBanner container={sw} reload={vi.fn()} />);
    act(() => {
      Object.assign(sw, { controller: {} });
      sw.dispatchEvent(new Event('controllerchange'));
    });
    expect(screen.queryByRole('button', { name: /new version/ })).not.toBeInTheDocument();
    act(() => void sw.dispatchEvent(new Event('controllerchange')));
    expect(screen.getByRole('button', { name: 'A new version is available — reload' })).toBeInTheDocument();
  });
});
