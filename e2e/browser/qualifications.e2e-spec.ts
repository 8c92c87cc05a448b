import type { Browser } from 'playwright-core';
import request from 'supertest';
import { E2E_PASSWORD } from '../support/running-app';
import { describeInBrowser, launchBrowser, logIn, newPage, PHONE, screenshot } from '../support/browser';
import { appDb } from '../support/app-db';
import { expectNoSeriousA11yViolations } from '../support/axe';

const base = () => process.env.E2E_BASE_URL as string;

/** Two people of this test's own at Barda (the demo coordinator's center), without any qualification. */
async function twoNewcomers(tag: string): Promise<{ id: string; fullName: string }[]> {
  return appDb(async (db) => {
    const [barda] = (await db.query<{ id: string }>(`SELECT id FROM centers WHERE code = 'barda'`)).rows;
    const out: { id: string; fullName: string }[] = [];
    for (const n of [1, 2]) {
      const fullName = `Təlim İştirakçısı ${n} ${tag}`;
      const [row] = (await db.query<{ id: string }>(
        `INSERT INTO volunteers (full_name, email, locale, status, birth_date, home_center_id, languages, skills)
         VALUES ($1, $2, 'az', 'active', '2000-02-02', $3, '[]', '[]') RETURNING id`,
        [fullName, `training-${n}-${tag}@e2e.dost.local`, barda.id],
      )).rows;
      out.push({ id: row.id, fullName });
    }
    return out;
  });
}

