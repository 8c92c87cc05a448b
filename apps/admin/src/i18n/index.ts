import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import russianMessages from 'ra-language-russian';
import type { I18nProvider, TranslationMessages } from 'react-admin';
import { FEATURE_MESSAGES } from '../features/messages';
import { appMessages } from './app.i18n';
import { deepMerge, type Messages } from './catalogue';
import { raAzerbaijani } from './ra-az';
import { raRussianPatch } from './ra-ru-patch';

export const LOCALES = ['az', 'en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

function build(locale: Locale, ra: Messages): Messages {
  return [appMessages, ...FEATURE_MESSAGES].reduce((acc, feature) => deepMerge(acc, feature[locale]), ra);
}

export const catalogues: Record<Locale, Messages> = {
  az: build('az', raAzerbaijani as Messages),
  en: build('en', englishMessages as unknown as Messages),
  ru: build('ru', deepMerge(russianMessages as unknown as Messages, raRussianPatch)),
};

const STORE_KEY = 'RaStore.locale';

/** The language chosen last time (react-admin keeps it in its localStorage store), else Azerbaijani. */
export function storedLocale(): Locale {
  try {
    const value = JSON.parse(localStorage.getItem(STORE_KEY) ?? 'null');
    return (LOCALES as readonly string[]).includes(value) ? value : 'az';
  } catch {
    return 'az';
  }
}

let current: Locale = typeof localStorage === 'undefined' ? 'az' : storedLocale();
// index.html says az; a reload in English or Russian must say so before the first paint, or upper-case buttons take
// the Azerbaijani dotted İ ("SİGN İN") and screen readers read English with an Azerbaijani voice.
if (typeof document !== 'undefined') document.documentElement.lang = current;

/** The console's language right now: sent as Accept-Language so the API answers in it. */
export const currentLocale = (): Locale => current;

const base = polyglotI18nProvider((locale) => catalogues[(locale as Locale) in catalogues ? (locale as Locale) : 'az'] as TranslationMessages, current, [
  { locale: 'az', name: 'Azərbaycanca' },
  { locale: 'en', name: 'English' },
  { locale: 'ru', name: 'Русский' },
], { allowMissing: false });

export const i18nProvider: I18nProvider = {
  ...base,
  changeLocale: (locale, options) => {
    current = (LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : 'az';
    document.documentElement.lang = current;
    return base.changeLocale(locale, options);
  },
};
