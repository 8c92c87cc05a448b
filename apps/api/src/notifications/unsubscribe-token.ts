import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Stateless unsubscribe tokens: the address and an HMAC of it under the server's secret. Nothing to
 * store per message, valid forever (an old mail's link still works), unforgeable for other addresses.
 */
const mac = (secret: string, email: string): Buffer => createHmac('sha256', secret).update(`unsubscribe:${email}`).digest().subarray(0, 18);

export function unsubscribeToken(secret: string, email: string): string {
  const address = email.trim().toLowerCase();
  return `${Buffer.from(address, 'utf8').toString('base64url')}.${mac(secret, address).toString('base64url')}`;
}

/** The address a token was made for, or undefined when it was not made with this secret. */
export function verifyUnsubscribeToken(secret: string, token: string): string | undefined {
  const [encoded, signature, extra] = token.split('.');
  if (!encoded || !signature || extra !== undefined) return undefined;
  const address = Buffer.from(encoded, 'base64url').toString('utf8');
  // Compared as text: base64url decoding ignores stray trailing characters, the encoding does not.
  const given = Buffer.from(signature, 'utf8');
  const expected = Buffer.from(mac(secret, address).toString('base64url'), 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected) && address.includes('@') ? address : undefined;
}

/** "l***@dost.gov.az": enough for the person to recognise their address on a public page. */
export function maskEmail(email: string): string {
  const [local, domain] = email.split('@');
  return `${local.slice(0, 1)}***@${domain}`;
}
