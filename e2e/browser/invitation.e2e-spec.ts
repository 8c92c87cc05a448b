import { Client } from 'pg';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser, newPage, screenshot } from '../support/browser';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { E2E_PASSWORD } from '../support/running-app';

/**
 * The "Done when", in a real browser: an admin invites a user from the console, the invitation
 * shows in "Sent mail" in the chosen language, the link in it lets the user set a password and log in.
 */
describeInBrowser('invitation by mail, in the console', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The visible part of a react-admin SelectInput: the combobox next to its hidden input. */
  const selectFor = (page: Page, source: string) => page.locator(`input[name="${source}"]`).locator('xpath=preceding-sibling::div[@role="combobox"]');

  async function logIn(page: Page, email: string, password: string): Promise<void> {
    await page.goto('/#/login');
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill(password);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => !url.hash.startsWith('#/login'));
  }

  it('admin invites → Sent mail shows it in English → the invitee sets a password from the link and logs in', async () => {
    const email = `browser-invite-${Date.now()}@e2e.dost.local`;
    const admin = await newPage(browser);
    await logIn(admin.page, 'admin@dost.local', E2E_PASSWORD);

    // Invite from the console: no password, language English.
    await admin.page.goto('/#/users/create');
    await admin.page.locator('input[name="fullName"]').fill('Ləman Quliyeva');
    await admin.page.locator('input[name="email"]').fill(email);
    await selectFor(admin.page, 'locale').click();
    await admin.page.getByRole('option', { name: 'English' }).click();
    await selectFor(admin.page, 'roles').click();
    await admin.page.getByRole('option').nth(1).click(); // hr
    await admin.page.keyboard.press('Escape');
    await expectNoSeriousA11yViolations(admin.page, 'create user (admin)');
    await screenshot(admin.page, 'invitation-1-create-user');
    await admin.page.locator('button[type="submit"]').click();
    await admin.page.waitForURL((url) => url.hash.startsWith('#/users') && !url.hash.includes('create'));

    // "Sent mail": the invitation, in English, sent (the worker polls every few seconds; CI machines are busy).
    // Searched through the filter in the address (kept across the reloads below): in a full run other specs' mails
    // can push it off what the list shows first.
    await admin.page.goto(`/#/deliveries?filter=${encodeURIComponent(JSON.stringify({ q: email }))}`);
    const row = admin.page.locator('tr', { hasText: email });
    // Each reload refreshes the session and refetches: look only once the list is back, never reload blindly.
    for (let i = 0; i < 30; i++) {
      await row.waitFor();
      if (await row.locator('[data-status="sent"]').count()) break;
      await admin.page.waitForTimeout(2000);
      await admin.page.reload();
    }
    await row.locator('[data-status="sent"]').waitFor();
    await expectNoSeriousA11yViolations(admin.page, 'sent mail (admin)');
    await screenshot(admin.page, 'invitation-2-sent-mail');
    await row.click();
    await admin.page.getByTestId('mail-subject').getByText('You are invited to Könüllü DOST').waitFor();
    const frame = admin.page.frameLocator('[data-testid="mail-html"]');
    await frame.getByText('Ləman Quliyeva', { exact: false }).first().waitFor();
    await screenshot(admin.page, 'invitation-3-preview');
    const text = await admin.page.getByTestId('mail-text').innerText();
    const link = /https?:\/\/\S+\/(#\/set-password\?\S+)/.exec(text);
    expect(link).not.toBeNull();
    await admin.context.close();

    // The invitee opens the link (a fresh browser: no session), sets a password, logs in.
    const invitee = await newPage(browser);
    await invitee.page.goto(`/${(link as RegExpExecArray)[1]}`);
    await invitee.page.getByRole('heading', { name: 'Set your password' }).waitFor();
    await expectNoSeriousA11yViolations(invitee.page, 'set password (invitee)');
    await screenshot(invitee.page, 'invitation-4-set-password');
    const password = 'Browser-Password-2025';
    await invitee.page.locator('input[name="password"]').fill(password);
    await invitee.page.locator('input[name="repeat"]').fill(password);
    await invitee.page.locator('button[type="submit"]').click();
    await invitee.page.getByTestId('password-set').waitFor();
    await screenshot(invitee.page, 'invitation-5-password-set');
    await logIn(invitee.page, email, password);
    await screenshot(invitee.page, 'invitation-6-logged-in');
    expect(invitee.page.url()).not.toContain('#/login');
    await invitee.context.close();
  }, 120_000);

  it('"Forgot password?" on the login page answers without telling whether the address exists', async () => {
    const { page, context } = await newPage(browser);
    await page.goto('/#/login');
    await page.locator('a[href="#/forgot-password"]').click();
    await page.locator('input[name="email"]').fill('nobody-here@e2e.dost.local');
    await page.locator('button[type="submit"]').click();
    await page.getByTestId('reset-requested').waitFor();
    await expectNoSeriousA11yViolations(page, 'forgot password');
    await screenshot(page, 'forgot-password-az');
    expect(await page.getByTestId('reset-requested').innerText()).toMatch(/ünvan/);
    await context.close();
  });

  it("a coordinator writes to their center's active volunteers: live count, confirmation, history", async () => {
    // Recruitment does not exist yet: three active volunteers of the Karabakh center straight into the app's database.
    const url = new URL(process.env.DATABASE_URL as string);
    url.pathname = `/${process.env.E2E_DATABASE}`;
    const db = new Client({ connectionString: url.toString() });
    await db.connect();
    try {
      const run = Date.now();
      await db.query(
        `INSERT INTO volunteers (full_name, email, locale, status, home_center_id)
         SELECT v.name, v.email, v.locale, 'active', c.id FROM centers c,
           (VALUES ('Aysel Məmmədova', $1, 'az'), ('Elvin Həsənov', $2, 'en'), ('Нигяр Алиева', $3, 'ru')) AS v(name, email, locale)
          WHERE c.code = 'barda'`,
        [`aysel-${run}@e2e.dost.local`, `elvin-${run}@e2e.dost.local`, `nigar-${run}@e2e.dost.local`],
      );
    } finally {
      await db.end();
    }
    const { page, context } = await newPage(browser);
    await logIn(page, 'coordinator@demo.dost.local', E2E_PASSWORD);
    await page.goto('/#/messages/create');
    await page.locator('input[name="place"]').locator('xpath=preceding-sibling::div[@role="combobox"]').click();
    await page.getByRole('option').first().click();
    await page.getByTestId('recipient-count').getByText(/\d+ alıcı/).waitFor();
    const count = Number(/(\d+) alıcı/.exec(await page.getByTestId('recipient-count').innerText())?.[1]);
    expect(count).toBeGreaterThanOrEqual(3); // ours, plus any the demo data brings
    await page.locator('input[name="subject"]').fill('Şənbə günü növbə');
    await page.locator('textarea[name="body"]').fill('Hörmətli könüllülər,\nşənbə saat 09:00-da görüşürük.');
    await expectNoSeriousA11yViolations(page, 'group message compose (coordinator)');
    await screenshot(page, 'group-message-1-compose');
    await page.getByRole('button', { name: 'Göndər' }).click();
    await page.getByRole('dialog').getByText(`${count} nəfərə`, { exact: false }).waitFor();
    await screenshot(page, 'group-message-2-confirm');
    await page.getByRole('dialog').getByRole('button', { name: 'Göndər' }).click();
    await page.waitForURL((u) => u.hash.startsWith('#/messages') && !u.hash.includes('create'));
    await page.locator('tr', { hasText: 'Şənbə günü növbə' }).waitFor();
    await expectNoSeriousA11yViolations(page, 'group message history (coordinator)');
    await screenshot(page, 'group-message-3-history');
    await context.close();

    // One recipient follows the unsubscribe link of that mail: the API redirects to the console's page, which asks first.
    const db2 = new Client({ connectionString: url.toString() });
    await db2.connect();
    const [row] = (await db2.query(`SELECT props->>'unsubscribeUrl' AS link FROM notification_deliveries WHERE template = 'coordinator-message' AND to_email LIKE 'elvin-%' LIMIT 1`)).rows;
    await db2.end();
    const reader = await newPage(browser);
    await reader.page.goto(`/api/v1/unsubscribe${new URL(row.link).search}`);
    await reader.page.getByRole('button', { name: 'Unsubscribe' }).click(); // Elvin reads English: the page opens in the mail's language
    await reader.page.getByTestId('unsubscribed').getByText('e***@e2e.dost.local', { exact: false }).waitFor();
    await screenshot(reader.page, 'group-message-4-unsubscribed');
    await reader.context.close();
  }, 60_000);
});
