import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/decorators';
import { CertificateDocumentsService } from './documents.service';

/**
 * The issuer's profile and public key at a stable address outside `/api/v1` (excluded from the global prefix in
 * app.setup.ts), so that credentials issued today still point at it after API versions change.
 */
@ApiTags('certificates')
@Controller('.well-known')
export class IssuerController {
  constructor(private readonly documents: CertificateDocumentsService) {}

  @Public()
  @Get('dost-issuer.json')
  @Header('Cache-Control', 'public, max-age=3600')
  // Verifiers in other sites' pages may read it.
  @Header('Access-Control-Allow-Origin', '*')
  @ApiOperation({ summary: "The Open Badges issuer profile with its Ed25519 public key (Multikey), the key certificates' credentials are signed with" })
  @ApiOkResponse({
    description: 'Issuer Profile',
    schema: {
      type: 'object',
      required: ['id', 'type', 'verificationMethod'],
      properties: {
        id: { type: 'string', format: 'uri', maxLength: 2000 },
        type: { type: 'array', maxItems: 4, items: { type: 'string', maxLength: 100 } },
        name: { type: 'string', maxLength: 500 },
        url: { type: 'string', format: 'uri', maxLength: 2000 },
        verificationMethod: {
          type: 'array',
          maxItems: 10,
          items: {
            type: 'object',
            properties: {
              id: { type: 'string', maxLength: 2000 },
              type: { type: 'string', enum: ['Multikey'] },
              controller: { type: 'string', maxLength: 2000 },
              publicKeyMultibase: { type: 'string', maxLength: 100, example: 'z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK' },
            },
          },
        },
        assertionMethod: { type: 'array', maxItems: 10, items: { type: 'string', maxLength: 2000 } },
      },
    },
  })
  issuer(): object {
    return this.documents.issuerDocument();
  }
}
