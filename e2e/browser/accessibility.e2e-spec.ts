import { listMailFiles, readMailFile } from '@dost/notifications';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { describeInBrowser, launchBrowser, newPage, PHONE, screenshot } from '../support/browser';

/**
 * The public pages (no account) against WCAG 2.2 AA with axe-core, in az, en and ru; the language after a reload; the
 * apply form's errors, its error summary and a keyboard-only run (issue 19). Own applicants, nobody else's data.
 */
const base = () => process.env.E2E_BASE_URL as string;
const mailDir = () => path.join(process.env.E2E_DATA_DIR as string, 'mail');

const FIN_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
const randomFin = () => Array.from({ length: 7 }, () => FIN_ALPHABET[Math.floor(Math.random() * FIN_ALPHABET.length)]).join('');
const randomIp = () => `10.91.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

const LANGUAGE = { az: 'Azərbaycanca', en: 'English', ru: 'Русский' } as const;
const LANGUAGE_LABEL = { az: 'Dil', en: 'Language', ru: 'Язык' } as const;
type Lang = keyof typeof LANGUAGE;

interface DemoIntake { id: string; demo: boolean; event: unknown; consentVersion: number; centers: { id: string }[] }

async function demoIntake(): Promise<DemoIntake> {
  const intakes = await request(base()).get('/api/v1/public/intakes').expect(200);
  const intake = (intakes.body as DemoIntake[]).find((i) => i.demo && !i.event);
  if (!intake) throw new Error('the demo intake is missing');
  return intake;
}

/** An application of this test's own, through the public API: its status token and e-mail. */
async function applyOverApi(): Promise<{ statusToken: string; email: string }> {
  const intake = await demoIntake();
  const email = `a11y-${Date.now()}-${Math.floor(Math.random() * 1e6)}@e2e.dost.local`;
  const answer = await request(base()).post(`/api/v1/public/intakes/${intake.id}/applications`).set('X-Forwarded-For', randomIp()).send({
    fullName: 'Səbinə Quliyeva', fin: randomFin(), birthDate: '2000-04-04', phone: '+994 51 222 33 44', email,
    education: { institution: 'Bakı Dövlət Universiteti', faculty: 'Filologiya', year: 2022 }, languages: [{ language: 'en', level: 'B2' }],
    availability: ['sat-am'], centerIds: [intake.centers[0].id], motivation: 'İnsanlara dövlət xidmətlərində kömək etmək istəyirəm.',
    answers: { tshirt: 'm' }, consentVersion: intake.consentVersion, consentAccepted: true, locale: 'az',
  });
  if (answer.status !== 201) throw new Error(`apply: ${answer.status} ${JSON.stringify(answer.body)}`);
  return { statusToken: answer.body.statusToken, email };
}

async function waitForMailText(to: string, subject: RegExp, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await listMailFiles(mailDir())).find((m) => m.to.includes(to) && subject.test(m.subject));
    const mail = found && (await readMailFile(mailDir(), found.id));
    if (mail) return mail.text ?? '';
    if (Date.now() > deadline) throw new Error(`no mail "${subject}" to ${to} within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Picks a language with the public pages' selector — found by its accessible name in the current language. */
async function switchPublicLanguage(page: Page, from: Lang, to: Lang): Promise<void> {
  await page.getByRole('combobox', { name: LANGUAGE_LABEL[from] }).click();
  await page.getByRole('option', { name: LANGUAGE[to] }).click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, to);
}

/** The element that has the keyboard focus, described for assertions. */
const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as HTMLElement | null;
  return {
    testId: el?.dataset.testid ?? el?.closest('[data-testid]')?.getAttribute('data-testid') ?? null, name: el?.getAttribute('name') ?? null, id: el?.id ?? null,
    tag: el?.tagName ?? null, inSummary: !!el?.closest('[data-testid=error-summary]'), inForm: !!el?.closest('form'),
  };
});

