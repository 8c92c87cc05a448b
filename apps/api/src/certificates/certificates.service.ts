import { Inject, Injectable } from '@nestjs/common';
import { bakuDateOf, certificateRuleProblems, centerScope, eventScope, normalizeVerificationCode, type CertificateRule } from '@dost/domain';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth-user';
import { ApiProblem, type FieldError } from '../common/http/api-problem';
import type { Page } from '../common/http/list-query.dto';
import { csvFile, xlsxFile, type ExportFile } from '../common/http/spreadsheet';
import type { Locale } from '../common/i18n/locale';
import { RateLimitService } from '../common/rate-limit/rate-limit.service';
import { CertificateIssuer } from './certificate-issuer';
import { CERTIFICATE_RENDERER, type CertificateRenderer } from './certificate-renderer';
import { CERTIFICATE_EXPORT_LABELS } from './certificates-export.labels';
import { certificateProblems } from './certificates.messages';
import { certificateDocument, certificateDto, certificateTypeDto, myCertificateDto, publicCertificateDto, verifyUrlOf } from './certificates.mapper';
import { CertificatesRepository, type CertificateScope, type HolderRow } from './certificates.repository';
import type { PdfLanguages } from './documents/certificate-document';
import type {
  CertificateDto, CertificateProgressDto, CertificatesExportQueryDto, CertificatesQueryDto, CertificateTypeDto, CertificateTypesQueryDto, CreateCertificateTypeDto,
  IssueCertificateDto, MyCertificateDto, PublicCertificateDto, ReissueCertificateDto, RevokeCertificateDto, UpdateCertificateTypeDto,
} from './dto/certificates.dto';
import type { CertificateTypeEntity } from './entities/certificate-type.entity';
import type { CertificateEntity } from './entities/certificate.entity';

/** Public verification: per client address, generous for a person scanning, tight for someone guessing codes. */
export const PUBLIC_VERIFY_LIMIT = { max: 30, windowSeconds: 60 };
/** The most rows one export writes. */
export const MAX_EXPORT_ROWS = 20_000;

export const certificateScope = (actor: AuthUser): CertificateScope => ({ centers: centerScope(actor), events: eventScope(actor) });

/** May this scope issue the type? Its event or center must be the actor's; a type without a place, anyone's staff. */
export function typeInScope(scope: CertificateScope, type: Pick<CertificateTypeEntity, 'rule'>): boolean {
  if (type.rule.eventId) return scope.events === 'all' || scope.events.includes(type.rule.eventId);
  if (type.rule.centerId) return scope.centers === 'all' || scope.centers.includes(type.rule.centerId);
  return true;
}


export interface FileAnswer {
  body: Buffer;
  contentType: string;
  filename: string;
}

/** Certificate types, staff's certificates (scoped), the holder's own, and public verification. Issuing goes through CertificateIssuer. */
@Injectable()
export class CertificatesService {
  constructor(
    private readonly repo: CertificatesRepository,
    private readonly issuer: CertificateIssuer,
    private readonly audit: AuditService,
    private readonly rateLimit: RateLimitService,
    @Inject(CERTIFICATE_RENDERER) private readonly renderer: CertificateRenderer,
  ) {}

  // ——— types ———

  async listTypes(q: CertificateTypesQueryDto): Promise<Page<CertificateTypeDto>> {
    const [rows, total] = await this.repo.listTypes(q);
    return { data: rows.map(certificateTypeDto), total };
  }

  async oneType(id: string): Promise<CertificateTypeDto> {
    const t = await this.repo.typeById(id);
    if (!t) throw ApiProblem.notFound();
    return certificateTypeDto(t);
  }

  async createType(dto: CreateCertificateTypeDto): Promise<CertificateTypeDto> {
    const rule = cleanRule(dto.rule);
    const errors: FieldError[] = [...certificateRuleProblems(dto.kind, rule), ...(await this.placeErrors(rule))];
    if (await this.repo.typeByCode(dto.code)) errors.push({ field: 'code', code: 'certificateTypeCodeTaken' });
    if (errors.length) throw ApiProblem.validation(errors);
    const saved = await this.repo.saveType({
      code: dto.code, kind: dto.kind, nameAz: dto.name.az, nameEn: dto.name.en, nameRu: dto.name.ru, rule, autoIssue: dto.autoIssue ?? false, active: dto.active ?? true,
    });
    return certificateTypeDto(saved);
  }

