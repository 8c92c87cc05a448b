import { Injectable } from '@nestjs/common';
import { bakuDateOf, bakuMidnightMs, centerScope, eventScope, offlineTimeVerdict, pinProblem, type LocalizedText } from '@dost/domain';
import type { AuthUser } from '../common/auth-user';
import { ApiProblem } from '../common/http/api-problem';
import type { Scope } from '../common/scope';
import type { Locale } from '../common/i18n/locale';
import { translate } from '../common/i18n/messages';
import { RateLimitService, type Limit } from '../common/rate-limit/rate-limit.service';
import { AppConfig } from '../config/app-config';
import { AttendanceRefusal } from './attendance.messages';
import { AttendanceRepository, type VolunteerFacts } from './attendance.repository';
import { baku, displayName, toCheckAnswer, toKioskDto, type CheckAnswerDto, type KioskDto } from './attendance.mapper';
import { placeOfRow, type Place, type StaffScope } from './attendance.types';
import { CheckInService, type CheckOutcome } from './check-in.service';
import type { CreateKioskDto, KioskPinDto, KioskQueryDto, KioskSyncDto, ScanDto } from './dto/attendance.dto';
import type { KioskDeviceEntity } from './entities/kiosk-device.entity';
import { KioskSecrets } from './kiosk-secrets';

export const staffScopeOf = (actor: AuthUser): StaffScope => ({ centers: centerScope(actor), events: eventScope(actor) });

/** Wrong PINs tolerated per kiosk in 5 minutes (typos at a busy door) and per volunteer in 15 (a guesser gets 5 tries). */
export const PIN_LIMIT_PER_KIOSK = 30;
export const PIN_LIMIT_PER_VOLUNTEER = 5;

export interface KioskPlaceDto {
  kind: 'center' | 'event';
  id: string;
  name: LocalizedText;
}

export interface ExpectedPersonDto {
  assignmentId: string;
  volunteerId: string;
  displayName: string;
  shiftId: string;
  startsAt: string;
  endsAt: string;
  positionName: LocalizedText;
  checkedIn: boolean;
  checkedOut: boolean;
}

export interface SyncResultDto {
  key: string;
  ok: boolean;
  result?: CheckAnswerDto['result'];
  error?: { code: string; message: string };
}

/**
 * Kiosks: opened by staff for one place, a device token that can do nothing but show that place's
 * rotating QR and take PINs there; and the check-ins that come through them (QR scans by logged-in
 * volunteers, PIN taps, offline taps synced later).
 */
@Injectable()
export class KiosksService {
  constructor(
    private readonly repo: AttendanceRepository,
    private readonly secrets: KioskSecrets,
    private readonly checkIns: CheckInService,
    private readonly rateLimit: RateLimitService,
    private readonly config: AppConfig,
  ) {}

  // ——— staff ———

  async create(actor: AuthUser, dto: CreateKioskDto): Promise<KioskDto & { token: string }> {
    const place = placeOfDto(dto);
    const scope = staffScopeOf(actor);
    if (!inScope(place.kind === 'center' ? scope.centers : scope.events, place.id)) throw ApiProblem.notFound();
    if (!(await this.repo.placeName(place))) {
      throw ApiProblem.validation([{ field: place.kind === 'center' ? 'centerId' : 'eventId', code: place.kind === 'center' ? 'unknownCenter' : 'unknownEvent' }]);
    }
    const { token, tokenHash } = this.secrets.newToken();
    const kiosk = await this.repo.insertKiosk({
      centerId: place.kind === 'center' ? place.id : null, eventId: place.kind === 'event' ? place.id : null, name: dto.name, tokenHash,
      codeSecret: this.secrets.newCodeSecret(), createdBy: actor.id,
    });
    const { lastSeenAt: _seen, revokedAt: _revoked, ...rest } = toKioskDto(kiosk);
    return { ...rest, lastSeenAt: null, revokedAt: null, token };
  }

  async list(actor: AuthUser, q: KioskQueryDto): Promise<{ data: KioskDto[]; total: number }> {
    const scope = staffScopeOf(actor);
    // A place asked for by name must be the caller's: another center's kiosks are a 404, not an empty list.
    if (q.centerId && !inScope(scope.centers, q.centerId)) throw ApiProblem.notFound();
    if (q.eventId && !inScope(scope.events, q.eventId)) throw ApiProblem.notFound();
    const rows = await this.repo.listKiosks(scope, q);
    return { data: rows.map(toKioskDto), total: rows.length };
  }

