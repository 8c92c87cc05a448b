import { Injectable } from '@nestjs/common';
import { addDays, bakuDateOf, bakuMidnightMs } from '@dost/domain';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth-user';
import { ApiProblem } from '../common/http/api-problem';
import { AppConfig } from '../config/app-config';
import { EventGuestsReadRepository } from '../event-guests/event-guests-read.repository';
import { AccreditationRepository, type EventRow, type Localized, type ZoneRow } from './accreditation.repository';
import { renderBadgesPdf, type BadgeDocument, type BadgeKind } from './badge-pdf';
import type { BadgePdfQueryDto, ReprintBadgeDto, SaveZonesDto, ScanDto } from './dto/accreditation.dto';
import type { EventBadgeEntity } from './entities/event-badge.entity';
import type { GuestAccess } from './entities/event-zone.entity';

export interface ZoneView { id: string; name: Localized; color: string; guestAccess: GuestAccess; positionIds: string[] }
export interface ZonesAnswer { zones: ZoneView[]; positions: { id: string; code: string; name: Localized }[] }
export interface BadgeView {
  id: string;
  holder: { kind: 'volunteer' | 'guest'; id: string; name: string };
  vip: boolean;
  /** Volunteers: their positions on the event. Guests: their delegation or organisation. */
  roles: Localized[];
  zones: { id: string; name: Localized; color: string }[];
  version: number;
  printedAt: string | null;
  scanUrl: string;
}
export interface BadgesAnswer { event: { id: string; name: Localized; startsAt: string; endsAt: string }; badges: BadgeView[] }
export type ScanAccess = 'granted' | 'denied';
export type ScanReason = 'noDutyToday' | 'notEventDay' | 'noZones';
export interface ScanAnswer {
  /** valid: a live badge of an event the caller runs; replaced: a reprint made this QR void; unknown: no such badge (for the caller). */
  result: 'valid' | 'replaced' | 'unknown';
  access?: ScanAccess;
  reason?: ScanReason | null;
  day?: string;
  event?: { name: Localized };
  holder?: { kind: BadgeKind; name: string };
  roles?: { name: Localized; startsAt: string | null; endsAt: string | null }[];
  zones?: { id: string; name: Localized; color: string }[];
  replacedAt?: string;
}
export interface FileAnswer { body: Buffer; contentType: string; filename: string }

interface Holder { kind: 'volunteer' | 'guest'; id: string; name: string; vip: boolean; roles: Localized[]; positionIds: string[] }

const same = (s: string): Localized => ({ az: s, en: s, ru: s });
const dmy = (d: string) => `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`;
const lastDay = (e: EventRow) => bakuDateOf(e.endsAt.getTime() - 1);

/**
 * Accreditation (docs/accreditation.md): zones, badges (PDF, reprint) and the door scan. Admins and the event's
 * organisers only — guests are personal data of the event (docs/event-guests.md); an organiser of another event
 * gets 404, and a scan of another event's badge answers "unknown".
 */