  async updateType(id: string, dto: UpdateCertificateTypeDto): Promise<CertificateTypeDto> {
    const t = await this.repo.typeById(id);
    if (!t) throw ApiProblem.notFound();
    const rule = dto.rule ? cleanRule(dto.rule) : t.rule;
    const errors: FieldError[] = dto.rule ? [...certificateRuleProblems(t.kind, rule), ...(await this.placeErrors(rule))] : [];
    if (errors.length) throw ApiProblem.validation(errors);
    const saved = await this.repo.saveType({
      ...t, rule,
      ...(dto.name ? { nameAz: dto.name.az, nameEn: dto.name.en, nameRu: dto.name.ru } : {}),
      ...(dto.autoIssue !== undefined ? { autoIssue: dto.autoIssue } : {}),
      ...(dto.active !== undefined ? { active: dto.active } : {}),
    });
    return certificateTypeDto(saved);
  }

  private async placeErrors(rule: CertificateRule): Promise<FieldError[]> {
    const out: FieldError[] = [];
    if (rule.eventId && !(await this.repo.event(rule.eventId))) out.push({ field: 'rule.eventId', code: 'certificatePlaceUnknown' });
    if (rule.centerId && !(await this.repo.center(rule.centerId))) out.push({ field: 'rule.centerId', code: 'certificatePlaceUnknown' });
    return out;
  }

  // ——— staff ———

  async list(actor: AuthUser, q: CertificatesQueryDto): Promise<Page<CertificateDto>> {
    const [rows, total] = await this.repo.list(certificateScope(actor), q, q);
    return { data: rows.map((c) => certificateDto(c, this.issuer.issuer.baseUrl)), total };
  }

  async one(actor: AuthUser, id: string): Promise<CertificateDto> {
    return certificateDto(await this.visible(actor, id), this.issuer.issuer.baseUrl);
  }

  private async visible(actor: AuthUser, id: string, em?: EntityManager): Promise<CertificateEntity> {
    const c = await this.repo.one(id, certificateScope(actor), em);
    if (!c) throw ApiProblem.notFound();
    return c;
  }

  /**
   * Issues one certificate (POST /certificates). Staff of the place: the type's event (organisers), the type's
   * center (coordinators), or — for a type without a place — the person's home center or a place they served at.
   * 201; 409 already held; 422 with `reasons`.
   */
  async issue(actor: AuthUser, dto: IssueCertificateDto, now = new Date()): Promise<CertificateDto> {
    const type = await this.repo.typeById(dto.typeId);
    const errors: FieldError[] = [];
    if (!type) errors.push({ field: 'typeId', code: 'certificateTypeUnknown' });
    else if (!typeInScope(certificateScope(actor), type)) errors.push({ field: 'typeId', code: 'certificateTypeOutOfScope' });
    const scope = certificateScope(actor);
    const holder = await this.repo.holder(dto.volunteerId);
    const placeless = type && !type.rule.eventId && !type.rule.centerId;
    if (!holder || (placeless && !(await this.repo.holderInScope(holder.id, scope)))) errors.push({ field: 'volunteerId', code: 'certificateVolunteerUnknown' });
    if (!type || errors.length) throw ApiProblem.validation(errors);
    const result = await this.repo.transaction((em) => this.issuer.issueIn(em, type, dto.volunteerId, { issuedBy: actor.id, now }));
    if (result.outcome === 'alreadyHeld') throw certificateProblems.alreadyHeld();
    if (result.outcome === 'notEligible') throw certificateProblems.notEligible(result.reasons);
    if (result.outcome === 'unknownVolunteer') throw ApiProblem.validation([{ field: 'volunteerId', code: 'certificateVolunteerUnknown' }]);
    return certificateDto(result.certificate, this.issuer.issuer.baseUrl);
  }

