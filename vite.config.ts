import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { cspPlugin } from './scripts/csp-plugin';
import { offlinePlugin } from './scripts/offline-plugin';

export default defineConfig({
  plugins: [react(), cspPlugin(), offlinePlugin()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
});
