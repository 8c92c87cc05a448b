import type { LocalizedText } from '../i18n';
import { addDays, isoWeekday, type IsoDate } from '../time';

/**
 * Azerbaijan's non-working days for any year, computed from the Labour Code (art. 105):
 *
 * - 105.1–2: the holidays that are days off — 1–2 Jan, 8 Mar, Novruz (20–24 Mar), 9 May, 28 May, 15 Jun,
 *   26 Jun, 8 Nov, 9 Nov, 31 Dec, Ramazan (2 days) and Qurban (2 days). 20 January (Day of National
 *   Mourning), 18 October, 12 and 17 November are holidays in name only: working days, so not here.
 * - 105.4: Novruz, Ramazan and Qurban are fixed by the Cabinet each December. Ramazan = 1–2 Shawwal and
 *   Qurban = 10–11 Dhu al-Hijjah of the Umm al-Qura calendar (`Intl` islamic-umalqura), which matched the
 *   Cabinet's dates for 2025 and 2026; when a decree differs, an admin override corrects the day.
 * - 105.5: a holiday falling on Saturday or Sunday gives the next working day after it off.
 * - 105.6: the exception for the religious holidays — when a Ramazan or Qurban day falls on another
 *   holiday, the next working day is off as well (two fixed holidays never share a date).
 * - 105.7: the Cabinet may swap working days around holidays (e.g. 3 Jan 2025): decrees → overrides.
 */
export type HolidayKey =
  | 'newYear' | 'womensDay' | 'novruz' | 'victoryOverFascism' | 'independence' | 'salvation' | 'armedForces'
  | 'victory' | 'flag' | 'solidarity' | 'ramazan' | 'qurban';

export interface CalendarDay {
  date: IsoDate;
  /** `holiday`: the holiday itself; `transferred`: a weekday off in place of a holiday on a weekend / another holiday. */
  kind: 'holiday' | 'transferred';
  holiday: HolidayKey;
  name: LocalizedText;
}

export const HOLIDAY_NAMES: Readonly<Record<HolidayKey, LocalizedText>> = {
  newYear: { az: 'Yeni il bayramı', en: 'New Year', ru: 'Новый год' },
  womensDay: { az: 'Beynəlxalq Qadınlar Günü', en: "International Women's Day", ru: 'Международный женский день' },
  novruz: { az: 'Novruz bayramı', en: 'Novruz', ru: 'Новруз байрамы' },
  victoryOverFascism: { az: 'Faşizm üzərində Qələbə Günü', en: 'Victory over Fascism Day', ru: 'День Победы над фашизмом' },
  independence: { az: 'Müstəqillik Günü', en: 'Independence Day', ru: 'День независимости' },
  salvation: { az: 'Azərbaycan xalqının Milli Qurtuluş Günü', en: 'National Salvation Day', ru: 'День национального спасения азербайджанского народа' },
  armedForces: { az: 'Silahlı Qüvvələr Günü', en: 'Armed Forces Day', ru: 'День Вооружённых сил' },
  victory: { az: 'Zəfər Günü', en: 'Victory Day', ru: 'День Победы' },
  flag: { az: 'Dövlət Bayrağı Günü', en: 'National Flag Day', ru: 'День Государственного флага' },
  solidarity: { az: 'Dünya Azərbaycanlılarının Həmrəyliyi Günü', en: 'World Azerbaijanis Solidarity Day', ru: 'День солидарности азербайджанцев мира' },
  ramazan: { az: 'Ramazan bayramı', en: 'Ramadan Bayram (Eid al-Fitr)', ru: 'Рамазан байрамы' },
  qurban: { az: 'Qurban bayramı', en: 'Gurban Bayram (Eid al-Adha)', ru: 'Гурбан байрамы' },
};

const FIXED: readonly [string, HolidayKey][] = [
  ['01-01', 'newYear'], ['01-02', 'newYear'], ['03-08', 'womensDay'],
  ['03-20', 'novruz'], ['03-21', 'novruz'], ['03-22', 'novruz'], ['03-23', 'novruz'], ['03-24', 'novruz'],
  ['05-09', 'victoryOverFascism'], ['05-28', 'independence'], ['06-15', 'salvation'], ['06-26', 'armedForces'],
  ['11-08', 'victory'], ['11-09', 'flag'], ['12-31', 'solidarity'],
];

const HIJRI = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { day: 'numeric', month: 'numeric', timeZone: 'UTC' });

