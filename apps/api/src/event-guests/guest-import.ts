import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { FieldError } from '../common/http/api-problem';

/**
 * Reading a guest list (CSV or XLSX) into checked rows — docs/event-guests.md, "Import". Pure apart from ExcelJS:
 * nothing here touches the database; the service adds what the event already has (keys, delegations).
 */

export const GUEST_IMPORT_MAX_BYTES = 2 * 1024 * 1024;
export const GUEST_IMPORT_MAX_ROWS = 2000;

/** The columns we read, and the header spellings we accept for each (compared lower-case, without spaces, _ or -). */
const COLUMNS = {
  key: ['key', 'id', 'importkey', 'açar', 'ключ'],
  fullName: ['name', 'fullname', 'guest', 'ad', 'adsoyad', 'имя', 'фио'],
  country: ['country', 'ölkə', 'страна'],
  organisation: ['organisation', 'organization', 'org', 'təşkilat', 'организация'],
  delegation: ['delegation', 'nümayəndəheyəti', 'делегация'],
  languages: ['languages', 'language', 'langs', 'dillər', 'языки'],
  arrivalAt: ['arrival', 'arrivalat', 'arrivaltime', 'gəliş', 'прибытие'],
  arrivalPlace: ['arrivalplace', 'gəlişyeri', 'местоприбытия'],
  departureAt: ['departure', 'departureat', 'departuretime', 'gediş', 'отъезд'],
  departurePlace: ['departureplace', 'gedişyeri', 'местоотъезда'],
  hotel: ['hotel', 'otel', 'гостиница', 'отель'],
  needs: ['needs', 'ehtiyaclar', 'потребности'],
  vip: ['vip'],
  email: ['email', 'e-mail', 'mail', 'epoçt'],
  phone: ['phone', 'telefon', 'телефон'],
} as const;
export type GuestColumn = keyof typeof COLUMNS;

const headerKey = (s: string) => s.trim().toLowerCase().replace(/[\s_\-.]+/g, '');
const HEADER_INDEX = new Map<string, GuestColumn>(
  (Object.entries(COLUMNS) as [GuestColumn, readonly string[]][]).flatMap(([col, names]) => names.map((n) => [headerKey(n), col] as const)),
);

// ——— codes ———

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Codes ICU names that are not ISO 3166-1 countries: exceptionally reserved, grouping or withdrawn codes. */
const NOT_COUNTRIES = new Set([
  'AC', 'CP', 'CQ', 'DG', 'EA', 'EU', 'EZ', 'IC', 'QO', 'TA', 'UK', 'UN', 'XA', 'XB', 'ZZ',
  'AN', 'BU', 'CS', 'DD', 'DY', 'FX', 'HV', 'NH', 'RH', 'SU', 'TP', 'VD', 'YD', 'YU', 'ZR',
]);
/** Withdrawn ISO 639-1 codes ICU still names. */
const NOT_LANGUAGES = new Set(['in', 'iw', 'ji', 'jw', 'mo', 'sh']);
const regionNames = { en: new Intl.DisplayNames(['en'], { type: 'region' }), az: new Intl.DisplayNames(['az'], { type: 'region' }), ru: new Intl.DisplayNames(['ru'], { type: 'region' }) };
const languageNames = { en: new Intl.DisplayNames(['en'], { type: 'language' }), az: new Intl.DisplayNames(['az'], { type: 'language' }), ru: new Intl.DisplayNames(['ru'], { type: 'language' }) };

