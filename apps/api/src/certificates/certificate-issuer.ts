import { Injectable } from '@nestjs/common';
import {
  bakuDateOf, certificateEligibility, formatSerial, verificationCodeFrom, type CertificateEligibility, type CertificateFacts, type CertificateIneligibilityReason,
} from '@dost/domain';
import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AlumniService } from '../alumni/alumni.service';
import { AppConfig } from '../config/app-config';
import { CertificateMailer } from './certificate-mailer';
import type { IssuerInfo } from './certificates.mapper';
import { CertificatesRepository, type HolderRow } from './certificates.repository';
import type { CertificateTypeEntity } from './entities/certificate-type.entity';
import type { CertificateEntity, LocalizedText } from './entities/certificate.entity';

/** Volunteer statuses that mean onboarding is complete (recruitment's onboarding makes a person active). */
const ONBOARDED = new Set(['active', 'paused', 'alumni']);

export type IssueOutcome =
  | { outcome: 'issued'; certificate: CertificateEntity }
  | { outcome: 'alreadyHeld'; certificate: CertificateEntity }
  | { outcome: 'notEligible'; reasons: CertificateIneligibilityReason[] }
  | { outcome: 'unknownVolunteer' };

export interface IssueOptions {
  /** The staff member issuing; null = automatic (a job). */
  issuedBy: string | null;
  now?: Date;
  /** false: no mail (the demo seed); default true. */
  notify?: boolean;
}

/** What the certificate will say, computed from the ledger for one type and one person. */
interface Content {
  eligibility: CertificateEligibility;
  minutes: number;
  roles: LocalizedText[];
  placeKind: 'center' | 'event' | null;
  placeName: LocalizedText | null;
  centerId: string | null;
  eventId: string | null;
  periodFrom: string | null;
  periodTo: string | null;
}

/**
 * The one place that issues certificates. In one transaction: locks the person, reads the facts from the hours
 * ledger, checks eligibility (@dost/domain), takes the year's next serial (a rollback gives it back), writes the
 * row and enqueues the job that mails `certificate-issued` with the PDF attached (CertificateMailer: the PDF is
 * rendered after the commit, not while the serial counter is locked). The partial unique index
 * `certificates_valid_key` is the last guard against two valid certificates of one type for one person.
 */
@Injectable()
export class CertificateIssuer {
  constructor(
    private readonly repo: CertificatesRepository,
    private readonly mailer: CertificateMailer,
    private readonly config: AppConfig,
    private readonly alumni: AlumniService,
  ) {}

  get issuer(): IssuerInfo {
    return { baseUrl: this.config.baseUrl, name: { az: this.config.agencyNameAz, en: this.config.agencyNameEn, ru: this.config.agencyNameRu } };
  }

  /**
   * Issues one certificate of `typeId` to `volunteerId` in its own transaction, for a batch job or the automatic
   * issuer: never throws for an expected outcome — `issued`, `alreadyHeld` (the valid one), `notEligible` with the
   * reason codes, `unknownVolunteer`. Throws only when the type does not exist or the database fails. Scope is
   * the caller's business (check it before calling).
   */
  async issueOne(typeId: string, volunteerId: string, options: IssueOptions): Promise<IssueOutcome> {
    return this.repo.transaction(async (em) => {
      const type = await this.repo.typeById(typeId, em);
      if (!type) throw new Error(`certificate type ${typeId} not found`);
      return this.issueIn(em, type, volunteerId, options);
    });
  }

  /** The same as `issueOne` inside the caller's transaction (`em`): the mail and the serial go or stay with it. */
  async issueIn(em: EntityManager, type: CertificateTypeEntity, volunteerId: string, options: IssueOptions): Promise<IssueOutcome> {
    const now = options.now ?? new Date();
    const holder = await this.repo.lockHolder(em, volunteerId);
    if (!holder) return { outcome: 'unknownVolunteer' };
    const held = await this.repo.validOf(em, type.id, volunteerId);
    if (held) return { outcome: 'alreadyHeld', certificate: held };
    const content = await this.content(em, type, holder, now);
    if (!content.eligibility.eligible) return { outcome: 'notEligible', reasons: content.eligibility.reasons };
    const certificate = await this.write(em, {
      typeId: type.id, volunteerId, holderName: holder.fullName, kind: type.kind, title: { az: type.nameAz, en: type.nameEn, ru: type.nameRu },
      minutes: content.minutes, roles: content.roles, placeKind: content.placeKind, placeName: content.placeName, centerId: content.centerId,
      eventId: content.eventId, periodFrom: content.periodFrom, periodTo: content.periodTo, issuedBy: options.issuedBy,
    }, now);
    // Completing the programme makes the holder alumni, in this same transaction (docs/alumni.md).
    if (type.kind === 'programme') await this.alumni.becomeAlumniIn(em, volunteerId, { source: 'certificate', decidedBy: options.issuedBy, certificateId: certificate.id, now });
    if (options.notify !== false) await this.mailer.schedule(em, certificate.id);
    return { outcome: 'issued', certificate };
  }