/** Gregorian dates of a year whose Umm al-Qura (month, day) is one of `wanted` ('10-1' = 1 Shawwal). */
function hijriDates(year: number, wanted: readonly string[]): IsoDate[] {
  const out: IsoDate[] = [];
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
    const parts = HIJRI.formatToParts(new Date(t));
    const md = `${parts.find((p) => p.type === 'month')?.value}-${parts.find((p) => p.type === 'day')?.value}`;
    if (wanted.includes(md)) out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

const isWeekend = (date: IsoDate) => isoWeekday(date) >= 6;

/** Transferred days are named after the holiday they replace. */
export function transferredName(of: LocalizedText): LocalizedText {
  return { az: `İstirahət günü (${of.az})`, en: `Day off (${of.en})`, ru: `Выходной день (${of.ru})` };
}

/**
 * The non-working days of one year by the Labour Code, sorted by date (a date may appear twice when two
 * holidays share it, e.g. Novruz and Ramazan on 20 March 2026). Years outside 1900–2999 give nothing.
 */
export function azPublicHolidays(year: number): CalendarDay[] {
  if (!Number.isInteger(year) || year < 1900 || year > 2999) return [];
  const y = String(year);
  const fixed = FIXED.map(([md, holiday]) => ({ date: `${y}-${md}`, holiday }));
  const religious = [
    ...hijriDates(year, ['10-1', '10-2']).map((date) => ({ date, holiday: 'ramazan' as const })),
    ...hijriDates(year, ['12-10', '12-11']).map((date) => ({ date, holiday: 'qurban' as const })),
  ];
  const days: CalendarDay[] = [...fixed, ...religious].map((d) => ({ ...d, kind: 'holiday', name: HOLIDAY_NAMES[d.holiday] }));
  // The previous year's 31 December on a weekend comes first: its day off is taken before this year's.
  const fromPrevious = azPublicHolidaysSpill(year - 1);
  const off = new Set([...days, ...fromPrevious].map((d) => d.date));
  const fixedDates = new Set(fixed.map((d) => d.date));
  // Fixed holidays first, then the religious ones, each in date order: each holiday day on a weekend
  // (105.5) — or a religious day on another holiday (105.6) — takes the next free working day after it.
  const transfers: CalendarDay[] = [];
  for (const d of [...fixed, ...religious]) {
    const onWeekend = isWeekend(d.date);
    const onOtherHoliday = d.holiday === 'ramazan' || d.holiday === 'qurban' ? fixedDates.has(d.date) : false;
    if (!onWeekend && !onOtherHoliday) continue;
    let next = addDays(d.date, 1);
    while (isWeekend(next) || off.has(next)) next = addDays(next, 1);
    off.add(next);
    transfers.push({ date: next, kind: 'transferred', holiday: d.holiday, name: transferredName(HOLIDAY_NAMES[d.holiday]) });
  }
  // A transfer out of December may land in January of the next year: it belongs to that year's list.
  const inYear = [...days, ...transfers].filter((d) => d.date.startsWith(y));
  return [...inYear, ...fromPrevious].sort((a, b) => a.date.localeCompare(b.date) || (a.kind === b.kind ? 0 : a.kind === 'holiday' ? -1 : 1));
}

/** Transfers of `year`'s holidays that fall into the next year (31 Dec on a weekend → early January). */
function azPublicHolidaysSpill(year: number): CalendarDay[] {
  const dec31 = `${year}-12-31`;
  if (!isWeekend(dec31)) return [];
  // 1–2 January of the next year are holidays themselves, so the day off comes after them.
  const taken = new Set([`${year + 1}-01-01`, `${year + 1}-01-02`]);
  let next = addDays(dec31, 1);
  while (isWeekend(next) || taken.has(next)) next = addDays(next, 1);
  return [{ date: next, kind: 'transferred', holiday: 'solidarity', name: transferredName(HOLIDAY_NAMES.solidarity) }];
}

/** An admin's correction of one date: a decree's extra day off, or a computed day that is worked after all. */
export type CalendarOverride =
  | { date: IsoDate; action: 'add'; kind: 'holiday' | 'transferred' | 'closure'; name: LocalizedText; note?: string | null }
  | { date: IsoDate; action: 'remove'; note?: string | null };

export interface EffectiveDay {
  date: IsoDate;
  kind: 'holiday' | 'transferred' | 'closure';
  name: LocalizedText;
  /** `computed` by the Labour Code, or `override` added by an admin. */
  source: 'computed' | 'override';
  note: string | null;
}

/**
 * The year's non-working days after the admins' overrides, one row per date, sorted: a removed date is
 * gone, an added one replaces the computed day of that date. Two computed holidays on one date read as one.
 */
export function effectiveCalendar(computed: readonly CalendarDay[], overrides: readonly CalendarOverride[]): EffectiveDay[] {
  const byDate = new Map<IsoDate, EffectiveDay>();
  for (const d of computed) {
    const prev = byDate.get(d.date);
    if (!prev) byDate.set(d.date, { date: d.date, kind: d.kind, name: d.name, source: 'computed', note: null });
    else if (prev.kind === 'holiday' && d.kind === 'holiday' && prev.name.az !== d.name.az) {
      byDate.set(d.date, { ...prev, name: { az: `${prev.name.az}, ${d.name.az}`, en: `${prev.name.en}, ${d.name.en}`, ru: `${prev.name.ru}, ${d.name.ru}` } });
    }
  }
  for (const o of overrides) {
    if (o.action === 'remove') byDate.delete(o.date);
    else byDate.set(o.date, { date: o.date, kind: o.kind, name: o.name, source: 'override', note: o.note ?? null });
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** The non-working dates between two dates (inclusive) after overrides — what the template expander skips. */
export function nonWorkingDatesBetween(from: IsoDate, to: IsoDate, overrides: readonly CalendarOverride[]): IsoDate[] {
  const fy = Number(from.slice(0, 4));
  const ty = Number(to.slice(0, 4));
  const out: IsoDate[] = [];
  for (let y = fy; y <= ty && y - fy < 20; y++) {
    const ys = String(y);
    const mine = overrides.filter((o) => o.date.startsWith(ys));
    for (const d of effectiveCalendar(azPublicHolidays(y), mine)) if (d.date >= from && d.date <= to) out.push(d.date);
  }
  return out;
}
