import { useLocaleState } from 'react-admin';
import type { Name } from './talent-api';

/** Numbers, hours and dates the way the reports write them (Azerbaijani numbers like Russian: 1 102,5). */
export function useTalentFormat() {
  const [locale] = useLocaleState();
  const l = (locale === 'en' || locale === 'ru' ? locale : 'az') as keyof Name;
  const number = new Intl.NumberFormat(l === 'az' ? 'ru' : l, { maximumFractionDigits: 1 });
  return {
    l,
    n: (v: number) => number.format(v),
    hours: (minutes: number) => number.format(Math.round((minutes / 60) * 10) / 10),
    name: (n: Name | null | undefined) => (n ? n[l] || n.az : ''),
    /** dd.mm.yyyy of an instant, in Baku. */
    date: (iso: string) => new Date(new Date(iso).getTime() + 4 * 3600_000).toISOString().slice(0, 10).split('-').reverse().join('.'),
    day: (isoDate: string) => isoDate.split('-').reverse().join('.'),
  };
}
