/*
 * The kiosk tablet's service worker (registered only by the kiosk page, #/kiosk): the console's own files
 * network-first, with the last good copy as the fallback, so a tablet that reloads while the link is down
 * still opens the kiosk (its place, today's list and the queue of PIN taps live in IndexedDB). The API is
 * never touched: /api/ requests go to the network as if there were no worker.
 *
 * Copies are looked up with `ignoreVary`: the API answers every file with `Vary: Origin` (CORS), and the page's
 * module script is requested with an Origin header that the copy taken at install (a plain fetch) lacks — a
 * strict lookup missed it, so the first offline reload showed the page without its script: a blank screen.
 * The kiosk page checks the same cache (kiosk-offline.ts) and says whether a reload offline will work.
 */
const CACHE = 'dost-kiosk-shell-v1';
// The same rules as apps/admin/src/features/attendance/kiosk-offline.ts (shellAssets, assetsReferencedBy).
const ASSETS = /(?:src|href)="(\/assets\/[^"]+)"/g;
const REFERENCES = /(?:\/?assets\/|["'`(]\.\/)([\w.-]+-[\w-]{8}\.(?:js|css|woff2?|ttf|otf|png|svg|webp|jpe?g|gif))/g;

/**
 * The console's page and every file it names, taken now (also filled by the kiosk page when it finds a gap);
 * then, best effort, the files those name in turn — a chunk loaded by a dynamic import, a font or an image of
 * the CSS — which the page would ask for only later.
 */
async function fill() {
  const cache = await caches.open(CACHE);
  const page = await fetch('/', { cache: 'no-store' });
  if (!page.ok) return;
  const html = await page.clone().text();
  const files = [...new Set([...html.matchAll(ASSETS)].map((m) => m[1]))];
  await cache.addAll(files);
  await Promise.all(files.filter((f) => /\.(?:js|css)$/.test(f)).map(async (file) => {
    const text = await (await cache.match(file, { ignoreVary: true })).text();
    const more = [...new Set([...text.matchAll(REFERENCES)].map((m) => `/assets/${m[1]}`))].filter((f) => !files.includes(f));
    await Promise.all(more.map((f) => cache.match(f, { ignoreVary: true }).then((hit) => (hit ? undefined : cache.add(f))).catch(() => undefined)));
  }));
  // The page last: a page in the cache means its files are there too.
  await cache.put('/', page);
}

// The page that registers the worker was loaded before it: take the console's page and its files now. Without
// a link the worker still installs (empty); the kiosk page shows "preparing" and fills the cache when it can.
self.addEventListener('install', (event) => {
  event.waitUntil(fill().catch(() => undefined).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('dost-kiosk-shell-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  const navigation = request.mode === 'navigate';
  if (!navigation && !url.pathname.startsWith('/assets/')) return;
  // Pages are kept under "/" (the console is one page; the route is in the hash); files under their path alone.
  const key = new URL(navigation ? '/' : url.pathname, url).href;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok && response.type === 'basic') {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(key, copy)).catch(() => undefined));
        }
        return response;
      })
      .catch(() => caches.match(key, { ignoreVary: true }).then((hit) => hit || Response.error())),
  );
});
