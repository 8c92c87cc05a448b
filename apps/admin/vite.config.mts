import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Writes `x.br` and `x.gz` next to every text file of the build's assets/ (scripts, styles, SVG) — paid once at
 * build time instead of on each request. The API sends the copy the browser accepts with Content-Encoding
 * (apps/api/src/common/http/static-assets.ts). The first screen's files (the entry and what it imports
 * statically) get brotli's slowest, smallest setting (quality 11, ~8 % smaller than 5); the pages' chunks, loaded
 * later, quality 5 — quality 11 on all of them made a build ~30 s longer. Files under 1 KB stay as they are.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'dost-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    writeBundle(_options, bundle) {
      const first = new Set<string>();
      const visit = (file: string) => {
        const chunk = bundle[file];
        if (first.has(file) || !chunk || chunk.type !== 'chunk') return;
        first.add(file);
        chunk.imports.forEach(visit);
        chunk.viteMetadata?.importedCss.forEach((css) => first.add(css));
      };
      for (const [file, chunk] of Object.entries(bundle)) if (chunk.type === 'chunk' && chunk.isEntry) visit(file);
      const dir = path.join(outDir, 'assets');
      for (const name of readdirSync(dir)) {
        if (!/\.(?:js|mjs|css|svg|json|txt|map)$/.test(name)) continue;
        const body = readFileSync(path.join(dir, name));
        if (body.length < 1024) continue;
        const quality = first.has(`assets/${name}`) ? 11 : 5;
        writeFileSync(path.join(dir, `${name}.gz`), gzipSync(body, { level: 9 }));
        writeFileSync(path.join(dir, `${name}.br`), brotliCompressSync(body, {
          params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
        }));
      }
    },
  };
}

// Built into dist/apps/admin, which the API serves at `/` (hashed files cached for a year, with .br/.gz copies
// written by precompress()). `nx serve admin` runs this dev server on :4200
// and forwards /api to the API on :3000.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), precompress()],
  build: { outDir: path.resolve(import.meta.dirname, '../../dist/apps/admin'), emptyOutDir: true, chunkSizeWarningLimit: 3000 },
  server: { port: 4200, proxy: { '/api': 'http://localhost:3000' } },
  test: { environment: 'node', include: ['src/**/*.spec.ts'] },
});
