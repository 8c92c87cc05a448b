import fc from 'fast-check';
import request from 'supertest';
import { MATRIX_ROLES, startMatrixApp, type AuthorizationFactory, type MatrixRole, type MatrixWorld, type ObjectKind } from './authorization-factory';
import { ShiftTemplateEntity } from '../src/rostering/entities/shift-template.entity';
import { EVENT_TWINS, MATRIX, parseRow, ROUTE_OBJECTS } from './authorization-matrix';
import type { TestApp } from './test-app';

/**
 * Input fuzzing of every write route of the OpenAPI document (issue 18): bodies generated from the operation's
 * request schema with junk mixed in at every level (lone surrogates, NUL and control characters, huge strings,
 * wrong types, nested junk, impossible dates, numbers out of range, extra fields), and junk path and query values,
 * sent as the admin and as the route's natural role. Never a 5xx; every 4xx is problem+json.
 * FUZZ_SEED=<n> replays a run, FUZZ_RUNS=<n> changes the runs per route and caller (default 12), FUZZ_BUDGET_MS
 * each route's time budget per caller (default 5,000), FUZZ_ONLY=<regex> only the routes it matches (e.g. 'PATCH /centers').
 */

type Schema = {
  $ref?: string; type?: string; format?: string; enum?: unknown[]; items?: Schema; properties?: Record<string, Schema>; required?: string[];
  allOf?: Schema[]; oneOf?: Schema[]; anyOf?: Schema[]; minimum?: number; maximum?: number; minLength?: number; maxLength?: number; nullable?: boolean;
};
interface Operation {
  parameters?: { name: string; in: string; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
interface Doc {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

const SEED = Number(process.env.FUZZ_SEED ?? 180_2026);
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
/** The write methods; FUZZ_METHODS=get,post… widens an exploring run to the reads' query strings. */
const WRITE_METHODS = (process.env.FUZZ_METHODS ?? 'post,put,patch,delete').split(',');
const PARALLEL_ROUTES = 6;
/** A route's time budget per caller: the whole suite stays well under two minutes. */
const ROUTE_BUDGET_MS = Number(process.env.FUZZ_BUDGET_MS ?? 5_000);

/** Strings that broke or could break something: the issue's defects 3 and 8, and the usual suspects. */
const NASTY_STRINGS = [
  '\ud800x', 'x\udfff', '\udc00\ud800', 'a\u0000b', '\u0000', '\u0001\u001f\u007f', 'line\r\nBcc: x@example.com', '\t', '',
  ' ', '\u200b', '\u202e', '\ufeff', '😀🇦🇿', 'Ə'.repeat(300), 'x'.repeat(5_000), "' OR 1=1 --", '"; DROP TABLE users; --', '%00', '../../../etc/passwd',
  '<script>alert(1)</script>', '=HYPERLINK("http://x")', '${7*7}', '{{constructor}}', '__proto__', 'NaN', 'Infinity', '-0', 'null', 'true', '[]', '{}',
  '0000-01-01', '0000-01-01T00:00:00Z', '-000001-01-01', '9999-12-31T23:59:59.999Z', '+275760-09-13T00:00:00Z', '2026-02-30', '2026-13-01', '24:00', '25:61',
  '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', 'not-a-uuid', '1e309', '0x10', '٣',
];
const NASTY_NUMBERS = [0, -1, 1, -0, 0.5, 1e-300, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1e308, -1e308, 59.999];

const nastyString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }) },
);
const nastyNumber = fc.oneof(fc.constantFrom(...NASTY_NUMBERS), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
const junkLeaf: fc.Arbitrary<unknown> = fc.oneof(nastyString, nastyNumber, fc.boolean(), fc.constant(null), fc.constant(undefined));
const junk: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, junkLeaf, fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(nastyString, tie('value'), { maxKeys: 4 })),
})).value;

function resolve(doc: Doc, schema: Schema | undefined): Schema {
  let s = schema ?? {};
  for (let i = 0; s.$ref && i < 20; i++) s = doc.components?.schemas?.[s.$ref.split('/').pop()!] ?? {};
  if (s.allOf?.length) return s.allOf.reduce<Schema>((acc, part) => ({ ...acc, ...resolve(doc, part) }), { ...s, allOf: undefined });
  return s;
}

