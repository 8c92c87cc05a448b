import { Secret, TOTP } from 'otpauth';
import type { Browser } from 'playwright-core';
import request from 'supertest';
import { PHONE, describeInBrowser, launchBrowser, logIn, newPage, screenshot } from '../support/browser';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { E2E_PASSWORD, freshPassword, startApp, stopApp, type RunningApp } from '../support/running-app';

const base = () => process.env.E2E_BASE_URL as string;

// Two devices and an admin in one story, with argon2id hashing of ten recovery codes: more than a minute on a busy machine.
jest.setTimeout(150_000);

/** The code the phone would show (ahead = the next 30-second step: a code is good once, so the second login takes the next). */
const codeFor = (secret: string, ahead = false) =>
  new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + (ahead ? 30_000 : 0) });

/**
 * Issue 18's "staff can enrol TOTP from the console": a coordinator turns two-step sign-in on under
 * Hesabım → Təhlükəsizlik (QR code, the key as text, the first code, the recovery codes), then signs in again
 * on another device with the code from the app, and signs the first device out from "Sessiyalarım".
 */
describeInBrowser('two-step sign-in: a coordinator enrols in the console and logs in with a code (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('enrols, saves the recovery codes, logs in again with the code, signs the other device out; the admin resets it', async () => {
    // A fresh coordinator (the demo ones stay password-only for the other browser tests).
    const admin = (await request(base()).post('/api/v1/auth/login').send({ email: 'admin@dost.local', password: E2E_PASSWORD }).expect(200)).body.accessToken;
    const centers = await request(base()).get('/api/v1/centers').set('Authorization', `Bearer ${admin}`).expect(200);
    const email = `browser-2fa-${Date.now()}@e2e.dost.local`;
    const password = freshPassword();
    const created = await request(base()).post('/api/v1/users').set('Authorization', `Bearer ${admin}`)
      .send({ fullName: 'Nigar Əliyeva', email, locale: 'az', password, roles: ['coordinator'], centerIds: [centers.body.data[0].id] }).expect(201);

    const first = await newPage(browser);
    await logIn(first.page, email, password);
    await first.page.goto('/#/account');
    await first.page.getByText('İki mərhələli giriş', { exact: true }).waitFor();
    await first.page.getByTestId('two-factor-start').click();
    await first.page.getByRole('img', { name: 'Autentifikator tətbiqi üçün QR kod' }).waitFor();
    const secret = (await first.page.getByTestId('two-factor-secret').innerText()).replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await expectNoSeriousA11yViolations(first.page, 'two-factor enrolment (account)');
    await screenshot(first.page, 'two-factor-1-enrolment');
    await first.page.locator('input[name="code"]').fill(codeFor(secret));
    await first.page.getByRole('button', { name: 'Təsdiqlə və qoş' }).click();

    const codes = first.page.getByTestId('recovery-codes');
    await codes.getByText('bir daha göstərilməyəcək', { exact: false }).waitFor();
    expect(await codes.locator('li').count()).toBe(10);
    await screenshot(first.page, 'two-factor-2-recovery-codes');
    await first.page.getByTestId('recovery-codes-saved').click();
    await first.page.getByTestId('two-factor-on').waitFor();
    await first.page.getByText('İstifadə olunmamış bərpa kodu: 10').waitFor();

    // Another device (a phone): the password is not enough any more; the code from the app is.
    const ANDROID = 'Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
    const second = await newPage(browser, { ...PHONE, userAgent: ANDROID });
    await second.page.goto('/#/login');
    await second.page.locator('input[name=email]').fill(email);
    await second.page.locator('input[name=password]').fill(password);
    await second.page.locator('button[type=submit]').click();
    const step = second.page.getByTestId('login-second-step');
    await step.getByText('6 rəqəmli kodu daxil edin', { exact: false }).waitFor();
    await second.page.locator('input[name="code"]').fill('000000' === codeFor(secret, true) ? '111111' : '000000');
    await second.page.locator('button[type=submit]').click();
    await step.getByText('Kod yanlışdır', { exact: false }).waitFor();
    await expectNoSeriousA11yViolations(second.page, 'login code step with an error');
    await screenshot(second.page, 'two-factor-3-wrong-code');
    await second.page.locator('input[name="code"]').fill(codeFor(secret, true));
    await second.page.locator('button[type=submit]').click();
    await second.page.getByText(/Xoş gördük/).waitFor();

    // Sessiyalarım: both devices; this one signs the first one out.
    await second.page.goto('/#/account');
    const sessions = second.page.getByTestId('sessions-card');
    await sessions.getByText('Sessiyalarım').waitFor();
    await sessions.getByTestId('session-row').nth(1).waitFor();
    expect(await sessions.getByTestId('session-row').count()).toBe(2);
    await sessions.getByTestId('session-row').filter({ hasText: 'Bu cihaz' }).getByText('Chrome · Android').waitFor();
    await screenshot(second.page, 'two-factor-4-sessions');
    await second.page.getByTestId('sessions-revoke-others').click();
    await sessions.getByTestId('session-row').nth(1).waitFor({ state: 'detached' });
    expect(await sessions.getByTestId('session-row').count()).toBe(1);

    // The first device is signed out: its next load lands on the login page.
    await first.page.goto('/#/');
    await first.page.reload();
    await screenshot(first.page, 'two-factor-5-signed-out');
    await first.page.locator('input[name=email]').waitFor();
    await first.context.close();

    // Lost phone: the admin resets it on the user's page; the coordinator's session ends.
    const adminPage = await newPage(browser);
    await logIn(adminPage.page, 'admin@dost.local');
    await adminPage.page.goto(`/#/users/${created.body.id}`);
    await adminPage.page.getByText('2FA qoşulub').waitFor();
    await adminPage.page.getByTestId('reset-two-factor').click();
    await adminPage.page.getByText('İki mərhələli girişi sıfırlamaq?').waitFor();
    await expectNoSeriousA11yViolations(adminPage.page, 'user detail, reset two-factor dialog (admin)');
    await screenshot(adminPage.page, 'two-factor-8-admin-reset');
    await adminPage.page.getByRole('dialog').getByRole('button', { name: 'Təsdiqlə' }).click();
    await adminPage.page.getByText('İki mərhələli giriş sıfırlandı', { exact: false }).waitFor();
    await adminPage.page.getByTestId('reset-two-factor').waitFor({ state: 'detached' });
    await adminPage.context.close();
    await second.page.goto('/#/');
    await second.page.reload();
    await second.page.locator('input[name=email]').waitFor();
    await second.context.close();
  });
});

