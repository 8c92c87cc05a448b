import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import request from 'supertest';
import { E2E_PASSWORD } from './running-app';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = path.resolve(__dirname, '../artifacts');

/**
 * Browser tests run when Debian's Chromium is installed. Without it they are skipped with a clear
 * message — except under E2E_REQUIRE_BROWSER=1 (CI), where a missing browser is a failure.
 */
export function describeInBrowser(name: string, fn: () => void): void {
  if (existsSync(CHROMIUM)) {
    describe(name, fn);
    return;
  }
  if (process.env.E2E_REQUIRE_BROWSER === '1') {
    describe(name, () => {
      it('needs Chromium', () => {
        throw new Error(`E2E_REQUIRE_BROWSER=1 but ${CHROMIUM} is missing: apt-get install -y chromium`);
      });
    });
    return;
  }
  console.warn(`SKIPPED browser tests "${name}": ${CHROMIUM} not found (apt-get install -y chromium to run them)`);
  describe.skip(name, fn);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
    ],
  });
}

export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
export const DESKTOP = { viewport: { width: 1366, height: 900 } };

export async function newPage(browser: Browser, options: Parameters<Browser['newContext']>[0] = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: process.env.E2E_BASE_URL, locale: 'az-AZ', timezoneId: 'Asia/Baku', ...options });
  // Pinned test clock (tools/pinned-clock.cjs): the console starts at the tests' and the API's "now" and
  // moves on with real time from there.
  if (process.env.DOST_NOW) await context.clock.install({ time: Date.now() });
  const page = await context.newPage();
  // Each console page loads its own chunk on first visit: on a busy CI machine that plus the data can pass 15 s.
  page.setDefaultTimeout(30_000);
  return { context, page };
}

/** Saves a screenshot under e2e/artifacts/ (kept by CI, ignored by git). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/**
 * Puts the account's language back to Azerbaijani through the API. The language is kept on the account (issue 16)
 * and the console follows it on every device, so a spec that switched a shared demo account to English or Russian
 * would otherwise greet the next spec in that language.
 */
export async function resetAccountLanguage(email: string, password = E2E_PASSWORD): Promise<void> {
  const login = await request(process.env.E2E_BASE_URL!).post('/api/v1/auth/login').send({ email, password });
  if (login.status !== 200 || !login.body.accessToken) return; // a spec trying a wrong password, or two-factor sign-in
  await request(process.env.E2E_BASE_URL!).patch('/api/v1/me/profile').set('Authorization', `Bearer ${login.body.accessToken}`).send({ locale: 'az' });
}

/** Signs in on the console's login page (in Azerbaijani) and waits for the greeting every role's first page shows. */
export async function logIn(page: Page, email: string, password = E2E_PASSWORD): Promise<void> {
  await resetAccountLanguage(email, password);
  await page.goto('/#/login');
  await page.locator('input[name=email]').fill(email);
  await page.locator('input[name=password]').fill(password);
  await page.locator('button[type=submit]').click();
  await page.getByText(/Xoş gördük/).waitFor();
}
