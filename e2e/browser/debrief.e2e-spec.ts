import { addDays, bakuDateOf, bakuInstant } from '@dost/domain';
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { E2E_PASSWORD } from '../support/running-app';
import { describeInBrowser, launchBrowser, logIn, newPage, screenshot } from '../support/browser';
import { appDb } from '../support/app-db';
import { expectNoSeriousA11yViolations } from '../support/axe';

const base = () => process.env.E2E_BASE_URL!;
const login = async (email: string, password = E2E_PASSWORD) => (await request(base()).post('/api/v1/auth/login').send({ email, password }).expect(200)).body;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const FIN_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
const randomFin = () => Array.from({ length: 7 }, () => FIN_ALPHABET[Math.floor(Math.random() * FIN_ALPHABET.length)]).join('');

/** An organiser of its own for the given event (the demo's events are left alone). */
async function organiserOf(eventId: string, tag: string): Promise<string> {
  const admin = (await login('admin@dost.local')).accessToken;
  const email = `debrief-organizer-${tag}@e2e.dost.local`;
  await request(base()).post('/api/v1/users').set(bearer(admin))
    .send({ email, fullName: 'Yekun Təşkilatçısı', locale: 'az', password: E2E_PASSWORD, roles: ['organizer'], eventIds: [eventId] }).expect(201);
  return email;
}

/**
 * A past event of its own: two roles, four volunteers (one missed the shift), approved hours, and three answers to its
 * feedback form — one anonymous with a comment, one named with a comment, one without.
 */
