import type { Browser } from 'playwright-core';
import { Client } from 'pg';
import request from 'supertest';
import { E2E_PASSWORD } from '../support/running-app';
import { describeInBrowser, launchBrowser, logIn, newPage, screenshot } from '../support/browser';
import { expectNoSeriousA11yViolations } from '../support/axe';

const base = () => process.env.E2E_BASE_URL!;
const ORGANIZER = 'organizer@demo.dost.local';

async function withDb<T>(work: (db: Client) => Promise<T>): Promise<T> {
  const url = new URL(process.env.DATABASE_URL as string);
  url.pathname = `/${process.env.E2E_DATABASE}`;
  const db = new Client({ connectionString: url.toString() });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}

/** Polls `probe` until it gives a value (expect-style, no fixed sleeps); null after `timeoutMs`. */
async function until<T>(probe: () => Promise<T | null>, timeoutMs: number): Promise<T | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * Issue 15's browser path, as the demo organiser: guests imported from a CSV (one wrong row shown and left out),
 * liaisons matched by language with the roster engine, then the event-day desk of today's demo fair — a volunteer
 * missing 10 minutes after the start marked as a no-show and replaced from standby in one tap, both mailed.
 */
describeInBrowser('event operations: import → liaison matching → event-day desk (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  let forum: { id: string };
  let fair: { id: string };
  beforeAll(async () => {
    const token = (await request(base()).post('/api/v1/auth/login').send({ email: ORGANIZER, password: E2E_PASSWORD }).expect(200)).body.accessToken;
    const events = (await request(base()).get('/api/v1/events').set('Authorization', `Bearer ${token}`).expect(200)).body.data as { id: string; name: { en: string } }[];
    forum = events.find((e) => e.name.en.startsWith('Youth and Digital Services Forum'))!;
    fair = events.find((e) => e.name.en.startsWith('Volunteering Fair'))!;
  });

  it('imports guests from a CSV: the wrong row is shown and left out, the good ones land', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, ORGANIZER);
    // 1. Guests from a CSV: three good rows and one with an unknown language code (shown, not imported).
    const stamp = Date.now().toString(36);
    const csv = [
      'key,name,country,organisation,delegation,languages,arrival',
      `e2e-${stamp}-1,Giulia Rossi,IT,Ministero,Italia ${stamp},it;en,2030-01-01 09:00`,
      `e2e-${stamp}-2,Marco Bianchi,IT,Ministero,Italia ${stamp},it,2030-01-01 09:00`,
      `e2e-${stamp}-3,Ana Souza,BR,Governo,Brasil ${stamp},pt,2030-01-01 10:00`,
      `e2e-${stamp}-4,Wrong Row,XX,Test,Brasil ${stamp},zz,not a date`,
    ].join('\n');
    await page.goto(`/#/event-guests?event=${forum.id}`);
    await page.getByTestId('event-guests-page').waitFor();
    await screenshot(page, 'event-operations-guests');
    await expectNoSeriousA11yViolations(page, 'event guests (organiser)');
    await page.getByTestId('guests-import-open').click({ timeout: 60_000 });
    await page.getByTestId('guests-import-file').setInputFiles({ name: 'qonaqlar.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByTestId('guests-import-summary').waitFor();
    expect(await page.getByTestId('guests-import-errors').innerText()).toMatch(/1/);
    await screenshot(page, 'event-operations-import-preview');
    await expect(page.getByTestId('guests-import-accept').textContent()).resolves.toBe('3 qonağı idxal et');
    await page.getByTestId('guests-import-accept').click();
    // The dialog closes only after the API answered; then the list shows the new guests.
    await page.getByTestId('guests-import-dialog').waitFor({ state: 'detached', timeout: 60_000 });
    for (const guest of ['Giulia Rossi', 'Marco Bianchi', 'Ana Souza']) await page.getByText(guest, { exact: true }).first().waitFor({ timeout: 60_000 });
    // A key given in the file is stored as `k:<key>` (a derived one — name, country, organisation — has its own prefix).
    const imported = await withDb((db) => db.query(`SELECT import_key FROM event_guests WHERE event_id = $1 AND import_key LIKE $2 ORDER BY import_key`, [forum.id, `k:e2e-${stamp}-%`]));
    expect(imported.rows.map((r: { import_key: string }) => r.import_key)).toEqual([`k:e2e-${stamp}-1`, `k:e2e-${stamp}-2`, `k:e2e-${stamp}-3`]);

    await context.close();
  }, 180_000);

  it('matches the forum’s delegations with liaisons by language (roster engine) and applies the proposal', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, ORGANIZER);
    // 2. Liaison matching for the forum's delegations, with the roster engine; the result is shown per group.
    await page.goto(`/#/event-operations/liaisons?event=${forum.id}`);
    // The roster engine may take a while on a loaded machine: generous waits, no sleeps.
    await page.getByTestId('liaison-group').first().waitFor({ timeout: 60_000 });
    await page.getByTestId('liaisons-match').click({ timeout: 60_000 });
    await page.getByTestId('liaisons-apply').waitFor({ timeout: 180_000 });
    await screenshot(page, 'event-operations-liaisons');
    await expectNoSeriousA11yViolations(page, 'liaison matching, proposal (organiser)');
    await page.getByTestId('liaisons-apply').click();
    await page.getByTestId('liaisons-apply').waitFor({ state: 'hidden', timeout: 120_000 });

    await context.close();
  }, 420_000);

  it('runs the event-day desk of today’s fair: a missing volunteer marked as no-show and replaced from standby, both mailed', async () => {
    expect(fair).toBeTruthy();
    const { context, page } = await newPage(browser);
    await logIn(page, ORGANIZER);
    // 3. The event-day desk of today's fair: one welcoming volunteer is missing (started over an hour ago).
    await page.goto(`/#/event-desk?event=${fair.id}`);
    await page.getByText('Tədbir günü masası').first().waitFor();
    await page.getByTestId('desk-grid').waitFor({ timeout: 60_000 });
    await screenshot(page, 'event-operations-desk-open');
    const missing = page.locator('[data-testid=desk-person][data-state=missing]').first();
    await missing.waitFor({ timeout: 60_000 });
    const name = (await missing.locator('p').first().innerText()).trim();
    expect(await page.getByTestId('desk-missing').innerText()).toMatch(/Gəlməyib: [1-9]/);
    await screenshot(page, 'event-operations-desk');
    await expectNoSeriousA11yViolations(page, 'event-day desk (organiser)');
    await missing.getByTestId('desk-mark-missing').click();
    const marked = page.locator('[data-testid=desk-person][data-state=no_show]').filter({ hasText: name });
    await marked.waitFor({ timeout: 60_000 });
    await marked.getByTestId('desk-replace').click({ timeout: 60_000 });
    const dialog = page.getByTestId('desk-standby');
    const first = dialog.getByTestId('desk-standby-person').first();
    await first.waitFor({ timeout: 60_000 });
    const standbyName = (await first.locator('.MuiListItemText-primary').innerText()).trim();
    await first.getByTestId('desk-standby-take').click();
    await dialog.waitFor({ state: 'hidden', timeout: 60_000 });
    await page.locator('[data-testid=desk-person][data-state=replaced]').filter({ hasText: name }).filter({ hasText: `yerinə: ${standbyName}` }).waitFor({ timeout: 60_000 });
    await page.locator('[data-testid=desk-person]').filter({ hasText: standbyName }).filter({ hasText: `${name} əvəzinə` }).waitFor({ timeout: 60_000 });
    await screenshot(page, 'event-operations-replaced');

    // Both people are told by mail (through the outbox, so polled: the worker may be slow on a loaded machine).
    const templates = await until(async () => {
      const mails = await withDb((db) => db.query(
        `SELECT d.template FROM notification_deliveries d WHERE d.template IN ('shift-replaced', 'shift-assigned') AND d.to_name = ANY($1::text[]) ORDER BY d.template`,
        [[name, standbyName]],
      ));
      const found = mails.rows.map((r: { template: string }) => r.template);
      return found.includes('shift-assigned') && found.includes('shift-replaced') ? found : null;
    }, 60_000);
    expect(templates).toEqual(expect.arrayContaining(['shift-assigned', 'shift-replaced']));
    await context.close();
  }, 180_000);
});
