import { LOCALES, type Locale } from '@dost/domain';

// The languages are the domain's; Azerbaijani is the default (STYLE.md, habit 7).
export { LOCALES, type Locale };
export const DEFAULT_LOCALE: Locale = 'az';

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** Where a recipient's language can come from, most deliberate choice first. */
export interface LocaleSources {
  /** The language saved in the user's profile. */
  profileLocale?: string | null;
  /** The language the person used when they applied (they may not have a profile yet). */
  applicationLocale?: string | null;
}

/**
 * The language a recipient gets mail in: their profile's, else the one they applied in, else Azerbaijani.
 * Values such as 'ru-RU' or 'EN' count as their base language; anything unknown is skipped.
 */
export const pickLocale = ({ profileLocale, applicationLocale }: LocaleSources): Locale => {
  for (const candidate of [profileLocale, applicationLocale]) {
    const base = candidate?.trim().toLowerCase().split(/[-_]/)[0];
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
};
