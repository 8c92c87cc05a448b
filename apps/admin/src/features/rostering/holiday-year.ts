/**
 * The year the non-working-days page shows, kept in the URL (`?year=2027`): a change of the console's language
 * re-mounts the page, and component state alone would jump back to the current year.
 */
export function yearFromParam(raw: string | null, currentYear: number): number {
  const y = Number(raw);
  return raw && /^\d{4}$/.test(raw) && y >= 1990 && y <= 2200 ? y : currentYear;
}
