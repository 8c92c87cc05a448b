import { get } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { describeInBrowser, launchBrowser, logIn, newPage, PHONE } from '../support/browser';

/**
 * How the console reaches a browser (docs/deployment.md → "The console's files"): the page is revalidated on every
 * load, the hashed files are cached for a year and sent precompressed (brotli, else gzip) when the browser accepts
 * it, and a page's code arrives only when the page is first shown. The speed on a slow phone is measured in
 * bench/console (never timed here).
 */
const base = () => process.env.E2E_BASE_URL as string;

interface Raw { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

/** The bytes exactly as sent (supertest would decompress them). */
function raw(path: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    get(`${base()}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

describeInBrowser('the console bundle: compressed, cached, split by page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('the page is revalidated; its script comes as brotli or gzip as accepted, cached immutably, and identical once decoded', async () => {
    const page = await raw('/', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    const entry = /src="(\/assets\/index-[\w-]+\.js)"/.exec(page.body.toString('utf8'))?.[1] ?? '';
    expect(entry).toMatch(/^\/assets\/index-/);

    const plain = await raw(entry, { 'Accept-Encoding': 'identity' });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.headers['content-type']).toMatch(/javascript/);

    const br = await raw(entry, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(String(br.headers.vary)).toMatch(/Accept-Encoding/i);
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(br.body.length).toBeLessThan(plain.body.length / 3);

    const gz = await raw(entry, { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);

    // "br;q=0" refuses brotli: gzip is sent instead.
    const refused = await raw(entry, { 'Accept-Encoding': 'br;q=0, gzip' });
    expect(refused.headers['content-encoding']).toBe('gzip');

    // The kiosk's service worker has no hash in its name: revalidated like the page.
    const worker = await raw('/kiosk-sw.js');
    expect(worker.status).toBe(200);
    expect(worker.headers['cache-control']).toBe('no-cache');
  });

  it('the login screen loads without the pages behind it; a page brings its own chunk when opened; a reload takes the files from the cache', async () => {
    const { page, context } = await newPage(browser, PHONE);
    const scripts: string[] = [];
    const encodings = new Map<string, string | undefined>();
    page.on('response', (res) => {
      const url = new URL(res.url());
      if (!url.pathname.startsWith('/assets/') || !url.pathname.endsWith('.js')) return;
      scripts.push(url.pathname);
      encodings.set(url.pathname, res.headers()['content-encoding']);
    });
    await page.goto('/#/login');
    await page.locator('input[name=email]').waitFor();
    const atLogin = new Set(scripts);
    // Chromium asks for brotli: the scripts came compressed (only files under 1 KB have no compressed copy).
    const entry = [...encodings.keys()].find((p) => /\/index-[\w-]+\.js$/.test(p));
    expect(entry && encodings.get(entry)).toBe('br');
    expect([...encodings.values()].filter((e) => e !== 'br' && e !== undefined)).toEqual([]);
    expect([...encodings.values()].filter((e) => e === 'br').length).toBeGreaterThan(encodings.size / 2);
    // The reports page (its charts) is nowhere in what the login screen loaded.
    const reportsChunks = () => scripts.filter((s) => /\/reports-page-[\w-]+\.js$/.test(s));
    expect(reportsChunks()).toEqual([]);

    await logIn(page, 'coordinator@demo.dost.local');
    await page.goto('/#/reports');
    for (let i = 0; i < 100 && reportsChunks().length === 0; i++) await page.waitForTimeout(200);
    expect(reportsChunks().length).toBeGreaterThan(0);
    expect(scripts.filter((s) => !atLogin.has(s)).length).toBeGreaterThan(0);

    // A second visit (a new tab): the hashed files come from the browser's cache (immutable), none over the network.
    const again = await context.newPage();
    const cdp = await context.newCDPSession(again);
    await cdp.send('Network.enable');
    const fromCache = new Set<string>();
    const seen: { path: string; disk: boolean; requestId: string }[] = [];
    cdp.on('Network.requestServedFromCache', (e: { requestId: string }) => fromCache.add(e.requestId));
    cdp.on('Network.responseReceived', (e: { requestId: string; response: { url: string; fromDiskCache?: boolean } }) => {
      const url = new URL(e.response.url);
      if (url.pathname.startsWith('/assets/')) seen.push({ path: url.pathname, disk: Boolean(e.response.fromDiskCache), requestId: e.requestId });
    });
    await again.goto('/#/login');
    await again.locator('input[name=email]').or(again.getByTestId('greeting')).first().waitFor();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((r) => !r.disk && !fromCache.has(r.requestId)).map((r) => r.path)).toEqual([]);
    await context.close();
  });
});
