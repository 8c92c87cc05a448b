import type { Locale, LocalizedText } from '@dost/domain';

/**
 * The catalogue's names, in memory, for the sentences the domain writes (eligibility reasons, auto-roster gaps):
 * those are built synchronously, so they cannot query the table. QualificationsService fills it at start, after
 * every admin edit and once a minute (another instance's edit reaches this one within a minute).
 */
const names = new Map<string, LocalizedText>();

export function setQualificationNames(rows: readonly { code: string; nameAz: string; nameEn: string; nameRu: string }[]): void {
  names.clear();
  for (const r of rows) names.set(r.code, { az: r.nameAz, en: r.nameEn, ru: r.nameRu });
}

/** A qualification's name in the reader's language; the code itself when the catalogue has no such entry. */
export function qualificationNameFor(code: string, locale: Locale): string {
  return names.get(code)?.[locale] ?? code;
}