/** A value shaped like the schema most of the time, junk some of the time, at every depth. */
function fromSchema(doc: Doc, raw: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(doc, raw);
  const typed = ((): fc.Arbitrary<unknown> => {
    if (s.enum?.length) return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...s.enum) }, { weight: 1, arbitrary: nastyString });
    const variants = s.oneOf ?? s.anyOf;
    if (variants?.length) return fc.oneof(...variants.map((v) => fromSchema(doc, v, depth + 1)));
    switch (s.type) {
      case 'string': {
        if (s.format === 'uuid') return fc.oneof(fc.uuid(), fc.constantFrom('00000000-0000-4000-8000-000000000000', 'not-a-uuid'));
        if (s.format === 'date' || s.format === 'date-time') {
          const date = fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true });
          return fc.oneof(date.map((d) => (s.format === 'date' ? d.toISOString().slice(0, 10) : d.toISOString())), fc.constantFrom('0000-01-01', '0000-01-01T00:00:00Z', '2026-02-30', '9999-12-31'));
        }
        const max = s.maxLength ?? 200;
        return fc.oneof(
          { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: s.minLength ?? 0, maxLength: Math.min(max, 60) }) },
          { weight: 2, arbitrary: nastyString },
          { weight: 1, arbitrary: fc.constant('x'.repeat(max + 1)) },
          { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 3_000, maxLength: 4_000 }) },
        );
      }
      case 'integer':
      case 'number': {
        const lo = s.minimum ?? -1_000_000;
        const hi = s.maximum ?? 1_000_000;
        return fc.oneof(fc.integer({ min: Math.ceil(lo), max: Math.floor(Math.max(lo, hi)) }), fc.constantFrom(lo - 1, hi + 1, lo - 0.5), nastyNumber);
      }
      case 'boolean':
        return fc.boolean();
      case 'array':
        return depth > 4 ? fc.constant([]) : fc.oneof({ weight: 4, arbitrary: fc.array(fromSchema(doc, s.items, depth + 1), { maxLength: 5 }) }, { weight: 1, arbitrary: fc.array(fc.constant('x'), { minLength: 600, maxLength: 600 }) });
      default: {
        if (!s.properties || depth > 4) return junk;
        const props = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, fromSchema(doc, v, depth + 1)]));
        return fc.tuple(fc.record(props, { requiredKeys: s.required?.filter((k) => k in props) ?? [] }), fc.dictionary(fc.oneof(nastyString, fc.constantFrom('__proto__', 'constructor', 'id', 'roles', 'admin', 'passwordHash', 'createdAt')), junk, { maxKeys: 2 }))
          .map(([obj, extra]) => ({ ...extra, ...obj }));
      }
    }
  })();
  return fc.oneof({ weight: 5, arbitrary: typed }, { weight: 1, arbitrary: junk });
}

