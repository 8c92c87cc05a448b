import { Client } from 'pg';
import type { Browser } from 'playwright-core';
import request from 'supertest';
import { E2E_PASSWORD } from '../support/running-app';
import { describeInBrowser, launchBrowser, logIn, newPage, PHONE, screenshot } from '../support/browser';
import { expectNoSeriousA11yViolations } from '../support/axe';

const base = () => process.env.E2E_BASE_URL!;
const token = async (email: string, password = E2E_PASSWORD): Promise<string> =>
  (await request(base()).post('/api/v1/auth/login').send({ email, password }).expect(200)).body.accessToken;

/**
 * A second volunteer with a login: the demo volunteers other than the demo account have none, so the admin
 * creates the user over the API and the volunteer record (the demo volunteer's languages and qualifications,
 * home Barda) goes straight into the app's database — recruitment would take a dozen screens.
 */
async function secondVolunteer(): Promise<{ email: string; fullName: string }> {
  const email = `swap-taker-${Date.now()}@e2e.dost.local`;
  const fullName = 'Nigar Səfərova';
  const admin = await token('admin@dost.local');
  const user = await request(base()).post('/api/v1/users').set('Authorization', `Bearer ${admin}`)
    .send({ email, fullName, locale: 'az', password: E2E_PASSWORD, roles: ['volunteer'] }).expect(201);
  const url = new URL(process.env.DATABASE_URL as string);
  url.pathname = `/${process.env.E2E_DATABASE}`;
  const db = new Client({ connectionString: url.toString() });
  await db.connect();
  try {
    const [{ id }] = (await db.query(
      `INSERT INTO volunteers (user_id, full_name, email, locale, status, birth_date, home_center_id, languages, skills, approved_minutes)
       SELECT $1, $2, $3, 'az', 'active', '2000-03-08', home_center_id, languages, skills, approved_minutes FROM volunteers WHERE email = 'volunteer@demo.dost.local'
       RETURNING id`,
      [user.body.id, fullName, email],
    )).rows;
    await db.query(
      `INSERT INTO volunteer_qualifications (volunteer_id, code, valid_until)
       SELECT $1, q.code, q.valid_until FROM volunteer_qualifications q JOIN volunteers v ON v.id = q.volunteer_id WHERE v.email = 'volunteer@demo.dost.local'`,
      [id],
    );
  } finally {
    await db.end();
  }
  return { email, fullName };
}

