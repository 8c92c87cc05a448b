import { LOCALES, type Locale } from '../i18n';

/**
 * A language picked by hand on the login page, kept in this browser outside react-admin's store (which
 * logout clears). Without one, the console switches to the user's profile language after login.
 */
const KEY = 'dost.loginLocale';

export function chosenLoginLocale(): Locale | null {
  try {
    const value = localStorage.getItem(KEY);
    return (LOCALES as readonly string[]).includes(value ?? '') ? (value as Locale) : null;
  } catch {
    return null;
  }
}

export function rememberLoginLocale(locale: Locale): void {
  try {
    localStorage.setItem(KEY, locale);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
}

/** The language to use after login: the hand-picked one wins over the profile's. */
export const localeAfterLogin = (profile: Locale | undefined, chosen: Locale | null): Locale | null => chosen ?? profile ?? null;
