/**
 * FİN (Fərdi İdentifikasiya Nömrəsi) — the 7-character personal code printed on the Azerbaijani ID card.
 *
 * Decision: 7 characters from the Latin capitals and digits WITHOUT the letters I and O. Issued codes
 * leave those two out so they are never confused with 1 and 0 (this is how public FİN generators for
 * test data, e.g. Faker's az_AZ locale, describe the format). There is no public check digit, so we do
 * not invent one. Input is forgiving about what people type: surrounding and inner spaces are dropped
 * and lower case is raised (the Azerbaijani dotless/dotted i are mapped too), but an I or O is refused
 * with its own code so the form can say "did you mean 1 or 0?".
 */
export type FinErrorCode = 'FIN_REQUIRED' | 'FIN_LENGTH' | 'FIN_CHARACTERS' | 'FIN_LETTER_I_OR_O';

export type FinResult = { ok: true; fin: string } | { ok: false; code: FinErrorCode };

const FIN_RE = /^[0-9A-HJ-NP-Z]{7}$/;

export function parseFin(input: string | null | undefined): FinResult {
  // toUpperCase('i') is 'I' in every locale; Azerbaijani keyboards also produce ı and İ.
  const value = (input ?? '').replace(/\s+/g, '').replace(/[ıİ]/g, 'I').toUpperCase();
  if (value === '') return { ok: false, code: 'FIN_REQUIRED' };
  if (value.length !== 7) return { ok: false, code: 'FIN_LENGTH' };
  if (FIN_RE.test(value)) return { ok: true, fin: value };
  if (/^[0-9A-Z]{7}$/.test(value)) return { ok: false, code: 'FIN_LETTER_I_OR_O' };
  return { ok: false, code: 'FIN_CHARACTERS' };
}

export function isValidFin(input: string | null | undefined): boolean {
  return parseFin(input).ok;
}

/** For screens and exports whose readers do not need the code: keeps the last two characters. */
export function maskFin(fin: string): string {
  return '*****' + fin.slice(-2);
}
