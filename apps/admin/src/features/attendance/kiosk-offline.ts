import { useEffect, useRef, useState } from 'react';

/**
 * Whether this tablet can reload the kiosk without a link: the service worker (public/kiosk-sw.js) is active
 * and its cache holds the console's page and every file that page names. The kiosk page shows it, so nobody
 * trusts a reload that would end on the browser's error page. Checked here, not asked of the worker: the cache
 * is shared with the page, and a gap (a worker installed while the link was down, a cleared cache) is filled
 * from here as soon as the link is back.
 */
export type OfflineShell = 'unsupported' | 'preparing' | 'ready';

export const SHELL_CACHE = 'dost-kiosk-shell-v1';
const SW_URL = '/kiosk-sw.js';
const CHECK_MS = 10_000;

/** The files a console page names (Vite writes them as /assets/… in src and href). */
export function shellAssets(html: string): string[] {
  return [...new Set([...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]))];
}

/**
 * The files a console file names in turn (best effort): a chunk of a dynamic import ("./chunk-x.js", or
 * "assets/chunk-x.js" in Vite's preload list), a font or an image of the CSS (url(/assets/font.woff2)) — Vite's
 * names, with their 8-character hash, so a library's own "./package.js" string is not taken for one.
 */
export function assetsReferencedBy(text: string): string[] {
  const names = [...text.matchAll(/(?:\/?assets\/|["'`(]\.\/)([\w.-]+-[\w-]{8}\.(?:js|css|woff2?|ttf|otf|png|svg|webp|jpe?g|gif))/g)].map((m) => `/assets/${m[1]}`);
  return [...new Set(names)];
}

const supported = (): boolean =>
  typeof window !== 'undefined' && window.isSecureContext && 'serviceWorker' in navigator && typeof caches !== 'undefined';

async function shellComplete(): Promise<boolean> {
  const cache = await caches.open(SHELL_CACHE);
  const page = await cache.match('/', { ignoreVary: true });
  if (!page) return false;
  const files = shellAssets(await page.text());
  if (!files.length) return false;
  for (const file of files) if (!(await cache.match(file, { ignoreVary: true }))) return false;
  return true;
}

/** The same as the worker's install (public/kiosk-sw.js): the page and its files, what they name, the page last. */
async function fillShell(): Promise<void> {
  const cache = await caches.open(SHELL_CACHE);
  const page = await fetch('/', { cache: 'no-store' });
  if (!page.ok) return;
  const files = shellAssets(await page.clone().text());
  await cache.addAll(files);
  await Promise.all(files.filter((f) => /\.(?:js|css)$/.test(f)).map(async (file) => {
    const text = (await (await cache.match(file, { ignoreVary: true }))?.text()) ?? '';
    const more = assetsReferencedBy(text).filter((f) => !files.includes(f));
    await Promise.all(more.map((f) => cache.match(f, { ignoreVary: true }).then((hit) => (hit ? undefined : cache.add(f))).catch(() => undefined)));
  }));
  await cache.put('/', page);
}

async function activeWorker(): Promise<boolean> {
  const registration = await navigator.serviceWorker.register(SW_URL);
  if (registration.active) return true;
  // Installing: wait a little for it (it takes the files first), then say "preparing" and look again later.
  const ready = await Promise.race([
    navigator.serviceWorker.ready.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5_000)),
  ]);
  return ready && !!(await navigator.serviceWorker.getRegistration())?.active;
}

export async function checkOfflineShell(): Promise<OfflineShell> {
  if (!supported()) return 'unsupported';
  try {
    if (!(await activeWorker())) return 'preparing';
    if (await shellComplete()) return 'ready';
    if (!navigator.onLine) return 'preparing';
    await fillShell();
    return (await shellComplete()) ? 'ready' : 'preparing';
  } catch {
    return 'preparing';
  }
}

/** The state for the kiosk page: looked at on start, whenever the link changes, and every 10 s. */
export function useOfflineShell(enabled: boolean): OfflineShell | null {
  const [state, setState] = useState<OfflineShell | null>(null);
  const running = useRef(false);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const check = async () => {
      if (running.current) return;
      running.current = true;
      try {
        const next = await checkOfflineShell();
        if (live) setState(next);
      } finally {
        running.current = false;
      }
    };
    void check();
    const timer = setInterval(() => void check(), CHECK_MS);
    window.addEventListener('online', check);
    window.addEventListener('offline', check);
    return () => {
      live = false;
      clearInterval(timer);
      window.removeEventListener('online', check);
      window.removeEventListener('offline', check);
    };
  }, [enabled]);
  return state;
}
