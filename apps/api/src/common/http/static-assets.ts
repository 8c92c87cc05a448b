import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * How the API serves the built console (dist/apps/admin; docs/deployment.md → "The console's files"):
 *  - files under /assets/ carry a content hash in their name: cached for a year, `immutable` — a new build
 *    names new files, so a browser never asks twice and never keeps a stale one;
 *  - everything else (index.html, the kiosk's service worker) is `no-cache`: revalidated on every load, so a
 *    deployment reaches every browser at its next visit;
 *  - the build writes `.br` and `.gz` copies next to each text file (apps/admin/vite.config.mts): a browser that
 *    accepts brotli (or gzip) is sent that copy with `Content-Encoding`, without compressing anything per request.
 */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

const ENCODINGS = [
  { token: 'br', ext: '.br' },
  { token: 'gzip', ext: '.gz' },
] as const;

/** The encodings the client accepts (q > 0), from its Accept-Encoding header. */
function accepted(header: string | undefined): Set<string> {
  const out = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (token && !(q && Number(q.slice(2)) === 0)) out.add(token);
  }
  return out;
}

/**
 * Before express.static: a GET for a hashed asset that has a precompressed copy the client accepts is
 * pointed at that copy (`/assets/x.js` → `/assets/x.js.br`); staticHeaders then labels it.
 */
export function precompressedAssets(root: string) {
  const dir = path.resolve(root);
  return (req: Request, res: Response, next: NextFunction): void => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.path.startsWith('/assets/')) return next();
    res.vary('Accept-Encoding');
    const wanted = accepted(req.headers['accept-encoding']);
    const file = path.join(dir, decodeURIComponent(req.path));
    if (!file.startsWith(dir + path.sep)) return next();
    for (const { token, ext } of ENCODINGS) {
      if (wanted.has(token) && existsSync(file + ext)) {
        req.url = req.url.replace(/^([^?]*)/, `$1${ext}`);
        return next();
      }
    }
    next();
  };
}

/** express.static's `setHeaders`: caching for every file, and the encoding of a precompressed copy. */
export function staticHeaders(res: Response, file: string): void {
  const encoding = file.endsWith('.br') ? 'br' : file.endsWith('.gz') ? 'gzip' : null;
  const original = encoding ? file.slice(0, -3) : file;
  if (encoding) {
    res.setHeader('Content-Encoding', encoding);
    res.type(path.extname(original)); // send leaves a Content-Type already set alone
  }
  const hashed = original.split(path.sep).includes('assets');
  res.setHeader('Cache-Control', hashed ? IMMUTABLE : 'no-cache');
}
