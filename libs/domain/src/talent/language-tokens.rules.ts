import { CEFR_LEVELS, type CefrLevel } from '../people/cefr.rules';

/**
 * A person's languages as searchable tokens: 'en:B2' means "speaks English at B2 or above". Each language
 * expands to its level and every level below it, so "English ≥ B2" is one containment test
 * (`tokens @> '{en:B2}'`) that a GIN index answers — no level comparison per row.
 */
export function languageTokens(languages: readonly { language: string; level: CefrLevel }[]): string[] {
  const out = new Set<string>();
  for (const l of languages) {
    const top = CEFR_LEVELS.indexOf(l.level);
    for (let i = 0; i <= top; i++) out.add(`${l.language.toLowerCase()}:${CEFR_LEVELS[i]}`);
  }
  return [...out].sort();
}

/** The token a requirement "language ≥ level" is looked up by. */
export const languageToken = (language: string, level: CefrLevel): string => `${language.toLowerCase()}:${level}`;