describeInBrowser('rostering swaps, approvals, non-working days and event set-up in a real browser (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('the demo volunteer offers a Barda shift to the pool; a colleague takes it and waits; the coordinator approves and the shift’s people change', async () => {
    const taker = await secondVolunteer();

    // The demo volunteer (phone) offers an upcoming Barda shift to the pool from My shifts.
    const giver = await newPage(browser, PHONE);
    await logIn(giver.page, 'volunteer@demo.dost.local');
    await giver.page.goto('/#/my-shifts');
    const card = giver.page.getByTestId('shift-card')
      .filter({ hasText: 'Qarabağ Regional DOST Mərkəzi' })
      .filter({ has: giver.page.getByRole('button', { name: 'Dəyişməyə təklif et' }) })
      .first();
    await card.waitFor();
    const shiftId = (await card.getAttribute('data-shift-id'))!;
    await card.getByRole('button', { name: 'Dəyişməyə təklif et' }).click();
    // The dialog asks whom to offer to: the open pool is the default choice; a colleague's picker loads on demand.
    const dialog = giver.page.getByTestId('swap-offer-dialog');
    await dialog.getByRole('radio', { name: 'Həmkara' }).check();
    await dialog.getByRole('radio', { name: 'Hamıya (açıq siyahı)' }).check();
    await screenshot(giver.page, 'rostering-swaps-0-offer-dialog-phone');
    await dialog.getByTestId('swap-offer-submit').click();
    await giver.page.getByText('Növbəniz dəyişmə üçün təklif olundu.').waitFor();
    await dialog.waitFor({ state: 'detached' });
    const offeredCard = giver.page.locator(`[data-testid=shift-card][data-shift-id="${shiftId}"]`);
    await offeredCard.getByRole('button', { name: 'Dəyişməyə təklif et' }).waitFor({ state: 'detached' });
    await offeredCard.getByText('Dəyişmə üçün təklif olunub').waitFor();
    await offeredCard.getByRole('button', { name: 'Təklifi geri götür' }).waitFor();
    await screenshot(giver.page, 'rostering-swaps-1-offered-phone');
    // The giver never sees his own offer among the offers open to him.
    await giver.page.goto('/#/swap-offers');
    await giver.page.getByTestId('swap-offers-empty').waitFor();
    expect(await giver.page.locator(`[data-testid=swap-offer][data-shift-id="${shiftId}"]`).count()).toBe(0);

    // The colleague (phone) finds it under Swap offers, takes it: Barda asks for approval, so it waits.
    const colleague = await newPage(browser, PHONE);
    await logIn(colleague.page, taker.email);
    await colleague.page.goto('/#/swap-offers');
    const offer = colleague.page.locator(`[data-testid=swap-offer][data-shift-id="${shiftId}"]`);
    await offer.waitFor();
    await offer.getByText('Hamıya açıqdır').waitFor();
    await offer.getByText('Koordinatorun təsdiqi lazımdır').waitFor();
    await screenshot(colleague.page, 'rostering-swaps-2-offers-phone');
    await offer.getByTestId('swap-take').click();
    await offer.getByTestId('swap-result').getByText('koordinatorun təsdiqini gözləyir', { exact: false }).waitFor();
    await offer.getByTestId('swap-waiting').waitFor();
    expect(await offer.getByTestId('swap-take').count()).toBe(0);
    await screenshot(colleague.page, 'rostering-swaps-3-waiting-phone');
    await expectNoSeriousA11yViolations(colleague.page, 'swap offers, waiting chip (volunteer, phone)');

    // The coordinator approves under Swap approvals (shift, both names).
    const coordinator = await newPage(browser);
    await logIn(coordinator.page, 'coordinator@demo.dost.local');
    await coordinator.page.getByRole('menuitem', { name: 'Dəyişmə təsdiqləri' }).click();
    const row = coordinator.page.locator(`[data-testid=swap-approval][data-shift-id="${shiftId}"]`);
    await row.waitFor();
    await row.getByText(taker.fullName).waitFor();
    await row.getByText('Qarabağ Regional DOST Mərkəzi').waitFor();
    await screenshot(coordinator.page, 'rostering-swaps-4-approvals');
    await expectNoSeriousA11yViolations(coordinator.page, 'swap approvals (coordinator)');
    const coordinatorToken = await token('coordinator@demo.dost.local');
    const people = async () =>
      ((await request(base()).get(`/api/v1/shifts/${shiftId}`).set('Authorization', `Bearer ${coordinatorToken}`).expect(200)).body.people as { fullName: string; status: string }[])
        .filter((p) => p.status === 'assigned').map((p) => p.fullName);
    const before = await people();
    expect(before).not.toContain(taker.fullName);
    await row.getByTestId('swap-approve').click();
    await coordinator.page.getByText(`növbə artıq ${taker.fullName} adınadır`, { exact: false }).first().waitFor();
    await row.waitFor({ state: 'detached' });
    await screenshot(coordinator.page, 'rostering-swaps-5-approved');
    const after = await people();
    expect(after).toContain(taker.fullName);
    expect(after).toHaveLength(before.length);
    expect(before.filter((n) => !after.includes(n))).toHaveLength(1); // the demo volunteer left

    // The colleague now has it in My shifts; the giver no longer does.
    await colleague.page.goto('/#/my-shifts');
    await colleague.page.locator(`[data-testid=shift-card][data-shift-id="${shiftId}"]`).waitFor();
    await screenshot(colleague.page, 'rostering-swaps-6-my-shifts-phone');
    await giver.page.goto('/#/my-shifts');
    await giver.page.getByTestId('my-shifts').waitFor();
    await giver.page.waitForLoadState('networkidle');
    expect(await giver.page.locator(`[data-testid=shift-card][data-shift-id="${shiftId}"]`).count()).toBe(0);
    await Promise.all([giver.context.close(), colleague.context.close(), coordinator.context.close()]);
  });

  it('the admin adds a non-working day; the organiser opens the event’s positions and policy from the role board', async () => {
    const admin = await newPage(browser);
    await logIn(admin.page, 'admin@dost.local');
    await admin.page.getByRole('menuitem', { name: 'Qeyri-iş günləri' }).click();
    await admin.page.getByTestId('holidays-table').waitFor();
    const year = Number(await admin.page.getByTestId('holidays-year').innerText());
    await admin.page.getByRole('button', { name: 'Növbəti il' }).click();
    await admin.page.getByTestId('holidays-year').getByText(String(year + 1)).waitFor();
    await admin.page.getByTestId('holiday-create').click();
    const form = admin.page.getByTestId('holiday-form');
    const date = `${year + 1}-12-29`;
    await form.locator('input[name=date]').fill(date);
    await form.getByRole('combobox').click();
    await admin.page.getByRole('option', { name: 'Bağlı gün' }).click();
    await form.locator('input[name="name.az"]').fill('Mərkəzdə təmir işləri');
    await form.locator('input[name="name.en"]').fill('Renovation at the center');
    await form.locator('input[name="name.ru"]').fill('Ремонт в центре');
    await screenshot(admin.page, 'rostering-non-working-days-1-form');
    await admin.page.getByTestId('holiday-save').click();
    const added = admin.page.locator(`[data-testid=holiday-row][data-date="${date}"]`);
    await added.getByText('Mərkəzdə təmir işləri').waitFor();
    await added.getByText('Bağlı gün').waitFor();
    await screenshot(admin.page, 'rostering-non-working-days-2-list');
    const adminToken = await token('admin@dost.local');
    const days = (await request(base()).get('/api/v1/non-working-days').query({ from: date, to: date }).set('Authorization', `Bearer ${adminToken}`).expect(200)).body.data;
    expect(days).toEqual([expect.objectContaining({ date, kind: 'closure', source: 'override', name: { az: 'Mərkəzdə təmir işləri', en: 'Renovation at the center', ru: 'Ремонт в центре' } })]);
    await admin.context.close();

    const organizer = await newPage(browser);
    await logIn(organizer.page, 'organizer@demo.dost.local');
    await organizer.page.goto('/#/rostering/role-board');
    await organizer.page.getByTestId('role-board').waitFor();
    await organizer.page.getByTestId('event-setup-link').click();
    await organizer.page.getByTestId('positions-table').getByText('protocol-tr', { exact: true }).waitFor();
    await screenshot(organizer.page, 'rostering-event-setup-positions');
    await organizer.page.getByTestId('event-setup-policy').click();
    await organizer.page.getByText('Tədbirin növbə qaydaları').waitFor();
    await screenshot(organizer.page, 'rostering-event-setup-policy');
    await organizer.context.close();
  });
});
