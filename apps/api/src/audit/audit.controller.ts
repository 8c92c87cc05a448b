import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/decorators';
import type { Page } from '../common/http/list-query.dto';
import { AuditService } from './audit.service';
import { AuditEntryDto, AuditListQueryDto } from './dto/audit.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit-log')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles('admin')
  list(@Query() query: AuditListQueryDto): Promise<Page<AuditEntryDto>> {
    return this.audit.list(query);
  }
}
