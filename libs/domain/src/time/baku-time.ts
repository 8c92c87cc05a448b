/**
 * Business time is Asia/Baku. Azerbaijan has been UTC+4 all year since it dropped daylight saving
 * in 2016, so a fixed +04:00 offset gives the same answers as a time-zone database, needs no ICU
 * data and behaves identically in Node and in every browser.
 */
export const BAKU_UTC_OFFSET = '+04:00';
const OFFSET_MS = 4 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;
/** An ISO-8601 instant with an offset or Z, e.g. '2025-10-24T09:00:00+04:00'. */
export type IsoInstant = string;
/** 1 = Monday … 7 = Sunday (ISO 8601), the numbering coordinators see in templates. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;
// An offset is required: an instant without one would silently mean the machine's zone.
const INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

const pad = (n: number): string => String(n).padStart(2, '0');

export function isIsoDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const back = new Date(Date.UTC(y, mo - 1, d));
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d;
}

/** 'HH:mm', 00:00–23:59. */
export function isLocalTime(value: string): boolean {
  return TIME_RE.test(value);
}

/** Milliseconds since the epoch; throws on anything that is not an instant with an offset. */
export function instantMs(instant: IsoInstant): number {
  const ms = INSTANT_RE.test(instant) ? Date.parse(instant) : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO instant with an offset: ${JSON.stringify(instant)}`);
  return ms;
}

function dateToUtcMs(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`Not a date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

function utcMsToDate(ms: number): IsoDate {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The calendar date in Baku at an instant. */
export function bakuDateOf(instant: IsoInstant | number): IsoDate {
  const ms = typeof instant === 'number' ? instant : instantMs(instant);
  return utcMsToDate(ms + OFFSET_MS);
}

/** The wall-clock time 'HH:mm' in Baku at an instant. */
export function bakuTimeOf(instant: IsoInstant | number): string {
  const ms = typeof instant === 'number' ? instant : instantMs(instant);
  const d = new Date(ms + OFFSET_MS);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** The instant of a Baku wall-clock time, written with +04:00 so it reads the same as the clock. */
export function bakuInstant(date: IsoDate, time: string): IsoInstant {
  if (!isLocalTime(time)) throw new RangeError(`Not a time (HH:mm): ${JSON.stringify(time)}`);
  dateToUtcMs(date);
  return `${date}T${time}:00${BAKU_UTC_OFFSET}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return utcMsToDate(dateToUtcMs(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((dateToUtcMs(to) - dateToUtcMs(from)) / DAY_MS);
}

export function isoWeekday(date: IsoDate): IsoWeekday {
  const sunday0 = new Date(dateToUtcMs(date)).getUTCDay();
  return (sunday0 === 0 ? 7 : sunday0) as IsoWeekday;
}

/** The Monday of the Monday–Sunday week that contains `date`. */
export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** The instant a Baku calendar day begins (00:00 +04:00), in epoch milliseconds. */
export function bakuMidnightMs(date: IsoDate): number {
  return dateToUtcMs(date) - OFFSET_MS;
}

/** An instant written in Baku time with +04:00 (seconds kept, milliseconds dropped). */
export function toBakuIso(instant: IsoInstant | number): IsoInstant {
  const ms = typeof instant === 'number' ? instant : instantMs(instant);
  const d = new Date(ms + OFFSET_MS);
  return `${bakuDateOf(ms)}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${BAKU_UTC_OFFSET}`;
}
