import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser, type AddressObject } from 'mailparser';
import { createTransport, type Transporter } from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';

export interface MailAddress {
  /** Display name, e.g. "Gülçöhrə Ağayeva". Line breaks are removed: they must never start a new header. */
  name?: string;
  address: string;
}

export interface MailAttachment {
  filename: string;
  content: string | Buffer;
  /** e.g. 'text/calendar; method=REQUEST' for an .ics invitation. */
  contentType?: string;
  /** 'base64': `content` is base64 text of binary bytes (a PDF kept in the outbox's JSON); decoded before sending. */
  encoding?: 'base64';
}

export interface OutgoingMail {
  to: MailAddress;
  subject: string;
  html: string;
  text: string;
  /**
   * Chosen by the caller and stable across retries (e.g. "<notification-id@konullu.dost.gov.az>"), so a
   * message delivered twice is recognised by mail clients as one message. See `messageIdFor`.
   */
  messageId: string;
  /** Extra headers such as List-Unsubscribe; a CR or LF in a name or value is refused. */
  headers?: Record<string, string>;
  attachments?: MailAttachment[];
}

export interface SentMail {
  messageId: string;
}

/** The port the rest of the system sends mail through; a failure rejects, so the caller can retry. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<SentMail>;
}

const MESSAGE_ID = /^<?([^<>\s@]+@[^<>\s@]+)>?$/;
const HEADER_NAME = /^[!-9;-~]+$/;

/** A Message-ID from an id that stays the same across retries: `<id@domain>`. */
export const messageIdFor = (id: string, domain: string): string => normaliseMessageId(`${id}@${domain}`);

export const normaliseMessageId = (messageId: string): string => {
  const match = MESSAGE_ID.exec(messageId.trim());
  if (!match) throw new Error(`Not a valid Message-ID: ${JSON.stringify(messageId)}`);
  return `<${match[1]}>`;
};

