import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import request from 'supertest';
import { E2E_PASSWORD } from '../support/running-app';
import { describeInBrowser, launchBrowser, logIn, newPage, PHONE, screenshot } from '../support/browser';
import { appDb } from '../support/app-db';
import { expectNoSeriousA11yViolations } from '../support/axe';

const base = () => process.env.E2E_BASE_URL!;
const login = async (email: string, password = E2E_PASSWORD) => (await request(base()).post('/api/v1/auth/login').send({ email, password }).expect(200)).body;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/**
 * A login for the holder of one of the batch's certificates: the demo's people of SOCGOV mostly have no user
 * account, so the admin makes one for the first holder without one and it is linked to the person.
 */
async function holderLogin(volunteerIds: string[]): Promise<{ email: string; volunteerId: string }> {
  const rows = await appDb((db) =>
    db.query<{ id: string; email: string; user_id: string | null }>(`SELECT id, email, user_id FROM volunteers WHERE id = ANY($1::uuid[]) ORDER BY user_id NULLS LAST, email`, [volunteerIds]),
  );
  const withLogin = rows.rows.find((r) => r.user_id && r.email.endsWith('@demo.dost.local'));
  if (withLogin) return { email: withLogin.email, volunteerId: withLogin.id };
  const v = rows.rows[0];
  const admin = (await login('admin@dost.local')).accessToken;
  const user = await request(base()).post('/api/v1/users').set(bearer(admin))
    .send({ email: v.email, fullName: 'Holder', locale: 'az', password: E2E_PASSWORD, roles: ['volunteer'] }).expect(201);
  await appDb((db) => db.query(`UPDATE volunteers SET user_id = $1 WHERE id = $2`, [user.body.id, v.id]));
  return { email: v.email, volunteerId: v.id };
}

/**
 * The SOCGOV event's certificate type: the demo's, or one the admin adds (through the API, as the console's types screen
 * does) when the demo has none.
 */
async function socgovType(): Promise<{ id: string; eventId: string }> {
  const admin = (await login('admin@dost.local')).accessToken;
  const events = await request(base()).get('/api/v1/events').query({ perPage: 100 }).set(bearer(admin)).expect(200);
  const event = events.body.data.find((e: { name: { az: string } }) => e.name.az.startsWith('SOCGOV 2025'));
  const types = await request(base()).get('/api/v1/certificate-types').query({ perPage: 100, kind: 'event' }).set(bearer(admin)).expect(200);
  const found = types.body.data.find((t: { rule: { eventId?: string }; active: boolean }) => t.rule.eventId === event.id && t.active);
  if (found) return { id: found.id, eventId: event.id };
  const created = await request(base()).post('/api/v1/certificate-types').set(bearer(admin)).send({
    code: 'socgov-2025-e2e', kind: 'event', rule: { eventId: event.id },
    name: { az: 'SOCGOV 2025 könüllüsü', en: 'SOCGOV 2025 volunteer', ru: 'Волонтёр SOCGOV 2025' },
  }).expect(201);
  return { id: created.body.id, eventId: event.id };
}