/** STAFF_2FA=required: an admin without an authenticator sees nothing but the enrolment screen until it is done. */
describeInBrowser('two-step sign-in required: the console shows only enrolment (Chromium)', () => {
  let browser: Browser;
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ STAFF_2FA: 'required', SEED_DEMO: 'false', JOBS_WORKER: 'false' });
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    if (app) await stopApp({ pid: app.process.pid, database: app.database });
  });

  it('the admin lands on the enrolment screen, enrols, and then reaches the console', async () => {
    const { context, page } = await newPage(browser, { baseURL: app.baseUrl, viewport: { width: 1366, height: 900 } });
    await page.goto('/#/login');
    await page.locator('input[name=email]').fill('admin@dost.local');
    await page.locator('input[name=password]').fill(E2E_PASSWORD);
    await page.locator('button[type=submit]').click();
    const screen = page.getByTestId('enrolment-required');
    await screen.getByText('iki mərhələli girişdən istifadə etməlidir', { exact: false }).waitFor();
    // No menu into the data, and a typed address shows the same screen.
    expect(await page.getByRole('menuitem', { name: 'Mərkəzlər' }).count()).toBe(0);
    await page.goto('/#/centers');
    await screen.waitFor();
    await expectNoSeriousA11yViolations(page, 'two-factor required screen (admin)');
    await screenshot(page, 'two-factor-6-required');

    await page.getByTestId('two-factor-start').click();
    const secret = (await page.getByTestId('two-factor-secret').innerText()).replace(/\s/g, '');
    await page.locator('input[name="code"]').fill(codeFor(secret));
    await page.getByRole('button', { name: 'Təsdiqlə və qoş' }).click();
    await page.getByTestId('recovery-codes').waitFor();
    await page.getByTestId('recovery-codes-saved').click();
    // The console opens in full, on the page that was asked for.
    await page.getByRole('menuitem', { name: 'Mərkəzlər' }).waitFor();
    await page.getByTestId('enrolment-required').waitFor({ state: 'detached' });
    await screenshot(page, 'two-factor-7-required-done');
    await page.goto('/#/');
    await page.getByText(/Xoş gördük/).waitFor();
    await context.close();
  });
});