  /**
   * A new certificate with the same facts as `old` and the corrected name (the caller marks `old` superseded
   * first, in the same transaction); mailed like any other.
   */
  async reissueIn(em: EntityManager, old: CertificateEntity, holderName: string, reason: string, issuedBy: string, now = new Date()): Promise<CertificateEntity> {
    const holder = await this.repo.lockHolder(em, old.volunteerId);
    const certificate = await this.write(em, {
      typeId: old.typeId, volunteerId: old.volunteerId, holderName, kind: old.kind, title: old.title, minutes: old.minutes, roles: old.roles,
      placeKind: old.placeKind, placeName: old.placeName, centerId: old.centerId, eventId: old.eventId, periodFrom: old.periodFrom, periodTo: old.periodTo,
      issuedBy, reissueReason: reason,
    }, now);
    if (holder) await this.mailer.schedule(em, certificate.id);
    return certificate;
  }

  /** Eligibility and progress of one person for one type (read-only; `em` may be any manager). */
  async eligibility(em: EntityManager, type: CertificateTypeEntity, holder: HolderRow, now = new Date()): Promise<CertificateEligibility> {
    return (await this.content(em, type, holder, now, false)).eligibility;
  }

  private async content(em: EntityManager, type: CertificateTypeEntity, holder: HolderRow, now: Date, full = true): Promise<Content> {
    const today = bakuDateOf(now.getTime());
    const { rule } = type;
    const facts: CertificateFacts = {
      minutes: 0, totalMinutes: holder.approvedMinutes, onboardingComplete: ONBOARDED.has(holder.status), signupBlocked: holder.signupBlocked,
      qualifications: [], today,
    };
    let place: { kind: 'center' | 'event'; id: string; name: LocalizedText } | null = null;
    let period: { from: string | null; to: string | null } = { from: null, to: null };
    let where: { centerId?: string; eventId?: string; from?: string; to?: string } = {};
    if (type.kind === 'programme') {
      where = { centerId: rule.centerId, from: rule.periodFrom, to: rule.periodTo };
      facts.minutes = await this.repo.approvedMinutes(em, holder.id, where);
      period = { from: rule.periodFrom ?? null, to: rule.periodTo ?? null };
      const center = rule.centerId && full ? await this.repo.center(rule.centerId, em) : null;
      if (center) place = { kind: 'center', id: center.id, name: center.name };
    } else if (type.kind === 'event' && rule.eventId) {
      where = { eventId: rule.eventId };
      facts.minutes = await this.repo.approvedMinutes(em, holder.id, where);
      const event = full ? await this.repo.event(rule.eventId, em) : null;
      if (event) {
        place = { kind: 'event', id: event.id, name: event.name };
        period = { from: event.from, to: event.to };
      }
    } else if (type.kind === 'training' && rule.qualification) {
      facts.qualifications = await this.repo.qualifications(em, holder.id, today);
    }
    const eligibility = certificateEligibility({ kind: type.kind, rule, active: type.active }, facts);
    if (!full || !eligibility.eligible) {
      return { eligibility, minutes: eligibility.minutes, roles: [], placeKind: null, placeName: null, centerId: null, eventId: null, periodFrom: null, periodTo: null };
    }
    const roles = type.kind === 'programme' || type.kind === 'event' ? await this.repo.roles(em, holder.id, where) : [];
    const minutes = type.kind === 'training' ? await this.repo.approvedMinutes(em, holder.id, { category: 'training' }) : eligibility.minutes;
    return {
      eligibility, minutes, roles,
      placeKind: place?.kind ?? null, placeName: place?.name ?? null,
      // Whose staff see it: the event's organisers, or the type's center, or the holder's home center.
      centerId: place?.kind === 'center' ? place.id : type.kind === 'event' ? null : holder.homeCenterId,
      eventId: place?.kind === 'event' ? place.id : null,
      periodFrom: period.from, periodTo: period.to,
    };
  }

  /** Takes the serial and a fresh code, writes the row with the signer of today. */
  private async write(em: EntityManager, values: Partial<CertificateEntity>, now: Date): Promise<CertificateEntity> {
    const year = Number(bakuDateOf(now.getTime()).slice(0, 4));
    const serial = formatSerial(year, await this.repo.nextSerialNumber(em, year));
    return this.repo.insertCertificate(em, {
      ...values,
      serial,
      verificationCode: verificationCodeFrom(randomBytes(20)),
      signer: {
        name: this.config.certificateSignerName,
        title: { az: this.config.certificateSignerTitleAz, en: this.config.certificateSignerTitleEn, ru: this.config.certificateSignerTitleRu },
      },
      issuedAt: now,
      status: 'valid',
    });
  }
}
