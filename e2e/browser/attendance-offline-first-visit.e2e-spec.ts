import type { Browser } from 'playwright-core';
import request from 'supertest';
import { E2E_PASSWORD } from '../support/running-app';
import { describeInBrowser, launchBrowser, logIn, newPage, screenshot } from '../support/browser';

const base = () => process.env.E2E_BASE_URL!;
const BARDA = 'Qarabağ Regional DOST Mərkəzi';
const TABLET = { viewport: { width: 1280, height: 800 }, hasTouch: true };

/**
 * QA: a tablet that opened the kiosk once and then lost its link reloaded into a blank page. This is the
 * first visit exactly as a new user makes it — a fresh browser profile, the kiosk bound in the console,
 * `#/kiosk` opened by the console, then offline and a reload at once, with no online reload in between
 * (attendance.e2e-spec.ts reloads online first, which hid the fault).
 */
describeInBrowser('kiosk: the first visit reloads offline into the working kiosk (Chromium, fresh profile)', () => {
  let browser: Browser;
  let centerId: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    const admin = (await request(base()).post('/api/v1/auth/login').send({ email: 'admin@dost.local', password: E2E_PASSWORD }).expect(200)).body.accessToken;
    const centers = (await request(base()).get('/api/v1/centers').query({ perPage: 100 }).set('Authorization', `Bearer ${admin}`).expect(200)).body.data as { id: string; name: { az: string } }[];
    centerId = centers.find((c) => c.name.az === BARDA)!.id;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('bound in the console, opened once, offline and reloaded at once: the kiosk, its place and its PIN pad are back', async () => {
    const { context, page } = await newPage(browser, TABLET);
    try {
      await logIn(page, 'coordinator@demo.dost.local');
      await page.goto(`/#/attendance/kiosks?center=${centerId}`);
      await page.getByTestId('kiosk-name').fill('Barda — ilk açılış');
      await page.getByTestId('kiosk-open').click();
      await page.waitForURL(/#\/kiosk$/);
      await page.getByTestId('kiosk-place').getByText(BARDA).waitFor();
      // The page says when a reload without a link will work; on this first visit it gets there by itself.
      const offline = page.getByTestId('kiosk-offline-ready');
      await offline.getByText('Oflayn rejim hazırdır').waitFor({ timeout: 30_000 });
      expect(await offline.getAttribute('data-ready')).toBe('true');
      await screenshot(page, 'attendance-first-visit-1-ready');

      // The link drops and the tablet reloads straight away: no online reload before it.
      await context.setOffline(true);
      await page.reload();
      await page.getByTestId('kiosk-place').getByText(BARDA).waitFor();
      await page.waitForFunction(() => document.querySelector('[data-testid=kiosk-status]')?.getAttribute('data-online') === 'false');
      await page.getByTestId('kiosk-qr-stale').waitFor();
      await page.getByTestId('kiosk-search').waitFor();
      await page.getByTestId('kiosk-offline-ready').getByText('Oflayn rejim hazırdır').waitFor();
      await screenshot(page, 'attendance-first-visit-2-offline-reload');

      // The worker's copy is lost (a cleared cache, or it was installed while the link was down): offline,
      // the page says the offline mode is not ready yet; when the link is back it takes the files again.
      await page.evaluate(async () => {
        for (const key of await caches.keys()) await caches.delete(key);
      });
      await page.getByTestId('kiosk-offline-ready').getByText(/Oflayn rejim hazırlanır/).waitFor();
      expect(await page.getByTestId('kiosk-offline-ready').getAttribute('data-ready')).toBe('false');
      await screenshot(page, 'attendance-first-visit-3-preparing');
      await context.setOffline(false);
      await page.getByTestId('kiosk-offline-ready').getByText('Oflayn rejim hazırdır').waitFor({ timeout: 30_000 });
      await context.setOffline(true);
      await page.reload();
      await page.getByTestId('kiosk-place').getByText(BARDA).waitFor();
      await page.getByTestId('kiosk-search').waitFor();

      // In English and Russian too.
      await page.getByTestId('kiosk-lang').getByRole('button', { name: 'EN' }).click();
      await page.getByTestId('kiosk-offline-ready').getByText('Offline mode is ready').waitFor();
      await page.getByTestId('kiosk-lang').getByRole('button', { name: 'RU' }).click();
      await page.getByTestId('kiosk-offline-ready').getByText('Офлайн-режим готов').waitFor();
      await page.getByTestId('kiosk-lang').getByRole('button', { name: 'AZ' }).click();
    } finally {
      await context.close();
    }
  });
});
