import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Client } from 'pg';

/**
 * Counts the SQL statements each HTTP request sends to PostgreSQL (issue 17: auth ≤ 1, sign-up ≤ 10,
 * open-shifts page ≤ 5). Used by apps/api/src/rostering/statement-count.int-spec.ts and by the bench
 * (`bench/`), which imports `installStatementCounter` from this file (apps/api/test/statement-counter.ts)
 * to print the counts beside its ratios.
 *
 * How: every request handled by `server` runs inside its own AsyncLocalStorage store, and
 * Client.prototype.query (what TypeORM and pg-boss call) appends the statement to the store of the
 * request it runs for. Background work (the jobs worker, timers) has no store and is not counted.
 * Transaction control (BEGIN / START TRANSACTION / COMMIT / ROLLBACK) is kept apart: `statements` has
 * the rest, `roundTrips` everything.
 */
export interface RequestStatements {
  method: string;
  url: string;
  statements: string[];
  /** Every round trip, transaction control included. */
  roundTrips: string[];
}

export interface StatementLog {
  /** Requests in the order they started. */
  readonly requests: RequestStatements[];
  /** The last request whose URL contains `fragment` (and, if given, with this method). */
  last(fragment: string, method?: string): RequestStatements | undefined;
  clear(): void;
  uninstall(): void;
}

const TRANSACTION_CONTROL = /^\s*(BEGIN|START TRANSACTION|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT|ROLLBACK TO SAVEPOINT)\b/i;

const store = new AsyncLocalStorage<RequestStatements>();
let patched = 0;
let originalQuery: ((...args: unknown[]) => unknown) | undefined;

function textOf(config: unknown): string {
  if (typeof config === 'string') return config;
  if (config && typeof config === 'object' && 'text' in config && typeof (config as { text: unknown }).text === 'string') return (config as { text: string }).text;
  return String(config);
}

function patchPg(): void {
  if (patched++ > 0) return;
  const proto = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  originalQuery = proto.query;
  const original = originalQuery;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const current = store.getStore();
    if (current) {
      const text = textOf(args[0]).replace(/\s+/g, ' ').trim();
      current.roundTrips.push(text);
      if (!TRANSACTION_CONTROL.test(text)) current.statements.push(text);
    }
    return original.apply(this, args);
  };
}

function unpatchPg(): void {
  if (--patched > 0 || !originalQuery) return;
  (Client.prototype as unknown as { query: unknown }).query = originalQuery;
  originalQuery = undefined;
}

/** Starts counting on this HTTP server (e.g. `app.getHttpServer()` of a Nest app in the same process). */
export function installStatementCounter(server: Server): StatementLog {
  patchPg();
  const requests: RequestStatements[] = [];
  const listeners = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  const wrapped = listeners.map((listener) => (req: IncomingMessage, res: ServerResponse) => {
    const record: RequestStatements = { method: req.method ?? 'GET', url: req.url ?? '', statements: [], roundTrips: [] };
    requests.push(record);
    store.run(record, () => listener(req, res));
  });
  for (const w of wrapped) server.on('request', w);
  let installed = true;
  return {
    requests,
    last: (fragment, method) => [...requests].reverse().find((r) => r.url.includes(fragment) && (!method || r.method === method.toUpperCase())),
    clear: () => void requests.splice(0),
    uninstall: () => {
      if (!installed) return;
      installed = false;
      for (const w of wrapped) server.off('request', w);
      for (const l of listeners) server.on('request', l);
      unpatchPg();
    },
  };
}
