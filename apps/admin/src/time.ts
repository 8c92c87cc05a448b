/** The business time zone: every date and time on screen is Baku time, whatever the browser's zone. */
export const TIME_ZONE = 'Asia/Baku';
const BAKU_OFFSET = '+04:00'; // no daylight saving since 2016

const AZ_MONTHS = ['yan', 'fev', 'mar', 'apr', 'may', 'iyn', 'iyl', 'avq', 'sen', 'okt', 'noy', 'dek'];

export function formatBaku(iso: string | null | undefined, locale: string, withTime = true): string {
  if (!iso) return '';
  if (locale === 'az') {
    // Browsers' ICU data often lacks Azerbaijani month names ("2026 M11 22"): write the date ourselves.
    const d = new Date(new Date(iso).getTime() + 4 * 3600_000);
    const date = `${d.getUTCDate()} ${AZ_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
    return withTime ? `${date}, ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}` : date;
  }
  return new Intl.DateTimeFormat(locale, {
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

/** ISO instant → "dd.mm.yyyy HH:mm" (or "dd.mm.yyyy") in Baku time: the console's numeric convention in every language. */
export function bakuDmy(iso: string | null | undefined, withTime = true): string {
  if (!iso) return '';
  const t = new Date(iso).getTime();
  if (Number.isNaN(t)) return '';
  const d = new Date(t + 4 * 3600_000).toISOString();
  const date = `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`;
  return withTime ? `${date} ${d.slice(11, 16)}` : date;
}
