import { Client } from 'pg';
import type { Browser } from 'playwright-core';
import request from 'supertest';
import { E2E_PASSWORD } from '../support/running-app';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { describeInBrowser, launchBrowser, logIn, newPage, PHONE, screenshot } from '../support/browser';

const base = () => process.env.E2E_BASE_URL!;
const login = async (email: string, password = E2E_PASSWORD) => (await request(base()).post('/api/v1/auth/login').send({ email, password }).expect(200)).body;

/** A Baku calendar date `days` before today (the manual entry rule is relative to today; no fixed date). */
const bakuDaysAgo = (days: number): string => new Date(Date.now() + 4 * 3_600_000 - days * 86_400_000).toISOString().slice(0, 10);

/**
 * A fresh volunteer with a login and no hours, at the demo coordinator's first center: the demo volunteers
 * carry seeded hours, and a total that starts at zero makes "the new total" exact. The admin creates the
 * user over the API; the volunteer record goes straight into the app's database (recruitment would take a
 * dozen screens).
 */
async function freshVolunteer(centerId: string): Promise<{ email: string; fullName: string }> {
  const email = `hours-${Date.now()}@e2e.dost.local`;
  const fullName = 'Səbinə Rzayeva';
  const admin = (await login('admin@dost.local')).accessToken;
  const user = await request(base()).post('/api/v1/users').set('Authorization', `Bearer ${admin}`)
    .send({ email, fullName, locale: 'az', password: E2E_PASSWORD, roles: ['volunteer'] }).expect(201);
  const url = new URL(process.env.DATABASE_URL as string);
  url.pathname = `/${process.env.E2E_DATABASE}`;
  const db = new Client({ connectionString: url.toString() });
  await db.connect();
  try {
    await db.query(
      `INSERT INTO volunteers (user_id, full_name, email, locale, status, birth_date, home_center_id, languages, skills, approved_minutes)
       VALUES ($1, $2, $3, 'az', 'active', '2001-05-14', $4, '[]', '{}', 0)`,
      [user.body.id, fullName, email, centerId],
    );
  } finally {
    await db.end();
  }
  return { email, fullName };
}

