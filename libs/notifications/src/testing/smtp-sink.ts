import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** SMTP envelope: what the client said in MAIL FROM / RCPT TO. */
  envelope: { from: string; to: string[] };
  /** The message exactly as it came over the wire. */
  raw: Buffer;
  parsed: ParsedMail;
}

/**
 * A real SMTP server on 127.0.0.1 for tests: it accepts everything (any or no login, no TLS) and keeps
 * what arrives, parsed with mailparser. `stop()` and `start()` again keep the same port, so a test can
 * take the "mail server" down and bring it back while a sender retries.
 */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  private server: SMTPServer | undefined;
  private waiters: Array<() => void> = [];
  private port = 0;

  /** Starts a sink on a free port (or the given one). */
  static async start(port = 0): Promise<SmtpSink> {
    const sink = new SmtpSink();
    sink.port = port;
    await sink.start();
    return sink;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.server !== undefined;
  }

  async start(): Promise<void> {
    if (this.server) return;
    const server = new SMTPServer({
      authOptional: true,
      // A plain local connection: nodemailer would otherwise try STARTTLS with a certificate it rejects.
      disabledCommands: ['STARTTLS'],
      // Keeps stop() quick when a client holds a pooled connection open.
      closeTimeout: 100,
      logger: false,
      onAuth: (_auth, _session, callback) => callback(null, { user: 'test' }),
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          const envelope = {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          };
          simpleParser(raw).then(
            (parsed) => {
              this.received.push({ envelope, raw, parsed });
              this.notify();
              callback();
            },
            (error: Error) => callback(error),
          );
        });
      },
    });
    // A refused or failed client connection must not crash the test process.
    server.on('error', () => undefined);
    server.listen(this.port, '127.0.0.1');
    await once(server.server, 'listening');
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Stops listening and drops open connections; the port is kept for the next start(). */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Forgets what has arrived so far. */
  clear(): void {
    this.received.length = 0;
  }

  /** Resolves with the messages once at least `count` have arrived; rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs = 5_000): Promise<ReceivedMail[]> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        if (this.received.length < count) return false;
        clearTimeout(timer);
        resolve([...this.received]);
        return true;
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`SMTP sink: expected ${count} message(s) within ${timeoutMs} ms, got ${this.received.length}`));
      }, timeoutMs);
      const waiter = (): void => {
        if (check()) this.waiters = this.waiters.filter((w) => w !== waiter);
      };
      if (!check()) this.waiters.push(waiter);
    });
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}
