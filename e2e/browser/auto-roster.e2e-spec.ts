import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser, logIn, newPage, screenshot } from '../support/browser';
import { expectNoSeriousA11yViolations } from '../support/axe';

const filled = async (page: Page): Promise<number> => {
  const counts = await page.getByTestId('fill-count').allInnerTexts();
  return counts.reduce((sum, c) => sum + Number(c.split('/')[0]), 0);
};

describeInBrowser('auto-roster in a real browser (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('the coordinator auto-fills a week: progress, a preview in the table and the calendar, Apply fills the week', async () => {
    const { page, context } = await newPage(browser);
    await logIn(page, 'coordinator@demo.dost.local');
    await page.goto('/#/rostering/week');
    await page.getByTestId('week-grid').waitFor();
    // The week after next: the demo month has shifts there, and few people on them yet.
    await page.getByRole('button', { name: 'Növbəti həftə' }).click();
    await page.getByRole('button', { name: 'Növbəti həftə' }).click();
    // Days and shifts arrive together: once Monday of that week is shown, its shifts are.
    const today = new Date(Date.now() + 4 * 3_600_000);
    const monday = new Date(today.getTime() - ((today.getUTCDay() + 6) % 7) * 86_400_000 + 14 * 86_400_000);
    const ddmm = `${String(monday.getUTCDate()).padStart(2, '0')}.${String(monday.getUTCMonth() + 1).padStart(2, '0')}`;
    await page.getByTestId('week-grid').getByText(`B.e. ${ddmm}`).waitFor();
    await page.getByTestId('week-shift').first().waitFor();
    const before = await filled(page);

    await page.getByTestId('auto-fill').click();
    const dialog = page.getByTestId('auto-fill-dialog');
    await dialog.getByText('Növbələri avtomatik doldurmaq').waitFor();
    await dialog.getByRole('combobox').click();
    await page.getByRole('option', { name: '5 saniyə' }).click();
    await dialog.getByTestId('auto-fill-start').click();
    await dialog.getByTestId('auto-fill-progress').getByText(/Növbədə gözləyir|Ən yaxşı cədvəl axtarılır/).waitFor();
    await screenshot(page, 'auto-roster-progress');

    const preview = dialog.getByTestId('auto-fill-preview');
    await preview.waitFor({ timeout: 60_000 });
    const summary = await preview.locator('.MuiAlert-message').first().innerText();
    expect(summary).toMatch(/növbə, \d+ yer: \d+ yer artıq tutulmuşdu, \d+ təyinat təklif olunur, \d+ yer boş qalır\./);
    const proposed = Number(/(\d+) təyinat təklif olunur/.exec(summary)![1]);
    expect(proposed).toBeGreaterThan(0);
    expect(await dialog.getByTestId('auto-fill-proposals').locator('tbody tr').count()).toBe(proposed);
    await expectNoSeriousA11yViolations(page, 'week view with the auto-fill preview (coordinator)');
    await screenshot(page, 'auto-roster-preview');
    // "Show on the calendar": the dialog closes, the proposal stays as blue frames with +N.
    await dialog.getByTestId('auto-fill-show-calendar').click();
    await page.getByTestId('auto-fill-pending').getByText(`Təklif: ${proposed} təyinat`).waitFor();
    const marked = page.locator('[data-testid=week-shift]:not([data-proposed="0"])');
    expect(await marked.count()).toBeGreaterThan(0);
    await marked.first().getByText(/^\+\d+ təklif$/).waitFor();
    await screenshot(page, 'auto-roster-preview-calendar');
    // Nothing changes before Apply.
    expect(await filled(page)).toBe(before);

    await page.getByTestId('auto-fill-review').click();
    await dialog.getByTestId('auto-fill-apply').click();
    const applied = await dialog.getByTestId('auto-fill-applied').innerText();
    const assigned = Number(/(\d+) könüllü təyin olundu/.exec(applied)![1]);
    expect(assigned).toBeGreaterThan(0);
    expect(assigned).toBeLessThanOrEqual(proposed);
    await screenshot(page, 'auto-roster-applied');
    await dialog.getByRole('button', { name: 'Bağla' }).click();
    await page.waitForFunction(
      (expected) => [...document.querySelectorAll('[data-testid=fill-count]')].reduce((s, e) => s + Number((e.textContent ?? '0').split('/')[0]), 0) === expected,
      before + assigned,
    );
    // No shift is ever above its slots.
    for (const c of await page.getByTestId('fill-count').allInnerTexts()) {
      const [n, slots] = c.split('/').map(Number);
      expect(n).toBeLessThanOrEqual(slots);
    }
    await screenshot(page, 'auto-roster-week-after');
    await context.close();
  }, 120_000);

  it('a week without shifts says so, links to the templates (Back returns to it) and offers no auto-fill', async () => {
    const { page, context } = await newPage(browser);
    await logIn(page, 'coordinator@demo.dost.local');
    await page.goto('/#/rostering/week');
    await page.getByTestId('week-grid').waitFor();
    // The demo's shifts run from 20 weeks back (worked history) to a month ahead, so eight weeks ahead has
    // none: a line that says so, a link to make them, nothing to auto-fill (the first test shows the button on
    // a week with open places).
    for (let i = 0; i < 8; i += 1) {
      const range = await page.getByTestId('week-range').innerText();
      await page.getByRole('button', { name: 'Növbəti həftə' }).click();
      await page.waitForFunction((before) => document.querySelector('[data-testid=week-range]')?.textContent !== before, range);
    }
    const none = page.getByTestId('week-no-shifts');
    await none.getByText('Bu həftə bu mərkəzdə növbə yoxdur.').waitFor();
    expect(await page.getByTestId('auto-fill').count()).toBe(0);
    expect(await page.getByTestId('week-shift').count()).toBe(0);
    await none.getByRole('link', { name: 'Növbələri şablonlardan yaradın' }).click();
    await page.waitForURL(/#\/rostering\/templates/);
    // The week is part of the address: Back returns to the same (empty) week, not to this one.
    await page.goBack();
    await page.getByTestId('week-no-shifts').waitFor();
    await context.close();
  });

  it('a run still going is picked up again after a reload, and Stop ends it with nothing changed', async () => {
    const { page, context } = await newPage(browser);
    await logIn(page, 'coordinator@demo.dost.local');
    await page.goto('/#/rostering/week');
    await page.getByTestId('week-grid').waitFor();
    // Next week: it has open places whatever the day (on a Sunday this week's shifts are all over).
    const range = await page.getByTestId('week-range').innerText();
    await page.getByRole('button', { name: 'Növbəti həftə' }).click();
    await page.waitForFunction((before) => document.querySelector('[data-testid=week-range]')?.textContent !== before, range);
    await page.getByTestId('week-shift').first().waitFor();
    await page.getByTestId('auto-fill').click();
    const dialog = page.getByTestId('auto-fill-dialog');
    await dialog.getByRole('combobox').click();
    await page.getByRole('option', { name: '60 saniyə' }).click();
    await dialog.getByTestId('auto-fill-start').click();
    await dialog.getByTestId('auto-fill-progress').getByText(/Növbədə gözləyir|Ən yaxşı cədvəl axtarılır/).waitFor();
    // A reload loses nothing: the dialog comes back with the same run's progress.
    await page.reload();
    await page.getByTestId('week-shift').first().waitFor();
    await dialog.getByTestId('auto-fill-progress').getByText(/Ən yaxşı cədvəl axtarılır… \d+%/).waitFor({ timeout: 30_000 });
    await screenshot(page, 'auto-roster-resumed');
    await dialog.getByRole('button', { name: 'Dayandır' }).click();
    await dialog.getByText('Dayandırıldı. Heç nə dəyişmədi.').waitFor({ timeout: 30_000 });
    await context.close();
  }, 120_000);

  it('the organiser auto-fills the forum’s role board and sees the gaps it could not fill, with reasons', async () => {
    const { page, context } = await newPage(browser);
    await logIn(page, 'organizer@demo.dost.local');
    await page.goto('/#/rostering/role-board');
    // The newest event comes first: the demo's future forum (SOCGOV 2025 is over, nothing can be planned there).
    await page.getByRole('combobox').filter({ hasText: 'Forumu' }).waitFor();
    await page.getByTestId('role-board').waitFor();
    await page.getByTestId('auto-fill').click();
    const dialog = page.getByTestId('auto-fill-dialog');
    await dialog.getByTestId('auto-fill-start').click();
    const preview = dialog.getByTestId('auto-fill-preview');
    await preview.waitFor({ timeout: 60_000 });
    const proposed = await dialog.getByTestId('auto-fill-proposals').locator('tbody tr').count();
    expect(proposed).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=board-cell]:not([data-proposed="0"])').count()).toBeGreaterThan(0);
    const gaps = dialog.getByTestId('auto-fill-unfilled');
    if (await gaps.count()) {
      // Every gap says why, in Azerbaijani.
      for (const reason of await gaps.locator('tbody tr td:last-child').allInnerTexts()) expect(reason).toMatch(/[əğıöüçş]/);
    }
    await expectNoSeriousA11yViolations(page, 'role board with the auto-fill preview (organiser)');
    await screenshot(page, 'auto-roster-role-board-preview');
    await dialog.getByTestId('auto-fill-apply').click();
    await dialog.getByTestId('auto-fill-applied').waitFor();
    await dialog.getByRole('button', { name: 'Bağla' }).click();
    await screenshot(page, 'auto-roster-role-board-applied');
    await context.close();
  }, 120_000);
});
