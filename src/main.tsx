import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { EngineContext } from './app/engine-context';
import { applyHash } from './app/url-sync';
import { createWorkerEngine } from './worker/engine-client';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
applyHash(window.location.hash);
const engine = createWorkerEngine();

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
    <EngineContext.Provider value={engine}>
      <App />
    </EngineContext.Provider>
  </StrictMode>,
);

// Offline support: the production build's service worker caches the whole app after the first visit.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch((e: unknown) => {
      console.warn('Offline support is unavailable:', e);
    });
  });
}
