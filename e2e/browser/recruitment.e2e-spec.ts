import { listMailFiles, readMailFile } from '@dost/notifications';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser, logIn, newPage, PHONE, screenshot } from '../support/browser';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { E2E_PASSWORD, freshPassword } from '../support/running-app';

const mailDir = () => path.join(process.env.E2E_DATA_DIR as string, 'mail');

/** The text of the newest .eml to `to` whose subject matches (the worker delivers within a few seconds). */
async function waitForMail(to: string, subject: RegExp, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await listMailFiles(mailDir())).find((m) => m.to.includes(to) && subject.test(m.subject));
    const mail = found && (await readMailFile(mailDir(), found.id));
    if (mail) return mail.text ?? '';
    if (Date.now() > deadline) throw new Error(`no mail "${subject}" to ${to} within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const FIN_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
const randomFin = () => Array.from({ length: 7 }, () => FIN_ALPHABET[Math.floor(Math.random() * FIN_ALPHABET.length)]).join('');

/** A MUI select (TextField select): open it by its label, pick the option. */
async function choose(page: Page, label: RegExp, option: string, nth = 0): Promise<void> {
  await page.getByRole('combobox', { name: label }).nth(nth).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describeInBrowser('recruitment in a real browser (Chromium, Azerbaijani)', () => {
  let browser: Browser;
  /** Every page of the test, so a failure leaves a screenshot of each as it was. */
  const pages: Page[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  /** A page with the long waits this flow needs on a busy two-core CI machine. */
  async function open(options?: Parameters<typeof newPage>[1]) {
    const opened = await newPage(browser, options);
    opened.page.setDefaultTimeout(30_000);
    pages.push(opened.page);
    return opened;
  }

  async function onFailure<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      for (const [i, page] of pages.entries()) if (!page.isClosed()) await screenshot(page, `recruitment-failure-${i}`).catch(() => undefined);
      throw error;
    }
  }

  it('a new user applies on a phone, verifies the e-mail, the coordinator takes the application to onboarded in the console, the volunteer sets a password and logs in', () => onFailure(async () => {
    const run = Date.now();
    const email = `browser-applicant-${run}@e2e.dost.local`;
    const fullName = 'Aytən Səfərova Rauf qızı';
    const fin = randomFin();

    // 1. The public intakes page on a phone, in Azerbaijani (no account).
    const applicant = await open(PHONE);
    const ap = applicant.page;
    await ap.goto('/#/apply');
    await ap.getByRole('heading', { name: 'Könüllü ol', exact: true }).waitFor();
    const card = ap.getByTestId('intake-card').filter({ hasText: 'Könüllü DOST — payız qəbulu (demo)' });
    await card.getByText('Qarabağ Regional DOST Mərkəzi', { exact: false }).waitFor();
    await card.getByText(/Yaş: 18–35/).waitFor();
    await screenshot(ap, 'recruitment-1-intakes-phone');
    await card.getByRole('link', { name: 'Müraciət et' }).click();

    // 2. The form: every required field, but a FİN that is too short.
    await ap.getByRole('heading', { name: 'Könüllü DOST — payız qəbulu (demo)' }).waitFor();
    // An untouched form is no draft: a reload does not announce one as restored.
    await ap.reload();
    await ap.getByRole('heading', { name: 'Könüllü DOST — payız qəbulu (demo)' }).waitFor();
    expect(await ap.getByText('Yarımçıq qalan müraciətiniz bərpa olundu.').count()).toBe(0);
    await ap.getByTestId('field-fullName').fill(fullName);
    await ap.getByTestId('field-fin').fill('AB12');
    await ap.getByTestId('field-birthDate').fill('2002-03-14');
    await ap.getByTestId('field-phone').fill('050 123 45 67');
    await ap.getByTestId('field-email').fill(email);
    // Education is asked of students only (issue 19): someone working sees no education fields.
    await ap.getByRole('radio', { name: 'İşləyirəm', exact: true }).check();
    expect(await ap.getByTestId('field-institution').count()).toBe(0);
    await ap.getByRole('radio', { name: 'Tələbəyəm', exact: true }).check();
    await ap.getByTestId('field-institution').fill('Bakı Dövlət Universiteti');
    await ap.getByTestId('field-faculty').fill('Beynəlxalq münasibətlər');
    await ap.getByTestId('field-year').fill('2024');
    // Azerbaijani (C2) is the first row already; add English at C1.
    await ap.getByRole('button', { name: 'Dil əlavə et' }).click();
    await choose(ap, /^Dil/, 'İngilis dili', 1);
    await choose(ap, /^Səviyyə/, 'C1', 1);
    await ap.getByRole('checkbox', { name: 'Şənbə · Səhər', exact: true }).check();
    await ap.getByRole('checkbox', { name: 'Bazar · Günorta sonra', exact: true }).check();
    await choose(ap, /^Seçim 1/, 'Qarabağ Regional DOST Mərkəzi');
    await choose(ap, /^Seçim 2/, 'Bakı 1 nömrəli DOST Mərkəzi');
    await ap.getByTestId('field-motivation').fill('Bərdədə yaşlı vətəndaşlara elektron xidmətlərdən istifadədə kömək etmək istəyirəm.');
    await ap.getByRole('radio', { name: 'M', exact: true }).check();
    await ap.getByRole('checkbox', { name: 'Elektron xidmətlərdə kömək' }).check();
    await ap.getByTestId('consent-text').getByText(/Fərdi məlumatlar haqqında/).waitFor();
    await ap.getByRole('checkbox', { name: 'Yuxarıdakı mətni oxudum və razıyam' }).check();
    await screenshot(ap, 'recruitment-2-form-filled-phone');
    await ap.getByTestId('submit-application').click();

    // The error is on the page, in Azerbaijani, next to the FİN — and nothing was sent.
    await ap.getByTestId('form-error').getByText('Bəzi sahələr düzgün doldurulmayıb — aşağıda qırmızı ilə göstərilib.').waitFor();
    await ap.getByText('FİN 7 simvoldan ibarət olmalıdır.', { exact: true }).waitFor();
    expect(await ap.getByTestId('field-fin').getAttribute('aria-invalid')).toBe('true');
    await screenshot(ap, 'recruitment-3-fin-error-phone');

    // A reload keeps the half-filled application (the consent tick must be given again).
    await ap.reload();
    await ap.getByText('Yarımçıq qalan müraciətiniz bərpa olundu.').waitFor();
    expect(await ap.getByTestId('field-email').inputValue()).toBe(email);
    expect(await ap.getByRole('checkbox', { name: 'Yuxarıdakı mətni oxudum və razıyam' }).isChecked()).toBe(false);
    await ap.getByTestId('field-fin').fill(fin);
    await ap.getByRole('checkbox', { name: 'Yuxarıdakı mətni oxudum və razıyam' }).check();
    await ap.getByTestId('submit-application').click();

    // 3. The status page: submitted, waiting for the e-mail code.
    await ap.getByRole('heading', { name: 'Müraciətin vəziyyəti' }).waitFor();
    await ap.getByTestId('application-status').getByText('Göndərilib').waitFor();
    await ap.getByTestId('verify-box').getByText('E-poçtunuzu təsdiqləyin').waitFor();
    await screenshot(ap, 'recruitment-4-status-submitted-phone');

    const verification = await waitForMail(email, /təsdiqləyin/);
    const code = /\b(\d{6})\b/.exec(verification)?.[1];
    expect(code).toMatch(/^\d{6}$/);
    await ap.getByTestId('verify-code').fill(code as string);
    await ap.getByTestId('verify-submit').click();
    await ap.getByTestId('status-notice').getByText('E-poçt təsdiqləndi. Müraciətiniz baxışa göndərildi.').waitFor();
    await ap.getByTestId('verify-box').waitFor({ state: 'detached' });
    await screenshot(ap, 'recruitment-5-verified-phone');

    // 4. The demo coordinator finds the application in the console and moves it on, stage by stage.
    const coordinator = await open();
    const cp = coordinator.page;
    await logIn(cp, 'coordinator@demo.dost.local', E2E_PASSWORD);
    await cp.getByRole('menuitem', { name: 'Müraciətlər' }).click();
    await cp.locator('input[name=q]').fill(email);
    // The search reaches the address only after react-admin's debounce; a row clicked before that is
    // navigated away from again when the filter lands.
    await cp.waitForURL(/filter=.*browser-applicant/);
    const row = cp.locator('tr', { hasText: fullName });
    await row.waitFor();
    await expectNoSeriousA11yViolations(cp, 'application list (coordinator)');
    await screenshot(cp, 'recruitment-6-console-list');
    await row.click();
    await cp.getByTestId('applicant-name').getByText(fullName).waitFor();
    await cp.getByTestId('application-occupation').getByText('Tələbədir', { exact: true }).waitFor();
    await cp.getByTestId('application-education').getByText('Bakı Dövlət Universiteti, Beynəlxalq münasibətlər, 2024').waitFor();
    await expectNoSeriousA11yViolations(cp, 'application detail (coordinator)');
    await screenshot(cp, 'recruitment-7-console-detail');

    // The buttons say what they do; after each move the new stage shows in the notice and the history.
    const moveTo = async (action: string, stage: string, shot: string) => {
      await cp.getByRole('button', { name: action, exact: true }).click();
      await cp.getByText(`Mərhələ dəyişdi: ${stage}`).waitFor();
      await cp.getByTestId('timeline-entry').filter({ hasText: stage }).first().waitFor();
      await screenshot(cp, shot);
    };
    await moveTo('İlkin baxışa götür', 'İlkin baxış', 'recruitment-8-console-screening');
    await moveTo('Müsahibəyə dəvət et', 'Müsahibə', 'recruitment-9-console-interview');

    // The applicant sees the invitation on the status page and picks an interview time.
    await ap.reload();
    await ap.getByTestId('application-status').getByText('Müsahibə').waitFor();
    await ap.getByText('Uyğun vaxtı seçin').waitFor();
    await ap.getByRole('button', { name: 'Bu vaxtı seç' }).first().click();
    await ap.getByTestId('interview-booked').getByText(/Müsahibəniz: \d{2}\.\d{2}\.\d{4} \d{2}:\d{2}, Qarabağ Regional DOST Mərkəzi/).waitFor();
    await screenshot(ap, 'recruitment-10-interview-booked-phone');

    await cp.reload();
    await cp.getByTestId('applicant-name').waitFor();
    expect(await cp.getByText('Vaxt seçilməyib').count()).toBe(0);
    await moveTo('Təklif et', 'Təklif edilib', 'recruitment-11-console-offered');
    await moveTo('Qəbul et', 'Qəbul edilib', 'recruitment-12-console-accepted');

    // Not a volunteer before the onboarding checklist is complete: the API's refusal, in Azerbaijani.
    await cp.getByRole('button', { name: 'Könüllü kimi qeydə al', exact: true }).click();
    await cp.getByText('Adaptasiya siyahısı tamamlanmayıb.').waitFor();
    await cp.getByTestId('applicant-name').locator('xpath=..').getByText('Qəbul edilib').waitFor();

    // Onboarding checklist: every item ticked, then the last step.
    const items = cp.locator('input[type=checkbox][name^=checklist-]');
    expect(await items.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await items.count()); i++) {
      // The tick is saved first, then shown: click, and wait for the answer to tick it.
      await items.nth(i).click();
      await cp.locator('input[type=checkbox][name^=checklist-]:checked').nth(i).waitFor();
    }
    await screenshot(cp, 'recruitment-13-console-checklist');
    await moveTo('Könüllü kimi qeydə al', 'Könüllüdür', 'recruitment-14-console-onboarded');
    await cp.getByTestId('home-center').getByText('Qarabağ Regional DOST Mərkəzi').waitFor();
    await cp.getByText('Bu mərhələdə sizin üçün addım yoxdur.').waitFor();

    // The board shows the card in the volunteers' column.
    await cp.getByRole('menuitem', { name: 'Müraciət lövhəsi' }).click();
    // The board opens on the newest intake; the demo has several (the forum's event intake among them), so pick ours.
    await cp.getByRole('combobox', { name: 'Qəbul' }).click();
    await cp.getByRole('option', { name: 'Könüllü DOST — payız qəbulu (demo)' }).click();
    await cp.getByTestId('column-onboarded').getByTestId('board-card').filter({ hasText: fullName }).waitFor();
    // Seven columns scroll inside the board; the page itself stays as wide as the screen.
    expect(await cp.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectNoSeriousA11yViolations(cp, 'application board (coordinator)');
    await screenshot(cp, 'recruitment-15-console-board');

    // The intake's interview times show the one the applicant took as booked.
    await cp.getByRole('menuitem', { name: 'Qəbullar' }).click();
    await cp.locator('tr', { hasText: 'Könüllü DOST — payız qəbulu (demo)' }).click();
    await cp.getByText('Müsahibə vaxtları').first().waitFor();
    await cp.getByRole('cell', { name: 'Tutulub', exact: true }).first().waitFor();
    await cp.getByText('Yaş həddi').waitFor();
    await screenshot(cp, 'recruitment-15b-console-intake');
    // The demo intake spans the whole network: only an admin may change it, so the coordinator gets no edit button.
    expect(await cp.getByRole('link', { name: /Redaktə/ }).count()).toBe(0);
    await coordinator.context.close();

    // 5. The status page says so.
    await ap.reload();
    await ap.getByTestId('application-status').getByText('Könüllüdür').waitFor();
    await ap.getByText('Siz artıq DOST könüllüsüsünüz. Hesabınız üçün məktubu yoxlayın.').waitFor();
    await screenshot(ap, 'recruitment-16-status-onboarded-phone');
    await applicant.context.close();

    // 6. The invitation mail: set a password from its link, log in, see the volunteer's own pages.
    const invitation = await waitForMail(email, /platformasına dəvət/);
    const link = /#\/set-password\?\S+/.exec(invitation)?.[0];
    expect(link).toBeDefined();
    const volunteer = await open(PHONE);
    const vp = volunteer.page;
    await vp.goto(`/${link as string}`);
    await vp.getByRole('heading', { name: 'Şifrənizi təyin edin' }).waitFor();
    const password = freshPassword();
    await vp.locator('input[name=password]').fill(password);
    await vp.locator('input[name=repeat]').fill(password);
    await screenshot(vp, 'recruitment-17-set-password-phone');
    await vp.locator('button[type=submit]').click();
    await vp.getByTestId('password-set').getByText('Şifrəniz təyin olundu. İndi daxil ola bilərsiniz.').waitFor();
    await logIn(vp, email, password);
    await vp.getByText(`Xoş gördük, ${fullName}`).waitFor();
    await screenshot(vp, 'recruitment-18-volunteer-home-phone');
    // The menu holds the volunteer's own pages only — no staff screens.
    await vp.getByRole('button', { name: /menyu|menu/i }).first().click();
    await vp.getByRole('menuitem', { name: 'Növbələrim' }).waitFor();
    await vp.getByRole('menuitem', { name: 'Açıq növbələr' }).waitFor();
    expect(await vp.getByRole('menuitem', { name: 'Müraciətlər' }).count()).toBe(0);
    await screenshot(vp, 'recruitment-19-volunteer-menu-phone');
    await vp.getByRole('menuitem', { name: 'Açıq növbələr' }).click();
    // Their home center is the one they were onboarded to: its open shifts are offered.
    await vp.getByTestId('shift-card').filter({ hasText: 'Qarabağ Regional DOST Mərkəzi' }).first().waitFor();
    await screenshot(vp, 'recruitment-20-volunteer-open-shifts-phone');
    await volunteer.context.close();
  }), 300_000);
});
