import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Client, type ClientConfig } from 'pg';
import { DataSource } from 'typeorm';
import { ApiProblem } from '../common/http/api-problem';
import { registerMessages } from '../common/i18n/messages';

/**
 * What the API does when PostgreSQL goes away (docs/contributing.md, "When the database goes away"):
 * - a request that needs the database gets 503 problem+json `DATABASE_UNAVAILABLE` with Retry-After — never
 *   a hang and never a 500 (ProblemDetailsFilter maps the errors below);
 * - new connections give up after CONNECT_TIMEOUT_MS (a server that does not answer at all). That limit is generous:
 *   on a busy machine PostgreSQL takes seconds to fork a backend, and slow is not down — the watchdog, not this
 *   limit, is what notices a silent server quickly;
 * - the watchdog pings over its own connection every PING_INTERVAL_MS; when a ping fails or its SELECT 1 gets no
 *   answer in PING_TIMEOUT_MS it cuts the pool's connections (connections still being opened included), so queries
 *   stuck on a silent network fail at once instead of waiting for TCP, and until a ping succeeds again the pool
 *   refuses to hand out connections (503 at once, rather than every request waiting for its own connection attempt
 *   to time out). Only the query on an open connection is held to PING_TIMEOUT_MS; opening the ping's connection
 *   has CONNECT_TIMEOUT_MS like any other (a server too busy to fork a backend within a second was cut off as
 *   "down" under load, and every request in flight failed with it);
 * - when PostgreSQL is back, the next ping succeeds and the pool opens new connections: no restart.
 * Waiting for a free pooled connection under load has no time limit: that is load, not an outage.
 */
export const CONNECT_TIMEOUT_MS = 5000;
export const PING_INTERVAL_MS = 250;
export const PING_TIMEOUT_MS = 1000;
export const RETRY_AFTER_SECONDS = 5;

registerMessages({
  az: {
    'title.503': 'Xidmət müvəqqəti əlçatan deyil',
    'detail.databaseUnavailable': 'Verilənlər bazası hazırda cavab vermir. Bir neçə saniyədən sonra yenidən cəhd edin: göndərdiyiniz son dəyişiklik yadda saxlanmamış ola bilər.',
  },
  en: {
    'title.503': 'Service temporarily unavailable',
    'detail.databaseUnavailable': 'The database is not answering right now. Try again in a few seconds: your last change may not have been saved.',
  },
  ru: {
    'title.503': 'Сервис временно недоступен',
    'detail.databaseUnavailable': 'База данных сейчас не отвечает. Повторите попытку через несколько секунд: последнее изменение могло не сохраниться.',
  },
});

/** When a connection to PostgreSQL last broke or a ping last failed (performance.now(): not moved by a pinned clock). */
let connectionLostAt = Number.NEGATIVE_INFINITY;
const RECENT_MS = 30_000;

