import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { E2E_PASSWORD } from '../support/running-app';
import { describeInBrowser, launchBrowser, logIn, newPage, PHONE, screenshot } from '../support/browser';
import { appDb } from '../support/app-db';
import { expectNoSeriousA11yViolations } from '../support/axe';

const base = () => process.env.E2E_BASE_URL!;
const login = async (email: string, password = E2E_PASSWORD) => (await request(base()).post('/api/v1/auth/login').send({ email, password }).expect(200)).body;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** Baku wall time on a date → ISO instant (Baku is UTC+4, no daylight saving). */
const bakuIso = (date: string, time: string) => `${date}T${time}:00+04:00`;
const bakuDate = (ms: number) => new Date(ms + 4 * 3_600_000).toISOString().slice(0, 10);
const mondayOf = (date: string) => {
  const d = new Date(`${date}T12:00:00Z`);
  return new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
};

/**
 * This test's own data (it grants, cancels and writes): a Russian speaker (B2) at the coordinator's center
 * without protocol training, and a protocol shift there in two days that needs Russian B2 and protocol training.
 */
async function setUp(coordinatorToken: string) {
  const centers = await request(base()).get('/api/v1/centers').query({ perPage: 100 }).set(bearer(coordinatorToken)).expect(200);
  const center = centers.body.data.find((c: { code: string }) => c.code === 'barda') ?? centers.body.data[0];
  const tag = Date.now().toString(36);
  const fullName = `Könül Rusdilli ${tag}`;
  const [volunteer] = await appDb(async (db) => (await db.query<{ id: string }>(
    `INSERT INTO volunteers (full_name, email, locale, status, birth_date, home_center_id, languages, skills)
     VALUES ($1, $2, 'az', 'active', '1999-03-21', $3, $4::jsonb, '[]') RETURNING id`,
    [fullName, `people-${tag}@e2e.dost.local`, center.id, JSON.stringify([{ language: 'az', level: 'C2' }, { language: 'ru', level: 'B2' }])],
  )).rows);
  const position = await request(base()).post('/api/v1/positions').set(bearer(coordinatorToken)).send({
    centerId: center.id, code: `protocol-ru-${tag}`,
    name: { az: `Protokol (rus dili) ${tag}`, en: `Protocol (Russian) ${tag}`, ru: `Протокол (русский) ${tag}` },
    requirements: { languages: [{ language: 'ru', minLevel: 'B2' }], qualifications: ['protocol-training'] },
  }).expect(201);
  const day = bakuDate(Date.now() + 2 * 86_400_000);
  const shift = await request(base()).post('/api/v1/shifts').set(bearer(coordinatorToken)).send({
    centerId: center.id, positionId: position.body.id, startsAt: bakuIso(day, '10:00'), endsAt: bakuIso(day, '14:00'), slots: 2, status: 'published',
  }).expect(201);
  return { center, volunteerId: volunteer.id, fullName, shiftId: shift.body.id as string, day };
}

