import type { KeyObject } from 'node:crypto';
import type { CertificateDocument, CertificateKind, Localized } from './certificate-document';
import { hoursText, periodText } from './certificate-text';
import { dateTime, issuerId, OB_CONTEXT, signCredential, VC_CONTEXT, type JsonObject, type OpenBadgeCredential } from './data-integrity';

export * from './data-integrity';

/**
 * A certificate as an Open Badges 3.0 `OpenBadgeCredential` (1EdTech; a W3C Verifiable Credential, Data Model
 * 2.0), signed with an `eddsa-jcs-2022` Data Integrity proof (data-integrity.ts).
 */
/** A period's calendar day at Baku midnight. */
function bakuDayStart(date: string): string {
  return `${date}T00:00:00+04:00`;
}

const ACHIEVEMENT_TYPE: Record<CertificateKind, string> = {
  programme: 'CommunityService',
  event: 'CommunityService',
  milestone: 'Award',
  training: 'Certificate',
};

const KIND_NARRATIVE: Record<CertificateKind, string> = {
  programme: 'completed a volunteer programme of',
  event: 'served as a volunteer at an event of',
  milestone: 'reached a volunteering milestone with',
  training: 'completed a training course of',
};

/** The unsigned credential of a certificate (English texts: the format is read by employers worldwide). */
export function buildCredential(doc: CertificateDocument): OpenBadgeCredential {
  const issuerRef = issuerId(doc.issuer.url);
  const hours = hoursText(doc.minutes, 'en');
  const period = periodText(doc.periodFrom, doc.periodTo);
  const roles = doc.roles.map((r) => r.en).join(', ');
  const narrative = [
    `${KIND_NARRATIVE[doc.kind]} ${doc.issuer.name.en}: ${hours} of volunteer service verified and approved by the agency`,
    doc.place ? ` at ${doc.place.en}` : '',
    roles ? `, as ${roles}` : '',
    period ? `, ${period}` : '',
    '.',
  ].join('');
  const subject: JsonObject = {
    type: ['AchievementSubject'],
    name: doc.holderName,
    identifier: [{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: doc.holderName }],
    achievement: {
      id: `${doc.verifyUrl}#achievement`,
      type: ['Achievement'],
      achievementType: ACHIEVEMENT_TYPE[doc.kind],
      name: doc.title.en,
      description: `${doc.title.en} — ${doc.title.az}. ${hours} of verified volunteer service (${doc.minutes} minutes).`,
      criteria: { narrative: `The holder ${narrative}` },
      creator: { id: issuerRef, type: ['Profile'], name: doc.issuer.name.en },
      inLanguage: 'en',
    },
    // Not part of the Open Badges vocabulary, kept for machines that read the certificate's facts.
    minutes: doc.minutes,
  };
  if (roles) subject.role = roles;
  if (doc.periodFrom) subject.activityStartDate = bakuDayStart(doc.periodFrom);
  if (doc.periodTo) subject.activityEndDate = bakuDayStart(doc.periodTo);
  return {
    '@context': [VC_CONTEXT, OB_CONTEXT],
    id: doc.verifyUrl,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: doc.title.en,
    description: `Certificate ${doc.serial}: ${doc.holderName}, ${doc.title.en}, ${hours}.`,
    issuer: issuerProfile(doc.issuer.url, doc.issuer.name),
    validFrom: dateTime(doc.issuedAt),
    credentialSubject: subject,
  };
}

function issuerProfile(baseUrl: string, name: Localized): JsonObject {
  return { id: issuerId(baseUrl), type: ['Profile'], name: name.en, url: baseUrl.replace(/\/+$/, '') };
}

/** The signed credential of a certificate. */
export function certificateCredential(doc: CertificateDocument, privateKey: KeyObject): OpenBadgeCredential {
  return signCredential(buildCredential(doc), privateKey, { baseUrl: doc.issuer.url });
}
