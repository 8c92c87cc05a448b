import { Injectable } from '@nestjs/common';
import { aggregateRatings, hasRole, mayBecomeAlumni, type AlumniSource, type BecomeAlumniRefusal, type RatingAggregate } from '@dost/domain';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth-user';
import { ApiProblem } from '../common/http/api-problem';
import { VolunteerStatusService } from '../people/volunteer-status.service';
import { alumniProblems } from './alumni.messages';
import { aggregateDto, ratingDto } from './alumni.mapper';
import { AlumniRepository } from './alumni.repository';
import { CvStorage } from './cv-storage';
import type { AlumnusRatingsDto, BecomeAlumniDto, BecomeAlumniResultDto } from './dto/alumni.dto';

export interface BecomeAlumniOptions {
  source: AlumniSource;
  /** The coordinator's reason; for a certificate the history says which one. */
  reason?: string | null;
  /** The staff user deciding or issuing; null for a job. */
  decidedBy: string | null;
  certificateId?: string | null;
  /** When given, the status rule checks who may act (a coordinator of the home center, an admin). */
  actor?: AuthUser;
  now?: Date;
}

export type BecomeAlumniOutcome = { outcome: 'became'; alumniSince: Date } | { outcome: 'refused'; reason: BecomeAlumniRefusal } | { outcome: 'unknownVolunteer' };

export interface CvFile {
  body: Buffer;
  filename: string;
}

/**
 * Alumni: who is one (and how they became one), who is in the talent pool, and what staff may read of them.
 * Exported for the certificate issuer (a programme-completion certificate makes the holder alumni in the same
 * transaction), the talent pool and the vacancies (`isInPool`, `inPoolSql` from the repository file).
 */
@Injectable()
export class AlumniService {
  constructor(
    private readonly repo: AlumniRepository,
    private readonly statuses: VolunteerStatusService,
    private readonly cv: CvStorage,
    private readonly audit: AuditService,
  ) {}

  /** An alumnus with a live job-pool consent: the only people HR may see in the pool. */
  isInPool(volunteerId: string, em?: EntityManager): Promise<boolean> {
    return this.repo.inPool(volunteerId, em);
  }

  /**
   * Makes a person alumni inside the caller's transaction: the status (with its history row, through
   * VolunteerStatusService) and the alumni profile row (how, when, why). Never throws for a person who may not
   * become alumni (already alumni, staff, exited, applicant): the certificate that triggered it stays issued.
   */
  async becomeAlumniIn(em: EntityManager, volunteerId: string, options: BecomeAlumniOptions): Promise<BecomeAlumniOutcome> {
    const person = await this.repo.person(volunteerId, em);
    if (!person) return { outcome: 'unknownVolunteer' };
    const verdict = mayBecomeAlumni(person.status);
    if (!verdict.ok) return { outcome: 'refused', reason: verdict.reason };
    const now = options.now ?? new Date();
    await this.statuses.change(em, {
      volunteerId, to: 'alumni', actorUserId: options.decidedBy, actor: options.actor,
      reason: options.reason ?? (options.source === 'certificate' ? 'Proqramı bitirmə sertifikatı' : null),
    });
    await em.query(
      `INSERT INTO alumni_profiles (volunteer_id, alumni_since, source, reason, decided_by, certificate_id) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (volunteer_id) DO NOTHING`,
      [volunteerId, now, options.source, options.reason?.slice(0, 1000) ?? null, options.decidedBy, options.certificateId ?? null],
    );
    return { outcome: 'became', alumniSince: now };
  }

  /**
   * A coordinator's decision (or an admin's): the person completed the programme. A coordinator decides for
   * the people of their centers (home center); anyone else's is not found.
   */
  async decide(actor: AuthUser, volunteerId: string, dto: BecomeAlumniDto): Promise<BecomeAlumniResultDto> {
    const person = await this.repo.person(volunteerId);
    const mine = person && (hasRole(actor, 'admin') || (person.homeCenterId != null && actor.centerIds.includes(person.homeCenterId)));
    if (!person || !mine) throw ApiProblem.notFound();
    const result = await this.repo.transaction((em) => this.becomeAlumniIn(em, volunteerId, { source: 'coordinator', reason: dto.reason, decidedBy: actor.id, actor }));
    if (result.outcome === 'unknownVolunteer') throw ApiProblem.notFound();
    if (result.outcome === 'refused') throw alumniProblems.refused(result.reason);
    return { volunteerId, status: 'alumni', alumniSince: result.alumniSince.toISOString() };
  }

  async aggregateOf(volunteerId: string): Promise<RatingAggregate> {
    return aggregateRatings(await this.repo.scoresOf(volunteerId));
  }

  /** HR: single ratings with comments — only of an alumnus in the pool (anyone else: not found). */
  async ratingsForHr(volunteerId: string): Promise<AlumnusRatingsDto> {
    if (!(await this.repo.inPool(volunteerId))) throw ApiProblem.notFound();
    const rows = await this.repo.ratingsOf(volunteerId);
    return { aggregate: aggregateDto(aggregateRatings(rows)), ratings: rows.map(ratingDto) };
  }

  /** HR: the CV of an alumnus in the pool; every download is audited. */
  async cvForHr(actor: AuthUser, volunteerId: string, requestId?: string): Promise<CvFile> {
    if (!(await this.repo.inPool(volunteerId))) throw ApiProblem.notFound();
    const profile = await this.repo.profile(volunteerId);
    if (!profile?.cvFileName) throw ApiProblem.notFound();
    const body = await this.cv.read(profile.cvFileName).catch(() => null);
    if (!body) throw ApiProblem.notFound();
    await this.audit.record({ actor, action: 'alumni.cv.download', entity: 'volunteer', entityId: volunteerId, requestId, details: { sizeBytes: body.length } });
    return { body, filename: profile.cvOriginalName ?? 'cv.pdf' };
  }
}
