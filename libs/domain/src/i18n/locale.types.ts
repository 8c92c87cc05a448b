/** Interface languages, Azerbaijani first: it is the default everywhere a user reads. */
export const LOCALES = ['az', 'en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text in every interface language. */
export type LocalizedText = Readonly<Record<Locale, string>>;