/** ISO 3166-1 alpha-2 codes, upper case. */
export const COUNTRY_CODES: ReadonlySet<string> = new Set(
  [...LETTERS].flatMap((a) => [...LETTERS].map((b) => a + b)).filter((c) => !NOT_COUNTRIES.has(c) && regionNames.en.of(c) !== c && regionNames.en.of(c) !== 'Unknown Region'),
);
/** ISO 639-1 codes, lower case. */
export const LANGUAGE_CODES: ReadonlySet<string> = new Set(
  [...LETTERS.toLowerCase()].flatMap((a) => [...LETTERS.toLowerCase()].map((b) => a + b)).filter((c) => !NOT_LANGUAGES.has(c) && languageNames.en.of(c) !== c),
);
const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
/** Names in az, en and ru → code (the first code to claim a name keeps it). */
function byName(codes: ReadonlySet<string>, names: Record<string, Intl.DisplayNames>): Map<string, string> {
  const map = new Map<string, string>();
  for (const c of codes) for (const n of Object.values(names)) {
    const key = fold(n.of(c) ?? c);
    if (!map.has(key)) map.set(key, c);
  }
  return map;
}
const COUNTRY_BY_NAME = byName(COUNTRY_CODES, regionNames);
const LANGUAGE_BY_NAME = byName(LANGUAGE_CODES, languageNames);

/** "fr", "FR", "France", "Fransa", "Франция" → "FR"; null when unknown. */
export function countryCode(value: string): string | null {
  const v = value.trim();
  if (/^[a-z]{2}$/i.test(v)) return COUNTRY_CODES.has(v.toUpperCase()) ? v.toUpperCase() : null;
  return COUNTRY_BY_NAME.get(fold(v)) ?? null;
}

/** "fr", "French", "fransız" → "fr"; null when unknown. */
export function languageCode(value: string): string | null {
  const v = value.trim();
  if (/^[a-z]{2}$/i.test(v)) return LANGUAGE_CODES.has(v.toLowerCase()) ? v.toLowerCase() : null;
  return LANGUAGE_BY_NAME.get(fold(v)) ?? null;
}

export const isCountryCode = (c: string) => COUNTRY_CODES.has(c);
export const isLanguageCode = (c: string) => LANGUAGE_CODES.has(c);

// ——— dates ———

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "2026-10-23 14:30", "2026-10-23T14:30", "23.10.2026 14:30" (Baku time), or with an offset ("…T10:30Z",
 * "…+02:00"). A date alone is midnight in Baku. Returns null when it is not a real date and time.
 */
export function parseGuestInstant(value: string): Date | null {
  const v = value.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(v);
  let y: number, mo: number, d: number, h: number, mi: number, s: number, zone: string | undefined;
  if (m) {
    [y, mo, d, h, mi, s] = [+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0)];
    zone = m[7];
  } else {
    m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(v);
    if (!m) return null;
    [d, mo, y, h, mi, s] = [+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0)];
  }
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null;
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > daysInMonth || y < 1900 || y > 2200) return null;
  const local = `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}`;
  const offset = zone ? (zone.toUpperCase() === 'Z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone) : '+04:00';
  const ms = Date.parse(local + offset);
  return Number.isNaN(ms) ? null : new Date(ms);
}

// ——— reading the file ———

export type SheetRows = string[][];

/** CSV (comma or semicolon, RFC 4180 quotes, UTF-8 with or without BOM). */
export function readCsv(text: string): SheetRows {
  const src = text.replace(/^\uFEFF/, '');
  const firstLine = src.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: SheetRows = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < src.length; i += 1) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') { cell += '"'; i += 1; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) { row.push(cell); cell = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i += 1;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  // A date cell holds the wall time it shows, as if it were UTC: read it back as a Baku wall time.
  if (v instanceof Date) return `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())} ${pad(v.getUTCHours())}:${pad(v.getUTCMinutes())}`;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    return '';
  }
  return String(v);
}

/** The first worksheet of an XLSX file as text cells. */
export async function readXlsx(body: Buffer): Promise<SheetRows> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) return [];
  const rows: SheetRows = [];
  ws.eachRow({ includeEmpty: true }, (r, n) => {
    const cells: string[] = [];
    for (let c = 1; c <= r.cellCount; c += 1) cells.push(cellText(r.getCell(c).value));
    rows[n - 1] = cells;
  });
  return Array.from(rows, (r) => r ?? []);
}

