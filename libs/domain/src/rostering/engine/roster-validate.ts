/*
 * Shape of a problem document (roster.types.ts) checked before anything is compiled, so a hand-written
 * or generated file with a typo gets "shifts[3].demand: expected a whole number ≥ 0, got "two"" instead
 * of a TypeError deep in the solver. Meaning (a shift inside the horizon, known fixed ids, …) is
 * checked where it is used.
 */

type Check = (x: unknown) => string | null;

const shown = (x: unknown) => {
  const s = JSON.stringify(x);
  return s === undefined ? String(x) : s.length > 40 ? `${s.slice(0, 37)}…` : s;
};
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
const level: Check = (x) => (typeof x === 'string' && LEVELS.includes(x.toUpperCase()) ? null : 'expected a CEFR level A1…C2');
const spoken: Check = (x) =>
  typeof x === 'string' && (LEVELS.includes(x.toUpperCase()) || x.toLowerCase() === 'native')
    ? null
    : 'expected a CEFR level A1…C2 or "native"';
const zone: Check = (x) => {
  if (typeof x !== 'string' || !x) return 'expected an IANA time zone, e.g. Asia/Baku';
  try {
    new Intl.DateTimeFormat('en', { timeZone: x });
    return null;
  } catch {
    return 'expected an IANA time zone, e.g. Asia/Baku';
  }
};
const text: Check = (x) => (typeof x === 'string' && x.length > 0 ? null : 'expected a non-empty string');
const whole: Check = (x) => (Number.isInteger(x) && (x as number) >= 0 ? null : 'expected a whole number ≥ 0');
const amount: Check = (x) => (typeof x === 'number' && Number.isFinite(x) && x >= 0 ? null : 'expected a number ≥ 0');
const flag: Check = (x) => (typeof x === 'boolean' ? null : 'expected true or false');
const date: Check = (x) => (typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x) ? null : 'expected a date YYYY-MM-DD');
const instant: Check = (x) =>
  typeof x === 'string' && /[T ]\d{2}:\d{2}/.test(x) && /(Z|[+-]\d{2}:?\d{2})$/.test(x) && !Number.isNaN(Date.parse(x))
    ? null
    : 'expected an ISO instant with an offset, e.g. 2025-10-24T09:00:00+04:00';

/** Collects "path: message" lines; stops at `limit` so a wholly wrong file gives a readable answer. */
class Problems {
  readonly lines: string[] = [];
  constructor(private readonly limit: number) {}
  get full(): boolean {
    return this.lines.length >= this.limit;
  }
  field(obj: Record<string, unknown>, path: string, key: string, check: Check, optional = false): void {
    const x = obj[key];
    if (this.full || (optional && (x === undefined || x === null))) return;
    if (x === undefined) this.lines.push(`${path}${key}: missing`);
    else {
      const msg = check(x);
      if (msg) this.lines.push(`${path}${key}: ${msg}, got ${shown(x)}`);
    }
  }
  /** One item of a list (or any value at a path). */
  item(x: unknown, path: string, check: Check): void {
    const msg = this.full ? null : check(x);
    if (msg) this.lines.push(`${path}: ${msg}, got ${shown(x)}`);
  }
  object(x: unknown, path: string): Record<string, unknown> | null {
    if (isObject(x)) return x;
    if (!this.full) this.lines.push(`${path || 'problem'}: expected an object, got ${shown(x)}`);
    return null;
  }
  list(obj: Record<string, unknown>, path: string, key: string, optional: boolean, each: (x: unknown, at: string) => void): void {
    const x = obj[key];
    if (this.full || (optional && x === undefined)) return;
    if (!Array.isArray(x)) {
      this.lines.push(`${path}${key}: ${x === undefined ? 'missing' : `expected a list, got ${shown(x)}`}`);
      return;
    }
    x.forEach((item, i) => each(item, `${path}${key}[${i}]`));
  }
}

