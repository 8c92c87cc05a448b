import { hoursText, type CertificateKind, type CertificateRule, type CertificateStatus } from '@dost/domain';
import { api, downloadApiFile } from '../../providers/http';

/** The shapes of docs/certificates.md (the API's answers). */
export type Lang = 'az' | 'en' | 'ru';
export type Localized = { az: string; en: string; ru: string };
export {
  CERTIFICATE_KINDS as KINDS, CERTIFICATE_STATUSES as STATUSES, CERTIFICATE_MILESTONES as MILESTONES, type CertificateKind, type CertificateStatus, type CertificateRule,
} from '@dost/domain';
export type PdfLang = 'az-en' | 'az-ru';

export interface CertificateType {
  id: string;
  code: string;
  kind: CertificateKind;
  name: Localized;
  rule: CertificateRule;
  autoIssue: boolean;
  active: boolean;
}
export interface Certificate {
  id: string;
  serial: string;
  verificationCode: string;
  verifyUrl: string;
  volunteerId: string;
  holderName: string;
  type: { id: string; kind: CertificateKind; name: Localized };
  minutes: number;
  roles: Localized[];
  place: { kind: 'center' | 'event'; id: string; name: Localized } | null;
  periodFrom: string | null;
  periodTo: string | null;
  issuedAt: string;
  /** The issuing staff member's user id; null: issued automatically. */
  issuedBy: string | null;
  /** Their name, if the API gives it. */
  issuedByName?: string | null;
  status: CertificateStatus;
  revokedAt: string | null;
  revokedReason: string | null;
  supersededById: string | null;
}
export type MyCertificate = Omit<Certificate, 'revokedReason' | 'issuedBy'> & { pdfUrl?: string; credentialUrl?: string; linkedInUrl?: string };
export interface CertificateProgress {
  typeId: string;
  kind: CertificateKind;
  name: Localized;
  minutes: number;
  requiredMinutes: number | null;
  eligible: boolean;
  reasons: string[];
  held: boolean;
}
export type BatchOutcome = 'issued' | 'notEligible' | 'alreadyHeld';
export interface BatchResult {
  volunteerId: string;
  fullName: string;
  outcome: BatchOutcome;
  reasons: string[];
  certificateId: string | null;
  serial: string | null;
}
export interface CertificateBatch {
  id: string;
  typeId: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  total: number;
  done: number;
  /** Why a failed batch stopped. */
  error?: string | null;
  results: BatchResult[];
}
export interface PublicCertificate {
  status: CertificateStatus;
  revokedAt: string | null;
  serial: string;
  holderName: string;
  type: { kind: CertificateKind; name: Localized };
  minutes: number;
  roles: Localized[];
  place: { name: Localized } | null;
  periodFrom: string | null;
  periodTo: string | null;
  issuedAt: string;
  issuer: { name: Localized };
}
/** Someone a certificate can be issued to (picked from the approved hours at the type's place). */
export interface Candidate {
  volunteerId: string;
  fullName: string;
}

export const certificatesApi = {
  mine: () => api<{ data: MyCertificate[] }>('/me/certificates'),
  myProgress: () => api<CertificateProgress[]>('/me/certificates/progress'),
  progressOf: (volunteerId: string) => api<CertificateProgress[]>(`/volunteers/${volunteerId}/certificate-progress`),
  get: (id: string) => api<Certificate>(`/certificates/${id}`),
  types: () => api<{ data: CertificateType[]; total: number }>('/certificate-types', { query: { perPage: 100 } }),
  issue: (typeId: string, volunteerId: string) => api<Certificate>('/certificates', { method: 'POST', body: { typeId, volunteerId } }),
  startBatch: (typeId: string, volunteerIds?: string[]) =>
    api<CertificateBatch>('/certificate-batches', { method: 'POST', body: { typeId, ...(volunteerIds ? { volunteerIds } : {}) } }),
  batch: (id: string) => api<CertificateBatch>(`/certificate-batches/${id}`),
  revoke: (id: string, reason: string) => api<Certificate>(`/certificates/${id}/revoke`, { method: 'POST', body: { reason } }),
  reissue: (id: string, holderName: string, reason: string) => api<Certificate>(`/certificates/${id}/reissue`, { method: 'POST', body: { holderName, reason } }),
  /**
   * Volunteers with approved hours at a place (the approval ledger is the staff's scoped list of people who served
   * there), one row each.
   */
  async candidates(place: { centerId?: string; eventId?: string }, q?: string): Promise<Candidate[]> {
    const seen = new Map<string, Candidate>();
    for (let page = 1; page <= 5; page++) {
      const r = await api<{ data: { volunteerId: string; volunteerName: string }[]; total: number }>('/hour-entries', {
        query: { status: 'approved', perPage: 100, page, q, ...place },
      });
      for (const e of r.data) if (!seen.has(e.volunteerId)) seen.set(e.volunteerId, { volunteerId: e.volunteerId, fullName: e.volunteerName });
      if (page * 100 >= r.total) break;
    }
    return [...seen.values()].sort((a, b) => a.fullName.localeCompare(b.fullName, 'az'));
  },
};

