// @vitest-environment jsdom
import { watchProgress } from '../../src/store/progress-sync';
import { PROGRESS_KEY } from '../../src/store/progress-storage';

describe('watching other tabs’ saves', () => {
  it('calls sync when another tab changes the progress key or clears storage, until unsubscribed', () => {
    const sync = vi.fn();
    const stop = watchProgress(window, sync);
    window.dispatchEvent(new StorageEvent('storage', { key: 'something-else' }));
    expect(sync).not.toHaveBeenCalled();
    window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_KEY }));
    window.dispatchEvent(new StorageEvent('storage', { key: null }));
    expect(sync).toHaveBeenCalledTimes(2);
    stop();
    window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_KEY }));
    expect(sync).toHaveBeenCalledTimes(2);
  });
});
