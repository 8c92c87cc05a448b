import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Roles } from '../common/decorators';
import { CertificateBatchesService } from './certificate-batches.service';
import { StartCertificateBatchDto, type CertificateBatchDto } from './dto/certificate-batches.dto';

/** Bulk issue: start (202) and poll the progress with each person's outcome. */
@ApiTags('certificates')
@ApiBearerAuth()
@Controller('certificate-batches')
export class CertificateBatchesController {
  constructor(private readonly batches: CertificateBatchesService) {}

  @Post() @Roles('admin', 'coordinator', 'organizer') @HttpCode(202)
  start(@CurrentUser() u: AuthUser, @Body() dto: StartCertificateBatchDto): Promise<CertificateBatchDto> { return this.batches.start(u, dto); }

  @Get(':id') @Roles('admin', 'coordinator', 'organizer')
  get(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<CertificateBatchDto> { return this.batches.get(u, id); }
}
