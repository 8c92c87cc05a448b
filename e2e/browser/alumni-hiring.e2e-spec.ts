import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { E2E_PASSWORD } from '../support/running-app';
import { describeInBrowser, launchBrowser, logIn, newPage, screenshot } from '../support/browser';
import { appDb } from '../support/app-db';
import { expectNoSeriousA11yViolations } from '../support/axe';

const base = () => process.env.E2E_BASE_URL!;
const login = async (email: string) => (await request(base()).post('/api/v1/auth/login').send({ email, password: E2E_PASSWORD }).expect(200)).body.accessToken as string;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/**
 * An alumnus of this spec's own (the spec hires one and withdraws the other's consent — the demo's people stay as
 * they are for the other specs): a login, an alumni profile, English C1, 260 approved hours, the job-pool consent.
 */
async function alumnus(name: string, email: string): Promise<{ volunteerId: string; userId: string }> {
  const admin = await login('admin@dost.local');
  const user = await request(base()).post('/api/v1/users').set(bearer(admin))
    .send({ email, fullName: name, locale: 'az', password: E2E_PASSWORD, roles: ['volunteer'] }).expect(201);
  return appDb(async (db) => {
    const [barda] = (await db.query(`SELECT id FROM centers WHERE code = 'barda'`)).rows;
    const [v] = (await db.query(
      `INSERT INTO volunteers (user_id, full_name, email, locale, status, birth_date, home_center_id, languages, approved_minutes)
       VALUES ($1, $2, $3, 'az', 'alumni', '1999-03-02', $4, $5, $6) RETURNING id`,
      [user.body.id, name, email, barda.id, JSON.stringify([{ language: 'en', level: 'C1' }, { language: 'ru', level: 'B2' }]), 260 * 60],
    )).rows;
    await db.query(
      `INSERT INTO alumni_profiles (volunteer_id, alumni_since, source, reason, region, education_level, availability_kind)
       VALUES ($1, now() - interval '40 days', 'coordinator', 'Proqramı bitirib (e2e)', 'Bərdə', 'bachelor', 'full_time')`, [v.id]);
    await db.query(
      `INSERT INTO job_pool_consents (volunteer_id, consent_version_id, version, locale, given_at)
       SELECT $1, id, version, 'az', now() FROM job_pool_consent_versions ORDER BY version DESC LIMIT 1`, [v.id]);
    return { volunteerId: v.id as string, userId: user.body.id as string };
  });
}

async function switchLanguage(page: Page, from: RegExp, to: string): Promise<void> {
  await page.getByRole('button', { name: from }).click();
  await page.getByRole('menuitem', { name: to }).click();
}

const funnelHired = async (page: Page): Promise<number> => Number(await page.getByTestId('funnel-hired').getAttribute('data-value'));

/**
 * Issue 14's "done when", in the console: HR filters English (≥ B2) alumni with ≥ 200 hours in the talent pool, opens
 * one's evidence pack (page and PDF), adds them to a vacancy, moves them to hired, sees the staff account and the
 * funnel change; an alumnus withdraws the job-pool consent and disappears from the pool. Azerbaijani, with English
 * and Russian checks.
 */
