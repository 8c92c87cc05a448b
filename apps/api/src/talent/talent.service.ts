import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { fitScore, normaliseWeights, type FitRequirements, type Locale } from '@dost/domain';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth-user';
import { ApiProblem } from '../common/http/api-problem';
import type { Page } from '../common/http/list-query.dto';
import { flattenValidationErrors } from '../common/http/validation';
import { AppConfig } from '../config/app-config';
import {
  TalentPoolQueryDto, type CreateSavedSearchDto, type SavedSearchDto, type TalentPoolRowDto, type UpdateSavedSearchDto,
} from './dto/talent.dto';
import { TalentSavedSearchEntity } from './entities/talent-saved-search.entity';
import { renderEvidencePdf } from './evidence-pdf';
import { EvidenceRepository } from './evidence.repository';
import type { EvidencePack } from './evidence.types';
import { TalentFactsRepository } from './talent-facts.repository';
import { TalentPoolRepository, type TalentFactsRow } from './talent-pool.repository';

const MAX_SAVED_SEARCHES = 100;
/** What a saved search may hold: the pool's filters and sort, not the page. */
const NOT_SAVED = new Set(['page', 'perPage']);

/** A row's parts explained by the domain's one fit score (the SQL only sorted by it). */
function rowDto(r: TalentFactsRow, req: FitRequirements, weights: ReturnType<typeof normaliseWeights>): TalentPoolRowDto {
  const counts = { attended: r.attended, noShows: r.no_shows };
  const fit = fitScore(
    {
      approvedMinutes: r.approved_minutes, attendance: counts, ratingAverage: r.rating_avg, languages: r.languages,
      certificateTypes: r.certificate_types, validCertificates: r.valid_certificates,
    },
    req,
    weights,
  );
  const assigned = r.attended + r.no_shows;
  return {
    id: r.volunteer_id,
    fullName: r.full_name,
    alumniSince: new Date(r.alumni_since).toISOString(),
    approvedMinutes: r.approved_minutes,
    minutes12m: r.minutes12m,
    attended: r.attended,
    noShows: r.no_shows,
    attendancePercent: assigned === 0 ? null : Math.round((r.attended / assigned) * 1000) / 10,
    ratingCount: r.rating_count,
    ratingAverage: r.rating_avg === null ? null : Math.round(r.rating_avg * 100) / 100,
    languages: r.languages.map((l) => ({ language: l.language, level: l.level })),
    certificateTypes: r.certificate_types,
    positionCodes: r.position_codes,
    centerIds: r.center_ids,
    educationLevel: r.education_level,
    fieldOfStudy: r.field_of_study,
    region: r.region,
    availabilityKind: r.availability_kind,
    fit,
  };
}

const savedDto = (s: TalentSavedSearchEntity): SavedSearchDto => ({
  id: s.id, name: s.name, filters: s.filters, createdAt: s.createdAt.toISOString(), updatedAt: s.updatedAt.toISOString(),
});

/** HR's talent pool (docs/talent-pool.md): the search, the evidence pack, saved searches. Agency-wide; HR and admins. */
@Injectable()
export class TalentService {
  constructor(
    private readonly facts: TalentFactsRepository,
    private readonly pool: TalentPoolRepository,
    private readonly evidence: EvidenceRepository,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    @InjectRepository(TalentSavedSearchEntity) private readonly saved: Repository<TalentSavedSearchEntity>,
  ) {}

  async search(q: TalentPoolQueryDto): Promise<Page<TalentPoolRowDto> & { weights: Record<string, number> }> {
    let req: FitRequirements = {};
    let weights = normaliseWeights(null);
    if (q.vacancyId) {
      const v = await this.pool.vacancy(q.vacancyId);
      if (!v) throw ApiProblem.validation([{ field: 'vacancyId', code: 'talentVacancyUnknown' }]);
      req = v.requirements;
      weights = normaliseWeights(v.fitWeights);
    }
    await this.facts.refreshStale();
    const [rows, total] = await this.pool.search(q, req, weights);
    return { data: rows.map((r) => rowDto(r, req, weights)), total, weights };
  }

