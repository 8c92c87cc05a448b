import type { RosterHorizon } from './roster.types';

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

function dateUtcMs(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`Not a date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** Milliseconds of an ISO instant; an instant must carry an offset (or Z), else it would mean the machine's zone. */
export function rosterInstantMs(instant: string): number {
  const ok = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(instant);
  const ms = ok ? Date.parse(instant) : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO instant with an offset: ${JSON.stringify(instant)}`);
  return ms;
}

/** 0-based day of the horizon on which an instant falls, in the horizon's time zone (may be outside 0..days-1). */
export function rosterDayIndex(instantMs: number, horizon: RosterHorizon): number {
  const parts = formatterFor(horizon.timeZone).formatToParts(new Date(instantMs));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'));
  return Math.round((local - dateUtcMs(horizon.start)) / DAY_MS);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day index of the horizon. */
export function rosterWeekday(day: number, horizon: RosterHorizon): number {
  const js = new Date(dateUtcMs(horizon.start) + day * DAY_MS).getUTCDay();
  return js === 0 ? 7 : js;
}

/**
 * Weekend number of a day, or -1 on weekdays. Saturday and the following Sunday share a number, so a
 * weekend is worked once even if both days are.
 */
export function rosterWeekendOf(day: number, horizon: RosterHorizon): number {
  const wd = rosterWeekday(day, horizon);
  if (wd < 6) return -1;
  const saturday = wd === 6 ? day : day - 1;
  // Shift by a week so a horizon starting on Sunday (Saturday = -1) still gets a non-negative number.
  return Math.floor((saturday + 7) / 7);
}

/** Calendar date (YYYY-MM-DD) of a day index. */
export function rosterDateOf(day: number, horizon: RosterHorizon): string {
  return new Date(dateUtcMs(horizon.start) + day * DAY_MS).toISOString().slice(0, 10);
}

const CEFR = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

/** CEFR comparison; an unknown level meets nothing and requires nothing beyond knowing the language. */
export function rosterMeetsLevel(actual: string, required: string): boolean {
  const r = CEFR.indexOf(required.toUpperCase());
  if (r < 0) return true;
  const a = actual.toUpperCase() === 'NATIVE' ? CEFR.length : CEFR.indexOf(actual.toUpperCase());
  return a >= r;
}
