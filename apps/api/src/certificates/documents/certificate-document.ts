/** The certificate as both renderers (the PDF and the Open Badges credential) see it — nothing else personal. */
export type Localized = { az: string; en: string; ru: string };
export type CertificateKind = 'programme' | 'event' | 'milestone' | 'training';

export interface CertificateDocument {
  /** e.g. KD-2025-000123 */
  serial: string;
  verificationCode: string;
  /** `<BASE_URL>/verify/<code>` — the QR code and the credential point here. */
  verifyUrl: string;
  /** As on the ID card (Latin Azerbaijani letters exact). */
  holderName: string;
  kind: CertificateKind;
  /** The certificate type's name, e.g. "SOCGOV 2025 könüllüsü". */
  title: Localized;
  /** Approved minutes the certificate stands for. */
  minutes: number;
  roles: Localized[];
  /** The center or event served at, when the type has one. */
  place: Localized | null;
  /** YYYY-MM-DD */
  periodFrom: string | null;
  periodTo: string | null;
  issuedAt: Date;
  signer: { name: string; title: Localized };
  /** The issuing agency, e.g. "Azərbaycan Respublikasının DOST Agentliyi". */
  issuer: { name: Localized; url: string };
}

/** The second language beside Azerbaijani on the PDF. */
export type PdfLanguages = 'az-en' | 'az-ru';
