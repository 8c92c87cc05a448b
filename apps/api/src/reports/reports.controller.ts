import { Controller, Get, Param, ParseUUIDPipe, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Roles } from '../common/decorators';
import type { ExportFile } from '../common/http/spreadsheet';
import { localeFrom } from '../common/i18n/locale';
import { MonthRangeQueryDto, ReportExportQueryDto } from './dto/report-query.dto';
import { ReportsService, type ExportRequest } from './reports.service';

type Req_ = Request & { id?: string };

const exportRequest = (actor: AuthUser, req: Req_): ExportRequest => ({ actor, locale: localeFrom(req.headers['accept-language']), requestId: req.id ? String(req.id) : undefined });

/** JSON, or with `?format=csv|xlsx` the same report as a file (audited). */
function answer(res: Response, query: ReportExportQueryDto, json: () => Promise<unknown>, file: () => Promise<ExportFile>): Promise<void> {
  if (!query.format) return json().then((body) => void res.json(body));
  return file().then((f) => {
    if (query.envelope === 'true') {
      res.json({ filename: f.filename, contentType: f.contentType, base64: f.body.toString('base64') });
      return;
    }
    res.setHeader('Content-Type', f.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${f.filename}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(f.body);
  });
}

@ApiTags('reports')
@ApiBearerAuth()
@ApiProduces('application/json', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  /** The network by month, region and center (event hours apart): admin and HR. */
  @Get('national')
  @Roles('admin', 'hr')
  national(@CurrentUser() actor: AuthUser, @Query() query: MonthRangeQueryDto, @Req() req: Req_, @Res() res: Response): Promise<void> {
    return answer(res, query, () => this.reports.national(actor, query), () => this.reports.exportNational(exportRequest(actor, req), query));
  }

  /** One center by month: admin, HR, its coordinators (another center: 404). */
  @Get('centers/:id')
  @Roles('admin', 'hr', 'coordinator')
  center(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Query() query: MonthRangeQueryDto, @Req() req: Req_, @Res() res: Response): Promise<void> {
    return answer(res, query, () => this.reports.center(actor, id, query), () => this.reports.exportCenter(exportRequest(actor, req), id, query));
  }

  /** One event: coverage by role and by hour, hours by role — admin, HR, its organisers (another event: 404). */
  @Get('events/:id')
  @Roles('admin', 'hr', 'organizer')
  event(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Query() query: ReportExportQueryDto, @Req() req: Req_, @Res() res: Response): Promise<void> {
    return answer(res, query, () => this.reports.event(actor, id), () => this.reports.exportEvent(exportRequest(actor, req), id, query));
  }
}
