import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import request from 'supertest';
import { E2E_PASSWORD } from '../support/running-app';
import { describeInBrowser, launchBrowser, logIn, newPage, screenshot } from '../support/browser';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { appDb } from '../support/app-db';

const base = () => process.env.E2E_BASE_URL!;
const login = async (email: string, password = E2E_PASSWORD) => (await request(base()).post('/api/v1/auth/login').send({ email, password }).expect(200)).body;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const SAMPLE = path.resolve(__dirname, '../../docs/samples/socgov-guests.csv');

/** An event of its own (fixed dates, far ahead) with its own organiser — the demo's guests are left alone. */
async function ownEvent(): Promise<{ eventId: string; organizer: string }> {
  const tag = Math.random().toString(36).slice(2, 8);
  const eventId = await appDb(async (db) => {
    const [event] = (await db.query(
      `INSERT INTO events (name_az, name_en, name_ru, venue, starts_at, ends_at, status) VALUES ($1, $2, $3, 'Gülüstan sarayı', '2027-10-23T05:00:00Z', '2027-10-23T15:00:00Z', 'published') RETURNING id`,
      [`SOCGOV qonaqları ${tag}`, `SOCGOV guests ${tag}`, `Гости SOCGOV ${tag}`])).rows;
    return event.id as string;
  });
  const admin = (await login('admin@dost.local')).accessToken;
  const organizer = `guests-organizer-${tag}@e2e.dost.local`;
  await request(base()).post('/api/v1/users').set(bearer(admin))
    .send({ email: organizer, fullName: 'Qonaq Təşkilatçısı', locale: 'az', password: E2E_PASSWORD, roles: ['organizer'], eventIds: [eventId] }).expect(201);
  return { eventId, organizer };
}

describeInBrowser('event guests: import with preview, fix and re-import, delegation programme (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('the organiser imports the 40-guest sample, sees the two wrong rows in Azerbaijani, fixes them and re-imports without duplicates', async () => {
    const { eventId, organizer } = await ownEvent();
    const sample = readFileSync(SAMPLE, 'utf8');
    const { page } = await newPage(browser);
    await logIn(page, organizer);
    await page.goto(`/#/event-guests?event=${eventId}`);
    await page.getByText('Hələ qonaq yoxdur').waitFor();

    // 1. The file as it is: 38 good rows, two wrong ones with the problem under the cell.
    await page.getByTestId('guests-import-open').click();
    await page.getByTestId('guests-import-file').setInputFiles({ name: 'socgov-guests.csv', mimeType: 'text/csv', buffer: Buffer.from(sample, 'utf8') });
    await page.getByTestId('guests-import-preview').waitFor();
    expect(await page.getByTestId('import-row-error').count()).toBe(2);
    await expect(page.getByTestId('guests-import-errors').textContent()).resolves.toContain('2 xətalı sətir');
    await page.getByText('«2027-10-22 25:20» tarix deyil').waitFor();
    await page.getByText('«xx» dil kodu tanınmır').waitFor();
    await page.getByText('Xətalı sətirlər idxal edilməyəcək').waitFor();
    await expectNoSeriousA11yViolations(page, 'guest import preview with two wrong rows');
    await screenshot(page, 'event-guests-import-preview');
    await expect(page.getByTestId('guests-import-accept').textContent()).resolves.toBe('38 qonağı idxal et');
    // Nothing is saved by looking.
    const token = (await login(organizer)).accessToken;
    expect((await request(base()).get(`/api/v1/events/${eventId}/guests`).set(bearer(token)).expect(200)).body.total).toBe(0);
    await page.getByTestId('guests-import-accept').click();
    await page.getByTestId('guests-import-dialog').waitFor({ state: 'detached' });
    await page.locator('[data-testid=guests-count]', { hasText: '38 qonaq' }).waitFor();

    // 2. The two rows fixed, the whole file again: 2 new, 38 updated, none doubled.
    const fixed = sample.replace('2027-10-22 25:20', '2027-10-22 06:20').replace('"en;xx"', 'en');
    await page.getByTestId('guests-import-open').click();
    await page.getByTestId('guests-import-file').setInputFiles({ name: 'socgov-guests.csv', mimeType: 'text/csv', buffer: Buffer.from(fixed, 'utf8') });
    await page.getByTestId('guests-import-preview').waitFor();
    expect(await page.getByTestId('import-row-error').count()).toBe(0);
    await page.getByText('38 yenilənəcək').waitFor();
    await page.getByText('2 yeni').waitFor();
    await page.getByTestId('guests-import-accept').click();
    await page.getByTestId('guests-import-dialog').waitFor({ state: 'detached' });
    await page.locator('[data-testid=guests-count]', { hasText: '40 qonaq' }).waitFor();
    expect((await request(base()).get(`/api/v1/events/${eventId}/guests`).set(bearer(token)).expect(200)).body.total).toBe(40);

    // 3. Filter by delegation.
    await page.getByRole('combobox', { name: 'Nümayəndə heyəti' }).click();
    await page.getByRole('option', { name: 'China', exact: true }).click();
    await page.locator('[data-testid=guests-count]', { hasText: '4 qonaq' }).waitFor();
    expect(await page.getByTestId('guest-row').count()).toBe(4);
    await screenshot(page, 'event-guests-list');

    // 4. A delegation's programme edited by hand.
    await page.getByTestId('event-guests-tab-delegations').click();
    const france = page.locator('[data-testid=delegation-row]', { hasText: 'France' });
    await france.waitFor();
    await france.getByTestId('delegation-edit').click();
    await page.getByTestId('programme-add').click();
    await page.getByTestId('programme-title-0').fill('Açılış plenar iclası');
    await page.getByTestId('delegation-save').click();
    await page.getByTestId('delegation-dialog').waitFor({ state: 'detached' });
    await france.getByText('Açılış plenar iclası').waitFor();
    await expectNoSeriousA11yViolations(page, 'delegations with a programme (organiser)');
    const delegations = (await request(base()).get(`/api/v1/events/${eventId}/delegations`).set(bearer(token)).expect(200)).body;
    expect(delegations.find((d: { name: string }) => d.name === 'France')).toMatchObject({ guestCount: 6, programme: [{ kind: 'arrival', title: 'Açılış plenar iclası' }] });
  });
});
