import type { Browser } from 'playwright-core';
import request from 'supertest';
import { E2E_PASSWORD } from '../support/running-app';
import { describeInBrowser, launchBrowser, logIn, newPage, screenshot } from '../support/browser';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { appDb } from '../support/app-db';

const base = () => process.env.E2E_BASE_URL!;
const login = async (email: string, password = E2E_PASSWORD) => (await request(base()).post('/api/v1/auth/login').send({ email, password }).expect(200)).body;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** Today (or `plusDays` later) in Baku (UTC+4, no DST) at hh:mm, as an instant. */
const bakuToday = (hm: string, plusDays = 0) => {
  const day = new Date(Date.now() + 4 * 3_600_000 + plusDays * 86_400_000).toISOString().slice(0, 10);
  return new Date(`${day}T${hm}:00+04:00`).toISOString();
};

/**
 * An event of its own running today and tomorrow (Baku) with an organiser, a registration position linked to the
 * "Plenar zal" zone and a volunteer on the registration shift of both days — so the door is green whichever day the
 * scan falls on (the pinned clock starts at 23:50) — the demo's data is left alone.
 */
async function ownEvent(): Promise<{ eventId: string; organizer: string; volunteerName: string }> {
  const tag = Math.random().toString(36).slice(2, 8);
  const volunteerName = `Gülşən Əliyeva-${tag}`;
  const ids = await appDb(async (db) => {
    const [event] = (await db.query(
      `INSERT INTO events (name_az, name_en, name_ru, venue, starts_at, ends_at, status) VALUES ($1, $2, $3, 'Gülüstan sarayı', $4, $5, 'published') RETURNING id`,
      [`Akkreditasiya testi ${tag}`, `Accreditation test ${tag}`, `Тест аккредитации ${tag}`, bakuToday('00:00'), bakuToday('23:59', 1)])).rows;
    const [position] = (await db.query(
      `INSERT INTO positions (event_id, code, name_az, name_en, name_ru) VALUES ($1, 'registration', 'Qeydiyyat masası', 'Registration desk', 'Регистрация') RETURNING id`,
      [event.id])).rows;
    const shifts = (await db.query(
      `INSERT INTO shifts (event_id, position_id, starts_at, ends_at, slots, assigned_count) VALUES ($1, $2, $3, $4, 2, 1), ($1, $2, $5, $6, 2, 1) RETURNING id`,
      [event.id, position.id, bakuToday('10:00'), bakuToday('14:00'), bakuToday('10:00', 1), bakuToday('14:00', 1)])).rows;
    const [volunteer] = (await db.query(
      `INSERT INTO volunteers (full_name, email, status) VALUES ($1, $2, 'active') RETURNING id`, [volunteerName, `badge-${tag}@e2e.dost.local`])).rows;
    for (const shift of shifts) {
      await db.query(`INSERT INTO shift_assignments (shift_id, volunteer_id, status, source) VALUES ($1, $2, 'assigned', 'coordinator')`, [shift.id, volunteer.id]);
    }
    return { eventId: event.id as string, positionId: position.id as string };
  });
  const admin = (await login('admin@dost.local')).accessToken;
  const organizer = `badge-organizer-${tag}@e2e.dost.local`;
  await request(base()).post('/api/v1/users').set(bearer(admin))
    .send({ email: organizer, fullName: 'Qapı Təşkilatçısı', locale: 'az', password: E2E_PASSWORD, roles: ['organizer'], eventIds: [ids.eventId] }).expect(201);
  const token = (await login(organizer)).accessToken;
  await request(base()).put(`/api/v1/events/${ids.eventId}/accreditation/zones`).set(bearer(token)).send({
    zones: [
      { name: { az: 'Plenar zal', en: 'Plenary hall', ru: 'Пленарный зал' }, color: '#C62828', guestAccess: 'all', positionIds: [ids.positionId] },
      { name: { az: 'Media', en: 'Media', ru: 'Медиа' }, color: '#1565C0', guestAccess: 'none', positionIds: [] },
    ],
  }).expect(200);
  return { eventId: ids.eventId, organizer, volunteerName };
}

const tokenOf = (scanUrl: string) => scanUrl.split('/#/badge/')[1];

describeInBrowser('accreditation: badges, reprint and the door scan (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('the organiser sees the badge, reprints it; at the door the new QR is green with today\'s zone, the old one says "replaced", a made-up one "unknown"', async () => {
    const { eventId, organizer, volunteerName } = await ownEvent();
    const api = (await login(organizer)).accessToken;
    const before = (await request(base()).get(`/api/v1/events/${eventId}/accreditation/badges`).set(bearer(api)).expect(200)).body.badges;
    expect(before).toHaveLength(1);
    const oldToken = tokenOf(before[0].scanUrl);

    const { page } = await newPage(browser);
    await logIn(page, organizer);
    await page.goto(`/#/accreditation?event=${eventId}&tab=badges`);
    const row = page.locator(`[data-testid=badge-row][data-name="${volunteerName}"]`);
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Qeydiyyat masası');
    await expect(row.textContent()).resolves.toContain('Plenar zal');
    await row.getByTestId('badge-reprint').click();
    await page.getByText('Yeni badjın QR kodu fərqli olacaq').waitFor();
    const download = page.waitForEvent('download');
    await page.getByTestId('reprint-confirm').click();
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
    await page.locator('[data-testid=badge-version]', { hasText: '2' }).waitFor();
    await expectNoSeriousA11yViolations(page, 'badges (organiser)');
    await screenshot(page, 'accreditation-badges');

    const after = (await request(base()).get(`/api/v1/events/${eventId}/accreditation/badges`).set(bearer(api)).expect(200)).body.badges;
    const newToken = tokenOf(after[0].scanUrl);
    expect(newToken).not.toBe(oldToken);

    // The door, on a phone-sized page of the same signed-in organiser.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/#/badge/${newToken}`);
    const verdict = page.getByTestId('scan-verdict');
    await verdict.waitFor();
    await expect(verdict.getAttribute('data-access')).resolves.toBe('granted');
    await page.getByText('GİRİŞ İCAZƏLİDİR').waitFor();
    await expect(page.getByTestId('scan-name').textContent()).resolves.toBe(volunteerName);
    await expect(page.getByTestId('scan-zones').textContent()).resolves.toContain('Plenar zal');
    await expect(page.getByTestId('scan-zones').textContent()).resolves.not.toContain('Media');
    await expectNoSeriousA11yViolations(page, 'door scan, access granted (phone)');
    await screenshot(page, 'accreditation-scan-granted');

    await page.goto(`/#/badge/${oldToken}`);
    await page.locator('[data-testid=scan-verdict][data-result=replaced]').waitFor();
    await page.getByText('Bu badj əvəz olunub').waitFor();
    expect(await page.getByText(volunteerName).count()).toBe(0);

    await page.goto(`/#/badge/${'A'.repeat(43)}`);
    await page.locator('[data-testid=scan-verdict][data-result=unknown]').waitFor();
    await page.getByText('Naməlum badj').waitFor();
  });
});
