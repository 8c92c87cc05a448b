import { Injectable } from '@nestjs/common';
import { cvProblem, type CvProblem } from '@dost/domain';
import type { AuthUser } from '../common/auth-user';
import { ApiProblem } from '../common/http/api-problem';
import { alumniProblems } from './alumni.messages';
import { aggregateDto, careerProfileDto } from './alumni.mapper';
import { AlumniRepository, type PersonRow } from './alumni.repository';
import { AlumniService, type CvFile } from './alumni.service';
import { CvStorage } from './cv-storage';
import type { CareerProfileDto, CenterOptionDto, ConsentStateDto, GiveConsentDto, RatingAggregateDto, UpdateCareerProfileDto } from './dto/alumni.dto';
import type { AlumniProfileEntity } from './entities/alumni-profile.entity';

/** What the upload gives us (multer's file in memory). */
export interface UploadedCv {
  buffer: Buffer;
  size: number;
  originalname?: string;
}

/** A name safe in a Content-Disposition header: letters (Azerbaijani too), digits, dot, dash, underscore. */
function safeFileName(name: string | undefined): string {
  // Multipart parsers read the filename's UTF-8 bytes as latin1 (browsers send UTF-8): undo that when it decodes.
  const raw = name ?? '';
  const utf8 = Buffer.from(raw, 'latin1').toString('utf8');
  const decoded = [...raw].some((c) => c.charCodeAt(0) > 0xff) || utf8.includes('\uFFFD') ? raw : utf8;
  const base = decoded.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^[._]+/, '').slice(0, 120);
  return /\.pdf$/i.test(base) ? base : `${base || 'cv'}.pdf`;
}

/** The alumnus's own career profile: the profile form, the job-pool consent, the CV, the ratings aggregate. */
@Injectable()
export class CareerProfileService {
  constructor(
    private readonly repo: AlumniRepository,
    private readonly alumni: AlumniService,
    private readonly cv: CvStorage,
  ) {}

  /** The caller's person and alumni profile; a volunteer who is not (or no longer) alumni has none. */
  private async mine(user: AuthUser): Promise<{ person: PersonRow; profile: AlumniProfileEntity }> {
    const person = await this.repo.personByUser(user.id);
    if (!person) throw alumniProblems.notVolunteer();
    // Hired staff keep their profile row (the history), but the career pages are for alumni.
    if (person.status === 'staff') throw alumniProblems.staff();
    if (person.status !== 'alumni') throw alumniProblems.notAlumni();
    // Someone made alumni through the generic status route (people) has no alumni row yet: it starts now, dated
    // by the status history's move into alumni.
    const profile = (await this.repo.profile(person.id)) ?? (await this.repo.ensureProfile(person.id));
    return { person, profile };
  }

  async get(user: AuthUser): Promise<CareerProfileDto> {
    const { person, profile } = await this.mine(user);
    return careerProfileDto(person, profile, await this.consentState(person.id), await this.alumni.aggregateOf(person.id));
  }

  async update(user: AuthUser, dto: UpdateCareerProfileDto): Promise<CareerProfileDto> {
    const { person } = await this.mine(user);
    if (dto.preferredCenterIds?.length) {
      const ids = [...new Set(dto.preferredCenterIds)];
      const known = new Set(await this.repo.existingCenterIds(ids));
      if (ids.some((id) => !known.has(id))) throw ApiProblem.validation([{ field: 'preferredCenterIds', code: 'alumniUnknownCenter' }]);
      dto.preferredCenterIds = ids;
    }
    await this.repo.transaction(async (em) => {
      const values: Partial<AlumniProfileEntity> = {};
      for (const key of ['educationLevel', 'institution', 'fieldOfStudy', 'region', 'preferredCenterIds', 'availabilityKind', 'availabilityText'] as const) {
        if (dto[key] !== undefined) (values as Record<string, unknown>)[key] = dto[key];
      }
      if (Object.keys(values).length) await this.repo.updateProfile(em, person.id, values);
      if (dto.languages !== undefined || dto.skills !== undefined) {
        // One entry per language (the last level given wins); skills trimmed, without empties and repeats.
        const languages = dto.languages ? [...new Map(dto.languages.map((l) => [l.language, { language: l.language, level: l.level }])).values()] : person.languages;
        const skills = dto.skills ? [...new Set(dto.skills.map((s) => s.trim()).filter(Boolean))] : person.skills;
        await this.repo.updateLanguagesAndSkills(em, person.id, languages, skills);
      }
    });
    return this.get(user);
  }

