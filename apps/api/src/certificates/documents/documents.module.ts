import { Module } from '@nestjs/common';
import { CertificateDocumentsService } from './documents.service';
import { IssuerController } from './issuer.controller';

/** PDF, Open Badges credential and the issuer key (docs/certificates.md, "The documents"). */
@Module({
  controllers: [IssuerController],
  providers: [CertificateDocumentsService],
  exports: [CertificateDocumentsService],
})
export class CertificateDocumentsModule {}
