import { listMailFiles, readMailFile } from '@dost/notifications';
import path from 'node:path';
import { Client } from 'pg';
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { E2E_PASSWORD, freshPassword } from '../support/running-app';
import { describeInBrowser, launchBrowser, logIn, newPage, PHONE, screenshot } from '../support/browser';
import { expectNoSeriousA11yViolations } from '../support/axe';

const base = () => process.env.E2E_BASE_URL!;
const mailDir = () => path.join(process.env.E2E_DATA_DIR as string, 'mail');
const HOUR = 3_600_000;
/** The narrowest phones in use: the page must work at 360 px. */
const NARROW = { ...PHONE, viewport: { width: 360, height: 780 } };

async function db<T>(work: (c: Client) => Promise<T>): Promise<T> {
  const url = new URL(process.env.DATABASE_URL as string);
  url.pathname = `/${process.env.E2E_DATABASE}`;
  const c = new Client({ connectionString: url.toString() });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

/**
 * A volunteer of this spec's own (the shared demo volunteer stays as other specs expect it): the admin creates
 * the login over the API, the person record (home Barda, Azerbaijani) goes into the app's database, and one
 * Barda shift starting in 20 hours is theirs — its 24-hour reminder is due.
 */
async function ownVolunteer(): Promise<{ email: string; password: string; fullName: string }> {
  const email = `my-profile-${Date.now()}@e2e.dost.local`;
  const password = freshPassword();
  const fullName = 'Fərid Quliyev';
  const admin = (await request(base()).post('/api/v1/auth/login').send({ email: 'admin@dost.local', password: E2E_PASSWORD }).expect(200)).body.accessToken;
  const user = await request(base()).post('/api/v1/users').set('Authorization', `Bearer ${admin}`)
    .send({ email, fullName, locale: 'az', password, roles: ['volunteer'] }).expect(201);
  await db(async (c) => {
    const [{ id }] = (await c.query(
      `INSERT INTO volunteers (user_id, full_name, email, locale, status, birth_date, home_center_id, languages)
       SELECT $1, $2, $3, 'az', 'active', '2001-09-01', id, '[{"language":"az","level":"C2"}]' FROM centers WHERE code = 'barda' AND demo RETURNING id`,
      [user.body.id, fullName, email],
    )).rows;
    const start = new Date(Date.now() + 20 * HOUR);
    const [shift] = (await c.query(
      `INSERT INTO shifts (center_id, position_id, starts_at, ends_at, slots, assigned_count, visibility, status)
       SELECT s.center_id, s.position_id, $1, $2, 1, 1, s.visibility, 'published' FROM shifts s JOIN centers c ON c.id = s.center_id
        WHERE c.code = 'barda' AND c.demo AND s.status = 'published' LIMIT 1 RETURNING id`,
      [start, new Date(start.getTime() + 2 * HOUR)],
    )).rows;
    await c.query(`INSERT INTO shift_assignments (shift_id, volunteer_id, status, source) VALUES ($1, $2, 'assigned', 'coordinator')`, [shift.id, id]);
  });
  return { email, password, fullName };
}

/** Runs the reminder scan now instead of at the next five-minute tick of its cron schedule. */
async function runReminderScan(): Promise<void> {
  await db((c) => c.query(`INSERT INTO pgboss.job (name, data) VALUES ('rostering.reminders', '{}')`));
}

async function waitForMail(to: string, template: RegExp, timeoutMs = 60_000): Promise<{ subject: string; text: string }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await listMailFiles(mailDir())).find((m) => m.to.includes(to) && template.test(m.subject));
    const mail = found && (await readMailFile(mailDir(), found.id));
    if (mail) return { subject: found.subject, text: mail.text ?? '' };
    if (Date.now() > deadline) throw new Error(`no mail ${template} to ${to} within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function logOut(page: Page, menuItem: string): Promise<void> {
  await page.getByRole('button', { name: /profile|Fərid|Profil|Профиль/i }).first().click();
  await page.getByRole('menuitem', { name: menuItem }).click();
  await page.waitForURL((url) => url.hash.startsWith('#/login'));
}

describeInBrowser('My profile and the applicant home in a real browser (Chromium, phone)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('a volunteer changes languages and the mail language to English: after logout and login the console is English, and so is the next reminder', async () => {
    const me = await ownVolunteer();
    const { page, context } = await newPage(browser, NARROW);
    await logIn(page, me.email, me.password);
    await page.goto('/#/my-profile');
    await page.getByRole('heading', { name: 'Məktubların və ekranların dili' }).waitFor();
    await page.getByRole('heading', { name: 'Dillər' }).waitFor();
    const tooWide = await page.evaluate(() => [...document.querySelectorAll('[data-testid=my-profile] *')]
      .filter((e) => e.getBoundingClientRect().right > 361 && ![...e.children].some((c) => c.getBoundingClientRect().right > 361))
      .map((e) => `${e.tagName}.${String(e.className).slice(0, 40)} "${(e.textContent ?? '').slice(0, 30)}"`));
    expect(tooWide).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, 'my-profile-1-az');
    await expectNoSeriousA11yViolations(page, 'my profile (volunteer, 360 px)');

    // Russian through the language button: the labels follow at once.
    await page.getByTestId('language-button').click();
    await page.getByRole('menuitem', { name: 'Русский' }).click();
    await page.getByRole('heading', { name: 'Язык писем и экранов' }).waitFor();
    await screenshot(page, 'my-profile-2-ru');

    // Languages: Russian at B2 beside Azerbaijani; mail and screens in English.
    await page.getByTestId('add-language').click();
    await page.getByTestId('languages-section').getByRole('combobox').nth(2).click();
    await page.getByRole('option', { name: 'Русский', exact: true }).click();
    await page.getByTestId('languages-section').getByRole('combobox').nth(3).click();
    await page.getByRole('option', { name: 'B2' }).click();
    await page.getByTestId('locale-en').click();
    await page.getByTestId('save-profile').click();
    // Saved on the account: the screen switches to English at once.
    await page.getByRole('heading', { name: 'Language of mail and screens' }).waitFor();
    await screenshot(page, 'my-profile-3-en');

    // Logout and login in a fresh browser (another device): English right after signing in.
    await context.close();
    const other = await newPage(browser, NARROW);
    await other.page.goto('/#/login');
    await other.page.locator('input[name=email]').fill(me.email);
    await other.page.locator('input[name=password]').fill(me.password);
    await other.page.locator('button[type=submit]').click();
    await other.page.getByText(`Welcome back, ${me.fullName}`).waitFor();
    expect(await other.page.evaluate(() => document.documentElement.lang)).toBe('en');
    await other.page.goto('/#/my-profile');
    const languages = other.page.getByTestId('languages-section');
    await languages.getByText('Russian').waitFor();
    await screenshot(other.page, 'my-profile-4-after-login-en');
    await logOut(other.page, 'Logout');
    await other.context.close();

    await runReminderScan();
    const mail = await waitForMail(me.email, /Reminder|reminder/);
    expect(mail.subject).not.toMatch(/[əğış]/);
    expect(mail.text).toMatch(/Dear Fərid Quliyev/);
  }, 120_000);

  it('the demo applicant sees the stage of the application and the next step in the account', async () => {
    const { page, context } = await newPage(browser, PHONE);
    await logIn(page, 'applicant@demo.dost.local');
    await page.goto('/#/my-applications');
    const card = page.getByTestId('my-application').first();
    await card.getByTestId('application-stage').getByText('Müsahibə').waitFor();
    await card.getByText('Müsahibə üçün uyğun vaxtı seçin.').waitFor();
    await card.getByRole('link', { name: 'Müsahibə vaxtı seç' }).waitFor();
    // Dates as the console writes them everywhere: dd.mm.yyyy (HH:mm).
    await card.getByText(/\b\d{2}\.\d{2}\.\d{4}\b/).first().waitFor();
    expect(await card.innerText()).not.toMatch(/\d{4}-\d{2}-\d{2}|\d{4} M\d/);
    await screenshot(page, 'applicant-home-1-az');
    await expectNoSeriousA11yViolations(page, 'my applications (applicant, phone)');
    await context.close();
  }, 60_000);

  it('in English the preferred centers name their region in English; closing the account asks in the console\'s own dialog', async () => {
    const me = await ownVolunteer();
    const { page, context } = await newPage(browser, PHONE);
    await logIn(page, me.email, me.password);
    await page.goto('/#/my-profile');
    await page.getByTestId('language-button').click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Language of mail and screens' }).waitFor();
    const profile = page.getByTestId('my-profile');
    await profile.getByText(/ · Karabakh$/).first().waitFor();
    expect(await profile.innerText()).not.toMatch(/ · (Qarabağ|Bakı)\b/);

    // No browser confirm(): its English buttons and look are the browser's, not the console's.
    const nativeDialogs: string[] = [];
    page.on('dialog', (d) => { nativeDialogs.push(d.message()); void d.dismiss(); });
    await page.getByTestId('close-request').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Are you sure you want your account closed?').waitFor();
    await screenshot(page, 'my-profile-5-close-confirm-en');
    await dialog.getByRole('button', { name: 'I want my account closed' }).click();
    const open = page.getByTestId('closure-section').getByRole('alert');
    await open.waitFor();
    expect(await open.innerText()).toMatch(/\b\d{2}\.\d{2}\.\d{4}\b/);
    expect(nativeDialogs).toEqual([]);
    await context.close();
  }, 90_000);
});