describeInBrowser('alumni to staff: talent pool → evidence pack → vacancy → hired, consent withdrawn (Chromium)', () => {
  let browser: Browser;
  const tag = `e2e${Date.now().toString(36)}`;
  const hireName = `Ləman Qasımova ${tag}`;
  const leaverName = `Orxan Şükürov ${tag}`;
  let vacancyId: string;
  let vacancyTitle: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    await alumnus(hireName, `leman.${tag}@example.az`);
    await alumnus(leaverName, `orxan.${tag}@example.az`);
    const hr = await login('hr@demo.dost.local');
    const [barda] = await appDb(async (db) => (await db.query(`SELECT id FROM centers WHERE code = 'barda'`)).rows);
    const today = new Date(Date.now() + 4 * 3600_000).toISOString().slice(0, 10);
    vacancyTitle = `Könüllülər üzrə koordinator ${tag}`;
    const v = await request(base()).post('/api/v1/vacancies').set(bearer(hr)).send({
      title: vacancyTitle, centerId: barda.id, staffRole: 'coordinator', posts: 1, opensOn: today, openToAlumni: false,
      requirements: { languages: [{ language: 'en', level: 'B2' }], minHours: 200 },
    }).expect(201);
    vacancyId = v.body.id;
  }, 60_000);
  afterAll(() => browser?.close());

  it('HR: pool filter → evidence pack (page, PDF) → add to a vacancy → hired → staff account and funnel; az, en, ru', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'hr@demo.dost.local');

    // HR's home is the pipeline dashboard.
    await page.getByRole('heading', { level: 1, name: 'İşə qəbul paneli' }).waitFor();
    await page.getByTestId('funnel-chart').waitFor();
    const hiredBefore = await funnelHired(page);
    await screenshot(page, 'alumni-hiring-1-dashboard');
    await expectNoSeriousA11yViolations(page, 'hiring dashboard (HR)');

    // ——— the talent pool: English ≥ B2 (in the address, as a saved link carries it), ≥ 200 hours typed in ———
    await page.goto(`/#/talent-pool?languages=en:B2&q=${tag}`);
    await page.getByTestId('filter-minHours').fill('200');
    await page.getByTestId('pool-search').click();
    const row = page.getByTestId('pool-row').filter({ hasText: hireName });
    await row.waitFor();
    // The pool fits a 1400 px screen: the table scrolls inside its box, the page does not get wider.
    await page.setViewportSize({ width: 1400, height: 900 });
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]);
    await screenshot(page, 'alumni-hiring-2-pool');
    await expectNoSeriousA11yViolations(page, 'talent pool (HR)');

    // ——— the evidence pack: the page and its PDF ———
    await row.getByTestId('pool-name').click();
    await page.getByTestId('evidence-name').getByText(hireName).waitFor();
    await expectNoSeriousA11yViolations(page, 'evidence pack (HR)');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('evidence-pdf').click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    await screenshot(page, 'alumni-hiring-3-evidence');

    // ——— back to the pool: add to the vacancy ———
    await page.goBack();
    const again = page.getByTestId('pool-row').filter({ hasText: hireName });
    await again.waitFor();
    await again.getByTestId('add-to-vacancy').click();
    await page.getByTestId('vacancy-option').filter({ hasText: vacancyTitle }).click();
    await page.getByText('Namizəd vakansiyaya əlavə olundu.').waitFor();

    // ——— the vacancy's board: contacted → interview → offer → hired ———
    await page.goto(`/#/vacancies/${vacancyId}/show`);
    await page.getByTestId('vacancy-title').getByText(vacancyTitle).waitFor();
    const card = () => page.locator('[data-testid^="candidate-"]').filter({ hasText: hireName });
    for (const [to, label] of [['contacted', 'Əlaqə saxlanıldı'], ['interview', 'Müsahibəyə'], ['offer', 'Təklif et'], ['hired', 'İşə götür']] as const) {
      await card().getByRole('button', { name: label }).click();
      await page.locator(`[data-testid^="candidate-"][data-stage="${to}"]`).filter({ hasText: hireName }).waitFor();
    }
    await card().getByTestId('staff-account-created').waitFor();
    await screenshot(page, 'alumni-hiring-4-hired');
    await expectNoSeriousA11yViolations(page, 'vacancy board (HR)');

    // The same board in Russian, then back to Azerbaijani.
    await switchLanguage(page, /Azərbaycanca/i, 'Русский');
    await page.getByRole('heading', { level: 2, name: 'Доска кандидатов' }).waitFor();
    await card().getByText('Учётная запись сотрудника создана').waitFor();
    await switchLanguage(page, /Русский/i, 'Azərbaycanca');

    // ——— the funnel changed: one more hire; the dashboard in English too ———
    await page.goto('/#/');
    await page.getByTestId('funnel-chart').waitFor();
    await page.locator(`[data-testid="funnel-hired"][data-value="${hiredBefore + 1}"]`).waitFor();
    await switchLanguage(page, /Azərbaycanca/i, 'English');
    await page.getByRole('heading', { level: 1, name: 'Hiring dashboard' }).waitFor();
    await page.getByTestId('funnel-numbers').getByText('Hired').waitFor();
    await screenshot(page, 'alumni-hiring-5-dashboard-en');
    await switchLanguage(page, /English/i, 'Azərbaycanca');
    await context.close();

    // ——— the staff account in the users list (admins manage accounts) ———
    const admin = await newPage(browser);
    await logIn(admin.page, 'admin@dost.local');
    await admin.page.goto(`/#/users?filter=${encodeURIComponent(JSON.stringify({ q: tag }))}`);
    const userRow = admin.page.locator('tr').filter({ hasText: hireName });
    await userRow.waitFor();
    await userRow.getByText('Koordinator').waitFor();
    await screenshot(admin.page, 'alumni-hiring-6-users');
    await admin.context.close();
  });

  it('an alumnus withdraws the job-pool consent on their own page and is no longer in HR\'s pool', async () => {
    const hr = await login('hr@demo.dost.local');
    const before = await request(base()).get('/api/v1/talent-pool').query({ q: leaverName }).set(bearer(hr)).expect(200);
    expect(before.body.data.map((r: { fullName: string }) => r.fullName)).toContain(leaverName);

    const alum = await newPage(browser);
    await logIn(alum.page, `orxan.${tag}@example.az`);
    await alum.page.goto('/#/career');
    await alum.page.locator('[data-testid="consent-state"][data-given="true"]').waitFor();
    await expectNoSeriousA11yViolations(alum.page, 'career page (alumnus)');
    await alum.page.getByTestId('consent-switch').click();
    await alum.page.locator('[data-testid="consent-state"][data-given="false"]').waitFor();
    await screenshot(alum.page, 'alumni-hiring-7-consent-withdrawn');
    await alum.context.close();

    const staff = await newPage(browser);
    await logIn(staff.page, 'hr@demo.dost.local');
    await staff.page.goto(`/#/talent-pool?q=${encodeURIComponent(leaverName)}`);
    await staff.page.getByTestId('pool-total').waitFor();
    expect(await staff.page.getByTestId('pool-row').filter({ hasText: leaverName }).count()).toBe(0);
    await screenshot(staff.page, 'alumni-hiring-8-pool-without');
    await staff.context.close();
  });
});
