import type { Browser } from 'playwright-core';
import { describeInBrowser, launchBrowser, logIn, newPage, screenshot } from '../support/browser';
import { expectNoSeriousA11yViolations } from '../support/axe';

const count = (text: string): [number, number] => text.split('/').map((x) => Number(x.trim())) as [number, number];

describeInBrowser('rostering screens of coordinators and organisers (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('the coordinator creates a weekly template, generates its shifts, adds a position, sees the shifts in the week view, prints the day sheet and gets the center feed', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'coordinator@demo.dost.local');
    await page.goto('/#/rostering/templates');
    await page.getByTestId('templates-table').waitFor();
    await expectNoSeriousA11yViolations(page, 'shift templates (coordinator)');

    // A template every day of the week, 18:30–20:00, three slots (no demo template uses that time).
    await page.getByTestId('template-create').click();
    const form = page.getByTestId('template-form');
    await form.waitFor();
    await page.getByTestId('weekday-6').click();
    await page.getByTestId('weekday-7').click();
    await form.locator('input[name=startTime]').fill('18:30');
    await form.locator('input[name=endTime]').fill('20:00');
    await form.locator('input[name=slots]').fill('3');
    await screenshot(page, 'rostering-template-form');
    await page.getByTestId('template-save').click();
    const row = page.getByTestId('template-row').filter({ hasText: '18:30–20:00' });
    await row.waitFor();
    expect(await row.innerText()).toContain('B.e., Ç.a., Çərş., C.a., Cümə, Şənbə, Bazar');

    // Generate four weeks; a second run replaces the untouched shifts (removed = created before).
    await row.getByTestId('template-generate').click();
    await page.getByTestId('generate-run').click();
    const created = Number((await page.getByTestId('generate-created').innerText()).replace(/\D/g, ''));
    expect(created).toBeGreaterThanOrEqual(20);
    expect(await page.getByTestId('generate-kept').innerText()).toBe('Toxunulmadı (içində adam var): 0');
    expect(await page.getByTestId('generate-removed').innerText()).toBe('Silindi: 0');
    await screenshot(page, 'rostering-template-generated');
    await page.getByTestId('generate-run').click();
    await page.getByTestId('generate-removed').filter({ hasText: `Silindi: ${created}` }).waitFor();
    await page.getByRole('button', { name: 'Bağla' }).click();

    // Positions of the center with their requirements; the center's policy.
    await page.getByRole('tab', { name: 'Vəzifələr' }).click();
    await page.getByTestId('positions-table').waitFor();
    await page.getByTestId('position-create').click();
    await page.locator('input[name=code]').fill('evening-guide');
    await page.locator('input[name="name.az"]').fill('Axşam bələdçisi');
    await page.locator('input[name="name.en"]').fill('Evening guide');
    await page.locator('input[name="name.ru"]').fill('Вечерний гид');
    await page.getByRole('button', { name: 'Dil əlavə et' }).click();
    await page.getByRole('button', { name: 'Yadda saxla' }).click();
    await page.getByRole('row').filter({ hasText: 'Axşam bələdçisi' }).filter({ hasText: 'İngilis dili ≥ B1' }).waitFor();
    await screenshot(page, 'rostering-positions');
    await page.getByRole('tab', { name: 'Qaydalar' }).click();
    await page.getByLabel('Gündə ən çox növbə sayı').waitFor();
    await screenshot(page, 'rostering-policy');

    // The week view shows the new evening shifts, empty (red): 0/3.
    await page.goto('/#/rostering/week');
    await page.getByTestId('week-grid').waitFor();
    const evening = page.getByTestId('week-shift').filter({ hasText: '18:30–20:00' });
    await evening.first().waitFor();
    expect(await evening.count()).toBeGreaterThanOrEqual(1); // from today to Sunday
    expect(await evening.first().getAttribute('data-fill')).toBe('empty');
    expect(await evening.first().getByTestId('fill-count').innerText()).toBe('0/3');
    await screenshot(page, 'rostering-week-with-template');

    // Its dialog: the people, the ranked candidates and a usable override reason (it once rendered 0 px wide).
    // A shift still ahead (today's is over after 20:00 Baku time; on a Sunday evening, next week's).
    const ahead = page.locator('[data-testid=week-shift][data-over=false]').filter({ hasText: '18:30–20:00' });
    if (!(await ahead.count())) await page.getByRole('button', { name: 'Növbəti həftə' }).click();
    await ahead.first().click();
    await page.getByTestId('candidate').first().waitFor();
    const reasonBox = await page.getByTestId('override-reason').boundingBox();
    expect(reasonBox?.width ?? 0).toBeGreaterThan(150);
    // Each assign button sits beside its candidate's text, never over it.
    const firstCandidate = page.getByTestId('candidate').first();
    const [text, button] = [await firstCandidate.locator('.MuiListItemText-root').boundingBox(), await firstCandidate.getByTestId('candidate-assign').boundingBox()];
    expect((text?.x ?? 0) + (text?.width ?? 0)).toBeLessThanOrEqual((button?.x ?? 0) + 1);
    await screenshot(page, 'rostering-week-shift-dialog');
    await expectNoSeriousA11yViolations(page, 'week view, a shift\'s candidates (coordinator)');
    await page.getByRole('button', { name: 'Bağla' }).click();

    // The day sheet: the evening shift with its time, position and people; print hides the app's chrome. The demo
    // centers work Monday to Friday and not on public holidays (31 December, 1–2 January…), and neither do generated
    // shifts: the sheet with people on it is today's or that of the next working day.
    await page.getByTestId('week-day-sheet').click();
    await page.getByTestId('day-sheet').waitFor();
    const sheetRows = page.getByTestId('day-sheet-shift');
    for (let day = 0; day < 7; day++) {
      const date = new Date(Date.now() + 4 * 3_600_000 + day * 86_400_000);
      if ([6, 0].includes(date.getUTCDay())) continue;
      if (day > 0) {
        await page.goto(page.url().replace(/date=[\d-]+/, `date=${date.toISOString().slice(0, 10)}`));
        await page.getByTestId('day-sheet').waitFor();
      }
      await page.getByTestId('day-sheet-summary').waitFor();
      if ((await sheetRows.count()) > 1) break;
    }
    expect(await sheetRows.count()).toBeGreaterThan(1);
    const eveningRow = sheetRows.filter({ hasText: '18:30–20:00' });
    await eveningRow.waitFor();
    expect(await eveningRow.innerText()).toContain('Hələ heç kim yoxdur.');
    expect(await page.getByTestId('day-sheet-person').count()).toBeGreaterThan(0);
    await page.getByTestId('print').waitFor();
    await screenshot(page, 'rostering-day-sheet');
    await expectNoSeriousA11yViolations(page, 'day sheet (coordinator)');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.RaAppBar-root').isVisible()).toBe(false);
    expect(await page.getByText('Növbə şablonları').first().isVisible()).toBe(false); // the menu
    expect(await page.getByTestId('print').isVisible()).toBe(false);
    expect(await page.getByTestId('day-sheet').isVisible()).toBe(true);
    await screenshot(page, 'rostering-day-sheet-print');
    await page.emulateMedia({ media: 'screen' });

    // The center's iCal feed: a new secret link that serves a calendar.
    await page.getByTestId('center-feed-new').click();
    const url = await page.getByTestId('center-feed-url').inputValue();
    expect(url).toMatch(/\/api\/v1\/calendar\/[A-Za-z0-9_-]{20,64}\.ics$/);
    const ics = await page.request.get(new URL(url).pathname);
    expect(ics.status()).toBe(200);
    expect(await ics.text()).toContain('BEGIN:VCALENDAR');
    await context.close();
  });

  it('the organiser reads the SOCGOV 2025 role board and its gaps, and assigns an English-speaking volunteer on the forum', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'organizer@demo.dost.local');
    await page.goto('/#/rostering/role-board');
    await page.getByTestId('role-board-toolbar').waitFor();
    const pick = async (name: RegExp) => {
      await page.getByRole('combobox', { name: 'Tədbir' }).click();
      await page.getByRole('option', { name }).click();
      await page.getByRole('heading', { name }).waitFor();
      const eventId = new URLSearchParams(page.url().split('?')[1]).get('event');
      await page.locator(`[data-testid=role-board][data-event-id="${eventId}"]`).waitFor();
      await page.getByTestId('board-cell').first().waitFor();
    };

    // SOCGOV 2025: counts per position × block, coloured; two blocks; the gap check lists what is short.
    await pick(/SOCGOV 2025/);
    await page.getByTestId('role-board-toolbar').getByTestId('check-gaps').click();
    const cells = page.getByTestId('board-cell');
    expect(await cells.count()).toBe(12);
    for (const text of await page.getByTestId('board-count').allInnerTexts()) expect(text).toMatch(/^\d+\/\d+$/);
    expect(await page.locator('[data-testid=board-cell][data-fill=full]').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('role-board-total').innerText()).toMatch(/^Doldurulub: \d+ \/ \d+$/);
    const gaps = page.getByTestId('gap');
    expect(await gaps.count()).toBeGreaterThan(0);
    expect(await gaps.first().innerText()).toMatch(/nəfər çatışmır \(\d+\/\d+\)/);
    await screenshot(page, 'rostering-role-board-socgov');
    await expectNoSeriousA11yViolations(page, 'role board (organiser)');

    // SOCGOV is over: the dialog says why nobody can be assigned any more and lists no candidates.
    await gaps.first().click();
    await page.getByTestId('shift-over').getByText('Bu növbə artıq bitib').waitFor();
    expect(await page.getByTestId('candidate').count()).toBe(0);
    // Who worked it stays listed, without a Remove button (nobody can be taken off a finished shift).
    expect(await page.getByTestId('shift-person').getByRole('button', { name: 'Çıxar' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Bağla' }).click();

    // The forum (ahead): Communication needs English B2 — assign an English speaker from the ranked list.
    await pick(/Gənclər və Rəqəmsal Xidmətlər Forumu/);
    const communication = page.locator('[data-testid=board-cell][data-position=communication]');
    const counts = (await communication.allInnerTexts()).map(count);
    // A block with people on it and a place still free (the demo leaves some on every block).
    const at = Math.max(0, counts.findIndex(([n, of]) => n > 0 && n < of));
    const cell = communication.nth(at);
    const needed = counts[at][1];
    let filled = counts[at][0];
    expect(filled).toBeLessThan(needed);
    const gapsBefore = await page.getByTestId('gap').count();
    await cell.click();
    await page.getByText('Tələb olunur: İngilis dili ≥ B2').waitFor();
    const assignable = page.getByTestId('candidate')
      .filter({ has: page.locator('[data-testid=candidate-assign]:not([disabled])') })
      .filter({ hasNot: page.locator('.MuiAlert-root') });
    await page.getByTestId('candidate').first().or(page.getByText('Uyğun könüllü tapılmadı.')).waitFor();
    let freed = false;
    if (!(await assignable.count())) {
      // The auto-fill test (another file, the same demo database) may have taken every free English
      // speaker for this block: take one person off first, then assign from the ranked list again.
      const person = page.getByTestId('shift-person').first();
      const removed = await person.locator('.MuiListItemText-primary').innerText();
      await person.getByRole('button', { name: 'Çıxar' }).click();
      await page.getByTestId('shift-person').filter({ hasText: removed }).waitFor({ state: 'detached' });
      filled -= 1;
      freed = true;
    }
    const candidate = assignable.first();
    await candidate.waitFor();
    expect(await candidate.innerText()).toContain('İngilis dili');
    const name = await candidate.getByTestId('candidate-name').innerText();
    await screenshot(page, 'rostering-role-board-candidates');
    await candidate.getByTestId('candidate-assign').click();
    await page.getByTestId('shift-person').filter({ hasText: name }).waitFor();
    await page.getByRole('button', { name: 'Bağla' }).click();
    await cell.filter({ hasText: `${filled + 1}/${needed}` }).waitFor();
    if (!freed && filled + 1 === needed) expect(await page.getByTestId('gap').count()).toBe(gapsBefore - 1);
    await screenshot(page, 'rostering-role-board-forum');
    await context.close();
  });
});
