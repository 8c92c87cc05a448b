import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SmtpSink } from './testing';
import { EmailChannel } from './channel';
import { FileMailer, SmtpMailer, listMailFiles, messageIdFor, readMailFile, type OutgoingMail } from './mailer';
import { LOCALES } from './locale';
import { TEMPLATE_NAMES } from './registry';
import { render } from './render';
import { sampleProps } from './sample-props.fixture';

const FROM = { name: 'Könüllü DOST', address: 'no-reply@konullu.dost.gov.az' };
const AZ_LETTERS = 'ə ğ ı ö ü ç ş';

const mailFor = (overrides: Partial<OutgoingMail> = {}): OutgoingMail => {
  const { subject, html, text } = render('coordinator-message', sampleProps['coordinator-message'], 'az');
  return {
    to: { name: 'Gülçöhrə Ağayeva-Şıxəliyeva', address: 'gulchohra@example.az' },
    subject,
    html,
    text,
    messageId: messageIdFor('notif-1', 'konullu.dost.gov.az'),
    ...overrides,
  };
};

/** The header names of a raw message (its part before the first blank line), unfolded. */
const headerNames = (raw: Buffer | string): string[] => {
  const head = raw.toString('utf8').split(/\r?\n\r?\n/)[0];
  return head
    .split(/\r?\n(?![ \t])/)
    .map((line) => line.slice(0, line.indexOf(':')).toLowerCase());
};

