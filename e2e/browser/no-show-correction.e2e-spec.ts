import { Client } from 'pg';
import type { Browser } from 'playwright-core';
import request from 'supertest';
import { E2E_PASSWORD } from '../support/running-app';
import { describeInBrowser, launchBrowser, logIn, newPage, screenshot } from '../support/browser';
import { expectNoSeriousA11yViolations } from '../support/axe';

const base = () => process.env.E2E_BASE_URL!;
const token = async (email: string, password = E2E_PASSWORD): Promise<string> =>
  (await request(base()).post('/api/v1/auth/login').send({ email, password }).expect(200)).body.accessToken;
const BARDA = 'Qarabağ Regional DOST Mərkəzi';
const BLOCKED = 'volunteer05@demo.dost.local';

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

/** Baku's calendar day `days` from today ("YYYY-MM-DD"). */
const bakuDay = (days: number): string => new Date(Date.now() + 4 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A volunteer (home Barda, like the demo's) who "missed" yesterday's 10:00–13:00 shift at Barda: the shift
 * and assignment are made over the API, then moved to yesterday and marked `no_show` in the database (as
 * the job would) — so the test does not depend on the hour or the weekday.
 */
async function missedShift(centerId: string, fullName: string): Promise<{ volunteerId: string; shiftId: string; assignmentId: string; day: string }> {
  const email = `no-show-${Date.now()}-${Math.round(Math.random() * 1e6)}@e2e.dost.local`;
  const admin = await token('admin@dost.local');
  const user = await request(base()).post('/api/v1/users').set('Authorization', `Bearer ${admin}`)
    .send({ email, fullName, locale: 'az', password: E2E_PASSWORD, roles: ['volunteer'] }).expect(201);
  const volunteerId = await db(async (c) => (await c.query(
    `INSERT INTO volunteers (user_id, full_name, email, locale, status, birth_date, home_center_id, languages, skills, approved_minutes, no_show_count)
     SELECT $1, $2, $3, 'az', 'active', '2000-03-08', home_center_id, languages, skills, 0, 1 FROM volunteers WHERE email = 'volunteer@demo.dost.local'
     RETURNING id`,
    [user.body.id, fullName, email],
  )).rows[0].id as string);
  const auth = { Authorization: `Bearer ${await token('coordinator@demo.dost.local')}` };
  const p = await request(base()).post('/api/v1/positions').set(auth).send({
    centerId, code: `desk-${Date.now()}-${Math.round(Math.random() * 1e4)}`, name: { az: 'Qəbul masası', en: 'Front desk', ru: 'Стойка приёма' }, requirements: {}, active: true,
  }).expect(201);
  const start = Date.now() + 2 * 86_400_000;
  const shift = await request(base()).post('/api/v1/shifts').set(auth).send({
    centerId, positionId: p.body.id, startsAt: new Date(start).toISOString(), endsAt: new Date(start + 3 * 3600_000).toISOString(), slots: 3, status: 'published',
  }).expect(201);
  await request(base()).post(`/api/v1/shifts/${shift.body.id}/assignments`).set(auth)
    .send({ volunteerId, overrideReason: 'e2e: no-show correction' }).expect((r) => expect([200, 201]).toContain(r.status));
  const day = bakuDay(-1);
  const assignmentId = await db(async (c) => {
    await c.query(`UPDATE shifts SET starts_at = $2, ends_at = $3 WHERE id = $1`, [shift.body.id, `${day}T10:00:00+04:00`, `${day}T13:00:00+04:00`]);
    return (await c.query(`UPDATE shift_assignments SET status = 'no_show' WHERE shift_id = $1 AND volunteer_id = $2 RETURNING id`, [shift.body.id, volunteerId])).rows[0].id as string;
  });
  return { volunteerId, shiftId: shift.body.id, assignmentId, day };
}

describeInBrowser('no-shows in the console: a coordinator corrects a wrong no-show and lifts a no-show block (Chromium)', () => {
  let browser: Browser;
  let centerId: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    const admin = await token('admin@dost.local');
    const centers = (await request(base()).get('/api/v1/centers').query({ perPage: 100 }).set('Authorization', `Bearer ${admin}`).expect(200)).body.data as { id: string; name: { az: string } }[];
    centerId = centers.find((c) => c.name.az === BARDA)!.id;
  });
  afterAll(async () => {
    await browser?.close();
    // Other suites read the demo as seeded: volunteer05 blocked with three no-shows.
    await db((c) => c.query(`UPDATE volunteers SET signup_blocked = true, no_show_count = 3 WHERE email = $1`, [BLOCKED]));
  });

  it('the coordinator opens yesterday\'s shift on the day sheet, corrects the no-show with a reason and times; the row shows them as attended', async () => {
    const fullName = 'Fərid Gəlmişov';
    const m = await missedShift(centerId, fullName);
    const coordinator = await newPage(browser);
    await logIn(coordinator.page, 'coordinator@demo.dost.local');
    await coordinator.page.goto(`/#/rostering/day-sheet?center=${centerId}&date=${m.day}`);
    const row = coordinator.page.locator(`[data-testid=day-sheet-shift][data-shift-id="${m.shiftId}"]`);
    await row.getByTestId('attendance-open').click();
    const person = coordinator.page.locator(`[data-testid=attendance-person][data-assignment-id="${m.assignmentId}"]`);
    await person.getByText('Gəlməyib').waitFor();
    expect(await person.getAttribute('data-state')).toBe('no_show');

    await person.getByRole('button', { name: 'Gəlməməni düzəlt' }).click();
    const dialog = coordinator.page.getByTestId('no-show-correction');
    await dialog.getByText(`Gəlməməni düzəlt: ${fullName}`).waitFor();
    // The shift's times by default.
    expect(await dialog.getByTestId('correction-in').inputValue()).toBe('10:00');
    expect(await dialog.getByTestId('correction-out').inputValue()).toBe('13:00');
    // No reason: asked for, nothing sent.
    await dialog.getByRole('button', { name: 'Düzəlt', exact: true }).click();
    await dialog.getByText('Səbəbi yazın').waitFor();
    expect((await db((c) => c.query('SELECT status FROM shift_assignments WHERE id = $1', [m.assignmentId]))).rows[0].status).toBe('no_show');

    await dialog.getByTestId('reason').fill('Gəlmişdi, kağız siyahıda imzası var');
    await dialog.getByTestId('correction-in').fill('10:30');
    await expectNoSeriousA11yViolations(coordinator.page, 'no-show correction dialog (coordinator)');
    await screenshot(coordinator.page, 'no-show-1-correction');
    await dialog.getByRole('button', { name: 'Düzəlt', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await coordinator.page.getByText('Düzəldildi: könüllü gəlmiş kimi qeyd olundu').waitFor();
    await person.getByText('Çıxıb').waitFor();
    await person.getByText('giriş 10:30').waitFor();
    await person.getByText('çıxış 13:00').waitFor();
    expect(await person.getAttribute('data-state')).toBe('checked_out');
    expect(await person.getByRole('button', { name: 'Gəlməməni düzəlt' }).count()).toBe(0);
    await screenshot(coordinator.page, 'no-show-2-corrected');

    const after = await db(async (c) => ({
      status: (await c.query('SELECT status FROM shift_assignments WHERE id = $1', [m.assignmentId])).rows[0].status,
      count: (await c.query('SELECT no_show_count FROM volunteers WHERE id = $1', [m.volunteerId])).rows[0].no_show_count,
      audit: (await c.query(`SELECT details FROM audit_log WHERE action = 'assignment.noShowCorrected' AND entity_id = $1`, [m.assignmentId])).rows,
    }));
    expect(after).toMatchObject({ status: 'completed', count: 0 });
    expect(after.audit[0].details).toMatchObject({ reason: 'Gəlmişdi, kağız siyahıda imzası var', minutes: 150 });
    await coordinator.context.close();
  });

  it('the coordinator sees the demo\'s blocked volunteer on "Kim buradadır" with the no-shows and lifts the block with a reason', async () => {
    const blocked = await db(async (c) => (await c.query('SELECT id, full_name FROM volunteers WHERE email = $1', [BLOCKED])).rows[0] as { id: string; full_name: string });
    const coordinator = await newPage(browser);
    await logIn(coordinator.page, 'coordinator@demo.dost.local');
    await coordinator.page.goto(`/#/attendance/now?center=${centerId}`);
    const card = coordinator.page.getByTestId('blocked');
    await card.getByText('Gəlmədiyi üçün bloklananlar').waitFor();
    const person = card.locator(`[data-testid=blocked-person][data-volunteer-id="${blocked.id}"]`);
    await person.getByText(blocked.full_name).waitFor();
    await person.getByText('Gəlməmə sayı: 3').waitFor();
    expect(await person.getByTestId('blocked-no-show').count()).toBeGreaterThanOrEqual(1);
    await expectNoSeriousA11yViolations(coordinator.page, 'who is in now with blocked volunteers (coordinator)');
    await screenshot(coordinator.page, 'no-show-3-blocked');

    await person.getByRole('button', { name: 'Bloku götür' }).click();
    const dialog = coordinator.page.getByTestId('lift-block');
    await dialog.getByText(`Bloku götür: ${blocked.full_name}`).waitFor();
    await dialog.getByTestId('lift-confirm').click();
    await dialog.getByText('Səbəbi yazın').waitFor();
    await dialog.getByTestId('reason').fill('Xəstə idi, arayış gətirdi');
    await dialog.getByTestId('lift-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await coordinator.page.getByText('Blok götürüldü, könüllüyə məktub göndərildi').waitFor();
    await person.waitFor({ state: 'detached' });
    await screenshot(coordinator.page, 'no-show-4-lifted');

    const v = await db(async (c) => (await c.query('SELECT signup_blocked, no_show_count FROM volunteers WHERE id = $1', [blocked.id])).rows[0]);
    expect(v).toEqual({ signup_blocked: false, no_show_count: 0 });
    await coordinator.context.close();
  });
});