describeInBrowser('accessibility of the public pages (Chromium, axe-core, az · en · ru)', () => {
  // Twelve axe runs in three languages on a shared two-core machine.
  jest.setTimeout(240_000);
  let browser: Browser;
  const pages: Page[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  async function open(options?: Parameters<typeof newPage>[1]) {
    const opened = await newPage(browser, options);
    opened.page.setDefaultTimeout(30_000);
    pages.push(opened.page);
    return opened;
  }
  async function onFailure<T>(name: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      for (const [i, page] of pages.entries()) if (!page.isClosed()) await screenshot(page, `a11y-${name}-failure-${i}`).catch(() => undefined);
      throw error;
    }
  }

  it('login page: no serious axe violation in az, en, ru; the typed e-mail survives a language switch; after a reload in English html lang="en" and the button says SIGN IN (not SİGN İN), in Russian lang="ru"', () => onFailure('login', async () => {
    const { page } = await open();
    await page.goto('/#/login');
    await page.locator('input[name=email]').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('az');
    await expectNoSeriousA11yViolations(page, 'login (az)');

    await page.locator('input[name=email]').fill('someone@example.az');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await page.locator('input[name=email]').inputValue()).toBe('someone@example.az');
    await expectNoSeriousA11yViolations(page, 'login (en)');

    await page.reload();
    await page.locator('button[type=submit]').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // Upper-cased by CSS: in an Azerbaijani document Chromium would render the dotted capital İ.
    expect(await page.locator('button[type=submit]').innerText()).toBe('SIGN IN');

    await page.getByRole('button', { name: 'RU', exact: true }).click();
    await page.reload();
    await page.locator('button[type=submit]').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await expectNoSeriousA11yViolations(page, 'login (ru)');
    // Back to Azerbaijani for whoever uses this browser profile next (a fresh context anyway).
    await page.getByRole('button', { name: 'AZ', exact: true }).click();
  }));

  it('intakes list, apply form (with its errors), application status, verification link, certificate check and 404: no serious axe violation in az, en and ru', () => onFailure('pages', async () => {
    const { statusToken } = await applyOverApi();
    const { page } = await open();
    const langs: Lang[] = ['az', 'en', 'ru'];
    await page.goto('/#/apply');
    await page.getByTestId('intake-card').first().waitFor();
    for (const [i, lang] of langs.entries()) {
      if (i > 0) await switchPublicLanguage(page, langs[i - 1], lang);
      await page.goto('/#/apply');
      await page.getByTestId('intake-card').first().waitFor();
      expect(await page.locator('main').count()).toBe(1);
      await expectNoSeriousA11yViolations(page, `intakes (${lang})`);

      await page.getByTestId('intake-card').first().getByRole('link').click();
      await page.getByTestId('submit-application').waitFor();
      await expectNoSeriousA11yViolations(page, `apply form (${lang})`);
      await page.getByTestId('submit-application').click();
      await page.getByTestId('error-summary').waitFor();
      await expectNoSeriousA11yViolations(page, `apply form with errors (${lang})`);

      await page.goto(`/#/application-status?token=${encodeURIComponent(statusToken)}`);
      await page.getByTestId('application-status').waitFor();
      await expectNoSeriousA11yViolations(page, `application status (${lang})`);

      await page.goto('/#/apply/verify?token=not-a-token');
      await page.getByRole('alert').waitFor();
      await expectNoSeriousA11yViolations(page, `verification link, invalid (${lang})`);

      await page.goto('/#/verify/NO-SUCH-CODE');
      await page.locator('[data-testid=verify-status][data-status=notFound]').waitFor();
      await expectNoSeriousA11yViolations(page, `certificate check (${lang})`);
    }

    await page.goto('/#/no-such-page');
    await page.getByTestId('not-found').waitFor();
    // The console's app bar shows react-admin's unnamed loading spinner while it loads (the console's pages, not a
    // public one — issue 19's console part); judged once it is gone.
    await page.locator('.MuiCircularProgress-root').waitFor({ state: 'detached' });
    await expectNoSeriousA11yViolations(page, '404 (ru)');
    await switchPublicLanguage(page, 'ru', 'az').catch(() => undefined);
    const fresh = (await open()).page;
    await fresh.goto('/#/no-such-page');
    await fresh.getByRole('heading', { name: 'Səhifə tapılmadı' }).waitFor();
    await fresh.locator('.MuiCircularProgress-root').waitFor({ state: 'detached' });
    await expectNoSeriousA11yViolations(fresh, '404 (az)');
  }));

  it('apply form on a phone in Russian: the motivation label is whole, required fields are marked, a corrected field loses its red error, the summary lists and links the errors, "clear the form" asks first', () => onFailure('form', async () => {
    const { page } = await open(PHONE);
    await page.goto('/#/apply');
    await page.getByTestId('intake-card').first().waitFor();
    await switchPublicLanguage(page, 'az', 'ru');
    await page.getByTestId('intake-card').first().getByRole('link').click();
    await page.getByTestId('submit-application').waitFor();

    // The Russian motivation label wraps instead of being cut off at 390 px.
    const label = page.locator('label[for=apply-motivation]');
    expect(await label.innerText()).toContain('Почему вы хотите стать волонтёром DOST?');
    expect(await label.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    // Required fields carry the required state (and the asterisk). Education is asked of students only (issue 19):
    // it appears, required, once "Учусь" is chosen, and goes away again for someone who works.
    for (const id of ['apply-fullName', 'apply-fin', 'apply-email', 'apply-motivation']) {
      expect(await page.locator(`#${id}`).evaluate((el) => (el as HTMLInputElement).required)).toBe(true);
    }
    expect(await page.locator('#apply-education-institution').count()).toBe(0);
    await page.getByRole('radio', { name: 'Учусь', exact: true }).check();
    for (const id of ['apply-education-institution', 'apply-education-faculty', 'apply-education-year']) {
      expect(await page.locator(`#${id}`).evaluate((el) => (el as HTMLInputElement).required)).toBe(true);
    }
    await page.getByRole('radio', { name: 'Работаю', exact: true }).check();
    await page.locator('#apply-education-institution').waitFor({ state: 'detached' });
    // The consent text is shown whole: no inner box that scrolls without saying so.
    expect(await page.getByTestId('consent-text').evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);

    await page.getByTestId('submit-application').click();
    const summary = page.getByTestId('form-error');
    await summary.waitFor();
    expect((await focused(page)).testId).toBe('form-error');
    await expect(summary.getByRole('button', { name: /ФИО|Имя/ }).count()).resolves.toBeGreaterThan(0);
    const fullName = page.locator('#apply-fullName');
    expect(await fullName.getAttribute('aria-invalid')).toBe('true');
    await summary.getByRole('button', { name: /ФИО|Имя/ }).first().click();
    expect((await focused(page)).id).toBe('apply-fullName');
    await fullName.fill('Лейла Мамедова');
    expect(await fullName.getAttribute('aria-invalid')).toBe('false');

    // "Clear the form" is far from Submit and asks; cancelling keeps what was typed.
    const submitBox = await page.getByTestId('submit-application').boundingBox();
    const clearBox = await page.getByTestId('clear-form').boundingBox();
    expect(clearBox!.y - (submitBox!.y + submitBox!.height)).toBeGreaterThan(40);
    await page.getByTestId('clear-form').click();
    await page.getByRole('dialog').getByText('Стереть всё, что введено в форму?').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Отмена' }).click();
    expect(await fullName.inputValue()).toBe('Лейла Мамедова');
    await page.getByTestId('clear-form').click();
    await page.getByTestId('confirm-clear').click();
    expect(await fullName.inputValue()).toBe('');
  }));

  it('keyboard only: Tab through the apply form to Submit (Space ticks the consent, Shift+Tab goes back), Enter submits, the error summary takes the focus and its first link leads to the field', () => onFailure('keyboard', async () => {
    const { page } = await open();
    await page.goto('/#/apply');
    await page.getByTestId('intake-card').first().waitFor();
    const href = await page.getByTestId('intake-card').first().getByRole('link').getAttribute('href');
    await page.goto(`/${href}`);
    await page.getByTestId('submit-application').waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

    let ticked = false;
    let reached = false;
    for (let i = 0; i < 150 && !reached; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (f.name === 'fullName') await page.keyboard.type('Kamran Əliyev');
      // The occupation radios: an arrow key chooses (here "İşləyirəm", so no education fields appear).
      if (f.name === 'occupation' && !(await page.locator('#apply-occupation-working').isChecked())) {
        await page.keyboard.press('ArrowDown');
        expect(await page.locator('#apply-occupation-working').isChecked()).toBe(true);
      }
      if (f.name === 'consentAccepted' && !ticked) {
        await page.keyboard.press('Space');
        ticked = true;
        expect(await page.locator('#apply-consentAccepted').isChecked()).toBe(true);
      }
      reached = f.testId === 'submit-application';
    }
    expect(reached).toBe(true);
    expect(ticked).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).name).toBe('consentAccepted');
    await page.keyboard.press('Tab');
    expect((await focused(page)).testId).toBe('submit-application');

    await page.keyboard.press('Enter');
    await page.getByTestId('error-summary').waitFor();
    await page.waitForFunction(() => (document.activeElement as HTMLElement | null)?.dataset.testid === 'form-error');
    // What was typed by keyboard stayed, and its field is not in the summary.
    expect(await page.locator('#apply-fullName').inputValue()).toBe('Kamran Əliyev');
    await expect(page.getByTestId('error-summary').getByText(/Ad, soyad/).count()).resolves.toBe(0);
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first.tag).toBe('BUTTON');
    expect(first.inSummary).toBe(true);
    await page.keyboard.press('Enter');
    // The link's field (an input, a text area or a select's combobox) has the focus now.
    const target = await focused(page);
    expect(target.inSummary).toBe(false);
    expect(target.inForm).toBe(true);
    expect(['INPUT', 'TEXTAREA', 'DIV']).toContain(target.tag);
    await expectNoSeriousA11yViolations(page, 'apply form after a keyboard submit (az)');
  }));

  it('the verification link: the first click says the e-mail is verified, a second click says it already was and opens the application (no dead end)', () => onFailure('verify', async () => {
    const { email } = await applyOverApi();
    const mail = await waitForMailText(email, /təsdiqləyin/);
    const link = /(#\/apply\/verify\?token=[^\s)\]>]+)/.exec(mail)?.[1];
    expect(link).toBeDefined();
    const { page } = await open(PHONE);
    await page.goto(`/${link}`);
    await page.getByTestId('status-notice').getByText('E-poçtunuz təsdiqləndi.', { exact: false }).waitFor();
    await page.getByTestId('application-status').waitFor();
    await expectNoSeriousA11yViolations(page, 'status after verification (az)');
    await page.goto('/#/apply');
    await page.goto(`/${link}`);
    await page.getByTestId('status-notice').getByText('Bu e-poçt artıq təsdiqlənib', { exact: false }).waitFor();
    await page.getByTestId('application-status').waitFor();
  }));
});