/** Polls `check` until it holds (the list re-renders after each filter). */
async function until(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Picks an option of a MUI select named by its label. */
async function choose(page: Page, label: string | RegExp, option: string | RegExp): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

describeInBrowser('people: the coordinator finds a Russian speaker, grants protocol training, sees them eligible, cancels a shift (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('Könüllülər → ru ≥ B2 → profile → Protokol təlimi → eligible on the protocol shift → shift cancelled with a reason; labels in en and ru', async () => {
    const coordinator = await login('coordinator@demo.dost.local');
    const w = await setUp(coordinator.accessToken);
    const { context, page } = await newPage(browser);
    await logIn(page, 'coordinator@demo.dost.local');

    // ——— the directory: Russian at least B2, then the name ———
    await page.getByRole('menuitem', { name: 'Könüllülər', exact: true }).click();
    await page.getByTestId('volunteer-list').waitFor();
    await choose(page, 'Dil', 'Rus dili');
    await page.waitForURL(/language/);
    await choose(page, 'Minimal səviyyə', 'B2');
    await page.waitForURL(/minLevel/);
    // Everyone listed speaks Russian at B2 or above (the chips say so) once the filtered page has arrived.
    const listed = () => page.getByTestId('volunteer-list').locator('tbody tr').allInnerTexts();
    await until(async () => {
      const rows = await listed();
      return rows.length > 0 && rows.every((r) => /RU (B2|C1|C2)/.test(r));
    });
    await page.locator('input[name=q]').fill(w.fullName);
    await page.getByTestId('volunteer-name').filter({ hasText: w.fullName }).waitFor();
    await screenshot(page, 'people-1-directory-ru-b2');
    await expectNoSeriousA11yViolations(page, 'volunteer list (coordinator)');
    await page.getByTestId('volunteer-name').filter({ hasText: w.fullName }).click();

    // ——— the profile: contact, languages, no protocol training yet ———
    await page.getByTestId('profile-name').filter({ hasText: w.fullName }).waitFor();
    await page.getByTestId('profile-languages').getByText('RU B2').waitFor();
    await page.getByTestId('profile-hours-approved').waitFor();
    await expectNoSeriousA11yViolations(page, 'volunteer profile (coordinator)');
    expect(await page.locator('[data-testid=held-qualification][data-code=protocol-training]').count()).toBe(0);

    // ——— grant "Protokol təlimi" ———
    await page.getByTestId('grant-qualification').click();
    const dialog = page.getByTestId('grant-qualification-dialog');
    await dialog.getByRole('combobox').first().click();
    await page.getByRole('option', { name: 'Protokol təlimi' }).click();
    await dialog.getByTestId('grant-submit').click();
    await page.locator('[data-testid=held-qualification][data-code=protocol-training]').waitFor();

    // ——— a staff note ———
    await page.locator('textarea[name=note]').fill('Protokol təlimini bitirdi, rus dilində nümayəndə heyətləri üçün uyğundur.');
    await page.getByTestId('note-add').click();
    await page.getByTestId('profile-note').filter({ hasText: 'Protokol təlimini bitirdi' }).waitFor();
    await screenshot(page, 'people-2-profile-granted');

    // ——— pause with a reason (required), then reactivate: both in the history ———
    await page.getByTestId('action-paused').click();
    await page.getByTestId('status-confirm').click();
    await page.getByTestId('status-dialog').getByText('Səbəbi yazın.').waitFor();
    await page.getByTestId('status-dialog').locator('textarea[name=reason]').fill('İki həftəlik imtahan sessiyası');
    await page.getByTestId('status-confirm').click();
    await page.getByTestId('profile-history').getByText('Aktiv → Fasilədə').waitFor();
    await page.getByTestId('profile-history').getByText(/İki həftəlik imtahan sessiyası/).waitFor();
    await page.getByTestId('action-active').click();
    await page.getByTestId('status-confirm').click();
    await page.getByTestId('profile-history').getByText('Fasilədə → Aktiv').waitFor();

    // ——— eligible for the protocol shift: the week view's candidate list ———
    await page.goto(`/#/rostering/week?center=${w.center.id}&start=${mondayOf(w.day)}`);
    await page.locator(`[data-testid=week-shift][data-shift-id="${w.shiftId}"]`).click();
    const candidate = page.getByTestId('candidate').filter({ hasText: w.fullName });
    await candidate.waitFor({ timeout: 30_000 });
    expect(await candidate.getAttribute('data-eligible')).toBe('true');
    await screenshot(page, 'people-3-eligible');

    // ——— cancel the shift with a reason ———
    await page.getByTestId('shift-edit').locator('.MuiAccordionSummary-root').click();
    await page.getByTestId('shift-cancel-reason').fill('Nümayəndə heyətinin səfəri təxirə salındı');
    await page.getByTestId('shift-cancel').click();
    await page.getByTestId('shift-cancelled').waitFor();
    const shift = await request(base()).get(`/api/v1/shifts/${w.shiftId}`).set(bearer(coordinator.accessToken)).expect(200);
    expect(shift.body.status).toBe('cancelled');
    await screenshot(page, 'people-4-shift-cancelled');

    // ——— the profile's labels in English and Russian, then back to Azerbaijani ———
    await page.goto(`/#/volunteers/${w.volunteerId}/show`);
    await page.getByTestId('profile-name').waitFor();
    await page.getByRole('button', { name: /Azərbaycanca/i }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Staff notes' }).waitFor();
    await page.getByRole('heading', { name: 'Status history' }).waitFor();
    await page.getByRole('menuitem', { name: 'Volunteers', exact: true }).waitFor();
    await page.getByRole('button', { name: /English/i }).click();
    await page.getByRole('menuitem', { name: 'Русский' }).click();
    await page.getByRole('heading', { name: 'Заметки сотрудников' }).waitFor();
    await page.getByRole('menuitem', { name: 'Волонтёры', exact: true }).waitFor();
    await page.getByRole('button', { name: /Русский/i }).click();
    await page.getByRole('menuitem', { name: 'Azərbaycanca' }).click();
    await page.getByRole('heading', { name: 'Əməkdaş qeydləri' }).waitFor();
    await context.close();

    // ——— the same profile on a phone ———
    const phone = await newPage(browser, PHONE);
    await logIn(phone.page, 'coordinator@demo.dost.local');
    await phone.page.goto(`/#/volunteers/${w.volunteerId}/show`);
    await phone.page.getByTestId('profile-name').waitFor();
    await phone.page.getByTestId('profile-notes').waitFor();
    await screenshot(phone.page, 'people-5-profile-phone');
    await phone.context.close();
  }, 180_000);
});
