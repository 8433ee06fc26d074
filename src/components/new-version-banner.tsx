/**
 * "A new version is available — reload": shown when a new build's service worker
 * takes over a page that an older one was serving. From then on the old page's
 * lazily loaded files (charts) may be gone from the server and the cache, so the
 * learner is asked to reload instead of meeting a chart that cannot be drawn.
 */
import { useEffect, useState } from 'react';
import { SHELL_TEXT } from '../content/modes';

type Container = Pick<ServiceWorkerContainer, 'controller' | 'addEventListener' | 'removeEventListener'>;

/** True once a new service worker replaced one that served this page (not when the very first one takes over). */
export function useNewVersion(container: Container | undefined = globalThis.navigator?.serviceWorker): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!container) return;
    // A page of the first visit has no controller: the first worker taking over is not an update,
    // but any later one is (the tab may stay open across several deployments).
    let previous = container.controller;
    const onChange = () => {
      if (previous) setReady(true);
      previous = container.controller;
    };
    container.addEventListener('controllerchange', onChange);
    return () => container.removeEventListener('controllerchange', onChange);
  }, [container]);
  return ready;
}

export function NewVersionBanner({
  container,
  reload = () => window.location.reload(),
}: {
  container?: Container;
  reload?: () => void;
}) {
  const ready = useNewVersion(container);
  return (
    <div role="status" aria-live="polite">
      {ready && (
        <p className="notice new-version">
          <button type="button" onClick={reload}>
            {SHELL_TEXT.newVersion}
          </button>
        </p>
      )}
    </div>
  );
}
