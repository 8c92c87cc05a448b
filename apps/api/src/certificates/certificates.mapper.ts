import type { CertificateDocument } from './documents/certificate-document';
import type { CertificateTypeEntity } from './entities/certificate-type.entity';
import type { CertificateEntity } from './entities/certificate.entity';
import type { CertificateDto, CertificateTypeDto, Localized, MyCertificateDto, PublicCertificateDto } from './dto/certificates.dto';

/** Where the certificates' links point and who issues them (from AppConfig). */
export interface IssuerInfo {
  baseUrl: string;
  name: Localized;
}

export const verifyUrlOf = (baseUrl: string, code: string): string => `${baseUrl.replace(/\/$/, '')}/verify/${code}`;

const nameOf = (t: CertificateTypeEntity): Localized => ({ az: t.nameAz, en: t.nameEn, ru: t.nameRu });

export function certificateTypeDto(t: CertificateTypeEntity): CertificateTypeDto {
  return { id: t.id, code: t.code, kind: t.kind, name: nameOf(t), rule: { ...t.rule }, autoIssue: t.autoIssue, active: t.active };
}

export function certificateDto(c: CertificateEntity, baseUrl: string): CertificateDto {
  const placeId = c.placeKind === 'event' ? c.eventId : c.placeKind === 'center' ? c.centerId : null;
  return {
    id: c.id,
    serial: c.serial,
    verificationCode: c.verificationCode,
    verifyUrl: verifyUrlOf(baseUrl, c.verificationCode),
    volunteerId: c.volunteerId,
    holderName: c.holderName,
    type: { id: c.typeId, kind: c.kind, name: c.title },
    minutes: c.minutes,
    roles: c.roles,
    place: c.placeKind && placeId && c.placeName ? { kind: c.placeKind, id: placeId, name: c.placeName } : null,
    periodFrom: c.periodFrom,
    periodTo: c.periodTo,
    issuedAt: c.issuedAt.toISOString(),
    issuedBy: c.issuedBy,
    status: c.status,
    revokedAt: c.revokedAt?.toISOString() ?? null,
    revokedReason: c.revokedReason,
    supersededById: c.supersededById,
  };
}

/** The holder's own view: no revocation reason, no issuer's id; links to their files and to LinkedIn's form. */
export function myCertificateDto(c: CertificateEntity, issuer: IssuerInfo): MyCertificateDto {
  const { revokedReason: _reason, issuedBy: _by, ...rest } = certificateDto(c, issuer.baseUrl);
  const issued = c.issuedAt;
  const linkedIn = new URLSearchParams({
    startTask: 'CERTIFICATION_NAME',
    name: c.title.en || c.title.az,
    organizationName: issuer.name.en,
    issueYear: String(issued.getUTCFullYear()),
    issueMonth: String(issued.getUTCMonth() + 1),
    certUrl: rest.verifyUrl,
    certId: c.serial,
  });
  return {
    ...rest,
    pdfUrl: `/api/v1/me/certificates/${c.id}/pdf`,
    credentialUrl: `/api/v1/me/certificates/${c.id}/credential`,
    linkedInUrl: `https://www.linkedin.com/profile/add?${linkedIn.toString()}`,
  };
}

/** What anyone with the code sees: the certificate's facts, never the reason of a revocation or any contact detail. */
export function publicCertificateDto(c: CertificateEntity, issuer: IssuerInfo): PublicCertificateDto {
  return {
    status: c.status,
    revokedAt: c.revokedAt?.toISOString() ?? null,
    serial: c.serial,
    holderName: c.holderName,
    type: { kind: c.kind, name: c.title },
    minutes: c.minutes,
    roles: c.roles,
    place: c.placeName ? { name: c.placeName } : null,
    periodFrom: c.periodFrom,
    periodTo: c.periodTo,
    issuedAt: c.issuedAt.toISOString(),
    issuer: { name: issuer.name },
  };
}

/** The renderers' input (documents/certificate-document.ts). */
export function certificateDocument(c: CertificateEntity, issuer: IssuerInfo): CertificateDocument {
  return {
    serial: c.serial,
    verificationCode: c.verificationCode,
    verifyUrl: verifyUrlOf(issuer.baseUrl, c.verificationCode),
    holderName: c.holderName,
    kind: c.kind,
    title: c.title,
    minutes: c.minutes,
    roles: c.roles,
    place: c.placeName,
    periodFrom: c.periodFrom,
    periodTo: c.periodTo,
    issuedAt: c.issuedAt,
    signer: c.signer,
    issuer: { name: issuer.name, url: issuer.baseUrl },
  };
}