describeInBrowser('certificates: bulk issue, My certificates, public verification, revoke (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('the organiser bulk-issues SOCGOV certificates; a volunteer downloads the PDF; the public page says Etibarlıdır, then Ləğv edilib (and Revoked in English)', async () => {
    const type = await socgovType();

    // ——— the organiser: the SOCGOV type, the whole team, a progress bar that reaches the end ———
    const staff = await newPage(browser);
    await logIn(staff.page, 'organizer@demo.dost.local');
    await staff.page.getByRole('menuitem', { name: /Sertifikat ver/ }).click();
    await staff.page.getByTestId('issue-type').click();
    await staff.page.locator(`[role=option][data-id="${type.id}"]`).click();
    await staff.page.getByTestId('mode-everyone').locator('input').check();
    await staff.page.getByTestId('issue-start').click();
    const batch = staff.page.getByTestId('certificate-batch');
    await batch.waitFor({ timeout: 30_000 });
    await staff.page.locator('[data-testid=certificate-batch][data-status=done]').waitFor({ timeout: 60_000 });
    const total = Number(await batch.getAttribute('data-total'));
    expect(total).toBeGreaterThan(0);
    expect(Number(await batch.getAttribute('data-done'))).toBe(total);
    await staff.page.getByTestId('batch-label').getByText(`Hazırdır: ${total} / ${total}`).waitFor();
    expect(await staff.page.getByTestId('batch-progress').getAttribute('aria-valuenow')).toBe('100');
    expect(await staff.page.getByTestId('batch-result').count()).toBe(total);
    await screenshot(staff.page, 'certificates-0-bulk-issue');
    await expectNoSeriousA11yViolations(staff.page, 'certificate issue, batch done (organiser)');

    // Who holds one now (issued by this batch or before it).
    const held = await staff.page.locator('[data-testid=batch-result][data-outcome=issued], [data-testid=batch-result][data-outcome=alreadyHeld]').count();
    expect(held).toBeGreaterThan(0);
    const organizer = (await login('organizer@demo.dost.local')).accessToken;
    const list = await request(base()).get('/api/v1/certificates').query({ typeId: type.id, status: 'valid', perPage: 100 }).set(bearer(organizer)).expect(200);
    expect(list.body.total).toBeGreaterThan(0);
    const holder = await holderLogin(list.body.data.map((c: { volunteerId: string }) => c.volunteerId));
    const mine = list.body.data.find((c: { volunteerId: string }) => c.volunteerId === holder.volunteerId);

    // ——— the volunteer, on a phone: My certificates, the PDF downloaded with the token, the link copied ———
    const phone = await newPage(browser, PHONE);
    await phone.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base() });
    await logIn(phone.page, holder.email);
    await phone.page.goto('/#/my-certificates');
    const card = phone.page.locator(`[data-testid=my-certificate][data-serial="${mine.serial}"]`);
    await card.getByText('Etibarlıdır').waitFor();
    await card.getByText(/SOCGOV/).first().waitFor();
    await expectNoSeriousA11yViolations(phone.page, 'my certificates (volunteer, phone)');
    const [download] = await Promise.all([phone.page.waitForEvent('download'), card.getByTestId('download-pdf-az-en').click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const saved = await download.path();
    expect(saved).toBeTruthy();
    const pdf = readFileSync(saved as string);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await card.getByTestId('copy-verify-link').click();
    await phone.page.getByText('Yoxlama linki kopyalandı').waitFor();
    const copied = await phone.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(mine.verificationCode);
    expect(await card.getByTestId('add-to-linkedin').getAttribute('href')).toMatch(/^https:\/\/www\.linkedin\.com\/profile\/add\?startTask=CERTIFICATION_NAME&/);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(phone.page, 'certificates-1-my-certificates-phone');
    await phone.context.close();

    // ——— anyone, no login: the verification page ———
    const visitor = await newPage(browser, PHONE);
    await visitor.page.goto(`/#/verify/${mine.verificationCode}`);
    await visitor.page.getByRole('heading', { level: 1, name: 'Sertifikatın yoxlanması' }).waitFor();
    await visitor.page.locator('main').getByTestId('verify-status').getByText('Etibarlıdır').waitFor();
    await visitor.page.getByTestId('verify-holder').getByText(mine.holderName).waitFor();
    await visitor.page.getByTestId('verify-serial').getByText(mine.serial).waitFor();
    await screenshot(visitor.page, 'certificates-2-verify-valid');
    // An unknown code: a friendly not-found.
    await visitor.page.goto('/#/verify/AAAAAAAAAAAAAAAAAAAA');
    await visitor.page.getByText('Bu kodla sertifikat tapılmadı').waitFor();

    // ——— the organiser revokes it (the reason is required) ———
    await staff.page.goto(`/#/certificates/${mine.id}/show`);
    await staff.page.getByTestId('certificate-revoke').click();
    await staff.page.getByTestId('revoke-confirm').click();
    await staff.page.getByText('Səbəbi yazın').waitFor();
    await staff.page.locator('textarea[name=reason]').fill('Saatların bir hissəsi səhv təsdiqlənib');
    await staff.page.getByTestId('revoke-confirm').click();
    await staff.page.getByText('Sertifikat ləğv edildi').waitFor();
    await staff.page.locator('[data-testid=certificate-detail][data-status=revoked]').waitFor();
    await screenshot(staff.page, 'certificates-3-revoked-staff');
    await expectNoSeriousA11yViolations(staff.page, 'certificate detail, revoked (organiser)');
    await staff.context.close();

    // The public page now says revoked, with the date and never the reason — in Azerbaijani, then English.
    await visitor.page.goto(`/#/verify/${mine.verificationCode}`);
    const status = visitor.page.getByTestId('verify-status');
    await status.getByText('Ləğv edilib').waitFor();
    await status.getByText(/tarixində ləğv edilib/).waitFor();
    expect(await visitor.page.locator('main').innerText()).not.toContain('səhv təsdiqlənib');
    await visitor.page.getByTestId('language').click();
    await visitor.page.getByRole('option', { name: 'English' }).click();
    await visitor.page.getByRole('heading', { level: 1, name: 'Certificate verification' }).waitFor();
    await status.getByText('Revoked', { exact: true }).waitFor();
    await screenshot(visitor.page, 'certificates-4-verify-revoked-en');
    // Russian through the link's ?lang=.
    await visitor.page.goto(`/#/verify/${mine.verificationCode}?lang=ru`);
    await status.getByText('Отозван', { exact: true }).waitFor();
    await visitor.context.close();
  });
});