/** pg's Client with a time limit on connecting (the pool's own connectionTimeoutMillis would also limit waiting for a free connection). */
export class BoundedConnectClient extends Client {
  constructor(config?: ClientConfig) {
    super({ ...config, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    // Registered before TypeORM's own listener (which releases the query runner), so the outage is known by the
    // time the request's next query fails with QueryRunnerAlreadyReleasedError.
    this.on('error', () => {
      connectionLostAt = performance.now();
    });
  }
}

export function databaseUnavailable(): ApiProblem {
  return new ApiProblem(503, 'detail.databaseUnavailable', {}, [], { 'Retry-After': String(RETRY_AFTER_SECONDS) }, 'DATABASE_UNAVAILABLE');
}

// SQLSTATE classes 08 (connection exception), 57P01–57P03 (shutting down / starting up), 53300 (too many connections).
const SQLSTATES = /^(08...|57P0[123]|53300)$/;
const NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
const MESSAGES = [
  /^Connection terminated/, // pg: the socket closed (server stopped, watchdog cut it), or connect timed out
  /^timeout exceeded when trying to connect/, // pg-pool: no connection within CONNECT_TIMEOUT_MS
  /^timeout expired$/, // pg: the client's own connect time limit (CONNECT_TIMEOUT_MS) ran out
  /not queryable/, // pg: a client whose connection already failed
  /^Query read timeout/,
  /the database system is (shutting down|starting up|in recovery mode)/,
];


/** True when an error means "PostgreSQL cannot be reached now" (as opposed to a bad query or a constraint). */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as { name?: unknown; code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown };
  // TypeORM releases a transaction's query runner when its connection breaks; the transaction's next query then
  // fails with this. Right after a connection was lost that is the outage; any other time it is a bug (500).
  if (e.name === 'QueryRunnerAlreadyReleasedError') return performance.now() - connectionLostAt < RECENT_MS;
  if (typeof e.code === 'string' && (SQLSTATES.test(e.code) || NODE_CODES.has(e.code))) return true;
  if (typeof e.message === 'string' && MESSAGES.some((m) => m.test(e.message as string))) return true;
  if (Array.isArray(e.errors) && e.errors.some((x) => isDatabaseUnavailable(x, depth + 1))) return true; // AggregateError
  return isDatabaseUnavailable(e.driverError, depth + 1) || isDatabaseUnavailable(e.cause, depth + 1);
}

/** pg-pool's internals this relies on (stable since pg-pool 2): its clients and connect(). */
interface PgPoolInternals {
  _clients?: { connection?: { stream?: { destroy(): void } } }[];
  connect(callback?: (err: Error | undefined, ...rest: unknown[]) => void): Promise<unknown> | undefined;
}

const UNANSWERED = 'Connection terminated: PostgreSQL does not answer';

/** Pings PostgreSQL over its own connection and cuts the pool's connections when the server goes silent. */
@Injectable()
export class DatabaseWatchdog implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('database');
  private timer?: NodeJS.Timeout;
  private client?: Client;
  private stopped = false;
  private down = false;

  constructor(private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): void {
    const pool = this.pool;
    if (pool) {
      const connect = pool.connect.bind(pool);
      pool.connect = ((callback?: (err: Error | undefined, ...rest: unknown[]) => void) => {
        if (!this.down) return connect(callback);
        const err = new Error(UNANSWERED);
        if (!callback) return Promise.reject(err);
        process.nextTick(() => callback(err));
        return undefined;
      }) as PgPoolInternals['connect'];
    }
    this.schedule();
  }

  private get pool(): PgPoolInternals | undefined {
    return (this.dataSource.driver as unknown as { master?: PgPoolInternals }).master;
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.drop();
  }

  /** Whether the last ping failed. */
  get isDown(): boolean {
    return this.down;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.ping().finally(() => this.schedule()), PING_INTERVAL_MS);
    this.timer.unref();
  }

  private async ping(): Promise<void> {
    let timeout: NodeJS.Timeout | undefined;
    try {
      let client = this.client;
      if (!client) {
        const url = (this.dataSource.options as { url?: string }).url;
        const fresh = new Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
        fresh.on('error', () => {
          connectionLostAt = performance.now();
          if (this.client === fresh) this.drop();
        });
        this.client = client = fresh;
        await fresh.connect();
      }
      const answered = client.query('SELECT 1');
      answered.catch(() => undefined);
      // The reject waits one turn of the event loop (setImmediate): after a long synchronous stretch the timer and
      // the answer are both due, and the answer must win — a busy process is not a silent database.
      const silent = new Promise((_, reject) => (timeout = setTimeout(() => setImmediate(() => reject(new Error(`no answer in ${PING_TIMEOUT_MS} ms`))), PING_TIMEOUT_MS)));
      await Promise.race([answered, silent]);
      if (this.down) this.logger.warn('PostgreSQL answers again');
      this.down = false;
    } catch (err) {
      if (this.stopped) return;
      connectionLostAt = performance.now();
      if (!this.down) this.logger.error(`PostgreSQL does not answer (${err instanceof Error ? err.message : String(err)}): cutting the pool's connections`);
      this.down = true;
      this.drop();
      this.cutPool();
    } finally {
      clearTimeout(timeout);
    }
  }

  private drop(): void {
    const client = this.client as unknown as { connection?: { stream?: { destroy(): void } } } | undefined;
    this.client = undefined;
    client?.connection?.stream?.destroy();
  }

  /** Destroys the sockets of every pooled connection: their queries fail now (→ 503) and the pool forgets them. */
  private cutPool(): void {
    for (const c of this.pool?._clients ?? []) c.connection?.stream?.destroy();
  }
}
