import { formatMinutes, type Locale } from '@dost/domain';

/**
 * A moment in time as props carry it. Props travel through a job queue as JSON, where a Date becomes an
 * ISO 8601 string, so both are accepted.
 */
export type Instant = Date | string;

/** The business time zone: every date and time in mail is shown as wall-clock time in Baku. */
export const BUSINESS_TIME_ZONE = 'Asia/Baku';

// 'en' alone means en-US in ICU (month first, 12-hour clock); mail to people in Azerbaijan reads better in
// the day-month-year order with a 24-hour clock.
const INTL_LOCALE: Record<Locale, string> = { az: 'az', en: 'en-GB', ru: 'ru' };

const AZ_MONTHS = ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'];
// Indexed like Date#getDay(): Sunday first.
const AZ_WEEKDAYS = ['bazar', 'bazar ertəsi', 'çərşənbə axşamı', 'çərşənbə', 'cümə axşamı', 'cümə', 'şənbə'];

export const toDate = (value: Instant): Date => {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(value)}`);
  return date;
};

// Node can be built with a reduced ICU that lacks Azerbaijani and silently falls back to English names.
const icuHasAzerbaijani = ((): boolean => {
  try {
    return new Intl.DateTimeFormat('az', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 15))) === 'yanvar';
  } catch {
    return false;
  }
})();

interface WallClock {
  year: number;
  month: number;
  day: number;
  weekday: number;
}

const bakuWallClock = (date: Date): WallClock => {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: BUSINESS_TIME_ZONE, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  const year = part('year');
  const month = part('month');
  const day = part('day');
  return { year, month, day, weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() };
};

/** Azerbaijani long date without ICU's help, in the same shape ICU gives: "24 oktyabr 2025, cümə". */
export const formatAzDateWithoutIcu = (value: Instant, withWeekday = false): string => {
  const { year, month, day, weekday } = bakuWallClock(toDate(value));
  const date = `${day} ${AZ_MONTHS[month - 1]} ${year}`;
  return withWeekday ? `${date}, ${AZ_WEEKDAYS[weekday]}` : date;
};

export interface DateOptions {
  /** Add the day of the week, e.g. for a shift ("24 oktyabr 2025, cümə"). */
  weekday?: boolean;
}

/** A long date in Baku time: "24 oktyabr 2025" / "24 October 2025" / "24 октября 2025 г.". */
export const formatDate = (value: Instant, locale: Locale, { weekday = false }: DateOptions = {}): string => {
  if (locale === 'az' && !icuHasAzerbaijani) return formatAzDateWithoutIcu(value, weekday);
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone: BUSINESS_TIME_ZONE,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(weekday ? { weekday: 'long' } : {}),
  }).format(toDate(value));
};

/** A 24-hour time in Baku time: "09:30" in every language. */
export const formatTime = (value: Instant, locale: Locale): string =>
  new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: BUSINESS_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(toDate(value));

/** Date and time in Baku time: "24 oktyabr 2025, 09:30". */
export const formatDateTime = (value: Instant, locale: Locale, options: DateOptions = {}): string =>
  `${formatDate(value, locale, options)}, ${formatTime(value, locale)}`;

export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
export type PluralForms = Partial<Record<PluralCategory, string>>;

const pluralRules: Record<Locale, Intl.PluralRules> = {
  az: new Intl.PluralRules('az'),
  en: new Intl.PluralRules('en'),
  ru: new Intl.PluralRules('ru'),
};

/**
 * The form of a word that goes with a number, by the language's CLDR plural rules
 * (Russian: 1 смена, 2 смены, 5 смен). A '#' in the chosen form is replaced by the number.
 * Azerbaijani keeps the noun singular after a numeral, so `one` alone is enough there.
 */
export const plural = (count: number, forms: PluralForms, locale: Locale): string => {
  const category = pluralRules[locale].select(count);
  const form = forms[category] ?? forms.other ?? forms.many ?? forms.one;
  if (form === undefined) throw new Error(`plural: no form for "${category}" (${locale})`);
  return form.replace(/#/g, String(count));
};

/**
 * Minutes as hours and minutes: 210 → "3 saat 30 dəqiqə" / "3 h 30 min" / "3 ч 30 мин"; 180 → "3 saat".
 * The words are the domain's (the console shows durations the same way); here only whole, non-negative
 * minutes are let through, since a negative or fractional duration in a mail is a bug upstream.
 */
export const formatHours = (totalMinutes: number, locale: Locale): string => {
  if (!Number.isInteger(totalMinutes) || totalMinutes < 0) throw new RangeError(`formatHours: expected whole minutes ≥ 0, got ${totalMinutes}`);
  return formatMinutes(totalMinutes, locale);
};
