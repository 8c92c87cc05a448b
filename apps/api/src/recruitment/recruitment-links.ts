import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/**
 * The status-page token: the application id plus an HMAC of it under the server secret. Stateless (any
 * mail can carry it, nothing stored), unforgeable for another application, valid as long as the secret.
 */
export function statusTokenFor(secret: string, applicationId: string): string {
  const mac = createHmac('sha256', secret).update(`application-status:${applicationId}`).digest('base64url').slice(0, 32);
  return `${applicationId}.${mac}`;
}

/** The application id of a genuine token, null otherwise. */
export function applicationIdOf(secret: string, token: string): string | null {
  const [id, mac] = token.split('.');
  if (!id || !mac || !/^[0-9a-f-]{36}$/.test(id)) return null;
  const expected = statusTokenFor(secret, id).split('.')[1];
  const a = Buffer.from(mac);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b) ? id : null;
}

/** Neutralises spreadsheet formulas (CSV/XLSX injection): a cell starting with = + - @ or a control char gets a leading '. */
export function escapeCell(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

export function csvLine(values: unknown[]): string {
  return values.map((v) => {
    const s = escapeCell(v);
    return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }).join(',');
}
