import { isIsoDate, type IsoDate } from '../time';

/**
 * Full years of age on a Baku calendar day (get `today` with `bakuDateOf(now)`).
 * Someone born on 29 February becomes a year older on 1 March in common years — the reading of
 * "has the birthday passed" that counts calendar days, and the stricter one for minimum ages.
 */
export function ageOn(birthDate: IsoDate, today: IsoDate): number {
  if (!isIsoDate(birthDate)) throw new RangeError(`Not a birth date (YYYY-MM-DD): ${JSON.stringify(birthDate)}`);
  if (!isIsoDate(today)) throw new RangeError(`Not a date (YYYY-MM-DD): ${JSON.stringify(today)}`);
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  const hadBirthday = tm > bm || (tm === bm && td >= bd);
  return ty - by - (hadBirthday ? 0 : 1);
}
