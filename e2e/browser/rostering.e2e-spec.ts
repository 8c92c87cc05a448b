import type { Browser } from 'playwright-core';
import request from 'supertest';
import { describeInBrowser, launchBrowser, logIn, newPage, PHONE, screenshot } from '../support/browser';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { E2E_PASSWORD } from '../support/running-app';

const mondayOf = (date: string): number => {
  const d = new Date(`${date}T12:00:00Z`);
  return d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000;
};

describeInBrowser('rostering in a real browser (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('open shifts are personal: his home center first, open ones only, grouped by day under a weekday heading; filters widen it (issue 19)', async () => {
    const { page, context } = await newPage(browser, PHONE);
    await logIn(page, 'volunteer@demo.dost.local');
    await page.goto('/#/open-shifts');
    await page.getByTestId('open-shift-day').first().waitFor();
    const centerSelect = page.locator('select[name=centerId]');
    expect(await centerSelect.locator('option:checked').innerText()).toBe('Mənim mərkəzlərim');
    // Tural's home is Qarabağ and he chose no other center: no other center's shift is on his first list.
    const others = (await centerSelect.locator('option').allInnerTexts()).slice(2).filter((n) => n !== 'Qarabağ Regional DOST Mərkəzi');
    expect(others.length).toBeGreaterThan(0);
    // A card's first paragraph is its place (the position is its heading).
    const places = () => page.getByTestId('shift-card').evaluateAll((cards) => cards.map((c) => c.querySelector('p')?.textContent ?? ''));
    const first = await places();
    expect(first).toContain('Qarabağ Regional DOST Mərkəzi');
    expect(first.filter((p) => others.includes(p))).toEqual([]);
    // Grouped by Baku day, days ascending, each under its weekday in Azerbaijani; every card's date is its day's.
    const days = await page.getByTestId('open-shift-day').evaluateAll((els) => els.map((e) => e.getAttribute('data-day') as string));
    expect(days).toEqual([...new Set(days)].sort());
    for (const d of days.slice(0, 3)) {
      const section = page.locator(`[data-testid=open-shift-day][data-day="${d}"]`);
      const weekday = ['Bazar', 'Bazar ertəsi', 'Çərşənbə axşamı', 'Çərşənbə', 'Cümə axşamı', 'Cümə', 'Şənbə'][new Date(`${d}T12:00:00Z`).getUTCDay()];
      expect(await section.getByTestId('open-shift-day-heading').innerText()).toMatch(new RegExp(`^${weekday}, ${Number(d.slice(8))} [a-zəğıöüçş]+$`, 'i'));
      const dates = await section.getByTestId('shift-card').evaluateAll((cards) => cards.map((c) => /\d{2}\.\d{2}\.\d{4}/.exec(c.textContent ?? '')?.[0]));
      expect(new Set(dates)).toEqual(new Set([d.split('-').reverse().join('.')]));
    }
    await screenshot(page, 'rostering-open-shifts-by-day-phone');
    await expectNoSeriousA11yViolations(page, 'open shifts (volunteer, phone)');
    // Only what he can sign up for now: no shift on the list waits for its window or is full.
    expect(await page.getByTestId('reason').filter({ hasText: /hələ açılmayıb|boş yer qalmayıb/ }).count()).toBe(0);

    // "Bütün mərkəzlər" widens it to the other centers.
    await centerSelect.selectOption({ label: 'Bütün mərkəzlər' });
    const cards = page.getByTestId('shift-card');
    for (let i = 0; i < 6 && !(await places()).some((p) => others.includes(p)); i += 1) {
      const more = page.getByTestId('open-shifts-more');
      if (!(await more.count())) break;
      const n = await cards.count();
      await more.click();
      await cards.nth(n).waitFor();
    }
    expect((await places()).some((p) => others.includes(p))).toBe(true);

    // Demo sign-up opens 21 days before a shift: four weeks ahead shows only behind "Hələ açılmayanlar və dolu olanlar".
    await centerSelect.selectOption({ label: 'Mənim mərkəzlərim' });
    const bakuToday = new Date(Date.now() + 4 * 3_600_000).toISOString().slice(0, 10);
    let found = false;
    for (let ahead = 24; ahead <= 28 && !found; ahead += 1) {
      const d = new Date(Date.parse(`${bakuToday}T00:00:00Z`) + ahead * 86_400_000).toISOString().slice(0, 10);
      const showAll = page.getByTestId('open-shifts-show-all').locator('input');
      if (await showAll.isChecked()) await showAll.uncheck();
      await page.locator('input[name=date]').fill(d);
      await page.getByTestId('open-shifts-empty').waitFor();
      await showAll.check();
      await page.locator('[data-testid=open-shifts-empty], [data-testid=open-shift-day]').first().waitFor();
      const later = page.locator(`[data-testid=open-shift-day][data-day="${d}"]`);
      if (await later.count()) {
        found = true;
        await later.getByTestId('reason').first().waitFor();
        expect(await later.locator('[data-testid=signup]:not([disabled])').count()).toBe(0);
        await screenshot(page, 'rostering-open-shifts-not-open-yet-phone');
      }
    }
    expect(found).toBe(true);
    await context.close();
  });

  it('a full shift offers "Yer boşalanda xəbər ver" (the waitlist) with the place in it; My shifts names leaving it "Gözləmə siyahısından çıx" (issue 19)', async () => {
    const base = process.env.E2E_BASE_URL!;
    const token = async (email: string) => (await request(base).post('/api/v1/auth/login').send({ email, password: E2E_PASSWORD }).expect(200)).body.accessToken as string;
    const [tural, coordinator] = [await token('volunteer@demo.dost.local'), await token('coordinator@demo.dost.local')];
    // A shift of his own: one place at his home center, 40 days ahead at 06:00 Baku (no demo shift then), taken by a colleague.
    const own = (await request(base).get('/api/v1/me/open-shifts').query({ centers: 'mine', perPage: 50 }).set('Authorization', `Bearer ${tural}`).expect(200)).body
      .data.find((x: { centerId: string | null; eligible: boolean }) => x.centerId && x.eligible) as { centerId: string; position: { id: string } };
    const bakuToday = new Date(Date.now() + 4 * 3_600_000).toISOString().slice(0, 10);
    const d = new Date(Date.parse(`${bakuToday}T00:00:00Z`) + 40 * 86_400_000).toISOString().slice(0, 10);
    const shift = (await request(base).post('/api/v1/shifts').set('Authorization', `Bearer ${coordinator}`)
      .send({ centerId: own.centerId, positionId: own.position.id, startsAt: `${d}T06:00:00+04:00`, endsAt: `${d}T07:00:00+04:00`, slots: 1, status: 'published' }).expect(201)).body as { id: string };
    const candidates = (await request(base).get(`/api/v1/shifts/${shift.id}/candidates`).set('Authorization', `Bearer ${coordinator}`).expect(200)).body.data as { volunteerId: string; fullName: string; eligible: boolean }[];
    const colleague = candidates.find((c) => c.eligible && !c.fullName.startsWith('Tural'))!;
    await request(base).post(`/api/v1/shifts/${shift.id}/assignments`).set('Authorization', `Bearer ${coordinator}`).send({ volunteerId: colleague.volunteerId }).expect(201);

    const { page, context } = await newPage(browser, PHONE);
    await logIn(page, 'volunteer@demo.dost.local');
    await page.goto('/#/open-shifts');
    await page.getByTestId('shift-card').first().waitFor();
    await page.getByTestId('open-shifts-show-all').locator('input').check();
    await page.locator('input[name=date]').fill(d);
    const card = page.locator(`[data-testid=shift-card][data-shift-id="${shift.id}"]`);
    await card.getByRole('button', { name: 'Yer boşalanda xəbər ver' }).click();
    await card.getByTestId('waitlist-place').filter({ hasText: 'Gözləmə siyahısındakı yeriniz: 1' }).waitFor();
    await screenshot(page, 'rostering-waitlist-place-phone');

    await page.goto('/#/my-shifts');
    const mine = page.locator(`[data-testid=shift-card][data-shift-id="${shift.id}"]`);
    await mine.getByRole('button', { name: 'Gözləmə siyahısından çıx' }).waitFor();
    await expectNoSeriousA11yViolations(page, 'my shifts (volunteer, phone)');
    await mine.getByRole('button', { name: 'Gözləmə siyahısından çıx' }).click();
    await page.getByText('Gözləmə siyahısından çıxılsın?').waitFor();
    await page.getByRole('button', { name: 'Bəli, çıxıram' }).click();
    await mine.waitFor({ state: 'detached' });
    await context.close();
  });

  it('the calendar link: Google / Apple / Outlook buttons, and a new link first says the old subscription stops (issue 19)', async () => {
    const { page, context } = await newPage(browser, PHONE);
    await logIn(page, 'volunteer@demo.dost.local');
    await page.goto('/#/my-shifts');
    await page.getByTestId('feed-new').click();
    // Another spec may have made him a link before: then the question comes already.
    const confirm = page.getByTestId('feed-replace-confirm');
    await Promise.race([page.getByTestId('feed-url').waitFor(), confirm.waitFor()]);
    if (await confirm.count()) await confirm.click();
    const field = page.getByLabel('Təqvim linki (əl ilə əlavə etmək üçün)');
    await field.waitFor();
    const url = await field.inputValue();
    expect(url).toMatch(/^https?:\/\/.+\/api\/v1\/calendar\//);
    await expectNoSeriousA11yViolations(page, 'calendar link (volunteer, phone)');
    const webcal = url.replace(/^https?:\/\//, 'webcal://');
    expect(await page.getByRole('link', { name: 'Apple Təqvimə əlavə et' }).getAttribute('href')).toBe(webcal);
    expect(await page.getByRole('link', { name: 'Outlook-a əlavə et' }).getAttribute('href')).toBe(webcal);
    expect(await page.getByRole('link', { name: 'Google Təqvimə əlavə et' }).getAttribute('href')).toBe(`https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcal)}`);
    // A second link: the question first; "no" keeps the old one, "yes" replaces it.
    await page.getByTestId('feed-new').click();
    await page.getByText('Köhnə link dərhal işləməyi dayandıracaq', { exact: false }).waitFor();
    await screenshot(page, 'rostering-calendar-replace-phone');
    await page.getByRole('button', { name: 'Xeyr, köhnəsi qalsın' }).click();
    expect(await field.inputValue()).toBe(url);
    await page.getByTestId('feed-new').click();
    await confirm.click();
    await page.waitForFunction((old) => (document.querySelector('[data-testid=feed-url] input') as HTMLInputElement | null)?.value !== old, url);
    await context.close();
  });

  it('a volunteer signs up for an open shift on a phone and sees it in My shifts; the coordinator’s week view shows the fill change', async () => {
    const volunteer = await newPage(browser, PHONE);
    await logIn(volunteer.page, 'volunteer@demo.dost.local');
    await volunteer.page.goto('/#/open-shifts');
    await volunteer.page.getByTestId('shift-card').first().waitFor();
    await screenshot(volunteer.page, 'rostering-open-shifts-phone');
    await volunteer.page.locator('select[name=centerId]').selectOption({ label: 'Qarabağ Regional DOST Mərkəzi' });
    await volunteer.page.getByTestId('shift-card').first().filter({ hasText: 'Qarabağ Regional DOST Mərkəzi' }).waitFor();
    const card = volunteer.page.getByTestId('shift-card')
      .filter({ hasText: 'Qarabağ Regional DOST Mərkəzi' })
      .filter({ has: volunteer.page.locator('[data-testid=signup]:not([disabled])') })
      .first();
    // Only the home center's shifts are his to take (the staffing pool), and an auto-fill run by another spec on this
    // demo may have filled the nearest week: look further ahead a page at a time.
    const cards = volunteer.page.getByTestId('shift-card');
    await cards.first().filter({ hasText: 'Qarabağ Regional DOST Mərkəzi' }).waitFor();
    for (let i = 0; i < 6 && !(await card.count()) && (await volunteer.page.getByTestId('open-shifts-more').count()); i += 1) {
      const n = await cards.count();
      await volunteer.page.getByTestId('open-shifts-more').click();
      await cards.nth(n).waitFor();
    }
    await card.waitFor();
    const shiftId = (await card.getAttribute('data-shift-id'))!;
    const when = (await card.locator('text=/\\d{2}\\.\\d{2}\\.\\d{4}/').first().innerText()).slice(0, 10).split('.').reverse().join('-');
    await screenshot(volunteer.page, 'rostering-open-shifts-phone');

    const coordinator = await newPage(browser);
    await logIn(coordinator.page, 'coordinator@demo.dost.local');
    await coordinator.page.goto('/#/rostering/week');
    await coordinator.page.getByTestId('week-grid').waitFor();
    await expectNoSeriousA11yViolations(coordinator.page, 'week view (coordinator)');
    const todayBaku = new Date(Date.now() + 4 * 3_600_000).toISOString().slice(0, 10);
    const weeks = Math.round((mondayOf(when) - mondayOf(todayBaku)) / (7 * 86_400_000));
    for (let i = 0; i < weeks; i += 1) await coordinator.page.getByRole('button', { name: 'Növbəti həftə' }).click();
    const cell = coordinator.page.locator(`[data-testid=week-shift][data-shift-id="${shiftId}"]`);
    await cell.waitFor();
    const [before, slots] = (await cell.getByTestId('fill-count').innerText()).split('/').map(Number);

    const mine = volunteer.page.locator(`[data-testid=shift-card][data-shift-id="${shiftId}"]`);
    await mine.getByTestId('signup').click();
    await mine.getByText('Siz bu növbədəsiniz').waitFor();
    await volunteer.page.goto('/#/my-shifts');
    await volunteer.page.locator(`[data-testid=shift-card][data-shift-id="${shiftId}"]`).waitFor();
    await screenshot(volunteer.page, 'rostering-my-shifts-phone');

    await coordinator.page.getByRole('button', { name: 'Əvvəlki həftə' }).click();
    await coordinator.page.getByRole('button', { name: 'Növbəti həftə' }).click();
    await cell.getByTestId('fill-count').filter({ hasText: `${before + 1}/${slots}` }).waitFor();
    await screenshot(coordinator.page, 'rostering-week-view');
    await volunteer.context.close();
    await coordinator.context.close();
  });
});