describeInBrowser('qualifications: work to do → expiring list; a training session grants to everyone at once (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('the coordinator follows "expiring qualifications" from the dashboard, records a training for two newcomers, and both hold it', async () => {
    const tag = Date.now().toString(36);
    const people = await twoNewcomers(tag);
    const { context, page } = await newPage(browser);
    await logIn(page, 'coordinator@demo.dost.local');

    // ——— the dashboard's work to do: the expiring item links to the list ———
    const item = page.getByTestId('work-expiringQualifications');
    await item.waitFor();
    // The demo's training attendees at least (qualifications-demo.e2e-spec checks who); the same number the list shows.
    const token = (await request(base()).post('/api/v1/auth/login').send({ email: 'coordinator@demo.dost.local', password: E2E_PASSWORD }).expect(200)).body.accessToken;
    const listed = (await request(base()).get('/api/v1/qualifications/expiring').set('Authorization', `Bearer ${token}`).expect(200)).body.data;
    expect({ shown: Number(await item.getAttribute('data-count')), listed: listed.length }).toEqual({ shown: listed.length, listed: expect.any(Number) });
    expect(listed.length).toBeGreaterThanOrEqual(2);
    await page.getByTestId('work-to-do').getByText('Müddəti 30 gün ərzində bitən kvalifikasiyalar').waitFor();
    await screenshot(page, 'qualifications-1-work-to-do');
    await expectNoSeriousA11yViolations(page, 'dashboard (coordinator)');
    await item.getByRole('link', { name: 'Aç' }).click();
    await page.getByTestId('expiring-qualifications').waitFor();
    expect(await page.getByTestId('expiring-row').count()).toBe(listed.length);
    await page.getByTestId('expiring-qualifications').getByText('İlk tibbi yardım').first().waitFor();
    await screenshot(page, 'qualifications-2-expiring');
    await expectNoSeriousA11yViolations(page, 'expiring qualifications (coordinator)');

    // ——— a training session: first aid, two attendees ———
    await page.goto('/#/qualifications/training');
    await page.getByTestId('training-page').waitFor();
    await page.getByRole('combobox', { name: /Kvalifikasiya/ }).click();
    await page.getByRole('option', { name: 'İlk tibbi yardım' }).click();
    await page.getByTestId('training-trainer').fill('Leyla Quliyeva');
    for (const p of people) {
      await page.getByTestId('training-attendees').fill(p.fullName);
      await page.getByRole('option', { name: new RegExp(p.fullName) }).click();
    }
    await page.getByTestId('training-submit').click();
    await page.getByTestId('training-result').getByText('Verildi: 2, yeniləndi: 0, artıq var idi: 0').waitFor();
    await screenshot(page, 'qualifications-3-training');
    await expectNoSeriousA11yViolations(page, 'training record (coordinator)');

    // Both hold first aid now, from that one session.
    const rows = await appDb(async (db) => (await db.query(
      `SELECT count(DISTINCT training_session_id)::int AS sessions, count(*)::int AS n FROM volunteer_qualifications WHERE code = 'first-aid' AND volunteer_id = ANY($1::uuid[])`,
      [people.map((p) => p.id)],
    )).rows[0]);
    expect(rows).toEqual({ sessions: 1, n: 2 });

    // ——— the same screens in English and Russian ———
    await page.getByRole('button', { name: /Azərbaycanca/i }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Record and grant' }).waitFor();
    await page.goto('/#/qualifications/expiring');
    await page.getByTestId('expiring-qualifications-page').getByRole('heading', { name: 'Qualifications expiring within 30 days' }).waitFor();
    await page.getByRole('button', { name: /English/i }).click();
    await page.getByRole('menuitem', { name: 'Русский' }).click();
    await page.getByTestId('expiring-qualifications-page').getByRole('heading', { name: 'Квалификации, истекающие в ближайшие 30 дней' }).waitFor();
    await page.getByRole('button', { name: /Русский/i }).click();
    await page.getByRole('menuitem', { name: 'Azərbaycanca' }).click();
    await page.getByTestId('expiring-qualifications-page').getByRole('heading', { name: 'Müddəti 30 gün ərzində bitən kvalifikasiyalar' }).waitFor();
    await context.close();

    // ——— the expiring list on a phone ———
    const phone = await newPage(browser, PHONE);
    await logIn(phone.page, 'coordinator@demo.dost.local');
    await phone.page.goto('/#/qualifications/expiring');
    await phone.page.getByTestId('expiring-qualifications').waitFor();
    await screenshot(phone.page, 'qualifications-4-expiring-phone');
    await phone.context.close();
  });

  it('only an admin edits the catalogue (the console shows the editor to admins only)', async () => {
    const login = async (email: string) => (await request(base()).post('/api/v1/auth/login').send({ email, password: E2E_PASSWORD }).expect(200)).body.accessToken as string;
    const coordinator = await login('coordinator@demo.dost.local');
    await request(base()).post('/api/v1/qualifications').set('Authorization', `Bearer ${coordinator}`)
      .send({ code: 'x-not-allowed', name: { az: 'X', en: 'X', ru: 'X' } }).expect(403);
    const { context, page } = await newPage(browser);
    await logIn(page, 'admin@dost.local');
    await page.goto('/#/qualifications');
    await page.getByTestId('qualifications-catalogue').getByText('protocol-training').click();
    const months = page.locator('input[name=validityMonths]');
    await months.waitFor();
    // Out of range: the console's own message in the screen's language, not the browser's English one; nothing saved.
    expect(await months.getAttribute('max')).toBeNull();
    await months.fill('200');
    await page.getByRole('button', { name: 'Yadda saxla' }).click();
    await page.getByText('Ən çoxu 120 ola bilər').waitFor();
    await screenshot(page, 'qualifications-5-catalogue-edit');
    await context.close();
  });

  it('a training certificate names its qualification as the catalogue does, in the reader\'s language (one source of names, issue 19)', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, 'admin@dost.local');
    await page.goto('/#/certificate-types');
    // Columns: code, name, kind, rule — the rule of the demo's protocol training names the catalogue's entry, never its code.
    const rule = page.getByTestId('certificate-types').locator('tr', { hasText: 'protocol-training' }).locator('td').nth(3);
    await rule.getByText('Protokol təlimi', { exact: true }).waitFor();
    await page.getByRole('button', { name: /Azərbaycanca/i }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await rule.getByText('Protocol training', { exact: true }).waitFor();
    // The editor picks from the catalogue by name too.
    await rule.click();
    const picker = page.getByRole('combobox', { name: /Qualification the course grants/ });
    await picker.getByText('Protocol training').waitFor();
    await picker.click();
    await page.getByRole('option', { name: 'First aid', exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /English/i }).click();
    await page.getByRole('menuitem', { name: 'Azərbaycanca' }).click();
    await context.close();
  });
});
