import { Body, Controller, Delete, Get, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Roles } from '../common/decorators';
import { ApiProblem } from '../common/http/api-problem';
import { AuditAs } from '../audit/audit.interceptor';
import type { Locale } from '../common/i18n/locale';
import {
  AssignDto, CancelShiftDto, CandidatesQueryDto, CreatePositionDto, CreateShiftDto, CreateTemplateDto, DayQueryDto, DecideSwapDto, GenerateDto,
  PolicyDto, PositionQueryDto, ShiftListQueryDto, SignupDto, TemplateQueryDto, UnassignDto, UpdatePositionDto,
  UpdateShiftDto, UpdateTemplateDto, WeekQueryDto,
} from './dto/rostering.dto';
import { RequestLocale } from './rostering.decorators';
import { ShiftsService } from './shifts.service';
import { SignupService } from './signup.service';
import { SwapViewsService } from './swap-views.service';

const STAFF = ['admin', 'coordinator', 'organizer'] as const;

@ApiTags('rostering')
@ApiBearerAuth()
@Controller()
export class ShiftsController {
  constructor(
    private readonly shifts: ShiftsService,
    private readonly signup: SignupService,
    private readonly swapViews: SwapViewsService,
  ) {}

  // ——— positions and policies ———
  @Get('positions') @Roles(...STAFF)
  positions(@CurrentUser() u: AuthUser, @Query() q: PositionQueryDto) { return this.shifts.listPositions(u, q); }

  @Post('positions') @Roles(...STAFF)
  createPosition(@CurrentUser() u: AuthUser, @Body() dto: CreatePositionDto) { return this.shifts.createPosition(u, dto); }

  @Patch('positions/:id') @Roles(...STAFF)
  updatePosition(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdatePositionDto) { return this.shifts.updatePosition(u, id, dto); }

  @Get('shift-policies') @Roles(...STAFF)
  policy(@CurrentUser() u: AuthUser, @Query() q: PositionQueryDto) { return this.shifts.getPolicy(u, q); }

  @Put('shift-policies') @Roles(...STAFF)
  savePolicy(@CurrentUser() u: AuthUser, @Body() dto: PolicyDto) { return this.shifts.savePolicy(u, dto); }

  // ——— shifts ———
  @Get('shifts') @Roles(...STAFF)
  list(@CurrentUser() u: AuthUser, @Query() q: ShiftListQueryDto) { return this.shifts.list(u, q); }

  @Get('shifts/:id') @Roles(...STAFF)
  get(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string) { return this.shifts.get(u, id); }

  @Post('shifts') @Roles(...STAFF)
  create(@CurrentUser() u: AuthUser, @Body() dto: CreateShiftDto) { return this.shifts.create(u, dto); }

  @Patch('shifts/:id') @Roles(...STAFF)
  update(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateShiftDto) { return this.shifts.update(u, id, dto); }

  @Post('shifts/:id/cancel') @Roles(...STAFF) @HttpCode(200)
  cancel(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CancelShiftDto) { return this.shifts.cancel(u, id, dto.reason); }

  @Get('shifts/:id/candidates') @Roles(...STAFF)
  candidates(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Query() q: CandidatesQueryDto, @RequestLocale() locale: Locale) {
    return this.shifts.candidates(u, id, q, locale);
  }

  @Post('shifts/:id/assignments') @Roles(...STAFF)
  assign(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: AssignDto, @RequestLocale() locale: Locale) {
    return this.signup.assign(u, id, dto.volunteerId, dto.overrideReason, locale);
  }

  @Post('assignments/:id/unassign') @Roles(...STAFF) @HttpCode(204)
  unassign(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UnassignDto, @RequestLocale() locale: Locale) {
    return this.signup.unassign(u, id, dto.reason, locale);
  }

  /** The volunteer signs up; `Idempotency-Key` makes a retry return the first answer. */
  @Post('shifts/:id/signup') @Roles('volunteer')
  @ApiHeader({ name: 'Idempotency-Key', required: false, schema: { type: 'string', minLength: 8, maxLength: 100 } })
  async signUp(
    @CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: SignupDto, @RequestLocale() locale: Locale,
    @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) res: Response,
  ) {
    if (key !== undefined && (key.length < 8 || key.length > 100)) throw ApiProblem.validation([{ field: 'Idempotency-Key', code: 'minLength', params: { min: 8 } }]);
    const answer = await this.signup.signUp(u, id, { waitlist: dto.waitlist ?? false }, key, locale);
    if (answer.replayed) res.setHeader('Idempotent-Replayed', 'true');
    return answer.body;
  }

  // ——— views ———
  @Get('rostering/centers/:id/week') @Roles(...STAFF)
  week(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Query() q: WeekQueryDto) { return this.shifts.week(u, id, q.start); }

  @Get('rostering/centers/:id/day-sheet') @Roles(...STAFF)
  daySheet(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Query() q: DayQueryDto) { return this.shifts.daySheet(u, id, q.date); }

  @Get('rostering/events/:id/role-board') @Roles(...STAFF)
  roleBoard(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string) { return this.shifts.roleBoard(u, id); }

  // ——— templates ———
  @Get('shift-templates') @Roles('admin', 'coordinator')
  templates(@CurrentUser() u: AuthUser, @Query() q: TemplateQueryDto) { return this.shifts.listTemplates(u, q.centerId); }

  @Post('shift-templates') @Roles('admin', 'coordinator')
  createTemplate(@CurrentUser() u: AuthUser, @Body() dto: CreateTemplateDto) { return this.shifts.createTemplate(u, dto); }

  @Patch('shift-templates/:id') @Roles('admin', 'coordinator')
  updateTemplate(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateTemplateDto) { return this.shifts.updateTemplate(u, id, dto); }

  @Delete('shift-templates/:id') @Roles('admin', 'coordinator') @HttpCode(204)
  deleteTemplate(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string) { return this.shifts.deleteTemplate(u, id); }

  @Post('shift-templates/:id/generate') @Roles('admin', 'coordinator') @HttpCode(200)
  generate(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: GenerateDto) { return this.shifts.generate(u, id, dto); }

  // ——— swaps needing approval ———
  @Get('swap-approvals') @Roles('admin', 'coordinator', 'organizer')
  pendingSwaps(@CurrentUser() u: AuthUser) { return this.swapViews.pending(u); }

  @Post('swaps/:id/decide') @Roles('admin', 'coordinator', 'organizer') @HttpCode(204) @AuditAs('swaps')
  decide(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: DecideSwapDto, @RequestLocale() locale: Locale) {
    return this.signup.decideSwap(u, id, dto.approve, locale);
  }
}