  /** Revokes a valid certificate with a reason (kept for staff, never public); the audit interceptor records who. */
  async revoke(actor: AuthUser, id: string, dto: RevokeCertificateDto, now = new Date()): Promise<CertificateDto> {
    const c = await this.repo.transaction(async (em) => {
      await this.visible(actor, id, em);
      const locked = await this.repo.lockCertificate(em, id);
      if (!locked) throw ApiProblem.notFound();
      if (locked.status !== 'valid') throw certificateProblems.notValid();
      await this.repo.updateCertificate(em, id, { status: 'revoked', revokedAt: now, revokedReason: dto.reason, revokedBy: actor.id });
      return (await this.repo.one(id, { centers: 'all', events: 'all' }, em)) ?? locked;
    });
    return certificateDto(c, this.issuer.issuer.baseUrl);
  }

  /** A name correction: the old certificate becomes `superseded` (pointing to the new one), the new one is issued and mailed. */
  async reissue(actor: AuthUser, id: string, dto: ReissueCertificateDto, now = new Date()): Promise<CertificateDto> {
    const created = await this.repo.transaction(async (em) => {
      await this.visible(actor, id, em);
      const old = await this.repo.lockCertificate(em, id);
      if (!old) throw ApiProblem.notFound();
      if (old.status !== 'valid') throw certificateProblems.notValid();
      if (old.holderName === dto.holderName) throw ApiProblem.validation([{ field: 'holderName', code: 'certificateSameName' }]);
      await this.repo.updateCertificate(em, id, { status: 'superseded' });
      const fresh = await this.issuer.reissueIn(em, old, dto.holderName, dto.reason, actor.id, now);
      await this.repo.updateCertificate(em, id, { supersededById: fresh.id });
      return fresh;
    });
    return certificateDto(created, this.issuer.issuer.baseUrl);
  }

  async pdf(actor: AuthUser, id: string, languages: PdfLanguages = 'az-en'): Promise<FileAnswer> {
    return this.pdfOf(await this.visible(actor, id), languages);
  }

  async credential(actor: AuthUser, id: string): Promise<object> {
    return this.renderer.credential(certificateDocument(await this.visible(actor, id), this.issuer.issuer));
  }

  /** The filtered list as CSV or XLSX in the caller's language (audited with the filters). */
  async export(actor: AuthUser, q: CertificatesExportQueryDto, locale: Locale, requestId?: string): Promise<ExportFile> {
    const rows = await this.repo.all(certificateScope(actor), q, MAX_EXPORT_ROWS);
    const L = CERTIFICATE_EXPORT_LABELS[locale];
    const baseUrl = this.issuer.issuer.baseUrl;
    const table = {
      name: L.sheet,
      header: L.header,
      rows: rows.map((c) => [
        c.serial, c.holderName, L.kinds[c.kind], c.title[locale] || c.title.az, Math.round((c.minutes / 60) * 100) / 100, c.placeName ? c.placeName[locale] || c.placeName.az : '',
        c.periodFrom, c.periodTo, bakuDateOf(c.issuedAt.getTime()), L.statuses[c.status], c.revokedAt ? bakuDateOf(c.revokedAt.getTime()) : '', verifyUrlOf(baseUrl, c.verificationCode),
      ]),
    };
    const filters = Object.fromEntries(Object.entries({ typeId: q.typeId, kind: q.kind, status: q.status, eventId: q.eventId, centerId: q.centerId, year: q.year, q: q.q }).filter(([, v]) => v !== undefined));
    await this.audit.record({ actor, action: 'certificates.export', entity: 'certificate', requestId, details: { format: q.format, filters, rows: rows.length } });
    const filename = `sertifikatlar-${bakuDateOf(Date.now())}`;
    return q.format === 'xlsx' ? xlsxFile([table], filename) : csvFile(table, filename);
  }

  // ——— progress ———

