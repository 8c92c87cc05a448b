import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { HolidaysModule } from '../holidays/holidays.module';
import { RecruitmentModule } from '../recruitment/recruitment.module';
import { AssignmentsRepository } from './assignments.repository';
import { CalendarService } from './calendar.service';
import { CalendarFeedEntity } from './entities/calendar-feed.entity';
import { IdempotencyRecordEntity } from './entities/idempotency-record.entity';
import { PositionEntity } from './entities/position.entity';
import { ShiftAssignmentEntity } from './entities/shift-assignment.entity';
import { ShiftPolicyEntity } from './entities/shift-policy.entity';
import { ShiftTemplateEntity } from './entities/shift-template.entity';
import { ShiftEntity } from './entities/shift.entity';
import { SwapOfferEntity } from './entities/swap-offer.entity';
import { RemindersService } from './reminders.service';
import { RosterRunEntity } from './entities/roster-run.entity';
import { StaffingPoolRepository } from './staffing-pool.repository';
import { EventSetupController } from './event-setup.controller';
import { EventSetupService } from './event-setup.service';
import { RosterRunsController } from './roster-runs.controller';
import { RosterRunsRepository } from './roster-runs.repository';
import { RosterRunsService } from './roster-runs.service';
import { RosterSolverRunner } from './roster-solver.runner';
import { RosteringEligibilityService } from './rostering-eligibility.service';
import { RosteringNotifier } from './rostering-notifier';
import { ShiftsController } from './shifts.controller';
import { ShiftsRepository } from './shifts.repository';
import { ShiftsService } from './shifts.service';
import { SignupService } from './signup.service';
import { SwapViewsService } from './swap-views.service';
import { VolunteerShiftsController } from './volunteer-shifts.controller';
import { VolunteerShiftsService } from './volunteer-shifts.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      PositionEntity, ShiftPolicyEntity, ShiftTemplateEntity, ShiftEntity, ShiftAssignmentEntity, SwapOfferEntity, CalendarFeedEntity,
      IdempotencyRecordEntity, RosterRunEntity,
    ]),
    AuditModule,
    HolidaysModule,
    RecruitmentModule,
  ],
  controllers: [ShiftsController, VolunteerShiftsController, RosterRunsController, EventSetupController],
  providers: [
    ShiftsRepository, AssignmentsRepository, RosteringEligibilityService, RosteringNotifier, SignupService, ShiftsService, VolunteerShiftsService,
    CalendarService, RemindersService, RosterRunsRepository, RosterRunsService, RosterSolverRunner, SwapViewsService,
    StaffingPoolRepository, EventSetupService,
  ],
  exports: [ShiftsService, SignupService, RosterRunsService],
})
// Non-working days moved to the holidays module (computed by the Labour Code + admins' overrides).
export class RosteringModule {}
