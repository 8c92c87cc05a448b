import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth-user';
import { ApiProblem, type FieldError } from '../common/http/api-problem';
import type { Page } from '../common/http/list-query.dto';
import type { Locale } from '../common/i18n/locale';
import { translate } from '../common/i18n/messages';
import { AppConfig } from '../config/app-config';
import { JobsService } from '../jobs/jobs.service';
import type {
  DelegationDto, GuestDto, GuestsQueryDto, ImportPreviewDto, ImportResultDto, SaveDelegationDto, SaveGuestDto,
} from './dto/event-guests.dto';
import type { EventDelegationEntity } from './entities/event-delegation.entity';
import type { EventGuestEntity } from './entities/event-guest.entity';
import { EventGuestsRepository, type DelegationRow } from './event-guests.repository';
import { checkSheet, dateWarnings, derivedImportKey, GUEST_IMPORT_MAX_BYTES, isCountryCode, isLanguageCode, readSheet, type CheckedSheet, type GuestDraft } from './guest-import';
import './event-guests.messages';

export const GUEST_RETENTION_QUEUE = 'event-guests.retention';
const DAY_MS = 86_400_000;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface UploadedSheet {
  buffer: Buffer;
  size: number;
  originalname?: string;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toGuestDto(g: EventGuestEntity): GuestDto {
  return {
    id: g.id, eventId: g.eventId, delegationId: g.delegationId, delegationName: g.delegation?.name ?? null, importKey: g.importKey,
    fullName: g.fullName, country: g.country, organisation: g.organisation, languages: g.languages, arrivalAt: iso(g.arrivalAt),
    arrivalPlace: g.arrivalPlace, departureAt: iso(g.departureAt), departurePlace: g.departurePlace, hotel: g.hotel, needs: g.needs,
    vip: g.vip, email: g.email, phone: g.phone, pseudonymisedAt: iso(g.pseudonymisedAt),
  };
}

export function toDelegationDto(d: EventDelegationEntity, guestCount: number): DelegationDto {
  return {
    id: d.id, eventId: d.eventId, name: d.name, country: d.country, languages: d.languages, minLevel: d.minLevel,
    liaisonsNeeded: d.liaisonsNeeded, programme: d.programme, notes: d.notes, guestCount,
  };
}

const isUniqueViolation = (err: unknown, constraint: string) =>
  err instanceof QueryFailedError && (err.driverError as { code?: string; constraint?: string }).code === '23505' && (err.driverError as { constraint?: string }).constraint === constraint;

/**
 * An event's guests and delegations (docs/event-guests.md): visible to admins and the event's organisers only;
 * the import is checked whole (preview) and saved only on accept; a daily job pseudonymises guests after the event.
 */
@Injectable()
export class EventGuestsService implements OnModuleInit {
  private readonly logger = new Logger('event-guests');

  constructor(
    private readonly repo: EventGuestsRepository,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register(GUEST_RETENTION_QUEUE, async () => {
      await this.applyRetention(new Date());
    }, { batchSize: 1 });
    this.jobs.schedule(GUEST_RETENTION_QUEUE, '30 3 * * *');
  }

  /** Admins: any event; organisers: their own events; everyone else, or an unknown event: 404. */
  async assertEvent(actor: AuthUser, eventId: string): Promise<void> {
    const mayRead = actor.roles.includes('admin') || (actor.roles.includes('organizer') && actor.eventIds.includes(eventId));
    if (!mayRead || !(await this.repo.event(eventId))) throw ApiProblem.notFound();
  }

  /** A guest's or delegation's id from the path, checked once the event is known to be the caller's. */
  private assertId(id: string, field: string): void {
    if (!UUID_RE.test(id)) throw ApiProblem.validation([{ field, code: 'isUUID' }]);
  }

  // ——— delegations ———

  async delegations(actor: AuthUser, eventId: string): Promise<DelegationDto[]> {
    await this.assertEvent(actor, eventId);
    return (await this.repo.delegations(eventId)).map((d: DelegationRow) => toDelegationDto(d, d.guestCount));
  }

  async createDelegation(actor: AuthUser, eventId: string, dto: SaveDelegationDto): Promise<DelegationDto> {
    await this.assertEvent(actor, eventId);
    this.checkDelegation(dto);
    const saved = await this.saveDelegationOrConflict({ eventId, ...this.delegationFields(dto) });
    await this.audit.record({ actor, action: 'eventGuests.delegationCreate', entity: 'event_delegation', entityId: saved.id, details: { eventId } });
    return toDelegationDto(saved, 0);
  }

  async updateDelegation(actor: AuthUser, eventId: string, id: string, dto: SaveDelegationDto): Promise<DelegationDto> {
    await this.assertEvent(actor, eventId);
    this.assertId(id, 'delegationId');
    const d = await this.repo.delegation(eventId, id);
    if (!d) throw ApiProblem.notFound();
    this.checkDelegation(dto);
    const saved = await this.saveDelegationOrConflict({ ...d, ...this.delegationFields(dto) });
    await this.audit.record({ actor, action: 'eventGuests.delegationUpdate', entity: 'event_delegation', entityId: id, details: { eventId } });
    const row = (await this.repo.delegations(eventId)).find((x) => x.id === id);
    return toDelegationDto(saved, row?.guestCount ?? 0);
  }

  async deleteDelegation(actor: AuthUser, eventId: string, id: string): Promise<void> {
    await this.assertEvent(actor, eventId);
    this.assertId(id, 'delegationId');
    if (!(await this.repo.deleteDelegation(eventId, id))) throw ApiProblem.notFound();
    await this.audit.record({ actor, action: 'eventGuests.delegationDelete', entity: 'event_delegation', entityId: id, details: { eventId } });
  }

  private delegationFields(dto: SaveDelegationDto): Partial<EventDelegationEntity> {
    return {
      name: dto.name, country: dto.country, languages: [...new Set(dto.languages)], minLevel: dto.minLevel ?? 'B2', liaisonsNeeded: dto.liaisonsNeeded ?? 1,
      programme: (dto.programme ?? []).map((p) => ({ kind: p.kind, title: p.title, startsAt: new Date(p.startsAt).toISOString(), endsAt: new Date(p.endsAt).toISOString(), place: p.place }))
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
      notes: dto.notes?.trim() || null,
    };
  }

  private checkDelegation(dto: SaveDelegationDto): void {
    const errors: FieldError[] = [];
    if (!isCountryCode(dto.country)) errors.push({ field: 'country', code: 'guestUnknownCountryCode' });
    dto.languages.forEach((l, i) => { if (!isLanguageCode(l)) errors.push({ field: `languages.${i}`, code: 'guestUnknownLanguageCode' }); });
    (dto.programme ?? []).forEach((p, i) => {
      if (Date.parse(p.endsAt) < Date.parse(p.startsAt)) errors.push({ field: `programme.${i}.endsAt`, code: 'programmeEndsBeforeStart' });
    });
    if (errors.length) throw ApiProblem.validation(errors);
  }

  private async saveDelegationOrConflict(d: Partial<EventDelegationEntity>): Promise<EventDelegationEntity> {
    try {
      return await this.repo.saveDelegation(d);
    } catch (err) {
      if (isUniqueViolation(err, 'event_delegations_event_name_key')) throw ApiProblem.validation([{ field: 'name', code: 'delegationNameTaken' }]);
      throw err;
    }
  }

  // ——— guests ———

  async guests(actor: AuthUser, eventId: string, q: GuestsQueryDto, requestId?: string): Promise<Page<GuestDto>> {
    await this.assertEvent(actor, eventId);
    const [rows, total] = await this.repo.guests(eventId, q);
    // Guests are personal data: every list read is in the audit log, like a volunteer's FIN.
    await this.audit.record({ actor, action: 'eventGuests.read', entity: 'event', entityId: eventId, requestId, details: { rows: rows.length, page: q.page } });
    return { data: rows.map(toGuestDto), total };
  }

  async guest(actor: AuthUser, eventId: string, id: string, requestId?: string): Promise<GuestDto> {
    await this.assertEvent(actor, eventId);
    this.assertId(id, 'guestId');
    const g = await this.repo.guest(eventId, id);
    if (!g) throw ApiProblem.notFound();
    await this.audit.record({ actor, action: 'eventGuests.read', entity: 'event_guest', entityId: id, requestId, details: { eventId } });
    return toGuestDto(g);
  }

  async createGuest(actor: AuthUser, eventId: string, dto: SaveGuestDto): Promise<GuestDto> {
    await this.assertEvent(actor, eventId);
    const fields = await this.guestFields(eventId, dto);
    const importKey = derivedImportKey(fields.fullName!, fields.country!, fields.organisation ?? null);
    const saved = await this.saveGuestOrConflict({ eventId, importKey, ...fields });
    await this.audit.record({ actor, action: 'eventGuests.create', entity: 'event_guest', entityId: saved.id, details: { eventId } });
    return toGuestDto((await this.repo.guest(eventId, saved.id))!);
  }

  async updateGuest(actor: AuthUser, eventId: string, id: string, dto: SaveGuestDto): Promise<GuestDto> {
    await this.assertEvent(actor, eventId);
    this.assertId(id, 'guestId');
    const g = await this.repo.guest(eventId, id);
    if (!g) throw ApiProblem.notFound();
    const fields = await this.guestFields(eventId, dto);
    // The import key stays: a later re-import of the same list still finds this guest.
    const { delegation: _d, ...rest } = g;
    await this.saveGuestOrConflict({ ...rest, ...fields });
    await this.audit.record({ actor, action: 'eventGuests.update', entity: 'event_guest', entityId: id, details: { eventId } });
    return toGuestDto((await this.repo.guest(eventId, id))!);
  }

  async deleteGuest(actor: AuthUser, eventId: string, id: string): Promise<void> {
    await this.assertEvent(actor, eventId);
    this.assertId(id, 'guestId');
    if (!(await this.repo.deleteGuest(eventId, id))) throw ApiProblem.notFound();
    await this.audit.record({ actor, action: 'eventGuests.delete', entity: 'event_guest', entityId: id, details: { eventId } });
  }

  private async guestFields(eventId: string, dto: SaveGuestDto): Promise<Partial<EventGuestEntity>> {
    const errors: FieldError[] = [];
    if (!isCountryCode(dto.country)) errors.push({ field: 'country', code: 'guestUnknownCountryCode' });
    (dto.languages ?? []).forEach((l, i) => { if (!isLanguageCode(l)) errors.push({ field: `languages.${i}`, code: 'guestUnknownLanguageCode' }); });
    if (dto.arrivalAt && dto.departureAt && Date.parse(dto.departureAt) < Date.parse(dto.arrivalAt)) errors.push({ field: 'departureAt', code: 'guestDepartureBeforeArrival' });
    if (dto.delegationId && !(await this.repo.delegation(eventId, dto.delegationId))) errors.push({ field: 'delegationId', code: 'guestDelegationUnknown' });
    if (errors.length) throw ApiProblem.validation(errors);
    const t = (v: string | null | undefined) => v?.trim() || null;
    return {
      fullName: dto.fullName, country: dto.country, delegationId: dto.delegationId ?? null, organisation: t(dto.organisation), languages: [...new Set(dto.languages ?? [])],
      arrivalAt: dto.arrivalAt ? new Date(dto.arrivalAt) : null, arrivalPlace: t(dto.arrivalPlace), departureAt: dto.departureAt ? new Date(dto.departureAt) : null,
      departurePlace: t(dto.departurePlace), hotel: t(dto.hotel), needs: t(dto.needs), vip: dto.vip ?? false, email: t(dto.email), phone: t(dto.phone),
    };
  }

  private async saveGuestOrConflict(g: Partial<EventGuestEntity>): Promise<EventGuestEntity> {
    try {
      return await this.repo.saveGuest(g);
    } catch (err) {
      if (isUniqueViolation(err, 'event_guests_event_import_key_key')) throw ApiProblem.validation([{ field: 'fullName', code: 'guestKeyTaken' }]);
      throw err;
    }
  }

  // ——— import ———

  private async readChecked(file: UploadedSheet | undefined): Promise<CheckedSheet> {
    if (!file || !file.size || file.size > GUEST_IMPORT_MAX_BYTES) throw ApiProblem.validation([{ field: 'file', code: 'guestImportFile' }]);
    let table;
    try {
      table = await readSheet(file.buffer);
    } catch {
      throw ApiProblem.validation([{ field: 'file', code: 'guestImportUnreadable' }]);
    }
    const checked = checkSheet(table);
    if ('fileError' in checked) throw ApiProblem.validation([{ field: 'file', code: checked.fileError }]);
    return checked;
  }

  /** Checks the file and says what accepting it would do; saves nothing. */
  async preview(actor: AuthUser, eventId: string, file: UploadedSheet | undefined, locale: Locale): Promise<ImportPreviewDto> {
    await this.assertEvent(actor, eventId);
    const event = await this.repo.event(eventId);
    const sheet = await this.readChecked(file);
    const drafts = sheet.rows.flatMap((r) => (r.draft ? [r.draft] : []));
    const existing = new Set((await this.repo.guestsByKeys(eventId, drafts.map((d) => d.importKey))).map((g) => g.importKey));
    const newDelegations = await this.newDelegationNames(eventId, drafts);
    const rows = sheet.rows.map((r) => ({
      line: r.line,
      cells: r.cells as Record<string, string>,
      action: !r.draft ? ('error' as const) : existing.has(r.draft.importKey) ? ('update' as const) : ('create' as const),
      errors: r.errors.map((e) => ({ field: e.field, code: e.code, message: translate(locale, `field.${e.code}`, e.params) ?? e.code })),
      warnings: (event ? dateWarnings(r.draft, event) : []).map((e) => ({ field: e.field, code: e.code, message: translate(locale, `field.${e.code}`, e.params) ?? e.code })),
    }));
    return {
      columns: sheet.columns, ignoredColumns: sheet.ignoredColumns, rows,
      create: rows.filter((r) => r.action === 'create').length, update: rows.filter((r) => r.action === 'update').length,
      errors: rows.filter((r) => r.action === 'error').length, warnings: rows.filter((r) => r.warnings.length).length, newDelegations,
    };
  }

  private async newDelegationNames(eventId: string, drafts: GuestDraft[]): Promise<string[]> {
    const known = new Set((await this.repo.delegations(eventId)).map((d) => d.name.toLowerCase()));
    const names = new Map<string, string>();
    for (const d of drafts) if (d.delegation && !known.has(d.delegation.toLowerCase())) names.set(d.delegation.toLowerCase(), d.delegation);
    return [...names.values()];
  }

  /**
   * Imports the file's valid rows: new keys are added, known keys updated (a re-import never duplicates); rows with
   * errors are skipped and counted. Delegations the file names that the event lacks are made (country and languages
   * from their guests).
   */
  async accept(actor: AuthUser, eventId: string, file: UploadedSheet | undefined, requestId?: string): Promise<ImportResultDto> {
    await this.assertEvent(actor, eventId);
    const sheet = await this.readChecked(file);
    const drafts = sheet.rows.flatMap((r) => (r.draft ? [r.draft] : []));
    const result = await this.repo.transaction(async (em) => {
      const delegationIds = new Map<string, string>();
      const delegationsCreated: string[] = [];
      for (const name of new Set(drafts.flatMap((d) => (d.delegation ? [d.delegation] : [])))) {
        const key = name.toLowerCase();
        if (delegationIds.has(key)) continue;
        let d = await this.repo.delegationByName(eventId, name, em);
        if (!d) {
          const members = drafts.filter((g) => g.delegation?.toLowerCase() === key);
          d = await this.repo.saveDelegation({ eventId, name, country: mostCommon(members.map((m) => m.country))!, languages: byFrequency(members.flatMap((m) => m.languages)) }, em);
          delegationsCreated.push(name);
        }
        delegationIds.set(key, d.id);
      }
      const existing = new Map((await this.repo.guestsByKeys(eventId, drafts.map((d) => d.importKey), em)).map((g) => [g.importKey, g]));
      let created = 0;
      let updated = 0;
      for (const d of drafts) {
        const { delegation, ...fields } = d;
        const delegationId = delegation ? delegationIds.get(delegation.toLowerCase())! : null;
        const old = existing.get(d.importKey);
        if (old) {
          await this.repo.saveGuest({ ...old, ...fields, delegationId, pseudonymisedAt: null }, em);
          updated += 1;
        } else {
          await this.repo.saveGuest({ eventId, ...fields, delegationId }, em);
          created += 1;
        }
      }
      return { created, updated, skipped: sheet.rows.length - drafts.length, delegationsCreated };
    });
    await this.audit.record({ actor, action: 'eventGuests.import', entity: 'event', entityId: eventId, requestId, details: { ...result, file: file?.originalname ?? null } });
    return result;
  }

  // ——— retention ———

  /** Pseudonymises the guests of events that ended more than EVENT_GUEST_RETENTION_DAYS ago. */
  async applyRetention(now: Date): Promise<number> {
    const n = await this.repo.pseudonymiseEndedBefore(new Date(now.getTime() - this.config.eventGuestRetentionDays * DAY_MS), now);
    if (n) {
      this.logger.log(`pseudonymised ${n} event guests`);
      await this.audit.record({ actor: null, action: 'eventGuests.pseudonymise', entity: 'event_guest', entityId: null, details: { guests: n, retentionDays: this.config.eventGuestRetentionDays } });
    }
    return n;
  }
}

function mostCommon(values: string[]): string | undefined {
  return byFrequency(values)[0];
}

function byFrequency(values: string[]): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v]) => v);
}