  /** The centers to choose from as preferred workplaces (the alumnus cannot read the staff's center list). */
  async centers(user: AuthUser): Promise<CenterOptionDto[]> {
    await this.mine(user);
    return this.repo.centerOptions();
  }

  // ——— the job-pool consent ———

  private async consentState(volunteerId: string): Promise<ConsentStateDto> {
    const latest = await this.repo.latestConsentVersion();
    if (!latest) throw new Error('job_pool_consent_versions is empty (the AlumniCore migration writes version 1)');
    const live = await this.repo.liveConsent(volunteerId);
    const last = live ? null : (await this.repo.consentHistory(volunteerId))[0] ?? null;
    return {
      given: !!live, givenAt: live?.givenAt.toISOString() ?? null, version: live?.version ?? null,
      latestVersion: latest.version, textAz: latest.textAz, textEn: latest.textEn, textRu: latest.textRu,
      withdrawnAt: last?.withdrawnAt?.toISOString() ?? null,
    };
  }

  consent(user: AuthUser): Promise<ConsentStateDto> {
    return this.mine(user).then(({ person }) => this.consentState(person.id));
  }

  /**
   * Gives the consent to the text version the person was shown (it must be the current one: a text changed in
   * between is refused, 409, so nobody agrees to words they did not read). Giving it again while it is live
   * changes nothing.
   */
  async give(user: AuthUser, dto: GiveConsentDto): Promise<ConsentStateDto> {
    const { person } = await this.mine(user);
    await this.repo.transaction(async (em) => {
      await em.query(`SELECT id FROM volunteers WHERE id = $1 FOR UPDATE`, [person.id]);
      const latest = await this.repo.latestConsentVersion(em);
      if (!latest || latest.version !== dto.version) throw alumniProblems.consentVersionStale(latest?.version ?? 0);
      if (await this.repo.liveConsent(person.id, em)) return;
      await this.repo.insertConsent(em, { volunteerId: person.id, consentVersionId: latest.id, version: latest.version, locale: dto.locale, givenAt: new Date() });
    });
    return this.consentState(person.id);
  }

  /** Withdraws the live consent (the row stays, stamped): from now on the person is not in the pool. */
  async withdraw(user: AuthUser): Promise<ConsentStateDto> {
    const { person } = await this.mine(user);
    await this.repo.transaction((em) => this.repo.withdrawConsent(em, person.id, new Date()));
    return this.consentState(person.id);
  }

  // ——— CV ———

  async uploadCv(user: AuthUser, file: UploadedCv | undefined): Promise<CareerProfileDto> {
    const { person } = await this.mine(user);
    if (!file?.buffer) throw ApiProblem.validation([{ field: 'file', code: 'cvMissing' }]);
    const problem: CvProblem | null = cvProblem(file.buffer.subarray(0, 8), file.size);
    if (problem) throw ApiProblem.validation([{ field: 'file', code: problem, params: problem === 'cvTooLarge' ? { mb: 5 } : {} }]);
    const stored = await this.cv.save(file.buffer);
    let replaced: string | null = null;
    try {
      await this.repo.transaction(async (em) => {
        const profile = await this.repo.lockProfile(em, person.id);
        replaced = profile?.cvFileName ?? null;
        await this.repo.updateProfile(em, person.id, {
          cvFileName: stored, cvOriginalName: safeFileName(file.originalname), cvSizeBytes: file.size, cvUploadedAt: new Date(),
        });
      });
    } catch (err) {
      await this.cv.remove(stored);
      throw err;
    }
    await this.cv.remove(replaced);
    return this.get(user);
  }

  async downloadCv(user: AuthUser): Promise<CvFile> {
    const { profile } = await this.mine(user);
    if (!profile.cvFileName) throw ApiProblem.notFound();
    const body = await this.cv.read(profile.cvFileName).catch(() => null);
    if (!body) throw ApiProblem.notFound();
    return { body, filename: profile.cvOriginalName ?? 'cv.pdf' };
  }

  async removeCv(user: AuthUser): Promise<CareerProfileDto> {
    const { person } = await this.mine(user);
    let removed: string | null = null;
    await this.repo.transaction(async (em) => {
      const profile = await this.repo.lockProfile(em, person.id);
      removed = profile?.cvFileName ?? null;
      await this.repo.updateProfile(em, person.id, { cvFileName: null, cvOriginalName: null, cvSizeBytes: null, cvUploadedAt: null });
    });
    await this.cv.remove(removed);
    return this.get(user);
  }

  /** Averages per rubric and the count — never a single rating or comment. */
  async ratings(user: AuthUser): Promise<RatingAggregateDto> {
    const { person } = await this.mine(user);
    return aggregateDto(await this.alumni.aggregateOf(person.id));
  }
}
