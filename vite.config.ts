import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { cspPlugin } from './scripts/csp-plugin';
import { offlinePlugin } from './scripts/offline-plugin';

/** `npm run bench` sets this to build the benchmark page as a second entry; the app's own build ships only the app. */
const withBench = Boolean(process.env.PIPELINE_LAB_BENCH);

export default defineConfig({
  plugins: [react(), cspPlugin(), offlinePlugin()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    ...(withBench && {
      rolldownOptions: {
        input: { main: resolve(import.meta.dirname, 'index.html'), bench: resolve(import.meta.dirname, 'bench.html') },
      },
    }),
  },
});
