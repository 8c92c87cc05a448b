import { Client } from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { E2E_PASSWORD } from '../support/running-app';
import { describeInBrowser, launchBrowser, logIn, newPage, PHONE, screenshot } from '../support/browser';
import { expectNoSeriousA11yViolations } from '../support/axe';

const base = () => process.env.E2E_BASE_URL!;
const token = async (email: string, password = E2E_PASSWORD): Promise<string> =>
  (await request(base()).post('/api/v1/auth/login').send({ email, password }).expect(200)).body.accessToken;
const BARDA = 'Qarabağ Regional DOST Mərkəzi';
const TABLET = { viewport: { width: 1280, height: 800 }, hasTouch: true };

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
 * A volunteer with a login and a name of its own (found at once on the kiosk's list): the admin creates
 * the user over the API, the volunteer record (the demo volunteer's languages and skills, home Barda)
 * goes straight into the app's database — recruitment would take a dozen screens.
 */
async function newVolunteer(fullName: string): Promise<{ email: string; id: string; fullName: string }> {
  const email = `attendance-${Date.now()}-${Math.round(Math.random() * 1e6)}@e2e.dost.local`;
  const admin = await token('admin@dost.local');
  const user = await request(base()).post('/api/v1/users').set('Authorization', `Bearer ${admin}`)
    .send({ email, fullName, locale: 'az', password: E2E_PASSWORD, roles: ['volunteer'] }).expect(201);
  const id = await db(async (c) => (await c.query(
    `INSERT INTO volunteers (user_id, full_name, email, locale, status, birth_date, home_center_id, languages, skills, approved_minutes)
     SELECT $1, $2, $3, 'az', 'active', '2000-03-08', home_center_id, languages, skills, 0 FROM volunteers WHERE email = 'volunteer@demo.dost.local'
     RETURNING id`,
    [user.body.id, fullName, email],
  )).rows[0].id as string);
  return { email, id, fullName };
}

/**
 * A shift at Barda that is in its check-in window whatever the time of day — it started a minute ago and
 * runs two hours — on a position of its own without requirements, with the volunteer assigned by the
 * coordinator (overriding soft rules such as a second shift that day).
 */
async function shiftNow(centerId: string, volunteerId: string): Promise<{ shiftId: string; position: string }> {
  const coordinator = await token('coordinator@demo.dost.local');
  const auth = { Authorization: `Bearer ${coordinator}` };
  const position = 'Giriş növbətçisi';
  const p = await request(base()).post('/api/v1/positions').set(auth).send({
    centerId, code: `door-${Date.now()}-${Math.round(Math.random() * 1e4)}`, name: { az: position, en: 'Door duty', ru: 'Дежурный у входа' }, requirements: {}, active: true,
  }).expect(201);
  const start = Math.floor(Date.now() / 60_000) * 60_000 - 60_000;
  const shift = await request(base()).post('/api/v1/shifts').set(auth).send({
    centerId, positionId: p.body.id, startsAt: new Date(start).toISOString(), endsAt: new Date(start + 2 * 3600_000).toISOString(), slots: 3, status: 'published',
  }).expect(201);
  await request(base()).post(`/api/v1/shifts/${shift.body.id}/assignments`).set(auth)
    .send({ volunteerId, overrideReason: 'e2e: check-in test' }).expect((r) => expect([200, 201]).toContain(r.status));
  return { shiftId: shift.body.id, position };
}

/** The volunteer's attendance records made since a moment (the demo's own history is older). */
const records = (volunteerId: string, since = new Date(0)): Promise<{ check_in_at: Date; check_in_method: string; check_out_at: Date | null }[]> =>
  db(async (c) => (await c.query('SELECT check_in_at, check_in_method, check_out_at FROM attendance_records WHERE volunteer_id = $1 AND created_at >= $2', [volunteerId, since])).rows);

/** Picks a person on the kiosk's list by name, chooses check-in (or check-out) and types the PIN on the pad. */
async function pinTap(kiosk: Page, volunteer: { id: string; fullName: string }, pin: string, action: 'in' | 'out' = 'in'): Promise<void> {
  await kiosk.getByTestId('kiosk-search').fill(volunteer.fullName.split(' ')[0]);
  await kiosk.locator(`[data-testid=kiosk-person][data-volunteer-id="${volunteer.id}"]`).click();
  await kiosk.getByTestId(`kiosk-${action}`).click();
  for (const d of pin) await kiosk.getByTestId(`kiosk-key-${d}`).click();
}

describeInBrowser('check-in: kiosk QR, kiosk PIN and the offline queue in a real browser (Chromium)', () => {
  let browser: Browser;
  let kiosk: { context: BrowserContext; page: Page };
  let centerId: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    const admin = await token('admin@dost.local');
    const centers = (await request(base()).get('/api/v1/centers').query({ perPage: 100 }).set('Authorization', `Bearer ${admin}`).expect(200)).body.data as { id: string; name: { az: string } }[];
    centerId = centers.find((c) => c.name.az === BARDA)!.id;
  });
  afterAll(async () => {
    await kiosk?.context.close();
    await browser?.close();
  });

  it('the coordinator opens a kiosk for Barda on a tablet; the volunteer scans its QR with the phone, logs in, is checked in, and checks out', async () => {
    const started = new Date();
    const demo = await db(async (c) => (await c.query(`SELECT id FROM volunteers WHERE email = 'volunteer@demo.dost.local'`)).rows[0].id as string);
    // The demo may also have a Barda shift for them right now: the API picks one, so the position is not pinned.
    await shiftNow(centerId, demo);

    // The coordinator, on the tablet, opens Kiosks for Barda and turns this browser into its kiosk.
    kiosk = await newPage(browser, TABLET);
    await logIn(kiosk.page, 'coordinator@demo.dost.local');
    await kiosk.page.getByRole('menuitem', { name: 'Kiosklar' }).click();
    await kiosk.page.goto(`/#/attendance/kiosks?center=${centerId}`);
    await kiosk.page.getByTestId('kiosk-name').fill('Barda — giriş qapısı');
    await screenshot(kiosk.page, 'attendance-0-kiosks');
    await expectNoSeriousA11yViolations(kiosk.page, 'kiosks (coordinator, tablet)');
    await kiosk.page.getByTestId('kiosk-open').click();
    await kiosk.page.waitForURL(/#\/kiosk$/);
    await kiosk.page.getByTestId('kiosk-place').getByText(BARDA).waitFor();
    const qr = kiosk.page.getByTestId('kiosk-qr');
    await qr.waitFor();
    await kiosk.page.getByTestId('kiosk-countdown').getByText(/Kod \d+ saniyədən sonra yenilənir/).waitFor();
    await screenshot(kiosk.page, 'attendance-1-kiosk');
    await expectNoSeriousA11yViolations(kiosk.page, 'kiosk (tablet)');
    const url = new URL((await qr.getAttribute('data-url'))!);
    expect(url.hash).toMatch(/^#\/check-in\?code=/);

    // The volunteer's phone opens the QR's link: the console asks for a login first, then comes back to it.
    const phone = await newPage(browser, PHONE);
    await phone.page.goto(`/${url.hash}`);
    await phone.page.locator('input[name=email]').fill('volunteer@demo.dost.local');
    await phone.page.locator('input[name=password]').fill(E2E_PASSWORD);
    await phone.page.locator('button[type=submit]').click();
    const result = phone.page.getByTestId('check-in-result');
    await result.waitFor();
    expect(await result.getAttribute('data-result')).toBe('checked_in');
    await result.getByText(new RegExp(`Giriş qeydə alındı: .+, ${BARDA}, \\d\\d:\\d\\d`)).waitFor();
    expect(await result.innerText()).toMatch(/Giriş qeydə alındı/);
    await screenshot(phone.page, 'attendance-2-checked-in-phone');
    await expectNoSeriousA11yViolations(phone.page, 'check-in result (volunteer, phone)');
    expect((await records(demo, started)).map((r) => r.check_in_method)).toEqual(['qr']);

    // Scanning again (the camera opens the link in a new tab) says so and offers the check-out.
    const again = new URL((await kiosk.page.getByTestId('kiosk-qr').getAttribute('data-url'))!);
    const tab = await phone.context.newPage();
    await tab.goto(`/${again.hash}`);
    const second = tab.getByTestId('check-in-result');
    await tab.waitForFunction(() => document.querySelector('[data-testid=check-in-result]')?.getAttribute('data-result') === 'already_in');
    await second.getByText(new RegExp(`Siz artıq bu növbəyə giriş etmisiniz: .+, ${BARDA}`)).waitFor();
    await tab.getByTestId('check-out').click();
    await tab.waitForFunction(() => document.querySelector('[data-testid=check-in-result]')?.getAttribute('data-result') === 'checked_out');
    await second.getByText(new RegExp(`Çıxış qeydə alındı: .+, ${BARDA}, \\d\\d:\\d\\d`)).waitFor();
    await screenshot(tab, 'attendance-2b-checked-out-phone');
    const [record] = await records(demo, started);
    expect(record.check_out_at).not.toBeNull();
    await phone.context.close();
  });

  it('a volunteer sets a kiosk PIN on My account and checks in with it at the kiosk', async () => {
    const v = await newVolunteer('Rəşad Pinzadə');
    await shiftNow(centerId, v.id);
    const phone = await newPage(browser, PHONE);
    await logIn(phone.page, v.email);
    await phone.page.goto('/#/account');
    const card = phone.page.getByTestId('kiosk-pin-card');
    await card.getByText('PIN kod hələ təyin olunmayıb').waitFor();
    await card.getByTestId('kiosk-pin-input').fill('480263');
    await card.getByTestId('kiosk-pin-repeat').fill('480263');
    await card.getByTestId('kiosk-pin-save').click();
    await card.getByText('PIN kod təyin olunub').waitFor();
    // "Saved" is said in the card, not by a console-wide toast that would follow the volunteer to the next page.
    await card.getByTestId('kiosk-pin-saved').getByText('PIN kod saxlanıldı').waitFor();
    expect(await phone.page.locator('.MuiSnackbar-root').count()).toBe(0);
    await screenshot(phone.page, 'attendance-3-pin-phone');
    await phone.context.close();

    // At the kiosk (the list is reloaded so that today's new shift is on it).
    await kiosk.page.reload();
    const result = kiosk.page.getByTestId('kiosk-result');
    // A mistyped PIN (a 401 WRONG_PIN from the API) is said to the person and nothing else: the tablet stays a kiosk.
    await pinTap(kiosk.page, v, '480264');
    await result.getByText('PIN yanlışdır').waitFor();
    expect(await result.getAttribute('data-ok')).toBe('false');
    await kiosk.page.getByRole('button', { name: 'Hazır' }).click();
    await kiosk.page.getByTestId('kiosk-place').waitFor();
    expect(await kiosk.page.evaluate(() => localStorage.getItem('dost.kioskToken'))).toBeTruthy();
    await pinTap(kiosk.page, v, '480263');
    await result.getByText('Giriş qeydə alındı').waitFor();
    expect(await result.getAttribute('data-ok')).toBe('true');
    await result.getByText('Rəşad P.').waitFor();
    await screenshot(kiosk.page, 'attendance-4-pin-kiosk');
    // The message clears by itself and the list is back for the next person.
    await kiosk.page.getByTestId('kiosk-search').waitFor({ timeout: 10_000 });
    expect((await records(v.id)).map((r) => r.check_in_method)).toEqual(['pin']);
  });

  it('offline: PIN taps queue in the browser ("Oflayn — 3 gözləyir"); when the link returns they sync exactly once, a refused one stays as failed', async () => {
    const v = await newVolunteer('Elvin Oflaynov');
    const w = await newVolunteer('Aygün Səhvli');
    const x = await newVolunteer('Nihad Getmişov');
    const { shiftId } = await shiftNow(centerId, v.id);
    await shiftNow(centerId, w.id);
    await shiftNow(centerId, x.id);
    for (const [who, pin] of [[v, '731904'], [w, '582046'], [x, '604918']] as const) {
      const t = await token(who.email);
      await request(base()).put('/api/v1/me/kiosk-pin').set('Authorization', `Bearer ${t}`).send({ pin }).expect(204);
    }
    await kiosk.page.reload();
    await kiosk.page.locator(`[data-testid=kiosk-person][data-volunteer-id="${v.id}"]`).waitFor();
    // Nihad came and left while the link was up.
    for (const action of ['in', 'out'] as const) {
      await pinTap(kiosk.page, x, '604918', action);
      await kiosk.page.getByTestId('kiosk-result').getByText(action === 'in' ? 'Giriş qeydə alındı' : 'Çıxış qeydə alındı').waitFor();
      await kiosk.page.getByRole('button', { name: 'Hazır' }).click();
    }
    // Every item the kiosk sends, by its key: each must travel in exactly one acknowledged sync call.
    const sentKeys: string[] = [];
    kiosk.page.on('request', (r) => {
      if (r.url().endsWith('/api/v1/kiosk/sync') && r.method() === 'POST') sentKeys.push(...(r.postDataJSON() as { items: { key: string }[] }).items.map((i) => i.key));
    });

    await kiosk.context.setOffline(true);
    const status = kiosk.page.getByTestId('kiosk-status');
    await kiosk.page.waitForFunction(() => document.querySelector('[data-testid=kiosk-status]')?.getAttribute('data-online') === 'false');
    await kiosk.page.getByTestId('kiosk-qr-stale').waitFor();
    // The volunteer taps twice (the first answer was slow to show): both taps wait in the queue.
    for (let i = 1; i <= 2; i++) {
      await pinTap(kiosk.page, v, '731904');
      await kiosk.page.getByTestId('kiosk-result').getByText('Qeyd saxlanıldı — şəbəkə qayıdanda göndəriləcək').waitFor();
      await status.getByText(`Oflayn — ${i} gözləyir`).waitFor();
      await kiosk.page.getByRole('button', { name: 'Hazır' }).click();
    }
    // A colleague mistypes her PIN: offline nobody can tell, so it waits too.
    await pinTap(kiosk.page, w, '582047');
    await status.getByText('Oflayn — 3 gözləyir').waitFor();
    await screenshot(kiosk.page, 'attendance-5-offline-queue');
    await kiosk.page.getByRole('button', { name: 'Hazır' }).click();
    // Nihad taps "in" again by mistake: he has left that shift, so at sync this records nothing.
    await pinTap(kiosk.page, x, '604918');
    await status.getByText('Oflayn — 4 gözləyir').waitFor();
    await kiosk.page.getByRole('button', { name: 'Hazır' }).click();
    // The tablet reloads while the link is down: the page comes from the kiosk's service worker, the place,
    // the list and the queue from IndexedDB.
    await kiosk.page.reload();
    await kiosk.page.getByTestId('kiosk-place').getByText(BARDA).waitFor();
    await status.getByText('Oflayn — 4 gözləyir').waitFor();
    await kiosk.page.locator(`[data-testid=kiosk-person][data-volunteer-id="${v.id}"]`).waitFor();
    await kiosk.page.getByTestId('kiosk-qr-stale').waitFor();
    // Nothing reached the server while offline.
    expect(await records(v.id)).toHaveLength(0);

    await kiosk.context.setOffline(false);
    await kiosk.page.waitForFunction(() => {
      const s = document.querySelector('[data-testid=kiosk-status]');
      return s?.getAttribute('data-online') === 'true' && s.getAttribute('data-waiting') === '0';
    }, undefined, { timeout: 30_000 });
    await kiosk.page.getByTestId('kiosk-synced').waitFor();
    await kiosk.page.getByTestId('kiosk-qr').waitFor();
    await screenshot(kiosk.page, 'attendance-6-synced');
    // The mistyped one is not dropped: it stays on the kiosk as failed, with the server's reason; so does the
    // check-in after leaving (the server answers "already out": nothing was recorded).
    const failed = kiosk.page.getByTestId('kiosk-failed-item');
    await failed.getByText(/Aygün S\..*PIN yanlışdır/).waitFor();
    await failed.getByText(/Nihad G\. · Giriş · .* — Giriş qeydə alınmadı: bu növbədən artıq çıxış edilib/).waitFor();
    expect(await failed.count()).toBe(2);
    await screenshot(kiosk.page, 'attendance-6b-failed');

    // Exactly one attendance record, made from the queue; each queued key was sent once.
    const rows = await records(v.id);
    expect(rows).toHaveLength(1);
    expect(rows[0].check_in_method).toBe('offline_pin');
    expect(await records(w.id)).toHaveLength(0);
    expect((await records(x.id)).map((r) => r.check_in_method)).toEqual(['pin']);
    expect(sentKeys).toHaveLength(4);
    expect(new Set(sentKeys).size).toBe(4);
    // A later retry finds nothing left to send (the failed ones are not sent again).
    await kiosk.page.waitForTimeout(11_000);
    expect(sentKeys).toHaveLength(4);
    for (let left = 2; left > 0; left--) {
      await failed.first().getByRole('button', { name: 'Gizlət' }).click();
      await kiosk.page.waitForFunction((n) => document.querySelectorAll('[data-testid=kiosk-failed-item]').length === n, left - 1);
    }
    const coordinator = await token('coordinator@demo.dost.local');
    const attendance = await request(base()).get(`/api/v1/shifts/${shiftId}/attendance`).set('Authorization', `Bearer ${coordinator}`).expect(200);
    expect(JSON.stringify(attendance.body)).toContain(v.id);
  });

  it('the coordinator marks a shift "all present" on the day sheet, sees who is in now, and revokes the kiosk', async () => {
    const v = await newVolunteer('Səbinə Qeydiyyatova');
    const { shiftId } = await shiftNow(centerId, v.id);
    const today = new Date(Date.now() + 4 * 3600_000).toISOString().slice(0, 10);
    const coordinator = await newPage(browser);
    await logIn(coordinator.page, 'coordinator@demo.dost.local');
    await coordinator.page.goto(`/#/rostering/day-sheet?center=${centerId}&date=${today}`);
    // The date is written dd.mm.yyyy whatever the browser's own format (an English Chromium wrote MM/DD/YYYY).
    expect(await coordinator.page.getByTestId('day-sheet-date').inputValue()).toBe(today.split('-').reverse().join('.'));
    const row = coordinator.page.locator(`[data-testid=day-sheet-shift][data-shift-id="${shiftId}"]`);
    await row.getByTestId('attendance-open').click();
    const person = coordinator.page.locator(`[data-testid=attendance-person]`).filter({ hasText: v.fullName });
    await person.getByText('Qeyd yoxdur').waitFor();
    await coordinator.page.getByTestId('attendance-all-present').click();
    await person.getByText('İçəridə').waitFor();
    expect(await person.getAttribute('data-state')).toBe('checked_in');
    await screenshot(coordinator.page, 'attendance-7-day-sheet-marking');
    await expectNoSeriousA11yViolations(coordinator.page, 'day sheet, attendance dialog (coordinator)');
    expect((await records(v.id)).map((r) => r.check_in_method)).toEqual(['staff']);
    await coordinator.page.keyboard.press('Escape');

    // Who is in now lists the volunteer among those in.
    await coordinator.page.getByRole('menuitem', { name: 'Kim buradadır' }).click();
    await coordinator.page.goto(`/#/attendance/now?center=${centerId}`);
    await coordinator.page.getByTestId('now-in').locator(`[data-volunteer-id="${v.id}"]`).waitFor();
    await screenshot(coordinator.page, 'attendance-8-who-is-in');
    await expectNoSeriousA11yViolations(coordinator.page, 'who is in now (coordinator)');

    // Revoking the kiosk (asked first) stops the tablet at once.
    await coordinator.page.goto(`/#/attendance/kiosks?center=${centerId}`);
    const kioskRow = coordinator.page.locator('[data-testid=kiosk-row][data-revoked=false]').filter({ hasText: 'Barda — giriş qapısı' });
    await kioskRow.getByTestId('kiosk-revoke').click();
    await coordinator.page.getByTestId('kiosk-revoke-confirm').click();
    await coordinator.page.locator('[data-testid=kiosk-row][data-revoked=true]').filter({ hasText: 'Barda — giriş qapısı' }).waitFor();
    await kiosk.page.reload();
    await kiosk.page.getByText('Bu kiosk ləğv edilib', { exact: false }).waitFor();
    await coordinator.context.close();
  });
});