  async revoke(actor: AuthUser, id: string, now: Date): Promise<void> {
    const kiosk = await this.repo.kioskInScope(id, staffScopeOf(actor));
    if (!kiosk) throw ApiProblem.notFound();
    await this.repo.revokeKiosk(id, actor.id, now);
  }

  // ——— the device ———

  /** The kiosk behind a device token; null for an unknown or revoked one. */
  async authenticate(token: string | undefined, now: Date): Promise<KioskDeviceEntity | null> {
    if (!token || token.length > 200) return null;
    const kiosk = await this.repo.kioskByTokenHash(this.secrets.tokenHash(token));
    if (!kiosk || kiosk.revokedAt) return null;
    await this.repo.touchKiosk(kiosk.id, now);
    return kiosk;
  }

  async me(kiosk: KioskDeviceEntity, now: Date): Promise<{ kioskId: string; name: string; place: KioskPlaceDto; serverTime: string }> {
    const place = placeOfRow(kiosk);
    return { kioskId: kiosk.id, name: kiosk.name, place: { ...place, name: (await this.repo.placeName(place))! }, serverTime: baku(now) };
  }

  code(kiosk: KioskDeviceEntity, now: Date): { url: string; code: string; step: number; expiresAt: string } {
    const c = this.secrets.code(kiosk.id, kiosk.codeSecret, now.getTime());
    return { url: `${this.config.baseUrl.replace(/\/+$/, '')}/#/check-in?code=${encodeURIComponent(c.code)}`, code: c.code, step: c.step, expiresAt: baku(new Date(c.expiresAt)) };
  }

  /** Today's (Baku day) people at the kiosk's place, first name and initial only. */
  async expected(kiosk: KioskDeviceEntity, now: Date): Promise<{ data: ExpectedPersonDto[] }> {
    const from = bakuMidnightMs(bakuDateOf(now.getTime()));
    const rows = await this.repo.roster({ place: placeOfRow(kiosk), from: new Date(from), to: new Date(from + 86_400_000) });
    return {
      data: rows.filter((r) => r.assignmentStatus !== 'no_show').map((r) => ({
        assignmentId: r.assignmentId, volunteerId: r.volunteerId, displayName: displayName(r.fullName), shiftId: r.shift.id, startsAt: baku(r.shift.startsAt),
        endsAt: baku(r.shift.endsAt), positionName: r.shift.positionName, checkedIn: !!r.attendance, checkedOut: !!r.attendance?.checkOutAt,
      })),
    };
  }

  async pin(kiosk: KioskDeviceEntity, dto: KioskPinDto, now: Date): Promise<CheckAnswerDto & { volunteerName: string }> {
    const v = await this.checkPin(kiosk, dto.volunteerId, dto.pin);
    const outcome = await this.tap(kiosk, v, dto.action, now, now, 'pin', false);
    return { ...toCheckAnswer(outcome), volunteerName: displayName(v.fullName) };
  }

  /**
   * Taps queued by an offline kiosk, oldest first, each judged at its own time and in its own
   * transaction: one refused item does not stop the rest, and a second sync of the same items finds
   * every presence already recorded ("already in/out") and changes nothing.
   */
  async sync(kiosk: KioskDeviceEntity, dto: KioskSyncDto, locale: Locale, now: Date): Promise<{ results: SyncResultDto[] }> {
    const order = dto.items.map((item, index) => ({ item, index, at: Date.parse(item.clientAt) }))
      .sort((a, b) => a.at - b.at || (a.item.action === b.item.action ? a.index - b.index : a.item.action === 'in' ? -1 : 1));
    const results = new Array<SyncResultDto>(dto.items.length);
    for (const { item, index, at } of order) {
      try {
        const verdict = offlineTimeVerdict(at, now.getTime());
        if (!verdict.ok) throw new AttendanceRefusal(verdict.code);
        const v = await this.checkPin(kiosk, item.volunteerId, item.pin);
        const outcome = await this.tap(kiosk, v, item.action, new Date(at), now, 'offline_pin', verdict.lateSync);
        results[index] = { key: item.key, ok: true, result: outcome.result };
      } catch (err) {
        results[index] = { key: item.key, ok: false, error: this.itemError(err, locale) };
      }
    }
    return { results };
  }

  // ——— the volunteer ———

