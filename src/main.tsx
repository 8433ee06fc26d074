import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { isPresenterView } from './app/presenter/open-presenter-view';
import { createLabStore, LabStoreProvider } from './store/lab-store';
import { parseHash } from './store/url-hash';
import { createWorkerEngine } from './worker/engine-client';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The presenter view (`?presenter`, opened from Present mode) is a second window that only follows the slides.
if (isPresenterView(window.location.search)) {
  const PresenterView = lazy(() => import('./app/presenter/presenter-view').then((m) => ({ default: m.PresenterView })));
  createRoot(root).render(
    <StrictMode>
      <Suspense fallback={<p>Opening the presenter view…</p>}>
        <PresenterView />
      </Suspense>
    </StrictMode>,
  );
} else startApp(root);

function startApp(root: HTMLElement): void {
  const engine = createWorkerEngine();
  const store = createLabStore(engine);
  store.getState().applyLink(parseHash(window.location.hash));

  // Read-only hooks for the browser tests: tensor count in the engine, and a way to lose the WebGL context.
  // Only in the build made for them (`vite build --mode e2e`); MODE is a build-time constant, so the
  // production bundle does not contain this code at all.
  if (import.meta.env.MODE === 'e2e') {
    Object.defineProperty(window, '__pipelineLab', {
      value: Object.freeze({ numTensors: () => engine.numTensors(), simulateContextLoss: () => engine.simulateContextLoss() }),
      writable: false,
      configurable: false,
    });
  }
  createRoot(root).render(
    <StrictMode>
      <LabStoreProvider store={store}>
        <App />
      </LabStoreProvider>
    </StrictMode>,
  );
}

// Offline support: the production build's service worker caches the whole app after the first visit.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch((e: unknown) => {
      console.warn('Offline support is unavailable:', e);
    });
  });
}
