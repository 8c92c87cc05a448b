import type { CertificateDocument, PdfLanguages } from './documents/certificate-document';

/**
 * What the certificates feature needs from the documents (docs/certificates.md, "The documents"): the PDF and
 * the signed Open Badges 3.0 credential of one certificate. `CertificateDocumentsService` is bound to it in
 * CertificatesModule.
 */
export interface CertificateRenderer {
  pdf(doc: CertificateDocument, languages: PdfLanguages): Promise<Buffer>;
  credential(doc: CertificateDocument): Promise<object>;
}

export const CERTIFICATE_RENDERER = Symbol('CertificateRenderer');
