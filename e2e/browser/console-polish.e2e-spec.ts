import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, describeInBrowser, launchBrowser, newPage, PHONE, screenshot, resetAccountLanguage } from '../support/browser';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { E2E_PASSWORD, freshPassword } from '../support/running-app';

/**
 * QA findings in the console, checked in a real browser: a volunteer's home page and no staff dashboard call,
 * the phone app bar, the Open shifts filters, the language after login, the event detail label.
 */
describeInBrowser('console polish (QA findings)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  async function logIn(page: Page, email: string, password = E2E_PASSWORD): Promise<void> {
    // Shared demo accounts back to Azerbaijani (another spec may have switched them); this spec's own accounts keep theirs.
    if (email.endsWith('@demo.dost.local')) await resetAccountLanguage(email, password);
    await page.goto('/#/login');
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill(password);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => !url.hash.startsWith('#/login'));
  }

  /** What the phone's screen shows (a full-page shot of a long list is too tall to read the app bar). */
  const screenful = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });

  /** The title's box ends before the language button starts: nothing hidden behind it. */
  async function titleClearOfLanguageButton(page: Page): Promise<void> {
    const title = await page.getByTestId('app-title').boundingBox();
    const button = await page.getByTestId('language-button').boundingBox();
    if (!title || !button) throw new Error('the app bar has no title or no language button');
    expect(title.x + title.width).toBeLessThanOrEqual(button.x + 1);
  }

  it('a volunteer lands on My shifts (no GET /dashboard), the phone bar shows the whole title and a usable language switch', async () => {
    const { page, context } = await newPage(browser, PHONE);
    const dashboardCalls: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/api/v1/dashboard') dashboardCalls.push(r.url());
    });
    await logIn(page, 'volunteer@demo.dost.local');
    await page.waitForURL((url) => url.hash.startsWith('#/my-shifts'));
    await page.getByTestId('greeting').getByText('Xoş gördük, Tural Məmmədov (demo)').waitFor();
    await page.getByTestId('app-title').getByText('Növbələrim').waitFor();
    await titleClearOfLanguageButton(page);
    await expectNoSeriousA11yViolations(page, 'volunteer home (phone)');
    await screenshot(page, 'console-polish-1-volunteer-home-phone');

    await page.goto('/#/open-shifts');
    await page.getByTestId('app-title').getByText('Götürə biləcəyim növbələr').waitFor();
    await titleClearOfLanguageButton(page);
    // The long title is not cut: it wraps (at most two lines) instead of overflowing.
    const clipped = await page.getByTestId('app-title').evaluate((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1);
    expect(clipped).toBe(false);
    await screenful(page, 'console-polish-2-open-shifts-title-phone');

    // The language switch still works on the phone.
    await page.getByTestId('language-button').click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByTestId('app-title').getByText('Open shifts I can take').waitFor();
    await page.getByTestId('language-button').click();
    await page.getByRole('menuitem', { name: 'Azərbaycanca' }).click();
    await page.getByTestId('app-title').getByText('Götürə biləcəyim növbələr').waitFor();
    expect(dashboardCalls).toEqual([]);
    await context.close();
  }, 60_000);

  it('Open shifts filters by center, position and date', async () => {
    const { page, context } = await newPage(browser, PHONE);
    await logIn(page, 'volunteer@demo.dost.local');
    await page.goto('/#/open-shifts');
    await page.getByTestId('shift-card').first().waitFor();
    const all = await page.getByTestId('shift-card').count();
    const center = page.locator('select[name="centerId"]');
    await expect(center.locator('option').count()).resolves.toBeGreaterThan(1);
    const position = page.locator('select[name="positionId"]');
    expect(await position.isDisabled()).toBe(true);

    // The center with open shifts listed first (demo data: one of the DOST centers), after "Mənim mərkəzlərim" and "Bütün mərkəzlər".
    const centerName = (await center.locator('option').nth(2).innerText()).trim();
    await center.selectOption({ index: 2 });
    await page.waitForFunction(
      (name) => {
        const cards = [...document.querySelectorAll('[data-testid="shift-card"]')];
        return cards.length > 0 && cards.every((c) => c.textContent?.includes(name));
      },
      centerName,
    );
    await screenful(page, 'console-polish-3-open-shifts-center-phone');

    // Its positions: choose the one of the first card, every card then shows it.
    expect(await position.isDisabled()).toBe(false);
    const firstPosition = (await page.getByTestId('shift-card').first().locator('h3').innerText()).trim();
    await position.selectOption({ label: firstPosition });
    await page.waitForFunction(
      (name) => {
        const cards = [...document.querySelectorAll('[data-testid="shift-card"] h3')];
        return cards.length > 0 && cards.every((h) => h.textContent?.trim() === name);
      },
      firstPosition,
    );
    await screenful(page, 'console-polish-4-open-shifts-position-phone');

    // A day: the first card's date; then a day without shifts gives the filters' empty message.
    const firstDay = (await page.getByTestId('shift-card').first().locator('text=/\\d{2}\\.\\d{2}\\.\\d{4}/').first().innerText()).slice(0, 10);
    await page.locator('input[name="date"]').fill(firstDay.split('.').reverse().join('-'));
    await page.waitForFunction(
      (d) => {
        const cards = [...document.querySelectorAll('[data-testid="shift-card"]')];
        return cards.length > 0 && cards.every((c) => c.textContent?.includes(d));
      },
      firstDay,
    );
    await page.locator('input[name="date"]').fill('2001-01-01');
    await page.getByTestId('open-shifts-empty').getByText('Seçdiyiniz filtrlərə uyğun açıq növbə yoxdur.').waitFor();
    await screenshot(page, 'console-polish-5-open-shifts-empty-phone');
    await page.getByRole('button', { name: 'Filtrləri təmizlə' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="shift-card"]').length === n, all);
    await context.close();
  }, 60_000);

  it('after login the console speaks the profile language, unless one was picked on the login page in this browser', async () => {
    // A staff member whose profile language is Russian, created by the admin over the API.
    const base = process.env.E2E_BASE_URL as string;
    const auth = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'admin@dost.local', password: E2E_PASSWORD }),
    });
    const { accessToken } = (await auth.json()) as { accessToken: string };
    const email = `polish-ru-${Date.now()}@e2e.dost.local`;
    const password = freshPassword();
    const created = await fetch(`${base}/api/v1/users`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({ email, fullName: 'Нигяр Алиева', locale: 'ru', password, roles: ['hr'] }),
    });
    expect(created.status).toBe(201);

    // Nothing picked on the login page: Azerbaijani login, Russian console.
    const first = await newPage(browser);
    await first.page.goto('/#/login');
    await first.page.getByRole('button', { name: 'Daxil ol' }).waitFor();
    await logIn(first.page, email, password);
    await first.page.getByText('С возвращением, Нигяр Алиева').waitFor();
    expect(await first.page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await screenshot(first.page, 'console-polish-6-profile-locale-ru');
    await first.context.close();

    // English picked on the login page: it wins, also after logout and the next login in this browser.
    const second = await newPage(browser);
    await second.page.goto('/#/login');
    await second.page.getByRole('button', { name: 'EN' }).click();
    await logIn(second.page, email, password);
    await second.page.getByText('Welcome back, Нигяр Алиева').waitFor();
    await screenshot(second.page, 'console-polish-7-chosen-locale-en');
    await second.page.getByRole('button', { name: /profile|Нигяр/i }).first().click();
    await second.page.getByRole('menuitem', { name: 'Logout' }).click();
    await second.page.waitForURL((url) => url.hash.startsWith('#/login'));
    await second.page.getByRole('button', { name: 'Sign in' }).waitFor();
    await logIn(second.page, email, password);
    await second.page.getByText('Welcome back, Нигяр Алиева').waitFor();
    await second.context.close();
  }, 60_000);

  it('the event detail labels the name "Ad", never the raw plural "Tədbir |||| Tədbirlər"', async () => {
    const { page, context } = await newPage(browser);
    await logIn(page, 'admin@dost.local');
    await page.goto('/#/events');
    await page.locator('tbody tr').first().click();
    await page.waitForURL((url) => /#\/events\/[^/]+\/show/.test(url.hash));
    await page.locator('.RaLabeled-label').first().waitFor();
    expect(await page.locator('main').innerText()).not.toContain('||||');
    await expectNoSeriousA11yViolations(page, 'event detail (organiser)');
    await screenshot(page, 'console-polish-8-event-show');
    await context.close();
  }, 60_000);
});