const download = downloadApiFile;

/** The files: the holder's own (`/me/…`) or staff's (`/certificates/…`). */
export const certificateFiles = {
  myPdf: (c: MyCertificate, lang: PdfLang) => download(`/me/certificates/${c.id}/pdf`, `${c.serial}-${lang}.pdf`, { lang }),
  myCredential: (c: MyCertificate) => download(`/me/certificates/${c.id}/credential`, `${c.serial}.json`),
  pdf: (c: Certificate, lang: PdfLang) => download(`/certificates/${c.id}/pdf`, `${c.serial}-${lang}.pdf`, { lang }),
  credential: (c: Certificate) => download(`/certificates/${c.id}/credential`, `${c.serial}.json`),
  export: (format: 'csv' | 'xlsx', filter: Record<string, string | number | undefined>) =>
    download('/certificates/export', `certificates.${format}`, { ...filter, format }),
};

/** The public verification link of a code (the API's verifyUrl when given: it knows the public address). */
export const verifyLink = (c: { verifyUrl?: string; verificationCode: string }): string =>
  c.verifyUrl || `${window.location.origin}${window.location.pathname}#/verify/${c.verificationCode}`;

/** The public credential of a code: a plain link, no login needed. */
export const publicCredentialUrl = (code: string): string => `/api/v1/public/certificates/${encodeURIComponent(code)}/credential`;

/** LinkedIn's "Add licence or certification" form, filled in (the API's link when it gives one). */
export function linkedInUrl(c: MyCertificate, lang: Lang, organizationName: string): string {
  if (c.linkedInUrl) return c.linkedInUrl;
  const issued = new Date(c.issuedAt);
  const params = new URLSearchParams({
    startTask: 'CERTIFICATION_NAME',
    name: c.type.name[lang] || c.type.name.az,
    organizationName,
    issueYear: String(issued.getUTCFullYear()),
    issueMonth: String(issued.getUTCMonth() + 1),
    certUrl: verifyLink(c),
    certId: c.serial,
  });
  return `https://www.linkedin.com/profile/add?${params.toString()}`;
}

/** Whole hours, for progress toward a goal ("84 / 120 saat"). */
export const wholeHours = (minutes: number): number => Math.floor(minutes / 60);

/** A certificate's hours in the words its PDF uses ("5,5 saat"), in the console's language. */
export const certificateHours = (minutes: number, locale: string): string =>
  hoursText(minutes, locale === 'en' || locale === 'ru' ? locale : 'az');

/** 'YYYY-MM-DD' (or an ISO instant) → 'DD.MM.YYYY' in Baku. */
export function dateLabel(value: string | null | undefined): string {
  if (!value) return '';
  const date = value.length > 10 ? new Date(new Date(value).getTime() + 4 * 3600_000).toISOString().slice(0, 10) : value;
  return date.split('-').reverse().join('.');
}

/** The period "01.09.2025 – 30.11.2025", one day once ("24.10.2025"), one end, or nothing. */
export function periodLabel(from: string | null | undefined, to: string | null | undefined): string {
  const ends = [dateLabel(from), dateLabel(to)].filter(Boolean);
  return ends.length === 2 && ends[0] === ends[1] ? ends[0] : ends.join(' – ');
}

export const localized = (name: Partial<Localized> | null | undefined, lang: string): string => name?.[lang as Lang] || name?.az || '';