  async progressOf(actor: AuthUser, volunteerId: string, now = new Date()): Promise<CertificateProgressDto[]> {
    const holder = await this.repo.holder(volunteerId);
    if (!holder || !(await this.repo.holderInScope(volunteerId, certificateScope(actor)))) throw ApiProblem.notFound();
    return this.progress(holder, now);
  }

  /** Progress toward every active type ("84 of 120 hours"); event types only where the person served or holds one. */
  private async progress(holder: HolderRow, now: Date): Promise<CertificateProgressDto[]> {
    const [types, held] = await Promise.all([this.repo.allActiveTypes(), this.repo.heldTypeIds(holder.id)]);
    return this.repo.transaction(async (em) => {
      const out: CertificateProgressDto[] = [];
      for (const t of types) {
        const e = await this.issuer.eligibility(em, t, holder, now);
        if (t.kind === 'event' && e.minutes === 0 && !held.has(t.id)) continue;
        out.push({
          typeId: t.id, kind: t.kind, name: { az: t.nameAz, en: t.nameEn, ru: t.nameRu }, minutes: e.minutes, requiredMinutes: e.requiredMinutes,
          eligible: e.eligible, reasons: e.reasons, held: held.has(t.id),
        });
      }
      return out;
    });
  }

  // ——— the holder ———

  private async me(user: AuthUser): Promise<HolderRow> {
    const holder = await this.repo.holderByUser(user.id);
    if (!holder) throw certificateProblems.notVolunteer();
    return holder;
  }

  async mine(user: AuthUser): Promise<{ data: MyCertificateDto[] }> {
    const holder = await this.me(user);
    return { data: (await this.repo.ofVolunteer(holder.id)).map((c) => myCertificateDto(c, this.issuer.issuer)) };
  }

  async myProgress(user: AuthUser, now = new Date()): Promise<CertificateProgressDto[]> {
    return this.progress(await this.me(user), now);
  }

  private async myOne(user: AuthUser, id: string): Promise<CertificateEntity> {
    const holder = await this.me(user);
    const c = (await this.repo.ofVolunteer(holder.id)).find((x) => x.id === id);
    if (!c) throw ApiProblem.notFound();
    return c;
  }

  async myPdf(user: AuthUser, id: string, languages: PdfLanguages = 'az-en'): Promise<FileAnswer> {
    return this.pdfOf(await this.myOne(user, id), languages);
  }

  async myCredential(user: AuthUser, id: string): Promise<object> {
    return this.renderer.credential(certificateDocument(await this.myOne(user, id), this.issuer.issuer));
  }

  private async pdfOf(c: CertificateEntity, languages: PdfLanguages): Promise<FileAnswer> {
    const body = await this.renderer.pdf(certificateDocument(c, this.issuer.issuer), languages);
    return { body, contentType: 'application/pdf', filename: `${c.serial}-${languages}.pdf` };
  }

  // ——— public ———

  /** Anyone with the code: the certificate's public facts. Unknown or malformed codes answer 404 alike; rate-limited per address. */
  async verify(code: string, ip: string): Promise<PublicCertificateDto> {
    return publicCertificateDto(await this.byPublicCode(code, ip), this.issuer.issuer);
  }

  async publicCredential(code: string, ip: string): Promise<object> {
    return this.renderer.credential(certificateDocument(await this.byPublicCode(code, ip), this.issuer.issuer));
  }

  private async byPublicCode(code: string, ip: string): Promise<CertificateEntity> {
    await this.rateLimit.consume([{ key: `certificate-verify:ip:${ip}`, ...PUBLIC_VERIFY_LIMIT }]);
    const normal = normalizeVerificationCode(code);
    const c = normal ? await this.repo.byCode(normal) : null;
    if (!c) throw ApiProblem.notFound();
    return c;
  }
}

/** The rule as stored: only the fields given, blank text dropped. */
function cleanRule(rule: CertificateRule): CertificateRule {
  return Object.fromEntries(Object.entries(rule).filter(([, v]) => v !== undefined && v !== null && v !== '')) as CertificateRule;
}
