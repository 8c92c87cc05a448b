import type { Browser } from 'playwright-core';
import { describeInBrowser, launchBrowser, logIn, newPage, PHONE, screenshot } from '../support/browser';

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

  it('a volunteer signs up for an open shift on a phone and sees it in My shifts; the coordinator’s week view shows the fill change', async () => {
    const volunteer = await newPage(browser, PHONE);
    await logIn(volunteer.page, 'volunteer@demo.dost.local');
    await volunteer.page.goto('/#/open-shifts');
    await volunteer.page.getByTestId('shift-card').first().waitFor();
    await screenshot(volunteer.page, 'rostering-open-shifts-phone');
    // A month of demo shifts comes a page at a time: "show more" adds the next 25.
    expect(await volunteer.page.getByTestId('shift-card').count()).toBe(25);
    await volunteer.page.getByTestId('open-shifts-more').click();
    await volunteer.page.getByTestId('shift-card').nth(49).waitFor();
    await volunteer.page.locator('select[name=centerId]').selectOption({ label: 'Qarabağ Regional DOST Mərkəzi' });
    await volunteer.page.getByTestId('shift-card').first().filter({ hasText: 'Qarabağ Regional DOST Mərkəzi' }).waitFor();
    const card = volunteer.page.getByTestId('shift-card')
      .filter({ hasText: 'Qarabağ Regional DOST Mərkəzi' })
      .filter({ has: volunteer.page.locator('[data-testid=signup]:not([disabled])') })
      .first();
    await card.waitFor();
    const shiftId = (await card.getAttribute('data-shift-id'))!;
    const when = (await card.locator('text=/\\d{2}\\.\\d{2}\\.\\d{4}/').first().innerText()).slice(0, 10).split('.').reverse().join('-');
    await screenshot(volunteer.page, 'rostering-open-shifts-phone');

    const coordinator = await newPage(browser);
    await logIn(coordinator.page, 'coordinator@demo.dost.local');
    await coordinator.page.goto('/#/rostering/week');
    await coordinator.page.getByTestId('week-grid').waitFor();
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
