import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AlumniModule } from '../alumni/alumni.module';
import { CertificateBatchesController } from './certificate-batches.controller';
import { CertificateBatchesRepository } from './certificate-batches.repository';
import { CertificateBatchesService } from './certificate-batches.service';
import { CertificateIssuer } from './certificate-issuer';
import { CertificateMailer } from './certificate-mailer';
import { CERTIFICATE_RENDERER } from './certificate-renderer';
import {
  CertificatesController, CertificateTypesController, MyCertificatesController, PublicCertificatesController, VolunteerCertificatesController,
} from './certificates.controller';
import { CertificatesRepository } from './certificates.repository';
import { CertificatesService } from './certificates.service';
import { CertificateDocumentsModule } from './documents/documents.module';
import { CertificateDocumentsService } from './documents/documents.service';
import { CertificateBatchEntity } from './entities/certificate-batch.entity';
import { CertificateSerialEntity } from './entities/certificate-serial.entity';
import { CertificateTypeEntity } from './entities/certificate-type.entity';
import { CertificateEntity } from './entities/certificate.entity';
import { VerifyRedirect } from './verify-redirect';
import './certificates.messages';

/**
 * Certification (docs/certificates.md): types, issuing (CertificateIssuer — the one place that issues, exported
 * for the batch and automatic jobs), staff lists, the holder's certificates, public verification. The PDF and
 * the Open Badges credential come from the documents module.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([CertificateTypeEntity, CertificateEntity, CertificateSerialEntity, CertificateBatchEntity]),
    CertificateDocumentsModule,
    AlumniModule,
  ],
  controllers: [
    CertificateTypesController, CertificatesController, CertificateBatchesController, VolunteerCertificatesController, MyCertificatesController, PublicCertificatesController,
  ],
  providers: [
    CertificatesRepository, CertificateIssuer, CertificateMailer, CertificatesService, VerifyRedirect,
    CertificateBatchesRepository, CertificateBatchesService,
    { provide: CERTIFICATE_RENDERER, useExisting: CertificateDocumentsService },
  ],
  exports: [CertificateIssuer, CertificatesRepository],
})
export class CertificatesModule {}
