import { HttpError } from 'react-admin';

/** Small helpers shared by the coordinator's and organiser's screens (templates, day sheet, role board). */
export type Lang = 'az' | 'en' | 'ru';

/** Languages offered in pickers; their names are i18n keys `rostering.langs.<code>`. */
export const LANGUAGE_CODES = ['az', 'en', 'ru', 'tr', 'de', 'fr', 'ar', 'fa', 'zh', 'es', 'it', 'ka'] as const;
export const CEFR = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const FILL_COLOURS = { full: '#c8e6c9', partial: '#fff3c4', empty: '#ffcdd2' } as const;

export const todayInBaku = (): string => new Date(Date.now() + 4 * 3600_000).toISOString().slice(0, 10);
export const addDays = (date: string, n: number): string => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
/** 2025-10-24 → 24.10.2025 (the way dates are written in Azerbaijan, also fine for en/ru screens). */
export const dmy = (date: string): string => date.slice(0, 10).split('-').reverse().join('.');
/** ISO weekday 1 (Monday) … 7 (Sunday) of a calendar date. */
export const isoWeekday = (date: string): number => ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
/** The Monday of the week a date is in (weeks in the address and the week view start on Monday). */
export const mondayOf = (date: string): string => addDays(date, 1 - isoWeekday(date));

export const fillOf = (filled: number, needed: number): keyof typeof FILL_COLOURS => (filled >= needed ? 'full' : filled > 0 ? 'partial' : 'empty');

/** An empty input means "no value" (null); anything else an integer. */
export const intOrNull = (value: string): number | null => (value.trim() === '' ? null : Math.round(Number(value)));
export const str = (value: number | null | undefined): string => (value == null ? '' : String(value));

/** Per-field messages of a problem+json error ("name.az" flattened back), for helper texts under inputs. */
export function fieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (node: unknown, prefix: string) => {
    if (typeof node === 'string') out[prefix] = node;
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, prefix ? `${prefix}.${k}` : k);
  };
  if (error instanceof HttpError) walk((error.body as { errors?: unknown } | undefined)?.errors, '');
  return out;
}
