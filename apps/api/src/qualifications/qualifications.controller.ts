import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Roles } from '../common/decorators';
import {
  CreateQualificationDto, ExpiringQueryDto, GrantQualificationDto, RevokeQualificationDto, TrainingSessionDto, TrainingSessionsQueryDto, UpdateQualificationDto,
} from './dto/qualifications.dto';
import { QualificationsService } from './qualifications.service';

/** The catalogue: everyone signed in reads it (names for positions, profiles, sign-up reasons); admins edit it. */
@ApiTags('qualifications')
@ApiBearerAuth()
@Controller('qualifications')
export class QualificationsController {
  constructor(private readonly qualifications: QualificationsService) {}

  @Get() @Roles('admin', 'hr', 'coordinator', 'organizer', 'volunteer', 'applicant')
  list() { return this.qualifications.catalogue(); }

  /** Held qualifications of the caller's volunteers that end within `days` (30 by default). */
  @Get('expiring') @Roles('admin', 'hr', 'coordinator')
  expiring(@CurrentUser() u: AuthUser, @Query() q: ExpiringQueryDto) { return this.qualifications.expiring(u, q); }

  @Get(':id') @Roles('admin', 'hr', 'coordinator', 'organizer', 'volunteer', 'applicant')
  one(@Param('id', ParseUUIDPipe) id: string) { return this.qualifications.one(id); }

  @Post() @Roles('admin')
  create(@Body() dto: CreateQualificationDto) { return this.qualifications.create(dto); }

  @Patch(':id') @Roles('admin')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateQualificationDto) { return this.qualifications.update(id, dto); }
}

/** A volunteer's qualifications: coordinators of the home center grant and revoke, HR and admins read. */
@ApiTags('qualifications')
@ApiBearerAuth()
@Controller('volunteers')
export class VolunteerQualificationsController {
  constructor(private readonly qualifications: QualificationsService) {}

  @Get(':id/qualifications') @Roles('admin', 'hr', 'coordinator')
  held(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string) { return this.qualifications.held(u, id); }

  @Post(':id/qualifications') @Roles('admin', 'coordinator')
  grant(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: GrantQualificationDto) { return this.qualifications.grant(u, id, dto); }

  @Post(':id/qualifications/revoke') @Roles('admin', 'coordinator') @HttpCode(200)
  revoke(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RevokeQualificationDto) { return this.qualifications.revoke(u, id, dto); }
}

@ApiTags('qualifications')
@ApiBearerAuth()
@Controller('me/qualifications')
export class MyQualificationsController {
  constructor(private readonly qualifications: QualificationsService) {}

  @Get() @Roles('volunteer')
  mine(@CurrentUser() u: AuthUser) { return this.qualifications.mine(u); }
}

/** Training sessions: record one with its attendees (grants to all in one step); list those of the caller's centers. */
@ApiTags('qualifications')
@ApiBearerAuth()
@Controller('training-sessions')
export class TrainingSessionsController {
  constructor(private readonly qualifications: QualificationsService) {}

  @Get() @Roles('admin', 'coordinator')
  list(@CurrentUser() u: AuthUser, @Query() q: TrainingSessionsQueryDto) { return this.qualifications.sessions(u, q.page, q.perPage); }

  @Post() @Roles('admin', 'coordinator')
  record(@CurrentUser() u: AuthUser, @Body() dto: TrainingSessionDto) { return this.qualifications.recordTraining(u, dto); }
}
