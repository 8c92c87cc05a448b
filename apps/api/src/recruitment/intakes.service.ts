import { Injectable } from '@nestjs/common';
import { centerScope, hasRole } from '@dost/domain';
import type { AuthUser } from '../common/auth-user';
import { ApiProblem, type FieldError } from '../common/http/api-problem';
import type { Page } from '../common/http/list-query.dto';
import type { CreateIntakeDto, CreateSlotDto, IntakeListQueryDto, UpdateIntakeDto } from './dto/intake.dto';
import type { IntakeEntity } from './entities/intake.entity';
import { toIntakeDto, type IntakeDto } from './recruitment.mapper';
import { RecruitmentRepository } from './recruitment.repository';
import { DEFAULT_CHECKLIST, DEFAULT_RUBRIC } from './recruitment.types';
import './recruitment.messages';

export interface SlotDto {
  id: string;
  intakeId: string;
  centerId: string;
  startsAt: string;
  endsAt: string;
  location: string;
  applicationId: string | null;
}

/**
 * Intakes (campaigns). Admins manage every intake; a coordinator manages intakes whose centers are all his
 * and reads the published rest (an intake holds no personal data) — but not another center's draft, which is
 * not found for him (docs/recruitment.md, "Who sees which intake").
 */
@Injectable()
export class IntakesService {
  constructor(private readonly repo: RecruitmentRepository) {}

  async list(actor: AuthUser, query: IntakeListQueryDto): Promise<Page<IntakeDto>> {
    const [rows, total] = await this.repo.listIntakes(query, centerScope(actor));
    const centers = await this.repo.centersOfIntakes(rows.map((r) => r.id));
    return { data: rows.map((r) => toIntakeDto(r, centers.get(r.id) ?? [])), total };
  }

  async get(actor: AuthUser, id: string): Promise<IntakeDto> {
    return this.dto(await this.visibleOr404(actor, id));
  }

  private async visibleOr404(actor: AuthUser, id: string): Promise<IntakeEntity> {
    const intake = await this.repo.findIntakeInScope(id, centerScope(actor));
    if (!intake) throw ApiProblem.notFound();
    return intake;
  }

  private async dto(intake: IntakeEntity): Promise<IntakeDto> {
    const centers = (await this.repo.centersOfIntakes([intake.id])).get(intake.id) ?? [];
    const consent = await this.repo.consentVersion(intake.id, intake.consentVersion);
    return toIntakeDto(intake, centers, consent ? { az: consent.textAz, en: consent.textEn, ru: consent.textRu } : undefined);
  }

  async create(actor: AuthUser, dto: CreateIntakeDto): Promise<IntakeDto> {
    await this.check(actor, dto, dto.centerIds);
    const id = await this.repo.transaction(async (em) => {
      const intake = await this.repo.saveIntake(em, {
        nameAz: dto.name.az, nameEn: dto.name.en, nameRu: dto.name.ru,
        descriptionAz: dto.description?.az ?? '', descriptionEn: dto.description?.en ?? '', descriptionRu: dto.description?.ru ?? '',
        status: dto.status ?? 'draft', opensOn: dto.opensOn, closesOn: dto.closesOn, capacity: dto.capacity,
        minAge: dto.minAge ?? null, maxAge: dto.maxAge ?? null, questions: (dto.questions ?? []) as IntakeEntity['questions'],
        rubric: dto.rubric ?? DEFAULT_RUBRIC, checklist: dto.checklist ?? DEFAULT_CHECKLIST, consentVersion: 1,
      });
      await this.repo.setIntakeCenters(em, intake.id, dto.centerIds);
      await this.repo.insertConsentVersion(em, { intakeId: intake.id, version: 1, textAz: dto.consentText.az, textEn: dto.consentText.en, textRu: dto.consentText.ru });
      return intake.id;
    });
    return this.get(actor, id);
  }

