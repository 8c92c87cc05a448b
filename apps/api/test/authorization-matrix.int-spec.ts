import request from 'supertest';
import { addDays, bakuDateOf } from '@dost/domain';
import { AuthorizationFactory, MATRIX_ROLES, startMatrixApp, type MatrixRole, type MatrixWorld, type ObjectKind, type Place, type Side } from './authorization-factory';
import { cellAccepts, MATRIX, parseRow, ROUTE_BODIES, ROUTE_QUERIES, ROUTE_OBJECTS, DESTRUCTIVE, EVENT_TWINS } from './authorization-matrix';
import type { TestApp } from './test-app';

/**
 * The authorization matrix (issue 18): every route of the OpenAPI document × every role × own vs foreign object,
 * compared with the table in authorization-matrix.ts and printed. A route missing from the table fails.
 */

interface Call {
  key: string;
  role: MatrixRole;
  side: Side;
}

const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const BATCH = 40;

const routeKey = (method: string, path: string) => `${method.toUpperCase()} ${path.replace(/^\/api\/v1/, '')}`;

describe('authorization matrix (OpenAPI routes × roles × own/foreign)', () => {
  let t: TestApp;
  let url: string;
  let factory: AuthorizationFactory;
  let w: MatrixWorld;
  let routes: { key: string; method: string; path: string }[];

  beforeAll(async () => {
    ({ t, url, factory } = await startMatrixApp('authz'));
    w = await factory.world(url);
    const doc = (await request(url).get('/api/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).filter((m) => HTTP_METHODS.includes(m)).map((m) => ({ key: routeKey(m, path), method: m, path })),
    );
  }, 180_000);
  afterAll(() => t?.close());

  function actor(role: MatrixRole): { token?: string; kiosk?: string; userId?: string } {
    switch (role) {
      case 'anon': return {};
      case 'kiosk': return { kiosk: w.a.kioskToken };
      case 'applicant': return w.applicant;
      case 'volunteer': return { token: w.a.volunteer.token, userId: w.a.volunteer.userId };
      case 'coordinator': return w.a.coordinator;
      case 'organizer': return w.a.organizer;
      case 'hr': return w.hr;
      case 'admin': return w.admin;
    }
  }

  function kindOf(path: string): ObjectKind | undefined {
    for (const [prefix, kind] of ROUTE_OBJECTS) if (prefix.test(path)) return kind;
    return undefined;
  }

  async function resolvePath(route: { key: string; path: string }, role: MatrixRole, side: Side): Promise<string> {
    const place: Place = side === 'own' ? w.a : w.b;
    const kind = kindOf(route.path.replace(/^\/api\/v1/, ''));
    const byEvent = role === 'organizer' && !!kind && EVENT_TWINS.includes(kind);
    let id: string | undefined;
    if (kind) {
      const fresh = DESTRUCTIVE[route.key];
      if (fresh) {
        const actorId = side === 'own' ? actor(role).userId : w.b.volunteer.userId;
        id = await factory.fresh(fresh, place, byEvent, actorId, w.admin.token, w.admin.userId);
      } else id = (byEvent ? place.event : place.center)[kind];
    }
    return route.path
      .replace('{id}', id ?? '00000000-0000-4000-8000-000000000000')
      .replace('{code}', place.certificateCode)
      .replace('{date}', addDays(bakuDateOf(Date.now()), 400))
      .replace('{file}', 'f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0.ics');
  }

  async function send(route: { key: string; method: string; path: string }, call: Call): Promise<number> {
    const path = await resolvePath(route, call.role, call.side);
    const who = actor(call.role);
    let req = request(url)[route.method as 'get'](path).set('X-Forwarded-For', `10.99.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`);
    if (who.token) req = req.set('Authorization', `Bearer ${who.token}`);
    if (who.kiosk) req = req.set('X-Kiosk-Token', who.kiosk);
    const context = { place: call.side === 'own' ? w.a : w.b, own: w.a, foreign: w.b, role: call.role };
    const query = ROUTE_QUERIES[route.key]?.(context);
    if (query) req = req.query(query);
    if (route.method !== 'get' && route.method !== 'delete') req = req.send(ROUTE_BODIES[route.key]?.(context) ?? {});
    // A request that hangs fails as itself, not as the whole test's timeout.
    const res = await req.timeout(60_000);
    return res.status;
  }

  it('every route of the OpenAPI document is in the matrix, and the matrix names no route that is gone', () => {
    const missing = routes.filter((r) => !MATRIX[r.key]).map((r) => `add ${r.key} to the matrix (apps/api/test/authorization-matrix.ts)`);
    const gone = Object.keys(MATRIX).filter((k) => !routes.some((r) => r.key === k)).map((k) => `remove ${k} from the matrix: the API has no such route`);
    expect([...missing, ...gone]).toEqual([]);
  });

  it('every route answers every role as the matrix says (own and foreign objects)', async () => {
    // MATRIX_DRAFT=1 also runs the routes the table lacks and prints what they answered, as rows to review and paste.
    const draftMode = !!process.env.MATRIX_DRAFT;
    const rowOf = (key: string) => MATRIX[key] ?? 'ok ok ok ok ok ok ok ok';
    const known = routes.filter((r) => MATRIX[r.key] || draftMode);
    const observed = new Map<string, Record<MatrixRole, { own?: number; foreign?: number }>>();
    const jobs: { route: (typeof known)[number]; call: Call }[] = [];
    for (const route of known) {
      observed.set(route.key, Object.fromEntries(MATRIX_ROLES.map((r) => [r, {}])) as never);
      const sides: Side[] = /\{(id|code)\}/.test(route.path) || ROUTE_BODIES[route.key] || ROUTE_QUERIES[route.key] ? ['own', 'foreign'] : ['own'];
      const cells = parseRow(rowOf(route.key));
      // A plain 401/403 is the guard's answer, given before any object is looked at: the own call shows it.
      for (const [k, role] of MATRIX_ROLES.entries()) {
        for (const side of sides) if (side === 'own' || !/^40[13]$/.test(cells[k]) || draftMode) jobs.push({ route, call: { key: route.key, role, side } });
      }
    }
    // Routes that destroy what they are given run last (on fresh objects), after everything reading the shared ones.
    const ordered = [...jobs.filter((j) => !DESTRUCTIVE[j.route.key]), ...jobs.filter((j) => DESTRUCTIVE[j.route.key])];
    for (let i = 0; i < ordered.length; i += BATCH) {
      await Promise.all(
        ordered.slice(i, i + BATCH).map(async ({ route, call }) => {
          const status = await send(route, call);
          observed.get(route.key)![call.role][call.side] = status;
        }),
      );
    }

    const failures: string[] = [];
    const lines: string[] = [];
    const width = Math.max(...known.map((r) => r.key.length));
    lines.push(`${'route'.padEnd(width)}  ${MATRIX_ROLES.map((r) => r.padEnd(11)).join(' ')}`);
    const draft: string[] = [];
    for (const route of known) {
      const cells = parseRow(rowOf(route.key));
      const row = observed.get(route.key)!;
      const shown = MATRIX_ROLES.map((role, k) => {
        const { own, foreign } = row[role];
        const expected = cells[k];
        const [expOwn, expForeign] = expected.includes('/') ? expected.split('/') : [expected, expected];
        const bad = (s: number | undefined, e: string) => s !== undefined && (s >= 500 || !cellAccepts(e, s));
        const text = foreign === undefined || own === foreign ? `${own}` : `${own}/${foreign}`;
        if (bad(own, expOwn) || bad(foreign, expForeign) || (!MATRIX[route.key] && k === 0)) {
          failures.push(`${route.key} as ${role}: expected ${expected}, got ${text}`);
          return `!${text}`.padEnd(11);
        }
        return expected.padEnd(11);
      });
      lines.push(`${route.key.padEnd(width)}  ${shown.join(' ')}`);
      draft.push(`  '${route.key}': '${MATRIX_ROLES.map((role) => {
        const { own, foreign } = row[role];
        const c = (s?: number) => (s === undefined ? '?' : [401, 403, 404].includes(s) || s >= 500 ? `${s}` : 'ok');
        return foreign === undefined || c(own) === c(foreign) ? c(own) : `${c(own)}/${c(foreign)}`;
      }).join(' ')}', // ${MATRIX_ROLES.map((role) => `${row[role].own}${row[role].foreign === undefined ? '' : `/${row[role].foreign}`}`).join(' ')}`);
    }
    const roleCount = MATRIX_ROLES.length;
    console.log(
      `authorization matrix: ${known.length} routes × ${roleCount} roles = ${known.length * roleCount} cells, ${ordered.length} requests` +
        ` (ok = passed guard and scope: any answer but 401/403/404, never 5xx; a/b = own object/foreign object; ! = unexpected)\n${lines.join('\n')}`,
    );
    if (draftMode) console.log(`observed rows:\n${draft.join('\n')}`);
    expect(failures).toEqual([]);
  }, 600_000);
});
