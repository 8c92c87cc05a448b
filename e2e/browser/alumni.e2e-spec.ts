import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import request from 'supertest';
import { E2E_PASSWORD } from '../support/running-app';
import { describeInBrowser, launchBrowser, logIn, newPage, screenshot } from '../support/browser';
import { appDb } from '../support/app-db';
import { expectNoSeriousA11yViolations } from '../support/axe';

const base = () => process.env.E2E_BASE_URL!;
const login = async (email: string) => (await request(base()).post('/api/v1/auth/login').send({ email, password: E2E_PASSWORD }).expect(200)).body.accessToken as string;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/**
 * An alumnus of this spec's own (never the shared demo people): a volunteer with a login at the demo coordinator's
 * center, made alumni by the coordinator's decision through the API.
 */
async function ownAlumnus(): Promise<{ email: string; id: string; name: string }> {
  const tag = randomBytes(3).toString('hex');
  const email = `alumna-${tag}@e2e.dost.local`;
  const name = `Ləman Babayeva ${tag}`;
  const admin = await login('admin@dost.local');
  const user = await request(base()).post('/api/v1/users').set(bearer(admin)).send({ email, fullName: name, locale: 'az', password: E2E_PASSWORD, roles: ['volunteer'] }).expect(201);
  const id = await appDb(async (db) => {
    const [{ center_id }] = (await db.query(`SELECT c.center_id FROM coordinator_centers c JOIN users u ON u.id = c.user_id WHERE u.email = 'coordinator@demo.dost.local'`)).rows;
    const r = await db.query(
      `INSERT INTO volunteers (user_id, full_name, email, locale, status, birth_date, home_center_id, languages, skills) VALUES ($1, $2, $3, 'az', 'active', '2001-03-04', $4, $5, '[]') RETURNING id`,
      [user.body.id, name, email, center_id, JSON.stringify([{ language: 'en', level: 'C1' }])],
    );
    return r.rows[0].id as string;
  });
  const coordinator = await login('coordinator@demo.dost.local');
  await request(base()).post(`/api/v1/volunteers/${id}/alumni`).set(bearer(coordinator)).send({ reason: 'Proqramı bitirdi (e2e)' }).expect(201);
  return { email, id, name };
}

describeInBrowser('alumni: career profile, job-pool consent, CV checks, a coordinator rates (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('the alumna gives and withdraws the consent (HR sees her, then not), a PNG is refused as a CV in words, a PDF is taken; the coordinator rates her', async () => {
    const me = await ownAlumnus();
    const hr = await login('hr@demo.dost.local');
    const hrRatings = () => request(base()).get(`/api/v1/alumni/${me.id}/ratings`).set(bearer(hr));
    expect((await hrRatings()).status).toBe(404);

    const { page } = await newPage(browser);
    await logIn(page, me.email);
    await page.getByRole('menuitem', { name: /Karyera profili/ }).click();
    await page.getByTestId('career-page').getByText('Siz Könüllü DOST məzunusunuz', { exact: false }).waitFor();
    await page.getByTestId('consent-text').getByText('razıyam', { exact: false }).waitFor();
    await page.getByTestId('consent-switch').locator('input').click();
    await page.locator('[data-testid=consent-state][data-given=true]').waitFor();
    expect((await hrRatings()).status).toBe(200);

    await page.getByTestId('cv-input').setInputFiles({ name: 'şəkil.pdf', mimeType: 'application/pdf', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) });
    await page.getByTestId('cv-error').getByText('Yalnız PDF faylı yükləmək olar.').waitFor();
    await page.getByTestId('cv-input').setInputFiles({ name: 'CV Ləman.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% e2e\n%%EOF\n') });
    await page.getByTestId('cv-info').getByText('CV_Ləman.pdf', { exact: false }).waitFor();

    await page.locator('input[name=institution]').fill('Qarabağ Universiteti');
    await page.getByTestId('career-save').click();
    await page.getByText('Profil yadda saxlanıldı').waitFor();
    await screenshot(page, 'alumni-career-profile');

    await page.getByTestId('consent-switch').locator('input').click();
    await page.locator('[data-testid=consent-state][data-given=false]').waitFor();
    expect((await hrRatings()).status).toBe(404);

    // The coordinator rates her for the last month; she sees the averages, never the comment.
    const staff = await newPage(browser);
    await logIn(staff.page, 'coordinator@demo.dost.local');
    await staff.page.getByRole('menuitem', { name: /Könüllüləri qiymətləndir/ }).click();
    await staff.page.getByLabel('Könüllü').fill(me.name);
    await staff.page.getByRole('option', { name: me.name }).click();
    for (const [k, v] of [['punctuality', 5], ['communication', 4], ['serviceToCitizens', 5], ['teamwork', 4]] as const) {
      // MUI's stars are visually hidden radios: click the star (its label), as a person does.
      const id = await staff.page.getByTestId(`score-${k}`).locator(`input[value="${v}"]`).getAttribute('id');
      await staff.page.locator(`label[for="${id}"]`).click();
    }
    await staff.page.locator('textarea[name=comment]').fill('Vətəndaşlarla çox nəzakətlidir (e2e)');
    await staff.page.getByTestId('rate-submit').click();
    await staff.page.getByTestId('ratings-given').getByText(me.name).first().waitFor();
    await screenshot(staff.page, 'alumni-rate');
    await expectNoSeriousA11yViolations(staff.page, 'rating an alumna (coordinator)');

    await page.reload();
    await page.locator('[data-testid=ratings-aggregate][data-count="1"]').waitFor();
    await page.getByTestId('avg-punctuality').getByText('5').waitFor();
    expect(await page.getByTestId('career-page').textContent()).not.toContain('nəzakətlidir');
  });
});