  async update(actor: AuthUser, id: string, dto: UpdateIntakeDto): Promise<IntakeDto> {
    const current = await this.visibleOr404(actor, id);
    const currentCenters = ((await this.repo.centersOfIntakes([id])).get(id) ?? []).map((c) => c.id);
    this.assertManages(actor, currentCenters);
    const merged = {
      opensOn: dto.opensOn ?? current.opensOn, closesOn: dto.closesOn ?? current.closesOn,
      minAge: dto.minAge === undefined ? current.minAge : dto.minAge, maxAge: dto.maxAge === undefined ? current.maxAge : dto.maxAge,
    };
    await this.check(actor, merged, dto.centerIds);
    await this.repo.transaction(async (em) => {
      const locked = (await this.repo.findIntake(id, em, true))!;
      let consentVersion = locked.consentVersion;
      if (dto.consentText) {
        const text = await this.repo.consentVersion(id, consentVersion, em);
        const changed = !text || text.textAz !== dto.consentText.az || text.textEn !== dto.consentText.en || text.textRu !== dto.consentText.ru;
        if (changed) {
          consentVersion += 1;
          await this.repo.insertConsentVersion(em, { intakeId: id, version: consentVersion, textAz: dto.consentText.az, textEn: dto.consentText.en, textRu: dto.consentText.ru });
        }
      }
      await this.repo.saveIntake(em, {
        id,
        ...(dto.name ? { nameAz: dto.name.az, nameEn: dto.name.en, nameRu: dto.name.ru } : {}),
        ...(dto.description ? { descriptionAz: dto.description.az, descriptionEn: dto.description.en, descriptionRu: dto.description.ru } : {}),
        ...(dto.status ? { status: dto.status } : {}),
        ...merged,
        ...(dto.capacity !== undefined ? { capacity: dto.capacity } : {}),
        ...(dto.questions ? { questions: dto.questions as IntakeEntity['questions'] } : {}),
        ...(dto.rubric ? { rubric: dto.rubric } : {}),
        ...(dto.checklist ? { checklist: dto.checklist } : {}),
        consentVersion,
      });
      if (dto.centerIds) await this.repo.setIntakeCenters(em, id, dto.centerIds);
    });
    return this.get(actor, id);
  }

  async remove(actor: AuthUser, id: string): Promise<void> {
    const centers = ((await this.repo.centersOfIntakes([id])).get(id) ?? []).map((c) => c.id);
    await this.visibleOr404(actor, id);
    this.assertManages(actor, centers);
    // Applications reference the intake (RESTRICT): the filter answers 409 "in use — close it instead".
    await this.repo.deleteIntake(id);
  }

  private async check(actor: AuthUser, v: { opensOn: string; closesOn: string; minAge?: number | null; maxAge?: number | null }, centerIds?: string[]): Promise<void> {
    const errors: FieldError[] = [];
    if (v.closesOn < v.opensOn) errors.push({ field: 'closesOn', code: 'closesBeforeOpens' });
    if (v.minAge != null && v.maxAge != null && v.maxAge < v.minAge) errors.push({ field: 'maxAge', code: 'maxBelowMin' });
    if (centerIds) {
      const known = new Set(await this.repo.existingCenterIds(centerIds));
      centerIds.forEach((c, i) => {
        if (!known.has(c)) errors.push({ field: `centerIds.${i}`, code: 'unknownCenter' });
      });
    }
    if (errors.length) throw ApiProblem.validation(errors);
    if (centerIds) this.assertManages(actor, centerIds);
  }

  private assertManages(actor: AuthUser, centerIds: readonly string[]): void {
    if (hasRole(actor, 'admin')) return;
    const scope = centerScope(actor);
    if (scope === 'all') return;
    if (!centerIds.every((c) => scope.includes(c))) throw new ApiProblem(403);
  }

  // ---- interview slots ----

  async slots(actor: AuthUser, intakeId: string): Promise<SlotDto[]> {
    await this.visibleOr404(actor, intakeId);
    const rows = await this.repo.slotsOfIntake(intakeId, hasRole(actor, 'admin') ? 'all' : centerScope(actor));
    return rows.map(toSlotDto);
  }

  async addSlot(actor: AuthUser, intakeId: string, dto: CreateSlotDto): Promise<SlotDto> {
    await this.visibleOr404(actor, intakeId);
    const centers = ((await this.repo.centersOfIntakes([intakeId])).get(intakeId) ?? []).map((c) => c.id);
    const errors: FieldError[] = [];
    if (!centers.includes(dto.centerId)) errors.push({ field: 'centerId', code: 'notInIntake' });
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    if (Number.isNaN(startsAt.getTime())) errors.push({ field: 'startsAt', code: 'isISO8601' });
    if (Number.isNaN(endsAt.getTime()) || endsAt <= startsAt) errors.push({ field: 'endsAt', code: 'endsAfterStart' });
    if (errors.length) throw ApiProblem.validation(errors);
    this.assertManages(actor, [dto.centerId]);
    return toSlotDto(await this.repo.insertSlot({ intakeId, centerId: dto.centerId, startsAt, endsAt, location: dto.location }));
  }

  async removeSlot(actor: AuthUser, id: string): Promise<void> {
    const slot = await this.repo.findSlot(id);
    if (!slot) throw ApiProblem.notFound();
    this.assertManages(actor, [slot.centerId]);
    if (slot.applicationId) throw ApiProblem.conflict('detail.slotBooked', {}, 'SLOT_BOOKED');
    await this.repo.deleteFreeSlot(id);
  }
}

function toSlotDto(s: { id: string; intakeId: string; centerId: string; startsAt: Date; endsAt: Date; location: string; applicationId: string | null }): SlotDto {
  return { id: s.id, intakeId: s.intakeId, centerId: s.centerId, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(), location: s.location, applicationId: s.applicationId };
}
