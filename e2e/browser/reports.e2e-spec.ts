import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser, logIn, newPage, screenshot } from '../support/browser';
import { expectNoSeriousA11yViolations } from '../support/axe';

describeInBrowser('reports in a real browser (Chromium, Azerbaijani)', () => {
  let browser: Browser;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('the admin opens the national report, sees its charts and downloads the months as XLSX', async () => {
    try {
      ({ page } = await newPage(browser));
      page.setDefaultTimeout(30_000);
      await logIn(page, 'admin@dost.local');
      await page.goto('/#/reports');
      await page.getByRole('tab', { name: 'Ölkə üzrə' }).waitFor();
      const national = page.getByTestId('reports-national');
      await national.getByRole('heading', { name: 'Aylar üzrə' }).waitFor();
      // A chart is an svg with bars or lines in it, not an empty frame.
      await national.getByTestId('month-charts').locator('svg').first().waitFor();
      expect(await national.getByTestId('month-charts').locator('svg path, svg rect').count()).toBeGreaterThan(5);
      await national.getByRole('heading', { name: 'Bölgələr üzrə' }).waitFor();
      await national.getByRole('columnheader', { name: 'Təsdiqlənmiş saatlar' }).first().waitFor();
      await screenshot(page, 'reports-1-national');
      await expectNoSeriousA11yViolations(page, 'national report (admin)');

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-months-xlsx').click()]);
      expect(download.suggestedFilename()).toMatch(/^olke-hesabati-\d{4}-\d{2}-\d{4}-\d{2}\.xlsx$/);
      const file = readFileSync(await download.path());
      expect(file.subarray(0, 2).toString()).toBe('PK');

      // The event tab opens the latest event: coverage by role as a chart.
      await page.getByRole('tab', { name: 'Tədbir üzrə' }).click();
      const event = page.getByTestId('reports-event');
      await event.getByRole('heading', { name: 'Vəzifələr üzrə' }).waitFor();
      await event.locator('svg').first().waitFor();
      await screenshot(page, 'reports-2-event');
      await expectNoSeriousA11yViolations(page, 'event report (admin)');

      // In Russian: the regions in Russian, numbers on the charts' axes in the Russian format (1 102,5 — never
      // the English 1,102.5), months on the axis short (the month over the year, no "г.").
      await page.getByRole('button', { name: /Azərbaycanca/i }).click();
      await page.getByRole('menuitem', { name: 'Русский' }).click();
      await page.getByRole('tab', { name: 'По стране' }).click();
      await national.getByRole('heading', { name: 'По регионам' }).waitFor();
      await national.getByRole('cell', { name: 'Карабах', exact: true }).first().waitFor();
      expect(await national.getByRole('cell', { name: 'Qarabağ', exact: true }).count()).toBe(0);
      await national.getByTestId('month-charts').locator('svg text').first().waitFor();
      const ticks = (await national.locator('svg text').allTextContents()).join(' | ');
      expect(ticks).not.toMatch(/\d,\d{3}|\d\.\d/);
      expect(ticks).not.toMatch(/г\./);
      expect(ticks).toMatch(/янв|фев|мар|апр|май|июн|июл|авг|сен|окт|ноя|дек/);
      await screenshot(page, 'reports-3-national-ru');
    } catch (error) {
      if (page && !page.isClosed()) await screenshot(page, 'reports-failure').catch(() => undefined);
      throw error;
    }
  });
});