async function pastEvent(tag: string): Promise<string> {
  return appDb(async (db) => {
    const one = async (sql: string, params: unknown[]) => (await db.query(sql, params)).rows[0] as { id: string };
    const event = await one(
      `INSERT INTO events (name_az, name_en, name_ru, venue, starts_at, ends_at, status) VALUES ($1, $2, $3, 'Gülüstan sarayı', '2025-09-20T05:00:00Z', '2025-09-20T14:00:00Z', 'completed') RETURNING id`,
      [`Yekun sammiti ${tag}`, `Debrief summit ${tag}`, `Саммит итогов ${tag}`]);
    const position = (code: string, az: string, en: string, ru: string) =>
      one(`INSERT INTO positions (event_id, code, name_az, name_en, name_ru) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [event.id, `${code}-${tag}`, az, en, ru]);
    const protocol = await position('protocol', 'Protokol', 'Protocol', 'Протокол');
    const desk = await position('registration', 'Qeydiyyat masası', 'Registration desk', 'Регистрация');
    const shift = (p: string) => one(`INSERT INTO shifts (event_id, position_id, starts_at, ends_at, slots) VALUES ($1, $2, '2025-09-20T05:00:00Z', '2025-09-20T09:00:00Z', 3) RETURNING id`, [event.id, p]);
    const s1 = await shift(protocol.id);
    const s2 = await shift(desk.id);
    const names = ['Nərmin Əliyeva', 'Orxan Quliyev', 'Günay Məmmədova', 'Tural Hüseynov'];
    const vols: string[] = [];
    for (const [i, n] of names.entries()) vols.push((await one(`INSERT INTO volunteers (full_name, email, status) VALUES ($1, $2, 'active') RETURNING id`, [n, `debrief-${tag}-${i}@e2e.dost.local`])).id);
    const assign = (s: string, v: string, status: string) => db.query(`INSERT INTO shift_assignments (shift_id, volunteer_id, status, source) VALUES ($1, $2, $3, 'coordinator')`, [s, v, status]);
    await assign(s1.id, vols[0], 'completed');
    await assign(s1.id, vols[1], 'completed');
    await assign(s2.id, vols[2], 'completed');
    await assign(s2.id, vols[3], 'no_show');
    const hours = (v: string, p: string, minutes: number) => db.query(
      `INSERT INTO hour_entries (volunteer_id, source, position_id, event_id, work_date, minutes, original_minutes, category, status, created_by)
       VALUES ($1, 'manual', $2, $3, '2025-09-20', $4, $4, 'other', 'approved', $1)`, [v, p, event.id, minutes]);
    await hours(vols[0], protocol.id, 240);
    await hours(vols[1], protocol.id, 240);
    await hours(vols[2], desk.id, 210);
    // Written straight into the ledger, so its monthly roll-up is kept here as the ledger service would (other specs
    // check that the roll-up equals the ledger).
    for (const [v, minutes] of [[vols[0], 240], [vols[1], 240], [vols[2], 210]] as const) {
      await db.query(`INSERT INTO monthly_hours (month, owner_id, volunteer_id, owner_kind, approved_minutes) VALUES ('2025-09-01', $1, $2, 'event', $3)`, [event.id, v, minutes]);
    }
    const answer = async (v: string, anonymous: boolean, scores: number[], comment: string | null) => {
      await db.query(`INSERT INTO event_feedback_responses (event_id, volunteer_id) VALUES ($1, $2)`, [event.id, v]);
      await db.query(`INSERT INTO event_feedback (event_id, volunteer_id, anonymous, organisation, briefing, role_clarity, again, comment, submitted_on)
                      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, '2025-09-21')`, [event.id, anonymous ? null : v, anonymous, ...scores, comment]);
    };
    await answer(vols[0], true, [5, 4, 4, 5], 'Brifinq qısa, amma aydın idi.');
    await answer(vols[1], false, [4, 3, 5, 5], 'Qeydiyyatda növbə uzun idi.');
    await answer(vols[2], false, [5, 5, 4, 4], null);
    return event.id;
  });
}

describeInBrowser('debrief and event intake in a real browser (Chromium, Azerbaijani)', () => {
  let browser: Browser;
  const pages: Page[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  async function open() {
    const opened = await newPage(browser);
    opened.page.setDefaultTimeout(30_000);
    pages.push(opened.page);
    return opened.page;
  }

  async function onFailure<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      for (const [i, page] of pages.entries()) if (!page.isClosed()) await screenshot(page, `debrief-failure-${i}`).catch(() => undefined);
      throw error;
    }
  }

  it("the organiser reads the debrief charts: response rate, ratings, hours and no-shows per role, comments (the anonymous one unnamed)", () => onFailure(async () => {
    const tag = Math.random().toString(36).slice(2, 8);
    const eventId = await pastEvent(tag);
    const page = await open();
    await logIn(page, await organiserOf(eventId, tag));
    await page.goto(`/#/events/${eventId}/debrief`);
    await page.getByTestId('debrief-page').getByRole('heading', { name: `Yekun: Yekun sammiti ${tag}` }).waitFor();
    // 3 of the 3 who served answered (the one who missed the shift is not invited).
    await page.getByTestId('response-rate').getByText('3 / 3 könüllü (100%)').waitFor();
    await page.getByTestId('approved-hours').getByText('11,5').waitFor();
    expect(await page.getByTestId('no-shows').textContent()).toBe('1');
    // Charts drawn (MUI X Charts: an svg with one bar per score and question).
    expect(await page.getByTestId('ratings-chart').locator('svg rect').count()).toBeGreaterThan(4);
    await page.getByTestId('ratings-chart').getByText('Rolun aydınlığı').first().waitFor();
    await page.getByTestId('average-organisation').getByText('Təşkilat — orta: 4,7').waitFor();
    expect(await page.getByTestId('roles-chart').locator('svg').count()).toBeGreaterThan(0);
    const protocolRow = page.getByTestId('role-row').filter({ hasText: 'Protokol' });
    await protocolRow.getByText('8').first().waitFor();
    const deskRow = page.getByTestId('role-row').filter({ hasText: 'Qeydiyyat masası' });
    expect(await deskRow.locator('td').allTextContents()).toEqual(['Qeydiyyat masası', '3,5', '1', '1']);
    const anonymous = page.getByTestId('comment').filter({ hasText: 'Brifinq qısa, amma aydın idi.' });
    await anonymous.getByText(/^Adsız/).waitFor();
    expect(await anonymous.textContent()).not.toContain('Nərmin');
    await page.getByTestId('comment').filter({ hasText: 'Qeydiyyatda növbə uzun idi.' }).getByText(/Orxan Quliyev/).waitFor();
    await page.getByText('Bu tədbir üçün sertifikat növü yoxdur', { exact: false }).waitFor();
    await screenshot(page, 'debrief-1-charts');
    await expectNoSeriousA11yViolations(page, 'event debrief (organiser)');
  }), 240_000);

  it('the organiser opens the event intake with a question; the public form shows the event and its days; the application records them; closed, the link says so', () => onFailure(async () => {
    const tag = Math.random().toString(36).slice(2, 8);
    // Two days, 60 days from today (Baku): 09:00 on the first to 18:00 on the second.
    const first = addDays(bakuDateOf(Date.now()), 60);
    const second = addDays(first, 1);
    const dmy = (d: string) => d.split('-').reverse().join('.');
    const eventId = await appDb(async (db) => {
      const [event] = (await db.query(
        `INSERT INTO events (name_az, name_en, name_ru, venue, starts_at, ends_at, status) VALUES ($1, $2, $3, 'Bakı Konqres Mərkəzi', $4, $5, 'published') RETURNING id`,
        [`Forum ${tag} 2026`, `Forum ${tag} 2026`, `Форум ${tag} 2026`, bakuInstant(first, '09:00'), bakuInstant(second, '18:00')])).rows;
      await db.query(`INSERT INTO event_staffing_areas (event_id, regions, center_ids)
                      SELECT $1, '[]'::jsonb, jsonb_build_array(id::text) FROM centers WHERE name_az LIKE 'Qarabağ Regional DOST Mərkəzi%' LIMIT 1`, [event.id]);
      return event.id as string;
    });
    const organiser = await open();
    await logIn(organiser, await organiserOf(eventId, tag));
    await organiser.goto(`/#/events/${eventId}/intake`);
    await organiser.getByText('Bu tədbirin qəbulu hələ yoxdur', { exact: false }).waitFor();
    await organiser.getByRole('button', { name: 'Sual əlavə et' }).click();
    const q = organiser.getByTestId('intake-question');
    await q.getByLabel('Sual (azərbaycanca)').fill('Hansı xarici dildə qonaqları qarşılaya bilərsiniz?');
    await q.getByLabel('Sual (ingiliscə)').fill('In which foreign language can you welcome guests?');
    await q.getByLabel('Sual (rusca)').fill('На каком иностранном языке вы можете встречать гостей?');
    await q.getByRole('checkbox', { name: 'Mütləqdir' }).check();
    await organiser.getByRole('combobox', { name: /^Qəbul/ }).click();
    await organiser.getByRole('option', { name: 'Açıqdır', exact: true }).click();
    await organiser.getByTestId('intake-save').click();
    await organiser.getByText('Qəbul yadda saxlanıldı.').waitFor();
    const link = await organiser.getByTestId('public-link').textContent();
    expect(link).toMatch(/#\/apply\?event=forum-/);
    await screenshot(organiser, 'debrief-2-intake-editor');
    await expectNoSeriousA11yViolations(organiser, 'event intake editor (organiser)');

    // The public form (no login): the event's own title, its two days to tick, its question.
    const applicant = await open();
    await applicant.goto(`/#/apply?event=${link!.split('event=')[1]}`);
    await applicant.getByRole('heading', { name: `Forum ${tag} 2026-da könüllü ol` }).waitFor();
    await applicant.getByTestId('event-intake-when').getByText(`${dmy(first)}, ${dmy(second)}`, { exact: false }).waitFor();
    const email = `debrief-applicant-${tag}@e2e.dost.local`;
    await applicant.getByTestId('field-fullName').fill('Səbinə Qasımova');
    await applicant.getByTestId('field-fin').fill(randomFin());
    await applicant.getByTestId('field-birthDate').fill('2003-06-01');
    await applicant.getByTestId('field-phone').fill('055 765 43 21');
    await applicant.getByTestId('field-email').fill(email);
    // Someone working leaves the education out (issue 19: asked of students only).
    await applicant.getByRole('radio', { name: 'İşləyirəm', exact: true }).check();
    await applicant.getByRole('checkbox', { name: 'Şənbə · Səhər', exact: true }).check();
    await applicant.getByRole('checkbox', { name: dmy(second), exact: true }).check();
    await applicant.getByRole('combobox', { name: /^Seçim 1/ }).click();
    await applicant.getByRole('option', { name: 'Qarabağ Regional DOST Mərkəzi', exact: false }).first().click();
    await applicant.getByTestId('field-motivation').fill('Beynəlxalq qonaqları qarşılamaq və tədbirin uğurlu keçməsinə kömək etmək istəyirəm.');
    await applicant.getByLabel('Hansı xarici dildə qonaqları qarşılaya bilərsiniz?').fill('İngilis və türk dillərində');
    await applicant.getByRole('checkbox', { name: 'Yuxarıdakı mətni oxudum və razıyam' }).check();
    await screenshot(applicant, 'debrief-3-event-apply');
    await applicant.getByTestId('submit-application').click();
    await applicant.getByRole('heading', { name: 'Müraciətin vəziyyəti' }).waitFor();
    const [row] = await appDb(async (db) => (await db.query(`SELECT event_id, event_days, answers FROM applications WHERE email = $1`, [email])).rows);
    expect(row.event_id).toBe(eventId);
    expect(row.event_days).toEqual([second]);
    expect(Object.values(row.answers)).toEqual(['İngilis və türk dillərində']);

    // Closed: the same link says the intake is not open.
    await organiser.getByRole('combobox', { name: /^Qəbul/ }).click();
    await organiser.getByRole('option', { name: 'Bağlıdır', exact: true }).click();
    await organiser.getByTestId('intake-save').click();
    await organiser.getByText('Qəbul yadda saxlanıldı.').waitFor();
    await applicant.goto(`/#/apply?event=${eventId}`);
    await applicant.getByTestId('event-intake-closed').getByText('Bu tədbirə könüllü qəbulu hazırda açıq deyil.').waitFor();
  }), 300_000);
});