/** encodeURIComponent, except that a lone surrogate goes out as its (invalid) UTF-8 bytes instead of throwing. */
function encodeAny(value: string): string {
  return value.replace(/[\ud800-\udbff][\udc00-\udfff]|[\s\S]/g, (ch) => {
    if (ch.length === 2 || !/[\ud800-\udfff]/.test(ch)) return encodeURIComponent(ch);
    const c = ch.charCodeAt(0);
    return [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
  });
}

interface Route {
  key: string;
  method: string;
  path: string;
  op: Operation;
}

describe('input fuzzing of every write route (fast-check, from the OpenAPI schemas)', () => {
  let t: TestApp;
  let url: string;
  let factory: AuthorizationFactory;
  let w: MatrixWorld;
  let doc: Doc;
  let routes: Route[];

  beforeAll(async () => {
    ({ t, url, factory } = await startMatrixApp('fuzz'));
    w = await factory.world(url);
    doc = (await request(url).get('/api/docs-json').expect(200)).body as Doc;
    routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).filter(([m]) => WRITE_METHODS.includes(m)).map(([m, op]) => ({ key: `${m.toUpperCase()} ${path.replace(/^\/api\/v1/, '')}`, method: m, path, op })),
    );
  }, 180_000);
  afterAll(() => t?.close());

  function credentials(role: MatrixRole): { token?: string; kiosk?: string } {
    switch (role) {
      case 'anon': return {};
      case 'kiosk': return { kiosk: w.a.kioskToken };
      case 'applicant': return { token: w.applicant.token };
      case 'volunteer': return { token: w.a.volunteer.token };
      case 'coordinator': return { token: w.a.coordinator.token };
      case 'organizer': return { token: w.a.organizer.token };
      case 'hr': return { token: w.hr.token };
      case 'admin': return { token: w.admin.token };
    }
  }

  /** The admin, and the first other caller the matrix lets through (anon for public routes, kiosk for the kiosk's). */
  function callers(key: string): MatrixRole[] {
    const row = MATRIX[key] ? parseRow(MATRIX[key]) : [];
    const natural = MATRIX_ROLES.find((role, k) => role !== 'admin' && row[k]?.split('/')[0] === 'ok');
    return [...new Set<MatrixRole>(['admin', ...(natural ? [natural] : [])])];
  }

  function idFor(route: Route, role: MatrixRole): string | undefined {
    const bare = route.path.replace(/^\/api\/v1/, '');
    const kind = ROUTE_OBJECTS.find(([prefix]) => prefix.test(bare))?.[1] as ObjectKind | undefined;
    if (!kind) return undefined;
    return (role === 'organizer' && EVENT_TWINS.includes(kind) ? w.a.event : w.a.center)[kind];
  }

  function bodyArbitrary(route: Route): fc.Arbitrary<unknown> | undefined {
    const schema = route.op.requestBody?.content?.['application/json']?.schema;
    if (!schema && (route.method === 'delete' || route.method === 'get')) return undefined;
    return fc.oneof({ weight: 6, arbitrary: fromSchema(doc, schema ?? { type: 'object' }) }, { weight: 1, arbitrary: junk });
  }

  async function send(route: Route, role: MatrixRole, pathValue: string | undefined, query: Record<string, unknown>, body: unknown) {
    let path = route.path;
    for (const name of path.match(/\{(\w+)\}/g) ?? []) path = path.replace(name, encodeAny(pathValue ?? 'x'));
    const who = credentials(role);
    let req = request(url)[route.method as 'post'](path).set('X-Forwarded-For', `10.77.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`);
    if (who.token) req = req.set('Authorization', `Bearer ${who.token}`);
    if (who.kiosk) req = req.set('X-Kiosk-Token', who.kiosk);
    // Objects go out as their JSON (fast-check's dictionaries have no prototype: String() would throw).
    const text = (v: unknown) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)).slice(0, 2_000);
    const qs = Object.entries(query).filter(([, v]) => v !== undefined).map(([k, v]) => `${encodeAny(k)}=${encodeAny(text(v))}`).join('&');
    if (qs) req = req.query(qs);
    if (body !== undefined) req = req.set('Content-Type', 'application/json').send(JSON.stringify(body) ?? 'null');
    return req;
  }

  function verdict(res: { status: number; headers: Record<string, string> }): string | undefined {
    if (res.status >= 500) return `answered ${res.status}`;
    // 431: Node's HTTP server refuses a request head over 16 KB itself, before the app (and any proxy would too).
    if (res.status === 431) return undefined;
    if (res.status >= 400 && !/^application\/problem\+json/.test(res.headers['content-type'] ?? '')) return `answered ${res.status} as ${res.headers['content-type']}, not problem+json`;
    return undefined;
  }

  /**
   * Fixed examples: the issue's defects 3, 4 and 8 and what this test found, each with the answer it must get.
   * `raw` is sent as the body text as it is (malformed JSON); `field`/`code` must be among the problem's errors.
   */
  it('the fixed examples answer 4xx problem+json naming the field', async () => {
    const big = JSON.stringify({ email: 'a@b.az', password: 'x'.repeat(150_000) });
    const cases: { name: string; role: MatrixRole; method: string; path: () => string; body?: unknown; raw?: string; status: number; field?: string; code?: string }[] = [
      { name: 'lone surrogate in the e-mail, login (no account)', role: 'anon', method: 'post', path: () => '/auth/login', body: { email: '\ud800x', password: 'x' }, status: 400, field: 'email' },
      { name: 'lone surrogate in the e-mail, apply', role: 'anon', method: 'post', path: () => `/public/intakes/${w.a.center.intake}/applications`, body: { email: '\ud800x@test.dost.local' }, status: 400, field: 'email' },
      { name: 'lone surrogate in the e-mail, users', role: 'admin', method: 'post', path: () => '/users', body: { email: '\ud800x@test.dost.local', fullName: 'Aysel', roles: ['volunteer'] }, status: 400, field: 'email' },
      { name: 'NUL in stored text (a center\'s name)', role: 'admin', method: 'patch', path: () => `/centers/${w.a.centerId}`, body: { name: { az: 'Mərkəz\u0000', en: 'Center', ru: 'Центр' } }, status: 400, code: 'nulCharacter' },
      { name: 'NUL in a note (hour entry)', role: 'volunteer', method: 'post', path: () => '/me/hour-entries', body: { category: 'training', workDate: '2026-01-05', minutes: 60, note: 'a\u0000b' }, status: 400, code: 'nulCharacter' },
      { name: 'year 0000 in a timestamp (event)', role: 'admin', method: 'post', path: () => '/events', body: { startsAt: '0000-01-01T09:00:00Z' }, status: 400, code: 'yearOutOfRange' },
      { name: 'year 0000 in a date (non-working day)', role: 'admin', method: 'delete', path: () => '/non-working-days/0000-01-01', status: 400, field: 'date' },
      { name: 'a date that is not on the calendar (found by this test: was 500)', role: 'admin', method: 'delete', path: () => '/non-working-days/2026-02-30', status: 400, field: 'date', code: 'isIsoDate' },
      { name: 'POST /messages/preview {}', role: 'coordinator', method: 'post', path: () => '/messages/preview', body: {}, status: 400, field: 'segment' },
      { name: 'a list where a nested object goes (found by this test, seed 7: was 500)', role: 'coordinator', method: 'post', path: () => '/messages/preview', body: { segment: [[]] }, status: 400, field: 'segment', code: 'isObject' },
      { name: 'a list inside a list of objects (found by this test, seed 7: was 500)', role: 'kiosk', method: 'post', path: () => '/kiosk/sync', body: { items: [[]] }, status: 400, field: 'items.0', code: 'isObject' },
      { name: 'a control character in a name', role: 'admin', method: 'post', path: () => '/users', body: { email: 'ctl@test.dost.local', fullName: 'Ay\u0007sel', roles: ['volunteer'] }, status: 400, field: 'fullName', code: 'controlCharacter' },
      { name: 'a line break in a name', role: 'admin', method: 'post', path: () => '/users', body: { email: 'crlf@test.dost.local', fullName: 'Aysel\r\nBcc: x@example.com', roles: ['volunteer'] }, status: 400, field: 'fullName' },
      { name: 'malformed JSON "{"', role: 'anon', method: 'post', path: () => '/auth/login', raw: '{', status: 400 },
      { name: 'JSON null', role: 'anon', method: 'post', path: () => '/auth/login', raw: 'null', status: 400 },
      { name: 'NaN', role: 'admin', method: 'post', path: () => '/centers', raw: 'NaN', status: 400 },
      { name: 'an array where an object goes', role: 'admin', method: 'post', path: () => '/centers', raw: '[]', status: 400 },
      { name: 'a bare string', role: 'coordinator', method: 'post', path: () => '/messages/preview', raw: '"segment"', status: 400 },
      { name: 'a body over 100 KB', role: 'anon', method: 'post', path: () => '/auth/login', raw: big, status: 413 },
    ];
    const lines: string[] = [];
    for (const c of cases) {
      const who = credentials(c.role);
      let req = request(url)[c.method as 'post'](`/api/v1${c.path()}`).set('X-Forwarded-For', `10.78.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`);
      if (who.token) req = req.set('Authorization', `Bearer ${who.token}`);
      if (who.kiosk) req = req.set('X-Kiosk-Token', who.kiosk);
      if (c.raw !== undefined || c.body !== undefined) req = req.set('Content-Type', 'application/json').send(c.raw ?? JSON.stringify(c.body));
      const res = await req;
      const errors = (res.body?.errors ?? []) as { field: string; code: string }[];
      const ok =
        res.status === c.status && /^application\/problem\+json/.test(res.headers['content-type'] ?? '') &&
        (!c.field && !c.code || errors.some((e) => (!c.field || e.field === c.field || e.field.startsWith(`${c.field}.`)) && (!c.code || e.code === c.code)));
      lines.push(`${ok ? 'ok  ' : 'FAIL'} ${c.name}: ${res.status} ${errors.map((e) => `${e.field}:${e.code}`).join(' ')}`);
    }
    console.log(`fixed examples:\n${lines.join('\n')}`);
    expect(lines.filter((l) => l.startsWith('FAIL'))).toEqual([]);
  });

  it('a template edited while it is deleted: 200 or 404, never 500 (found by the fuzz test, seed 4242)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const id = await factory.fresh('shiftTemplate', w.a, false, undefined, w.admin.token, w.admin.userId);
      const as = (token: string) => ({ Authorization: `Bearer ${token}` });
      const [patch, del] = await Promise.all([
        request(url).patch(`/api/v1/shift-templates/${id}`).set(as(w.a.coordinator.token)).send({ slots: 3 }),
        request(url).delete(`/api/v1/shift-templates/${id}`).set(as(w.admin.token)),
      ]);
      statuses.push(patch.status, del.status);
      expect([200, 404]).toContain(patch.status);
      expect(del.status).toBe(204);
      // Whatever the order, a deleted template stays deleted (save() could re-create it).
      expect(await t.db.getRepository(ShiftTemplateEntity).countBy({ id })).toBe(0);
    }
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
  });

  it('no write route answers 5xx, and every 4xx is problem+json', async () => {
    const failures: string[] = [];
    let requests = 0;
    const started = Date.now();
    const slow: string[] = [];
    const only = process.env.FUZZ_ONLY ? new RegExp(process.env.FUZZ_ONLY) : undefined;
    const jobs = routes.filter((r) => !only || only.test(r.key)).flatMap((route) => callers(route.key).map((role) => ({ route, role })));
    const fuzzOne = async ({ route, role }: (typeof jobs)[number]) => {
      const own = idFor(route, role);
      const pathValue = fc.oneof({ weight: 4, arbitrary: fc.constant(own ?? 'x') }, { weight: 1, arbitrary: nastyString.filter((s) => s.length > 0 && s.length < 2_000) });
      const queryNames = (route.op.parameters ?? []).filter((p) => p.in === 'query');
      const query = fc.record(Object.fromEntries([...queryNames.map((p) => [p.name, fc.option(fromSchema(doc, p.schema), { nil: undefined })]), ['__junk', fc.option(nastyString, { nil: undefined })]]), { requiredKeys: [] });
      const body = bodyArbitrary(route) ?? fc.constant(undefined);
      const property = fc.asyncProperty(pathValue, query, body, async (p, q, b) => {
        requests += 1;
        const res = await send(route, role, p, q as Record<string, unknown>, b);
        const bad = verdict(res);
        if (bad) throw new Error(`${route.key} as ${role} ${bad}: ${JSON.stringify(res.body).slice(0, 300)}`);
      });
      const outcome = await fc.check(property, { seed: SEED, numRuns: RUNS, interruptAfterTimeLimit: ROUTE_BUDGET_MS, endOnFailure: true });
      if (outcome.interrupted) slow.push(`${route.key} as ${role} (${outcome.numRuns} runs)`);
      // Out of time before the first answer (a busy machine; 2FA hashes ten recovery codes) is slowness, not a defect.
      if (outcome.failed && !(outcome.interrupted && outcome.numRuns === 0)) {
        const [p, q, b] = outcome.counterexample ?? [];
        failures.push(
          `${route.key} as ${role} (FUZZ_SEED=${SEED}): ${(outcome.errorInstance as Error | undefined)?.message ?? fc.defaultReportMessage(outcome)?.slice(0, 500)}\n` +
            `    path value ${JSON.stringify(p)}, query ${JSON.stringify(q)}, body ${JSON.stringify(b)?.slice(0, 300)}`,
        );
      }
    };
    for (let i = 0; i < jobs.length; i += PARALLEL_ROUTES) await Promise.all(jobs.slice(i, i + PARALLEL_ROUTES).map(fuzzOne));
    console.log(`input fuzzing: ${routes.length} routes (${WRITE_METHODS.join('/')}), ${jobs.length} route × caller pairs, ${requests} requests, seed ${SEED}, ${RUNS} runs each, ${Math.round((Date.now() - started) / 1000)} s` +
        (slow.length ? `; out of time: ${slow.join(', ')}` : ''));
    expect(failures).toEqual([]);
  }, 300_000);
});