/** Problems with the document's shape, as "path: message" lines (at most `limit`); [] when it is well-formed. */
export function validateRosterProblem(doc: unknown, limit = 5): string[] {
  const p = new Problems(limit);
  const root = p.object(doc, '');
  if (!root) return p.lines;
  if (root.horizon === undefined) p.lines.push('horizon: missing');
  const horizon = root.horizon === undefined ? null : p.object(root.horizon, 'horizon');
  if (horizon) {
    p.field(horizon, 'horizon.', 'start', date);
    p.field(horizon, 'horizon.', 'days', (x) => (Number.isInteger(x) && (x as number) >= 1 ? null : 'expected a whole number ≥ 1'));
    p.field(horizon, 'horizon.', 'timeZone', zone);
  }
  const days = horizon && Number.isInteger(horizon.days) ? (horizon.days as number) : Infinity;
  const dayOf: Check = (x) => whole(x) ?? ((x as number) < days ? null : `expected a day of the horizon (0…${days - 1})`);
  const seen = new Set<string>();
  const unique = (what: string): Check => (x) => {
    const msg = text(x);
    if (msg) return msg;
    if (seen.has(`${what}:${x}`)) return `duplicate ${what} id`;
    seen.add(`${what}:${x}`);
    return null;
  };
  p.list(root, '', 'shifts', false, (x, at) => {
    const s = p.object(x, at);
    if (!s) return;
    p.field(s, `${at}.`, 'id', unique('shift'));
    p.field(s, `${at}.`, 'position', text);
    p.field(s, `${at}.`, 'site', (v) => (typeof v === 'string' ? null : 'expected a string'), true);
    for (const key of ['start', 'end']) p.field(s, `${at}.`, key, instant);
    p.field(s, `${at}.`, 'demand', whole);
    p.field(s, `${at}.`, 'maxStaff', whole, true);
    for (const key of ['underWeight', 'overWeight']) p.field(s, `${at}.`, key, amount);
    if (s.requires !== undefined) {
      const r = p.object(s.requires, `${at}.requires`);
      if (r) {
        p.list(r, `${at}.requires.`, 'languages', true, (l, lat) => {
          const o = p.object(l, lat);
          if (o) {
            p.field(o, `${lat}.`, 'code', text);
            p.field(o, `${lat}.`, 'minLevel', level);
          }
        });
        p.list(r, `${at}.requires.`, 'qualifications', true, (q, qat) => p.item(q, qat, text));
      }
    }
  });
  p.list(root, '', 'volunteers', false, (x, at) => {
    const v = p.object(x, at);
    if (!v) return;
    p.field(v, `${at}.`, 'id', unique('volunteer'));
    for (const key of ['qualifications', 'fixed']) p.list(v, `${at}.`, key, true, (q, qat) => p.item(q, qat, text));
    p.list(v, `${at}.`, 'languages', true, (l, lat) => {
      const o = p.object(l, lat);
      if (o) {
        p.field(o, `${lat}.`, 'code', text);
        p.field(o, `${lat}.`, 'level', spoken);
      }
    });
    p.list(v, `${at}.`, 'unavailable', true, (u, uat) => {
      const o = p.object(u, uat);
      if (o) for (const key of ['start', 'end']) p.field(o, `${uat}.`, key, instant);
    });
    p.list(v, `${at}.`, 'unavailableDays', true, (d, dat) => p.item(d, dat, dayOf));
    if (v.positions !== undefined) {
      const pos = p.object(v.positions, `${at}.positions`);
      if (pos)
        for (const [name, limit] of Object.entries(pos)) {
          const o = p.object(limit, `${at}.positions.${name}`);
          if (o) p.field(o, `${at}.positions.${name}.`, 'maxShifts', whole);
        }
    }
    if (v.rules !== undefined) {
      const r = p.object(v.rules, `${at}.rules`);
      if (r) for (const key of Object.keys(r)) p.field(r, `${at}.rules.`, key, amount, true);
    }
    p.list(v, `${at}.`, 'requests', true, (q, qat) => {
      const o = p.object(q, qat);
      if (!o) return;
      p.field(o, `${qat}.`, 'day', dayOf);
      p.field(o, `${qat}.`, 'position', text, true);
      p.field(o, `${qat}.`, 'want', flag);
      p.field(o, `${qat}.`, 'weight', amount);
    });
  });
  if (root.weights !== undefined) {
    const w = p.object(root.weights, 'weights');
    if (w) p.field(w, 'weights.', 'fairness', amount, true);
  }
  if (root.options !== undefined) {
    const o = p.object(root.options, 'options');
    if (o) {
      p.field(o, 'options.', 'timeLimitSeconds', amount, true);
      p.field(o, 'options.', 'seed', (x) => (Number.isInteger(x) ? null : 'expected a whole number'), true);
    }
  }
  return p.lines;
}
