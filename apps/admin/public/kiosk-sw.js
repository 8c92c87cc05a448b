/*
 * The kiosk tablet's service worker (registered only by the kiosk page, #/kiosk): the console's own files
 * network-first, with the last good copy as the fallback, so a tablet that reloads while the link is down
 * still opens the kiosk (its place, today's list and the queue of PIN taps live in IndexedDB). The API is
 * never touched: /api/ requests go to the network as if there were no worker.
 */
const CACHE = 'dost-kiosk-shell-v1';

// The page that registers the worker was loaded before it: take the console's page and its files now.
self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then(async (cache) => {
        const page = await fetch('/', { cache: 'no-store' });
        if (!page.ok) return;
        const html = await page.clone().text();
        await cache.put('/', page);
        const files = [...new Set([...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]))];
        await cache.addAll(files);
      })
      .catch(() => undefined)
      .then(() => self.skipWaiting()),
  );
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
  // Pages are kept under "/" (the console is one page; the route is in the hash).
  const key = navigation ? new Request(new URL('/', url).href) : request;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(key, copy)));
        }
        return response;
      })
      .catch(() => caches.match(key).then((hit) => hit || Response.error())),
  );
});
