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

// The one escaping rule of every export lives in common/http/spreadsheet.ts.
export { csvLine, escapeCell } from '../common/http/spreadsheet';
