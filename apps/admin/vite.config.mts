import react from '@vitejs/plugin-react';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Built into dist/apps/admin, which the API serves at `/`. `nx serve admin` runs this dev server on :4200
// and forwards /api to the API on :3000.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: path.resolve(import.meta.dirname, '../../dist/apps/admin'), emptyOutDir: true, chunkSizeWarningLimit: 3000 },
  server: { port: 4200, proxy: { '/api': 'http://localhost:3000' } },
  test: { environment: 'node', include: ['src/**/*.spec.ts'] },
});
