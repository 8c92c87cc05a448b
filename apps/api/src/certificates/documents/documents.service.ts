import { Injectable } from '@nestjs/common';
import { createPublicKey, type KeyObject } from 'node:crypto';
import { AppConfig } from '../../config/app-config';
import type { CertificateDocument, Localized, PdfLanguages } from './certificate-document';
import { renderCertificatePdf } from './certificate-pdf';
import { ed25519Multibase } from './multibase';
import { certificateCredential, issuerDocument, verifyCredential, type JsonObject, type OpenBadgeCredential, type Verification } from './open-badge';
import { loadSigningKey } from './signing-key';

/**
 * The certificate's documents (docs/certificates.md, "The documents"): the PDF and the signed Open Badges 3.0
 * credential, and the issuer's public key. The signing key is loaded (or generated into $DATA_DIR) once, at start.
 */
@Injectable()
export class CertificateDocumentsService {
  private readonly signingKey: KeyObject;
  readonly publicKey: KeyObject;
  /** The Multikey `publicKeyMultibase` ('z6Mk…') a verifier needs: `npm run certificate -- verify file.json --key <it>`. */
  readonly publicKeyMultibase: string;

  constructor(private readonly config: AppConfig) {
    this.signingKey = loadSigningKey(config);
    this.publicKey = createPublicKey(this.signingKey);
    this.publicKeyMultibase = ed25519Multibase(this.publicKey);
  }

  renderPdf(doc: CertificateDocument, languages: PdfLanguages): Promise<Buffer> {
    return renderCertificatePdf(doc, languages);
  }

  /** Same as renderPdf (the name CertificatesModule's CertificateRenderer uses). */
  pdf(doc: CertificateDocument, languages: PdfLanguages): Promise<Buffer> {
    return this.renderPdf(doc, languages);
  }

  /** The signed OpenBadgeCredential; the same document always gives the same JSON. */
  async credential(doc: CertificateDocument): Promise<OpenBadgeCredential> {
    return certificateCredential(doc, this.signingKey);
  }

  verify(credential: unknown): Verification {
    return verifyCredential(credential, this.publicKey);
  }

  /** The JSON at `/.well-known/dost-issuer.json`. */
  issuerDocument(): JsonObject {
    return issuerDocument(this.config.baseUrl, this.publicKey, this.agencyName());
  }

  /** AGENCY_NAME_AZ / _EN / _RU. */
  private agencyName(): Localized {
    return { az: this.config.agencyNameAz, en: this.config.agencyNameEn, ru: this.config.agencyNameRu };
  }
}