describeInBrowser('hours: the coordinator approves, the volunteer sees the new total and the chart (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('a pending manual entry is approved in the queue; My hours (390 px) shows 2 saat 30 dəq and a bar chart', async () => {
    const coordinator = await login('coordinator@demo.dost.local');
    const centerId: string = coordinator.user.centerIds[0];
    const v = await freshVolunteer(centerId);

    // The volunteer's manual entry, through the API: pending, at the home center.
    const vt = (await login(v.email)).accessToken;
    const entry = await request(base()).post('/api/v1/me/hour-entries').set('Authorization', `Bearer ${vt}`)
      .send({ category: 'training', workDate: bakuDaysAgo(1), minutes: 150, note: 'İlk yardım təlimi, sertifikat №17' }).expect(201);
    expect(entry.body.status).toBe('pending');
    const second = await request(base()).post('/api/v1/me/hour-entries').set('Authorization', `Bearer ${vt}`)
      .send({ category: 'remote', workDate: bakuDaysAgo(2), minutes: 120, note: 'Sorğu anketlərini daxil etdim' }).expect(201);

    // The coordinator finds it in the approval queue (the menu shows the pending count) and approves it.
    const staff = await newPage(browser);
    await logIn(staff.page, 'coordinator@demo.dost.local');
    const badge = staff.page.getByTestId('pending-hours-badge');
    await badge.waitFor();
    await staff.page.waitForFunction(() => Number(document.querySelector('[data-testid=pending-hours-badge]')?.getAttribute('data-count')) > 0);
    await staff.page.getByRole('menuitem', { name: /Saat təsdiqləri/ }).click();
    await staff.page.getByTestId('hour-approvals').waitFor();
    await staff.page.getByPlaceholder('Könüllü axtar').fill(v.fullName);
    const row = staff.page.locator('tr', { has: staff.page.getByText(v.fullName) }).filter({ hasText: 'Təlim' });
    await row.waitFor();
    await row.getByText('2 saat 30 dəq').waitFor();
    await row.getByText('Təsdiq gözləyir').waitFor();
    await expectNoSeriousA11yViolations(staff.page, 'hour approvals (coordinator)');
    await row.locator('input[type=checkbox]').check();
    await screenshot(staff.page, 'hours-0-queue');
    await staff.page.getByTestId('bulk-approve').click();
    await staff.page.getByText('1 qeyd təsdiqləndi.').waitFor();
    // The queue shows pending entries: the approved one leaves it.
    await row.waitFor({ state: 'detached' });

    // The date filter is typed dd.mm.yyyy (the browser's own date input wrote MM/DD/YYYY in English Chromium):
    // from yesterday on, the entry of two days ago leaves the queue; from two days ago it is back.
    const remote = staff.page.locator('tr', { has: staff.page.getByText('Məsafədən iş') }).filter({ hasText: v.fullName });
    await remote.waitFor();
    await staff.page.getByRole('button', { name: 'Filtr əlavə et' }).click();
    await staff.page.getByRole('menu').getByText('Bu tarixdən', { exact: true }).click();
    const from = staff.page.locator('input[name=from]');
    await from.fill(bakuDaysAgo(1).split('-').reverse().join('.'));
    await staff.page.waitForFunction((iso) => decodeURIComponent(location.hash).includes(`"from":"${iso}"`), bakuDaysAgo(1));
    await remote.waitFor({ state: 'detached' });
    await from.fill(bakuDaysAgo(2).split('-').reverse().join('.'));
    await remote.waitFor();

    // The other entry: opened from the queue, corrected (reason required), then rejected with a reason.
    await staff.page.locator('tr', { has: staff.page.getByText('Məsafədən iş') }).filter({ hasText: v.fullName }).click();
    const detail = staff.page.getByTestId('hour-entry-detail');
    await detail.getByText('Sorğu anketlərini daxil etdim').waitFor();
    await detail.getByTestId('entry-correct').click();
    await staff.page.locator('input[name=minutes]').fill('90');
    await staff.page.getByTestId('correct-save').click();
    await staff.page.getByText('Bu sahə mütləqdir.').waitFor();
    await staff.page.locator('textarea[name=reason]').fill('Anketlərin yarısı başqa gün daxil edilib');
    await staff.page.getByTestId('correct-save').click();
    await detail.getByTestId('entry-minutes').getByText('1 saat 30 dəq').waitFor();
    await detail.getByTestId('entry-history').locator('tr[data-action=corrected]').getByText('Anketlərin yarısı başqa gün daxil edilib').waitFor();
    await detail.getByTestId('entry-reject').click();
    await staff.page.getByTestId('reject-confirm').click();
    await staff.page.getByText('Səbəbi yazın — könüllü onu görəcək.').waitFor();
    await staff.page.locator('textarea[name=reason]').fill('Bu iş üçün sübut göstərilməyib');
    await staff.page.getByTestId('reject-confirm').click();
    await detail.locator('[data-status=rejected]').waitFor();
    await expectNoSeriousA11yViolations(staff.page, 'hour entry detail (coordinator)');
    await screenshot(staff.page, 'hours-0b-entry-detail');
    expect(second.body.id).toBeTruthy();
    await staff.context.close();

    // The volunteer opens My hours on a phone: the new total, the milestone progress and the chart's bars.
    const phone = await newPage(browser, PHONE);
    await logIn(phone.page, v.email);
    await phone.page.goto('/#/my-hours');
    await phone.page.getByTestId('hours-total').getByText('2 saat 30 dəq').waitFor();
    await phone.page.getByTestId('hours-pending').getByText('0 dəq').waitFor();
    await phone.page.getByTestId('milestone-progress').getByText('2 / 50 saat').waitFor();
    const chart = phone.page.getByTestId('hours-chart');
    await chart.locator('svg').first().waitFor();
    // One bar per month of the last 12; the month of the entry is the only one with height.
    await phone.page.waitForFunction(() => {
      const rects = [...document.querySelectorAll('[data-testid=hours-chart] svg rect')].filter((r) => r.getAttribute('class')?.includes('Bar') || r.closest('[class*=BarPlot], [class*=MuiBar]'));
      return rects.some((r) => Number(r.getAttribute('height')) > 0);
    });
    await phone.page.getByTestId('hours-by-place').waitFor();
    await expectNoSeriousA11yViolations(phone.page, 'my hours (volunteer, phone)');
    await phone.page.getByTestId('entries-tab-approved').click();
    await phone.page.getByTestId('my-hour-entry').filter({ hasText: 'İlk yardım təlimi' }).getByText('Təsdiqlənib').waitFor();
    await phone.page.getByTestId('entries-tab-rejected').click();
    await phone.page.getByTestId('rejection-reason').getByText(/Bu iş üçün sübut göstərilməyib/).waitFor();
    // Nothing on the page is wider than the phone.
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(phone.page, 'hours-1-my-hours-phone');
    await phone.context.close();

    // The coordinator on a 390 px phone: the queue is a list of cards with checkboxes, nothing wider than the screen.
    await request(base()).post('/api/v1/me/hour-entries').set('Authorization', `Bearer ${vt}`)
      .send({ category: 'event_preparation', workDate: bakuDaysAgo(3), minutes: 45, note: 'Tədbir üçün zalı hazırladım' }).expect(201);
    const mobile = await newPage(browser, PHONE);
    await logIn(mobile.page, 'coordinator@demo.dost.local');
    await mobile.page.goto('/#/hour-entries');
    await mobile.page.getByPlaceholder('Könüllü axtar').fill(v.fullName);
    const card = mobile.page.getByTestId('hour-entry-card').filter({ hasText: v.fullName });
    await card.getByText('45 dəq').waitFor();
    await mobile.page.waitForFunction(() => document.querySelectorAll('[data-testid=hour-entry-card]').length === 1);
    expect(await mobile.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await card.locator('input[type=checkbox]').check();
    await screenshot(mobile.page, 'hours-2-queue-phone');
    await mobile.page.getByTestId('bulk-approve').click();
    await mobile.page.getByText('1 qeyd təsdiqləndi.').waitFor();
    await card.waitFor({ state: 'detached' });
    await mobile.context.close();
  });
});