describe('SmtpMailer: a real SMTP conversation', () => {
  let sink: SmtpSink;
  let mailer: SmtpMailer;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    mailer = new SmtpMailer({ smtpUrl: sink.url, from: FROM });
  });
  afterAll(async () => {
    mailer.close();
    await sink.stop();
  });
  beforeEach(() => sink.clear());

  it('delivers the mail in the recipient’s language with our Message-ID and unsubscribe headers', async () => {
    const channel = new EmailChannel(mailer);
    const delivery = await channel.deliver({
      template: 'coordinator-message',
      props: { ...sampleProps['coordinator-message'], messageSubject: `Şənbə növbəsi: ${AZ_LETTERS}` },
      recipient: { name: 'Gülçöhrə Ağayeva-Şıxəliyeva', email: 'gulchohra@example.az', locale: 'az' },
      messageId: messageIdFor('0b6a9a4e-notification', 'konullu.dost.gov.az'),
    });

    const [received] = await sink.waitFor(1);
    expect(delivery).toEqual({ channel: 'email', externalId: '<0b6a9a4e-notification@konullu.dost.gov.az>' });
    expect(received.envelope).toEqual({ from: 'no-reply@konullu.dost.gov.az', to: ['gulchohra@example.az'] });
    const mail = received.parsed;
    expect(mail.messageId).toBe('<0b6a9a4e-notification@konullu.dost.gov.az>');
    expect(mail.subject).toBe(`Şənbə növbəsi: ${AZ_LETTERS} — Bakı 1 saylı DOST mərkəzi`);
    expect(mail.from?.value).toEqual([{ name: 'Könüllü DOST', address: 'no-reply@konullu.dost.gov.az' }]);
    expect(mail.to && !Array.isArray(mail.to) && mail.to.value).toEqual([{ name: 'Gülçöhrə Ağayeva-Şıxəliyeva', address: 'gulchohra@example.az' }]);
    expect(mail.text).toContain('koordinatoru Şahin Güləliyev sizə mesaj göndərib');
    expect(mail.html).toContain('<html lang="az">');
    const header = (key: string) => mail.headerLines.find((h) => h.key === key)?.line;
    expect(header('list-unsubscribe')).toBe('List-Unsubscribe: <https://konullu.dost.gov.az/unsubscribe?token=jkl012>');
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
  });

  it('sends essential mail in Russian to a Russian speaker, without unsubscribe headers', async () => {
    await new EmailChannel(mailer).deliver({
      template: 'password-reset',
      props: sampleProps['password-reset'],
      recipient: { name: 'Ирина Петрова', email: 'irina@example.az', locale: 'ru' },
      messageId: '<reset-7@konullu.dost.gov.az>',
    });
    const [received] = await sink.waitFor(1);
    expect(received.parsed.subject).toBe('Восстановление пароля — Könüllü DOST');
    expect(received.parsed.text).toContain('Откройте ссылку, чтобы задать новый пароль');
    expect(received.parsed.headerLines.some((h) => h.key === 'list-unsubscribe')).toBe(false);
  });

  it('a retry with the same Message-ID arrives as the same message', async () => {
    const mail = mailFor({ messageId: '<retry-1@konullu.dost.gov.az>' });
    await mailer.send(mail);
    await mailer.send(mail);
    const received = await sink.waitFor(2);
    expect(new Set(received.map((r) => r.parsed.messageId))).toEqual(new Set(['<retry-1@konullu.dost.gov.az>']));
  });

  it('carries attachments such as a calendar invitation', async () => {
    await mailer.send(mailFor({ attachments: [{ filename: 'novbe.ics', content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', contentType: 'text/calendar' }] }));
    const [received] = await sink.waitFor(1);
    expect(received.parsed.attachments.map((a) => [a.filename, a.contentType])).toEqual([['novbe.ics', 'text/calendar']]);
  });

  it('keeps the charset of a calendar part, so the Azerbaijani text is not read as Latin-1', async () => {
    const ics = `BEGIN:VCALENDAR\r\nSUMMARY:Müsahibə — ${AZ_LETTERS}\r\nEND:VCALENDAR\r\n`;
    await mailer.send(mailFor({ attachments: [{ filename: 'interview.ics', content: ics, contentType: 'text/calendar; charset=utf-8; method=REQUEST' }] }));
    const [received] = await sink.waitFor(1);
    expect(received.raw.toString('utf8')).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
    expect(received.parsed.attachments[0].content.toString('utf8')).toBe(ics);
  });

  it('sends a base64 attachment (a PDF kept in the outbox as text) as its original bytes', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 0xff, 0x80, 0x0a, 0xe2, 0x9c])]);
    await mailer.send(mailFor({ attachments: [{ filename: 'KD-2026-000001.pdf', content: pdf.toString('base64'), contentType: 'application/pdf', encoding: 'base64' }] }));
    const [received] = await sink.waitFor(1);
    expect(received.parsed.attachments[0].contentType).toBe('application/pdf');
    expect(Buffer.compare(received.parsed.attachments[0].content, pdf)).toBe(0);
  });

  it('a CR/LF in a name or the subject never becomes an extra header on the wire', async () => {
    await mailer.send(
      mailFor({
        to: { name: 'Aynur\r\nBcc: spy@evil.example', address: 'aynur@example.az' },
        subject: 'Salam\r\nBcc: spy2@evil.example\nX-Injected: yes',
      }),
    );
    const [received] = await sink.waitFor(1);
    const names = headerNames(received.raw);
    expect(names).not.toContain('bcc');
    expect(names).not.toContain('x-injected');
    expect(received.envelope.to).toEqual(['aynur@example.az']);
    expect(received.parsed.subject).toBe('Salam Bcc: spy2@evil.example X-Injected: yes');
    expect(received.parsed.headers.has('x-injected')).toBe(false);
  });

  it('refuses a header value or a Message-ID with a line break instead of sending it', async () => {
    await expect(mailer.send(mailFor({ headers: { 'X-Note': 'a\r\nBcc: spy@evil.example' } }))).rejects.toThrow(/line break/);
    await expect(mailer.send(mailFor({ messageId: '<a@b>\r\nBcc: spy@evil.example' }))).rejects.toThrow(/Message-ID/);
    expect(sink.received).toHaveLength(0);
  });

  it('rejects when the mail server is down, so the caller can retry later', async () => {
    const down = await SmtpSink.start();
    const { url } = down;
    await down.stop();
    await expect(new SmtpMailer({ smtpUrl: url, from: FROM }).send(mailFor())).rejects.toThrow(/ECONNREFUSED/);
    // …and the sink comes back on the same port.
    await down.start();
    expect(down.url).toBe(url);
    await new SmtpMailer({ smtpUrl: url, from: FROM }).send(mailFor());
    await expect(down.waitFor(1)).resolves.toHaveLength(1);
    await down.stop();
  });

  it('a pooled mailer survives the server going away and coming back on the same port', async () => {
    const outage = await SmtpSink.start();
    const pooled = new SmtpMailer({ smtpUrl: `${outage.url}?pool=true`, from: FROM });
    try {
      await pooled.send(mailFor({ messageId: '<before@x.az>' }));
      await outage.stop();
      await expect(pooled.send(mailFor({ messageId: '<during@x.az>' }))).rejects.toThrow();
      await outage.start();
      await pooled.send(mailFor({ messageId: '<after@x.az>' }));
      expect((await outage.waitFor(2)).map((m) => m.parsed.messageId)).toEqual(['<before@x.az>', '<after@x.az>']);
    } finally {
      pooled.close();
      await outage.stop();
    }
  });
});

