import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiProduces, ApiTags, getSchemaPath } from '@nestjs/swagger';

/** A bounded list of one DTO (the OpenAPI lint wants every array's maximum). */
const listOf = (model: new (...args: never[]) => object) => ({ schema: { type: 'array' as const, maxItems: 1000, items: { $ref: getSchemaPath(model) } } });
import type { Request, Response } from 'express';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Roles } from '../common/decorators';
import { localeFrom } from '../common/i18n/locale';
import {
  AddCandidateDto, AddNoteDto, CandidateDetailDto, CandidateDto, CandidateNoteDto, CreateVacancyDto, DashboardDto, DashboardExportQueryDto, DashboardQueryDto,
  MoveCandidateDto, MyApplicationDto, MyVacancyDto, ScheduleInterviewDto, UpdateVacancyDto, VacanciesQueryDto, VacancyDto, WithdrawDto,
} from './dto/hiring.dto';
import { HiringDashboardService } from './hiring-dashboard.service';
import { HiringService } from './hiring.service';

/** Vacancies: HR and admins, agency-wide. */
@ApiTags('hiring')
@ApiBearerAuth()
@ApiExtraModels(CandidateDto, MyVacancyDto, MyApplicationDto)
@Controller('vacancies')
export class VacanciesController {
  constructor(private readonly hiring: HiringService) {}

  @Get() @Roles('admin', 'hr')
  list(@Query() q: VacanciesQueryDto) { return this.hiring.listVacancies(q); }

  @Get(':id') @Roles('admin', 'hr') @ApiOkResponse({ type: VacancyDto })
  one(@Param('id', ParseUUIDPipe) id: string) { return this.hiring.vacancy(id); }

  @Post() @Roles('admin', 'hr') @ApiOkResponse({ type: VacancyDto })
  create(@CurrentUser() u: AuthUser, @Body() dto: CreateVacancyDto) { return this.hiring.createVacancy(u, dto); }

  @Patch(':id') @Roles('admin', 'hr') @ApiOkResponse({ type: VacancyDto })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateVacancyDto) { return this.hiring.updateVacancy(id, dto); }

  /** The kanban board: every candidate of the vacancy with the moves the caller may make. */
  @Get(':id/candidates') @Roles('admin', 'hr') @ApiOkResponse(listOf(CandidateDto))
  board(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string) { return this.hiring.board(u, id); }

  @Post(':id/candidates') @Roles('admin', 'hr') @ApiOkResponse({ type: CandidateDto })
  add(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: AddCandidateDto) { return this.hiring.addCandidate(u, id, dto); }
}

/** One candidate: detail, stage moves, notes, interview. */
@ApiTags('hiring')
@ApiBearerAuth()
@Controller('candidates')
export class CandidatesController {
  constructor(private readonly hiring: HiringService) {}

  @Get(':id') @Roles('admin', 'hr') @ApiOkResponse({ type: CandidateDetailDto })
  one(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string) { return this.hiring.candidate(u, id); }

  /** 409 STALE_MOVE when `version` is not the current one (someone moved the card first). */
  @Post(':id/move') @Roles('admin', 'hr') @HttpCode(200) @ApiOkResponse({ type: CandidateDto })
  move(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: MoveCandidateDto) { return this.hiring.move(u, id, dto); }

  @Post(':id/notes') @Roles('admin', 'hr') @ApiOkResponse({ type: CandidateNoteDto })
  note(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: AddNoteDto) { return this.hiring.addNote(u, id, dto); }

  @Post(':id/interviews') @Roles('admin', 'hr') @ApiOkResponse({ type: CandidateDetailDto })
  interview(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ScheduleInterviewDto) { return this.hiring.scheduleInterview(u, id, dto); }
}

/** HR's pipeline dashboard and its export. */
@ApiTags('hiring')
@ApiBearerAuth()
@Controller('hiring/dashboard')
export class HiringDashboardController {
  constructor(private readonly dashboard: HiringDashboardService) {}

  @Get() @Roles('admin', 'hr') @ApiOkResponse({ type: DashboardDto })
  get(@Query() q: DashboardQueryDto) { return this.dashboard.dashboard(q); }

  @Get('export') @Roles('admin', 'hr')
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async export(@CurrentUser() u: AuthUser, @Query() q: DashboardExportQueryDto, @Req() req: Request & { id?: string }, @Res() res: Response): Promise<void> {
    const f = await this.dashboard.export(u, q, localeFrom(req.headers['accept-language']), req.id ? String(req.id) : undefined);
    res.setHeader('Content-Type', f.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${f.filename}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(f.body);
  }
}

/** The alumnus's own pages: open vacancies, apply, my applications, withdraw. */
@ApiTags('hiring')
@ApiBearerAuth()
@Controller('me')
export class MyVacanciesController {
  constructor(private readonly hiring: HiringService) {}

  @Get('vacancies') @Roles('volunteer') @ApiOkResponse(listOf(MyVacancyDto))
  vacancies(@CurrentUser() u: AuthUser) { return this.hiring.myVacancies(u); }

  @Post('vacancies/:id/apply') @Roles('volunteer') @ApiOkResponse({ type: MyApplicationDto })
  apply(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string) { return this.hiring.apply(u, id); }

  @Get('job-applications') @Roles('volunteer') @ApiOkResponse(listOf(MyApplicationDto))
  applications(@CurrentUser() u: AuthUser) { return this.hiring.myApplications(u); }

  @Post('job-applications/:id/withdraw') @Roles('volunteer') @HttpCode(200) @ApiOkResponse({ type: MyApplicationDto })
  withdraw(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: WithdrawDto) { return this.hiring.withdraw(u, id, dto); }
}
