import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** An Azerbaijani number in E.164: '+994' and nine digits. */
export type AzPhone = string;

/**
 * Normalises what people type ('050 123 45 67', '+994 50 123 45 67', '0501234567', '994501234567')
 * to '+994501234567', or null when it is not a valid Azerbaijani number. Numbers of other countries
 * are refused on purpose: the programme calls and texts volunteers in Azerbaijan.
 * Landlines (e.g. Baku 012) are accepted; libphonenumber-js's metadata decides what is valid.
 */
export function normaliseAzPhone(input: string | null | undefined): AzPhone | null {
  if (input == null) return null;
  const trimmed = input.trim();
  // People write the international prefix as 00; the parser wants '+'.
  const candidate = trimmed.startsWith('00') ? '+' + trimmed.slice(2) : trimmed;
  const phone = parsePhoneNumberFromString(candidate, 'AZ');
  if (!phone || phone.country !== 'AZ' || !phone.isValid()) return null;
  return phone.number;
}