@Injectable()
export class AccreditationService {
  constructor(
    private readonly repo: AccreditationRepository,
    private readonly guests: EventGuestsReadRepository,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  private mayRun(actor: AuthUser, eventId: string): boolean {
    return actor.roles.includes('admin') || (actor.roles.includes('organizer') && actor.eventIds.includes(eventId));
  }

  private async ownEvent(actor: AuthUser, eventId: string): Promise<EventRow> {
    const event = this.mayRun(actor, eventId) ? await this.repo.event(eventId) : null;
    if (!event) throw ApiProblem.notFound();
    return event;
  }

  scanUrl(token: string): string {
    return `${this.config.baseUrl.replace(/\/$/, '')}/#/badge/${token}`;
  }

  // ——— zones ———

  async zones(actor: AuthUser, eventId: string): Promise<ZonesAnswer> {
    await this.ownEvent(actor, eventId);
    const [zones, positions] = await Promise.all([this.repo.zones(eventId), this.repo.positions(eventId)]);
    return { zones: zones.map(({ sortOrder: _, ...z }) => z), positions };
  }

  async saveZones(actor: AuthUser, eventId: string, dto: SaveZonesDto, requestId?: string): Promise<ZonesAnswer> {
    await this.ownEvent(actor, eventId);
    const [existing, positions] = await Promise.all([this.repo.zones(eventId), this.repo.positions(eventId)]);
    const zoneIds = new Set(existing.map((z) => z.id));
    const positionIds = new Set(positions.map((p) => p.id));
    const names = new Set<string>();
    const errors: { field: string; code: string }[] = [];
    dto.zones.forEach((z, i) => {
      if (z.id && !zoneIds.has(z.id)) errors.push({ field: `zones.${i}.id`, code: 'zoneUnknown' });
      const key = z.name.az.toLocaleLowerCase('az');
      if (names.has(key)) errors.push({ field: `zones.${i}.name.az`, code: 'zoneNameTaken' });
      names.add(key);
      z.positionIds.forEach((p, k) => {
        if (!positionIds.has(p)) errors.push({ field: `zones.${i}.positionIds.${k}`, code: 'zonePositionUnknown' });
      });
    });
    if (errors.length) throw ApiProblem.validation(errors);
    await this.repo.saveZones(eventId, dto.zones);
    await this.audit.record({ actor, action: 'accreditation.zones.save', entity: 'event', entityId: eventId, details: { zones: dto.zones.length }, requestId });
    return this.zones(actor, eventId);
  }

  // ——— badges ———

  /** Everyone who needs a badge: volunteers with a live duty on the event, and its guests (not pseudonymised). */
  private async holders(event: EventRow): Promise<Holder[]> {
    const [duties, positions, guests, delegations] = await Promise.all([
      this.repo.duties(event.id), this.repo.positions(event.id), this.guests.guestsOf(event.id), this.guests.delegationsOf(event.id),
    ]);
    const positionById = new Map(positions.map((p) => [p.id, p]));
    const volunteers = new Map<string, Holder>();
    for (const d of duties) {
      const h = volunteers.get(d.volunteerId) ?? { kind: 'volunteer' as const, id: d.volunteerId, name: d.fullName, vip: false, roles: [], positionIds: [] };
      if (!h.positionIds.includes(d.positionId)) {
        h.positionIds.push(d.positionId);
        const p = positionById.get(d.positionId);
        if (p) h.roles.push(p.name);
      }
      volunteers.set(d.volunteerId, h);
    }
    const delegationName = new Map(delegations.map((d) => [d.id, d.name]));
    const guestHolders: Holder[] = guests
      .filter((g) => !g.pseudonymisedAt)
      .map((g) => {
        const group = (g.delegationId && delegationName.get(g.delegationId)) || g.organisation || '';
        return { kind: 'guest' as const, id: g.id, name: g.fullName, vip: g.vip, roles: group ? [same(group)] : [], positionIds: [] };
      });
    const byName = (a: Holder, b: Holder) => a.name.localeCompare(b.name, 'az');
    return [...[...volunteers.values()].sort(byName), ...guestHolders.sort(byName)];
  }

  private zonesOf(h: Pick<Holder, 'kind' | 'vip' | 'positionIds'>, zones: ZoneRow[]): ZoneRow[] {
    return zones.filter((z) =>
      h.kind === 'volunteer' ? z.positionIds.some((p) => h.positionIds.includes(p)) : z.guestAccess === 'all' || (z.guestAccess === 'vip' && h.vip));
  }

  private async badgeRows(event: EventRow): Promise<{ holder: Holder; badge: EventBadgeEntity; zones: ZoneRow[] }[]> {
    const holders = await this.holders(event);
    await this.repo.ensureBadges(event.id, {
      volunteerIds: holders.filter((h) => h.kind === 'volunteer').map((h) => h.id),
      guestIds: holders.filter((h) => h.kind === 'guest').map((h) => h.id),
    });
    const [live, zones] = await Promise.all([this.repo.liveBadges(event.id), this.repo.zones(event.id)]);
    const byHolder = new Map(live.map((b) => [b.volunteerId ?? b.guestId, b]));
    return holders.flatMap((holder) => {
      const badge = byHolder.get(holder.id);
      return badge ? [{ holder, badge, zones: this.zonesOf(holder, zones) }] : [];
    });
  }

  private view(r: { holder: Holder; badge: EventBadgeEntity; zones: ZoneRow[] }): BadgeView {
    return {
      id: r.badge.id,
      holder: { kind: r.holder.kind, id: r.holder.id, name: r.holder.name },
      vip: r.holder.vip,
      roles: r.holder.roles,
      zones: r.zones.map((z) => ({ id: z.id, name: z.name, color: z.color })),
      version: r.badge.version,
      printedAt: r.badge.printedAt ? new Date(r.badge.printedAt).toISOString() : null,
      scanUrl: this.scanUrl(r.badge.token),
    };
  }

  async badges(actor: AuthUser, eventId: string): Promise<BadgesAnswer> {
    const event = await this.ownEvent(actor, eventId);
    const rows = await this.badgeRows(event);
    return {
      event: { id: event.id, name: event.name, startsAt: event.startsAt.toISOString(), endsAt: event.endsAt.toISOString() },
      badges: rows.map((r) => this.view(r)),
    };
  }

  async pdf(actor: AuthUser, eventId: string, q: BadgePdfQueryDto, now = new Date(), requestId?: string): Promise<FileAnswer> {
    const event = await this.ownEvent(actor, eventId);
    let rows = await this.badgeRows(event);
    if (q.ids?.length) {
      const wanted = new Set(q.ids);
      rows = rows.filter((r) => wanted.has(r.badge.id));
      if (!rows.length) throw ApiProblem.validation([{ field: 'ids', code: 'badgeUnknown' }]);
    }
    const from = bakuDateOf(event.startsAt.getTime());
    const to = lastDay(event);
    const dates = from === to ? dmy(from) : `${dmy(from)} – ${dmy(to)}`;
    const docs: BadgeDocument[] = rows.map((r) => ({
      event: event.name, dates, holderName: r.holder.name,
      kind: r.holder.kind === 'volunteer' ? 'volunteer' : r.holder.vip ? 'vip' : 'guest',
      roles: r.holder.roles, zones: r.zones.map((z) => ({ name: z.name, color: z.color })), scanUrl: this.scanUrl(r.badge.token),
      serial: `${r.badge.id.slice(0, 8).toUpperCase()} · v${r.badge.version}`,
    }));
    const layout = q.layout ?? 'sheet';
    const body = await renderBadgesPdf(docs, layout, `Badjlar — ${event.name.az}`, now);
    await this.repo.markPrinted(rows.map((r) => r.badge.id), now);
    await this.audit.record({ actor, action: 'accreditation.badges.print', entity: 'event', entityId: eventId, details: { badges: rows.length, layout }, requestId });
    return { body, contentType: 'application/pdf', filename: `badges-${bakuDateOf(event.startsAt.getTime())}-${layout}.pdf` };
  }

  async reprint(actor: AuthUser, eventId: string, dto: ReprintBadgeDto, now = new Date(), requestId?: string): Promise<BadgeView> {
    const event = await this.ownEvent(actor, eventId);
    const fresh = await this.repo.reprint(eventId, dto.badgeId, actor.id, now);
    if (!fresh) throw ApiProblem.validation([{ field: 'badgeId', code: 'badgeUnknown' }]);
    await this.audit.record({
      actor, action: 'accreditation.badge.reprint', entity: 'event_badge', entityId: fresh.id, details: { replaced: dto.badgeId, version: fresh.version }, requestId,
    });
    const row = (await this.badgeRows(event)).find((r) => r.badge.id === fresh.id);
    if (row) return this.view(row);
    // The holder is no longer on the event: the badge is still new, with no roles or zones.
    const name = fresh.volunteerId ? await this.repo.volunteerName(fresh.volunteerId) : (await this.guests.guest(fresh.guestId!))?.fullName;
    const holder: Holder = { kind: fresh.volunteerId ? 'volunteer' : 'guest', id: (fresh.volunteerId ?? fresh.guestId)!, name: name ?? '', vip: false, roles: [], positionIds: [] };
    return this.view({ holder, badge: fresh, zones: [] });
  }

  // ——— the door ———

  async scan(actor: AuthUser, dto: ScanDto, now = new Date(), requestId?: string): Promise<ScanAnswer> {
    const answer = await this.check(actor, dto, now);
    await this.audit.record({
      actor, action: 'accreditation.scan', entity: 'event_badge', entityId: answer.badgeId,
      details: { result: answer.body.result, access: answer.body.access ?? null, reason: answer.body.reason ?? null, day: answer.body.day ?? null }, requestId,
    });
    return answer.body;
  }

  private async check(actor: AuthUser, dto: ScanDto, now: Date): Promise<{ badgeId: string | null; body: ScanAnswer }> {
    const badge = await this.repo.badgeByToken(dto.token);
    // Another event's badge is "unknown" to this caller, exactly like a made-up code.
    if (!badge || !this.mayRun(actor, badge.eventId)) return { badgeId: null, body: { result: 'unknown' } };
    if (badge.replacedAt) return { badgeId: badge.id, body: { result: 'replaced', replacedAt: new Date(badge.replacedAt).toISOString() } };
    const event = (await this.repo.event(badge.eventId))!;
    const day = dto.day ?? bakuDateOf(now.getTime());
    const from = new Date(bakuMidnightMs(day));
    const to = new Date(bakuMidnightMs(addDays(day, 1)));
    const zones = await this.repo.zones(event.id);
    const zoneView = (z: ZoneRow) => ({ id: z.id, name: z.name, color: z.color });
    const base = { result: 'valid' as const, day, event: { name: event.name } };
    if (badge.volunteerId) {
      const [duties, positions] = await Promise.all([this.repo.duties(event.id, { volunteerId: badge.volunteerId, from, to }), this.repo.positions(event.id)]);
      const name = duties[0]?.fullName ?? (await this.repo.volunteerName(badge.volunteerId)) ?? '';
      const positionName = new Map(positions.map((p) => [p.id, p.name]));
      const today = this.zonesOf({ kind: 'volunteer', vip: false, positionIds: duties.map((d) => d.positionId) }, zones);
      const reason: ScanReason | null = !duties.length ? 'noDutyToday' : !today.length ? 'noZones' : null;
      return {
        badgeId: badge.id,
        body: {
          ...base, access: reason ? 'denied' : 'granted', reason, holder: { kind: 'volunteer', name },
          roles: duties.map((d) => ({ name: positionName.get(d.positionId) ?? same(''), startsAt: new Date(d.startsAt).toISOString(), endsAt: new Date(d.endsAt).toISOString() })),
          zones: today.map(zoneView),
        },
      };
    }
    const guest = await this.guests.guest(badge.guestId!);
    if (!guest || guest.pseudonymisedAt) return { badgeId: badge.id, body: { result: 'unknown' } };
    const delegation = guest.delegationId ? await this.guests.delegation(guest.delegationId) : null;
    const onEventDay = day >= bakuDateOf(event.startsAt.getTime()) && day <= lastDay(event);
    const theirs = this.zonesOf({ kind: 'guest', vip: guest.vip, positionIds: [] }, zones);
    const reason: ScanReason | null = !onEventDay ? 'notEventDay' : !theirs.length ? 'noZones' : null;
    const group = delegation?.name || guest.organisation || '';
    return {
      badgeId: badge.id,
      body: {
        ...base, access: reason ? 'denied' : 'granted', reason, holder: { kind: guest.vip ? 'vip' : 'guest', name: guest.fullName },
        roles: group ? [{ name: same(group), startsAt: null, endsAt: null }] : [],
        zones: onEventDay ? theirs.map(zoneView) : [],
      },
    };
  }
}