/** XLSX by its zip signature, otherwise UTF-8 text read as CSV. */
export async function readSheet(body: Buffer): Promise<SheetRows> {
  if (body.length >= 4 && body[0] === 0x50 && body[1] === 0x4b && body[2] === 0x03 && body[3] === 0x04) return readXlsx(body);
  return readCsv(body.toString('utf8'));
}

// ——— checking rows ———

/** A guest as the file gives it, normalised (codes upper/lower case, instants as Date). */
export interface GuestDraft {
  importKey: string;
  fullName: string;
  country: string;
  organisation: string | null;
  delegation: string | null;
  languages: string[];
  arrivalAt: Date | null;
  arrivalPlace: string | null;
  departureAt: Date | null;
  departurePlace: string | null;
  hotel: string | null;
  needs: string | null;
  vip: boolean;
  email: string | null;
  phone: string | null;
}

export interface CheckedRow {
  /** The row's line in the file (the header is line 1). */
  line: number;
  /** What the file says, cell by cell, for the preview table. */
  cells: Partial<Record<GuestColumn, string>>;
  draft: GuestDraft | null;
  errors: FieldError[];
}

export interface CheckedSheet {
  columns: GuestColumn[];
  /** Header cells we did not recognise (ignored). */
  ignoredColumns: string[];
  rows: CheckedRow[];
}

const LIMITS: Partial<Record<GuestColumn, number>> = {
  key: 120, fullName: 200, organisation: 200, delegation: 200, arrivalPlace: 200, departurePlace: 200, hotel: 200, needs: 2000, email: 254, phone: 40,
};
const YES = new Set(['yes', 'y', 'true', '1', 'x', 'bəli', 'he', 'hə', 'да', 'vip']);
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The key a row is matched on when the file has no key column: name + country + organisation, folded. */
export function derivedImportKey(fullName: string, country: string, organisation: string | null): string {
  const k = `n:${fold(fullName)}|${country.toLowerCase()}|${fold(organisation ?? '')}`;
  return k.length <= 120 ? k : `h:${createHash('sha256').update(k).digest('hex')}`;
}