  /** A logged-in volunteer's phone opened the kiosk's QR link. */
  async scan(user: AuthUser, dto: ScanDto, now: Date): Promise<CheckAnswerDto & { place: KioskPlaceDto }> {
    const v = await this.repo.volunteerByUser(user.id);
    if (!v) throw new AttendanceRefusal('NOT_VOLUNTEER');
    const parsed = this.secrets.parse(dto.code);
    if (!parsed.ok) throw new AttendanceRefusal('CODE_INVALID');
    const kiosk = await this.repo.kioskById(parsed.kioskId);
    if (!kiosk || !this.secrets.verify(parsed, kiosk.codeSecret)) throw new AttendanceRefusal('CODE_INVALID');
    if (kiosk.revokedAt) throw new AttendanceRefusal('KIOSK_REVOKED');
    const age = this.secrets.age(parsed.step, now.getTime());
    if (age === 'expired') throw new AttendanceRefusal('CODE_EXPIRED');
    if (age === 'from_future') throw new AttendanceRefusal('CODE_INVALID');
    const outcome = await this.tap(kiosk, v, dto.action ?? 'in', now, now, 'qr', false);
    const place = placeOfRow(kiosk);
    return { ...toCheckAnswer(outcome), place: { ...place, name: (await this.repo.placeName(place))! } };
  }

  async pinStatus(user: AuthUser): Promise<{ set: boolean }> {
    const v = await this.repo.volunteerByUser(user.id);
    if (!v) throw new AttendanceRefusal('NOT_VOLUNTEER');
    return { set: (await this.repo.pinHash(v.id)) != null };
  }

  async setPin(user: AuthUser, pin: string): Promise<void> {
    const problem = pinProblem(pin);
    if (problem) throw ApiProblem.validation([{ field: 'pin', code: problem === 'PIN_FORMAT' ? 'pinFormat' : 'pinTooSimple' }]);
    const v = await this.repo.volunteerByUser(user.id);
    if (!v) throw new AttendanceRefusal('NOT_VOLUNTEER');
    await this.repo.savePin(v.id, this.secrets.pinHash(v.id, pin));
  }

  // ——— helpers ———

  private async tap(kiosk: KioskDeviceEntity, v: VolunteerFacts, action: 'in' | 'out', at: Date, now: Date, method: 'qr' | 'pin' | 'offline_pin', lateSync: boolean): Promise<CheckOutcome> {
    const place: Place = placeOfRow(kiosk);
    const ctx = { method, kioskId: kiosk.id, lateSync, recordedBy: null, allowWalkIn: method !== 'qr', now };
    return this.repo.transaction((em) => (action === 'out' ? this.checkIns.checkOut(em, v, place, at, ctx) : this.checkIns.checkIn(em, v, place, at, ctx)));
  }

  /**
   * A wrong PIN, an unknown volunteer and a volunteer without a PIN answer alike (401), so the pad tells
   * nobody who exists or works here. Wrong PINs count against the kiosk and the volunteer; a right one
   * clears the volunteer's count.
   */
  private async checkPin(kiosk: KioskDeviceEntity, volunteerId: string, pin: string): Promise<VolunteerFacts> {
    const limits: Limit[] = [
      { key: `kiosk-pin:kiosk:${kiosk.id}`, max: PIN_LIMIT_PER_KIOSK, windowSeconds: 300 },
      { key: `kiosk-pin:volunteer:${volunteerId}`, max: PIN_LIMIT_PER_VOLUNTEER, windowSeconds: 900 },
    ];
    await this.rateLimit.assertNotExceeded(limits);
    const stored = await this.repo.pinHash(volunteerId);
    const v = this.secrets.pinMatches(volunteerId, pin, stored) ? await this.repo.volunteer(volunteerId) : null;
    if (!v) {
      await this.rateLimit.record(limits);
      throw new AttendanceRefusal('WRONG_PIN');
    }
    await this.rateLimit.reset(limits[1].key);
    return v;
  }

  private itemError(err: unknown, locale: Locale): { code: string; message: string } {
    if (err instanceof AttendanceRefusal) return { code: err.refusal, message: err.sentence(locale) };
    if (err instanceof ApiProblem && err.getStatus() === 429) return { code: 'TOO_MANY_ATTEMPTS', message: translate(locale, 'detail.tooManyRequests', err.params) ?? 'TOO_MANY_ATTEMPTS' };
    // Anything else fails the whole call: the kiosk keeps its queue and retries, which is safe (each item is idempotent).
    throw err;
  }
}

export const inScope = (scope: Scope, id: string): boolean => scope === 'all' || scope.includes(id);

export function placeOfDto(dto: { centerId?: string; eventId?: string }): Place {
  if (!!dto.centerId === !!dto.eventId) throw ApiProblem.validation([{ field: dto.centerId ? 'eventId' : 'centerId', code: 'placeRequired' }]);
  return dto.centerId ? { kind: 'center', id: dto.centerId } : { kind: 'event', id: dto.eventId! };
}
