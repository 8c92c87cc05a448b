import type { Browser } from 'playwright-core';
import request from 'supertest';
import { E2E_PASSWORD } from '../support/running-app';
import { describeInBrowser, launchBrowser, logIn, newPage, screenshot } from '../support/browser';
import { expectNoSeriousA11yViolations } from '../support/axe';

const base = () => process.env.E2E_BASE_URL!;
const token = async (email: string, password = E2E_PASSWORD): Promise<string> =>
  (await request(base()).post('/api/v1/auth/login').send({ email, password }).expect(200)).body.accessToken;

/** The network tree and the computed calendar, as the admin uses them (issue 16). */
describeInBrowser('network tree and non-working days in a real browser (Chromium)', () => {
  let browser: Browser;
  let admin: string;
  let agali: { id: string; parentId: string | null };
  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await token('admin@dost.local');
    const list = await request(base()).get('/api/v1/centers').query({ q: 'agali', perPage: 10 }).set('Authorization', `Bearer ${admin}`).expect(200);
    agali = list.body.data.find((c: { code: string }) => c.code === 'agali');
  });
  afterAll(async () => {
    // Other specs share the demo: Ağalı goes back where it was.
    if (agali) await request(base()).patch(`/api/v1/centers/${agali.id}`).set('Authorization', `Bearer ${admin}`).send({ parentId: agali.parentId });
    await browser?.close();
  });

  it('the admin moves Ağalı under the Karabakh regional center and the region roll-up of the national report shows it', async () => {
    const { page, context } = await newPage(browser);
    await logIn(page, 'admin@dost.local');
    await page.goto(`/#/centers/${agali.id}`);
    await page.getByRole('combobox', { name: 'Üst mərkəz' }).click();
    await page.getByRole('option', { name: 'Qarabağ Regional DOST Mərkəzi' }).click();
    await screenshot(page, 'network-1-parent');
    await page.getByRole('button', { name: 'Yadda saxla' }).click();
    // The list shows where each center hangs.
    await page.goto('/#/centers');
    const row = page.locator('tr').filter({ hasText: 'Ağalı kəndi' });
    await row.getByTestId('center-path').getByText('Qarabağ Regional DOST Mərkəzi').waitFor();
    await expectNoSeriousA11yViolations(page, 'centers (admin)');
    // The tree page nests it under Barda.
    await page.goto('/#/network');
    await page.getByTestId('network-tree').locator('[data-name="Qarabağ Regional DOST Mərkəzi"] [data-name^="Ağalı"]').waitFor();
    await screenshot(page, 'network-2-tree');
    await expectNoSeriousA11yViolations(page, 'network tree (admin)');

    await page.goto('/#/reports');
    const rollup = page.getByTestId('reports-regional-centers');
    const karabakh = rollup.locator('tr').filter({ hasText: 'Qarabağ Regional DOST Mərkəzi' });
    await karabakh.getByTestId('regional-members').getByText(/Ağalı kəndi/).waitFor();
    await screenshot(page, 'network-3-rollup');

    // The audit log tells it as a sentence, with the Azerbaijani case ending on the center's name.
    await page.goto('/#/audit-log');
    await page.getByTestId('audit-sentence').filter({ hasText: 'Ağalı kəndi "Smart DOST" xidmət məntəqəsinin məlumatlarını dəyişdi' }).first().waitFor();
    await screenshot(page, 'network-5-audit');
    await expectNoSeriousA11yViolations(page, 'audit log (admin)');
    await context.close();
  });

  it("the non-working days page shows 2027's holidays, computed, with a warning until the year is confirmed", async () => {
    const { page, context } = await newPage(browser);
    await logIn(page, 'admin@dost.local');
    await page.goto('/#/rostering/non-working-days');
    await page.getByTestId('holidays-table').waitFor();
    let year = Number(await page.getByTestId('holidays-year').innerText());
    while (year !== 2027) {
      await page.getByRole('button', { name: year < 2027 ? 'Növbəti il' : 'Əvvəlki il' }).click();
      year += year < 2027 ? 1 : -1;
      await page.getByTestId('holidays-year').getByText(String(year)).waitFor();
    }
    for (const date of ['2027-03-09', '2027-03-20', '2027-03-25', '2027-05-17', '2027-05-18', '2027-11-08']) {
      await page.locator(`[data-testid=holiday-row][data-date="${date}"]`).waitFor();
    }
    await page.locator('[data-testid=holiday-row][data-date="2027-03-09"]').getByText('Ramazan bayramı').waitFor();
    await page.locator('[data-testid=holiday-row][data-date="2027-03-25"]').getByText('Köçürülmüş istirahət günü').waitFor();
    await page.getByTestId('holidays-unconfirmed').getByText(/2027-ci ilin siyahısı hələ təsdiqlənməyib/).waitFor();
    await screenshot(page, 'network-4-holidays-2027');
    // A change of language keeps the year being read (it lives in the URL), then back to Azerbaijani.
    await page.getByTestId('language-button').click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Next year' }).waitFor();
    await page.getByTestId('holidays-year').getByText('2027').waitFor();
    await page.locator('[data-testid=holiday-row][data-date="2027-03-09"]').waitFor();
    await page.getByTestId('language-button').click();
    await page.getByRole('menuitem', { name: 'Azərbaycanca' }).click();
    await page.getByRole('button', { name: 'Növbəti il' }).waitFor();
    await page.getByTestId('holidays-year').getByText('2027').waitFor();
    await context.close();
  });
});