/** Headers that let mail clients offer a one-click unsubscribe (RFC 8058) for non-essential mail. */
export const listUnsubscribeHeaders = (unsubscribeUrl: string): Record<string, string> => ({
  'List-Unsubscribe': `<${unsubscribeUrl}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
});

const singleLine = (value: string): string => value.replace(/[\r\n]+/g, ' ').trim();

const checkedHeaders = (headers: Record<string, string> = {}): Record<string, string> => {
  for (const [name, value] of Object.entries(headers)) {
    if (!HEADER_NAME.test(name) || /[\r\n]/.test(value)) throw new Error(`Refusing header ${JSON.stringify(name)}: it contains a line break or is not a header name`);
  }
  return headers;
};

const address = (value: MailAddress | string): MailAddress | string =>
  typeof value === 'string' ? singleLine(value) : { name: singleLine(value.name ?? ''), address: singleLine(value.address) };

/**
 * The nodemailer message both mailers build, so the .eml on disk is what SMTP would have sent.
 * Nodemailer itself encodes names and folds subjects; we also flatten line breaks here because a
 * "name" with a newline in it is never what anybody meant.
 */
const toNodemailerMessage = (mail: OutgoingMail, from: MailAddress | string) => ({
  from: address(from),
  to: address(mail.to),
  subject: singleLine(mail.subject),
  html: mail.html,
  text: mail.text,
  messageId: normaliseMessageId(mail.messageId),
  headers: checkedHeaders(mail.headers),
  attachments: mail.attachments?.map(({ filename, content, contentType, encoding }) => ({ filename, content, contentType, ...(encoding ? { encoding } : {}) })),
});

export interface SmtpMailerOptions {
  /** e.g. smtp://user:pass@mail.example.az:587 or smtps://…:465; query options such as ?pool=true work too. */
  smtpUrl: string;
  from: MailAddress | string;
}

/** Sends through an SMTP server with nodemailer. */
export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;

  constructor(private readonly options: SmtpMailerOptions) {
    // Short timeouts: a dead server should fail the attempt quickly and leave the retry to the queue,
    // not hold a worker for nodemailer's default two minutes.
    this.transport = createTransport({ url: options.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
  }

  async send(mail: OutgoingMail): Promise<SentMail> {
    const message = toNodemailerMessage(mail, this.options.from);
    await this.transport.sendMail(message);
    return { messageId: message.messageId };
  }

  /** Closes pooled connections (only open with ?pool=true). */
  close(): void {
    this.transport.close();
  }
}

export interface FileMailerOptions {
  /** The folder the .eml files go to, e.g. `$DATA_DIR/mail`; created when missing. */
  directory: string;
  from: MailAddress | string;
  /** For tests: the Date header. Defaults to the time of sending. */
  now?: () => Date;
}

/** A file name for a Message-ID that is safe on every file system and in a URL. */
const fileIdFor = (messageId: string): string => normaliseMessageId(messageId).slice(1, -1).replace(/[^A-Za-z0-9@._-]/g, '_');
const FILE_ID = /^[A-Za-z0-9@._-]+$/;

/**
 * Writes each message as an RFC 822 .eml file instead of sending it — the default when no SMTP server is
 * configured, so a new installation shows exactly what would have been sent. The file is named after the
 * Message-ID: a retried message replaces its file rather than appearing twice.
 */
export class FileMailer implements Mailer {
  constructor(private readonly options: FileMailerOptions) {}

  async send(mail: OutgoingMail): Promise<SentMail> {
    const message = toNodemailerMessage(mail, this.options.from);
    const raw = await new MailComposer({ ...message, date: this.options.now?.() ?? new Date() }).compile().build();
    await mkdir(this.options.directory, { recursive: true });
    const file = join(this.options.directory, `${fileIdFor(message.messageId)}.eml`);
    // Write then rename, so a reader listing the folder never sees half a message.
    await writeFile(`${file}.tmp`, raw);
    await rename(`${file}.tmp`, file);
    return { messageId: message.messageId };
  }
}

export interface MailFileSummary {
  /** The file's id, usable in a URL and with `readMailFile`. */
  id: string;
  messageId: string;
  to: string;
  subject: string;
  date: Date;
  file: string;
}

export interface MailFile extends MailFileSummary {
  html: string;
  text: string;
  headers: Record<string, string>;
}

const addressText = (value: AddressObject | AddressObject[] | undefined): string =>
  (Array.isArray(value) ? value : value ? [value] : []).map((a) => a.text).join(', ');

const parseMailFile = async (directory: string, id: string, headersOnly = false): Promise<MailFile> => {
  const file = join(directory, `${id}.eml`);
  let raw = await readFile(file);
  if (headersOnly) {
    // A listing needs the headers only; parsing the bodies of every message would make the page slow.
    const end = raw.indexOf('\r\n\r\n');
    if (end >= 0) raw = raw.subarray(0, end + 4);
  }
  const parsed = await simpleParser(raw);
  const headers: Record<string, string> = {};
  for (const line of parsed.headerLines) headers[line.key] = line.line.slice(line.line.indexOf(':') + 1).trim();
  return {
    id,
    messageId: parsed.messageId ?? '',
    to: addressText(parsed.to),
    subject: parsed.subject ?? '',
    date: parsed.date ?? new Date(0),
    file,
    html: parsed.html === false ? '' : parsed.html,
    text: parsed.text ?? '',
    headers,
  };
};

/** The messages a FileMailer wrote, newest first — for the admin's "Sent mail" page. */
export const listMailFiles = async (directory: string): Promise<MailFileSummary[]> => {
  let names: string[];
  try {
    names = await readdir(directory);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const ids = names.filter((name) => name.endsWith('.eml')).map((name) => name.slice(0, -'.eml'.length));
  const mails = await Promise.all(ids.map((id) => parseMailFile(directory, id, true)));
  return mails
    .map(({ id, messageId, to, subject, date, file }) => ({ id, messageId, to, subject, date, file }))
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));
};

/** One message with its bodies, for a preview; undefined when there is no such file. */
export const readMailFile = async (directory: string, id: string): Promise<MailFile | undefined> => {
  if (!FILE_ID.test(id) || id.startsWith('.')) return undefined;
  try {
    return await parseMailFile(directory, id);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
};