/** Reads the header and checks every row; the first problem of the file itself (no name column…) is thrown by the caller. */
export function checkSheet(table: SheetRows): CheckedSheet | { fileError: 'guestImportEmpty' | 'guestImportNoColumns' | 'guestImportTooManyRows' } {
  const nonEmpty = (r: string[]) => r.some((c) => c.trim() !== '');
  const headerAt = table.findIndex(nonEmpty);
  if (headerAt < 0) return { fileError: 'guestImportEmpty' };
  const header = table[headerAt];
  const columnAt = new Map<GuestColumn, number>();
  const ignoredColumns: string[] = [];
  header.forEach((h, i) => {
    const col = HEADER_INDEX.get(headerKey(h));
    if (col && !columnAt.has(col)) columnAt.set(col, i);
    else if (h.trim()) ignoredColumns.push(h.trim());
  });
  if (!columnAt.has('fullName') || !columnAt.has('country')) return { fileError: 'guestImportNoColumns' };
  const body = table.slice(headerAt + 1).map((cells, i) => ({ cells, line: headerAt + 2 + i })).filter((r) => nonEmpty(r.cells));
  if (body.length > GUEST_IMPORT_MAX_ROWS) return { fileError: 'guestImportTooManyRows' };

  const seen = new Map<string, number>();
  const rows = body.map(({ cells: raw, line }): CheckedRow => {
    const cells: Partial<Record<GuestColumn, string>> = {};
    for (const [col, i] of columnAt) cells[col] = (raw[i] ?? '').trim();
    const errors: FieldError[] = [];
    const text = (col: GuestColumn): string | null => {
      const v = cells[col] ?? '';
      if (!v) return null;
      const max = LIMITS[col];
      if (max && v.length > max) { errors.push({ field: col, code: 'guestTooLong', params: { max } }); return null; }
      return v;
    };
    const fullName = text('fullName');
    if (!fullName && !errors.some((e) => e.field === 'fullName')) errors.push({ field: 'fullName', code: 'guestRequired' });
    let country: string | null = null;
    if (!cells.country) errors.push({ field: 'country', code: 'guestRequired' });
    else if (!(country = countryCode(cells.country))) errors.push({ field: 'country', code: 'guestUnknownCountry', params: { value: cells.country } });
    const languages: string[] = [];
    const parts = (cells.languages ?? '').split(/[;,/|]+/).map((s) => s.trim()).filter(Boolean)
      .flatMap((p) => (/^[a-z]{2}(\s+[a-z]{2})+$/i.test(p) ? p.split(/\s+/) : [p]));
    for (const part of parts) {
      const code = languageCode(part);
      if (!code) errors.push({ field: 'languages', code: 'guestUnknownLanguage', params: { value: part } });
      else if (!languages.includes(code)) languages.push(code);
    }
    const instant = (col: 'arrivalAt' | 'departureAt'): Date | null => {
      const v = cells[col];
      if (!v) return null;
      const d = parseGuestInstant(v);
      if (!d) errors.push({ field: col, code: 'guestBadDate', params: { value: v } });
      return d;
    };
    const arrivalAt = instant('arrivalAt');
    const departureAt = instant('departureAt');
    if (arrivalAt && departureAt && departureAt < arrivalAt) errors.push({ field: 'departureAt', code: 'guestDepartureBeforeArrival' });
    const email = text('email');
    if (email && !EMAIL_RE.test(email)) errors.push({ field: 'email', code: 'guestBadEmail', params: { value: email } });
    const organisation = text('organisation');
    const explicitKey = text('key');
    const [delegation, arrivalPlace, departurePlace, hotel, needs, phone] = (['delegation', 'arrivalPlace', 'departurePlace', 'hotel', 'needs', 'phone'] as const).map(text);
    const importKey = explicitKey ? `k:${explicitKey}` : fullName && country ? derivedImportKey(fullName, country, organisation) : null;
    if (importKey) {
      const first = seen.get(importKey);
      if (first !== undefined) errors.push({ field: explicitKey ? 'key' : 'fullName', code: 'guestDuplicateInFile', params: { line: first } });
      else seen.set(importKey, line);
    }
    const draft: GuestDraft | null = errors.length || !fullName || !country || !importKey ? null : {
      importKey, fullName, country, organisation, delegation, languages, arrivalAt, arrivalPlace, departureAt, departurePlace, hotel, needs,
      vip: YES.has((cells.vip ?? '').toLowerCase()), email, phone,
    };
    return { line, cells, draft, errors };
  });
  return { columns: [...columnAt.keys()], ignoredColumns, rows };
}

/** How far a guest's arrival or departure may lie outside the event before the preview warns (docs/event-guests.md). */
export const GUEST_DATE_WARN_DAYS = 7;
const DAY_MS = 86_400_000;

/**
 * Non-blocking warnings for a checked row: an arrival or departure more than GUEST_DATE_WARN_DAYS before the event
 * starts or after it ends (a file with another year's dates, say) — shown in the preview, never stopping the import.
 */
export function dateWarnings(draft: GuestDraft | null, event: { startsAt: Date; endsAt: Date }): FieldError[] {
  if (!draft) return [];
  const out: FieldError[] = [];
  for (const [field, at, name] of [['arrivalAt', draft.arrivalAt, 'Arrival'], ['departureAt', draft.departureAt, 'Departure']] as const) {
    if (!at) continue;
    const before = event.startsAt.getTime() - at.getTime();
    const after = at.getTime() - event.endsAt.getTime();
    if (before > GUEST_DATE_WARN_DAYS * DAY_MS) out.push({ field, code: `guest${name}FarBefore`, params: { days: Math.floor(before / DAY_MS) } });
    else if (after > GUEST_DATE_WARN_DAYS * DAY_MS) out.push({ field, code: `guest${name}FarAfter`, params: { days: Math.floor(after / DAY_MS) } });
  }
  return out;
}