describe('FileMailer: .eml files instead of SMTP', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dost-mail-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes a parseable RFC 822 message and lists it for the "Sent mail" page', async () => {
    const mailer = new FileMailer({ directory: join(dir, 'mail'), from: FROM, now: () => new Date('2025-10-24T06:00:00Z') });
    const sent = await mailer.send(mailFor({ messageId: 'abc-1@konullu.dost.gov.az' }));
    expect(sent.messageId).toBe('<abc-1@konullu.dost.gov.az>');

    const files = await readdir(join(dir, 'mail'));
    expect(files).toEqual(['abc-1@konullu.dost.gov.az.eml']);
    const parsed = await simpleParser(await readFile(join(dir, 'mail', files[0])));
    expect(parsed.messageId).toBe('<abc-1@konullu.dost.gov.az>');
    expect(parsed.subject).toBe('Şənbə günü növbə üçün çağırış — Bakı 1 saylı DOST mərkəzi');
    expect(parsed.text).toContain('Hörmətli Gülçöhrə Ağayeva-Şıxəliyeva');

    const list = await listMailFiles(join(dir, 'mail'));
    expect(list).toEqual([
      {
        id: 'abc-1@konullu.dost.gov.az',
        messageId: '<abc-1@konullu.dost.gov.az>',
        to: '"Gülçöhrə Ağayeva-Şıxəliyeva" <gulchohra@example.az>',
        subject: 'Şənbə günü növbə üçün çağırış — Bakı 1 saylı DOST mərkəzi',
        date: new Date('2025-10-24T06:00:00Z'),
        file: join(dir, 'mail', 'abc-1@konullu.dost.gov.az.eml'),
      },
    ]);
    const preview = await readMailFile(join(dir, 'mail'), 'abc-1@konullu.dost.gov.az');
    expect(preview?.html).toContain('<html lang="az">');
    expect(preview?.headers['list-unsubscribe']).toBeUndefined();
  });

  it('lists newest first; a retry replaces its file instead of showing twice', async () => {
    let clock = new Date('2025-10-24T06:00:00Z').getTime();
    const mailer = new FileMailer({ directory: dir, from: FROM, now: () => new Date((clock += 60_000)) });
    await mailer.send(mailFor({ messageId: '<first@x.az>', subject: 'Birinci' }));
    await mailer.send(mailFor({ messageId: '<second@x.az>', subject: 'İkinci' }));
    await mailer.send(mailFor({ messageId: '<first@x.az>', subject: 'Birinci' }));
    expect((await listMailFiles(dir)).map((m) => m.subject)).toEqual(['Birinci', 'İkinci']);
  });

  it('an empty or missing folder lists nothing, and ids cannot leave the folder', async () => {
    expect(await listMailFiles(join(dir, 'nothing-yet'))).toEqual([]);
    expect(await readMailFile(dir, '../etc/passwd')).toBeUndefined();
    expect(await readMailFile(dir, 'missing@x.az')).toBeUndefined();
  });

  it('a CR/LF in a name or the subject never becomes an extra header in the .eml', async () => {
    const mailer = new FileMailer({ directory: dir, from: { name: 'DOST\r\nX-Injected: from', address: 'no-reply@konullu.dost.gov.az' } });
    await mailer.send(
      mailFor({
        messageId: '<inj@x.az>',
        to: { name: 'Aynur\nBcc: spy@evil.example', address: 'aynur@example.az' },
        subject: 'Salam\r\nBcc: spy2@evil.example',
      }),
    );
    const raw = await readFile(join(dir, 'inj@x.az.eml'));
    const names = headerNames(raw);
    expect(names).not.toContain('bcc');
    expect(names).not.toContain('x-injected');
    expect(names.filter((n) => n === 'to')).toHaveLength(1);
    const parsed = await simpleParser(raw);
    expect(parsed.subject).toBe('Salam Bcc: spy2@evil.example');
    expect(parsed.bcc).toBeUndefined();
  });

  it.each(TEMPLATE_NAMES.flatMap((name) => LOCALES.map((locale) => [name, locale] as const)))(
    '%s (%s) comes back from the .eml exactly as rendered',
    async (name, locale) => {
      const mailer = new FileMailer({ directory: dir, from: FROM });
      const rendered = render(name, sampleProps[name] as never, locale);
      await mailer.send(mailFor({ ...rendered, messageId: `<${name}-${locale}@x.az>` }));
      const mail = await readMailFile(dir, `${name}-${locale}@x.az`);
      expect(mail?.subject).toBe(rendered.subject);
      expect(mail?.text).toBe(rendered.text);
      expect(mail?.html).toBe(rendered.html);
    },
  );
});