  /** The pack, only for an alumnus with a live job-pool consent (404 otherwise); every read is audited. */
  async evidencePack(actor: AuthUser, volunteerId: string, requestId?: string): Promise<EvidencePack> {
    const pack = await this.loadPack(volunteerId);
    await this.audit.record({ actor, action: 'talent.evidenceViewed', entity: 'volunteer', entityId: volunteerId, requestId });
    return pack;
  }

  async evidencePdf(actor: AuthUser, volunteerId: string, lang: Locale, requestId?: string): Promise<{ body: Buffer; filename: string }> {
    const pack = await this.loadPack(volunteerId);
    const body = await renderEvidencePdf(pack, lang, new Date());
    await this.audit.record({ actor, action: 'talent.evidenceDownloaded', entity: 'volunteer', entityId: volunteerId, details: { lang }, requestId });
    return { body, filename: `evidence-${volunteerId.slice(0, 8)}.pdf` };
  }

  private async loadPack(volunteerId: string): Promise<EvidencePack> {
    if (!(await this.pool.inPool(volunteerId))) throw ApiProblem.notFound();
    const pack = await this.evidence.load(volunteerId, this.config.baseUrl);
    if (!pack) throw ApiProblem.notFound();
    return pack;
  }

  // ——— saved searches (each HR user's own) ———

  async listSaved(actor: AuthUser): Promise<Page<SavedSearchDto>> {
    const rows = await this.saved.find({ where: { userId: actor.id }, order: { name: 'ASC', id: 'ASC' }, take: MAX_SAVED_SEARCHES });
    return { data: rows.map(savedDto), total: rows.length };
  }

  async oneSaved(actor: AuthUser, id: string): Promise<SavedSearchDto> {
    return savedDto(await this.ownSaved(actor, id));
  }

  async createSaved(actor: AuthUser, dto: CreateSavedSearchDto): Promise<SavedSearchDto> {
    const filters = await this.checkFilters(dto.filters);
    if ((await this.saved.count({ where: { userId: actor.id } })) >= MAX_SAVED_SEARCHES) {
      throw ApiProblem.validation([{ field: 'name', code: 'arrayMaxSize', params: { constraint1: MAX_SAVED_SEARCHES } }]);
    }
    const row = await this.saved.save(this.saved.create({ userId: actor.id, name: dto.name, filters }));
    return savedDto(row);
  }

  async updateSaved(actor: AuthUser, id: string, dto: UpdateSavedSearchDto): Promise<SavedSearchDto> {
    const row = await this.ownSaved(actor, id);
    if (dto.filters !== undefined) row.filters = await this.checkFilters(dto.filters);
    if (dto.name !== undefined) row.name = dto.name;
    return savedDto(await this.saved.save(row));
  }

  async deleteSaved(actor: AuthUser, id: string): Promise<void> {
    await this.ownSaved(actor, id);
    await this.saved.delete({ id, userId: actor.id });
  }

  private async ownSaved(actor: AuthUser, id: string): Promise<TalentSavedSearchEntity> {
    const row = await this.saved.findOneBy({ id, userId: actor.id });
    if (!row) throw ApiProblem.notFound();
    return row;
  }

  /** The filters must be what GET /talent-pool accepts (same DTO, same rules); stored as given, without paging. */
  private async checkFilters(raw: Record<string, unknown>): Promise<Record<string, string | number>> {
    const out: Record<string, string | number> = {};
    const errors = [];
    for (const [k, v] of Object.entries(raw)) {
      if (NOT_SAVED.has(k) || v === null || v === '') continue;
      if ((typeof v !== 'string' && typeof v !== 'number') || String(v).length > 200) errors.push({ field: `filters.${k}`, code: 'savedSearchFilters' });
      else out[k] = v;
    }
    if (errors.length) throw ApiProblem.validation(errors);
    const asQuery = Object.fromEntries(Object.entries(out).map(([k, v]) => [k, String(v)]));
    const failed = await validate(plainToInstance(TalentPoolQueryDto, asQuery), { whitelist: true, forbidNonWhitelisted: true });
    if (failed.length) {
      throw ApiProblem.validation(flattenValidationErrors(failed, 'filters').map((e) => (e.code === 'whitelistValidation' ? { ...e, code: 'savedSearchFilters' } : e)));
    }
    return out;
  }
}
