import { Injectable } from '@nestjs/common';
import { kioskCodeAge, kioskCodeStep, KIOSK_CODE_MAX_AGE_SECONDS, KIOSK_CODE_STEP_SECONDS } from '@dost/domain';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppConfig } from '../config/app-config';

const CODE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.(\d{1,12})\.([A-Za-z0-9_-]{22})$/;

export interface KioskCode {
  code: string;
  step: number;
  /** When the code stops being accepted (ms). */
  expiresAt: number;
}

export type ParsedCode = { ok: true; kioskId: string; step: number; signature: string } | { ok: false };

const sameText = (a: string, b: string): boolean => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * The kiosk's secrets: device tokens (only their SHA-256 is stored), the per-kiosk key that signs QR
 * codes, and PIN hashes — an HMAC-SHA-256 under a key derived from the app's JWT secret, so a copy of
 * the table without the server's secret does not give 6-digit PINs away to a brute-force loop.
 */
@Injectable()
export class KioskSecrets {
  private readonly pinKey: Buffer;

  constructor(config: AppConfig) {
    if (!config.jwtSecret) throw new Error('jwtSecret missing');
    this.pinKey = createHmac('sha256', config.jwtSecret).update('dost:kiosk-pin:v1').digest();
  }

  newToken(): { token: string; tokenHash: string } {
    const token = `kiosk_${randomBytes(32).toString('base64url')}`;
    return { token, tokenHash: this.tokenHash(token) };
  }

  tokenHash(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }

  newCodeSecret(): string {
    return randomBytes(32).toString('hex');
  }

  /** The code a kiosk shows at `now`: kiosk id, 30-second step, and their HMAC under the kiosk's own key. */
  code(kioskId: string, codeSecret: string, now: number): KioskCode {
    const step = kioskCodeStep(now);
    return {
      code: `${kioskId}.${step}.${this.sign(kioskId, step, codeSecret)}`,
      step,
      expiresAt: step * KIOSK_CODE_STEP_SECONDS * 1000 + KIOSK_CODE_MAX_AGE_SECONDS * 1000,
    };
  }

  parse(code: string): ParsedCode {
    const m = CODE.exec(code.trim());
    return m ? { ok: true, kioskId: m[1], step: Number(m[2]), signature: m[3] } : { ok: false };
  }

  verify(parsed: Extract<ParsedCode, { ok: true }>, codeSecret: string): boolean {
    return sameText(parsed.signature, this.sign(parsed.kioskId, parsed.step, codeSecret));
  }

  age(step: number, now: number) {
    return kioskCodeAge(step, now);
  }

  pinHash(volunteerId: string, pin: string): string {
    return createHmac('sha256', this.pinKey).update(`${volunteerId}:${pin}`).digest('hex');
  }

  pinMatches(volunteerId: string, pin: string, stored: string | null): boolean {
    // Hash even when nothing is stored, so a missing PIN answers as slowly as a wrong one.
    const candidate = this.pinHash(volunteerId, pin);
    return stored != null && sameText(candidate, stored);
  }

  private sign(kioskId: string, step: number, codeSecret: string): string {
    return createHmac('sha256', Buffer.from(codeSecret, 'hex')).update(`${kioskId}.${step}`).digest('base64url').slice(0, 22);
  }
}
