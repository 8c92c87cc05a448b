/** The business time zone: every date and time on screen is Baku time, whatever the browser's zone. */
export const TIME_ZONE = 'Asia/Baku';
const BAKU_OFFSET = '+04:00'; // no daylight saving since 2016

export function formatBaku(iso: string | null | undefined, locale: string, withTime = true): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale === 'az' ? 'az-Latn-AZ' : locale, {
    timeZone: TIME_ZONE,
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short' } : {}),
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** ISO instant → value of an <input type="datetime-local"> in Baku time. */
export function toBakuInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const shifted = new Date(new Date(iso).getTime() + 4 * 3600_000);
  return shifted.toISOString().slice(0, 16);
}

/** Value of an <input type="datetime-local"> read as Baku time → ISO instant with offset. */
export function fromBakuInput(value: string | null | undefined): string | null {
  if (!value) return null;
  return `${value.length === 16 ? `${value}:00` : value}${BAKU_OFFSET}`;
}
