import { Module, OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { RecruitmentModule } from '../recruitment/recruitment.module';
import { AssignmentsRepository } from './assignments.repository';
import { CalendarService } from './calendar.service';
import { CalendarFeedEntity } from './entities/calendar-feed.entity';
import { IdempotencyRecordEntity } from './entities/idempotency-record.entity';
import { NonWorkingDayEntity } from './entities/non-working-day.entity';
import { PositionEntity } from './entities/position.entity';
import { ShiftAssignmentEntity } from './entities/shift-assignment.entity';
import { ShiftPolicyEntity } from './entities/shift-policy.entity';
import { ShiftTemplateEntity } from './entities/shift-template.entity';
import { ShiftEntity } from './entities/shift.entity';
import { SwapOfferEntity } from './entities/swap-offer.entity';
import { RemindersService } from './reminders.service';
import { RosterRunEntity } from './entities/roster-run.entity';
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
      PositionEntity, ShiftPolicyEntity, ShiftTemplateEntity, ShiftEntity, ShiftAssignmentEntity, SwapOfferEntity, NonWorkingDayEntity, CalendarFeedEntity,
      IdempotencyRecordEntity, RosterRunEntity,
    ]),
    AuditModule,
    RecruitmentModule,
  ],
  controllers: [ShiftsController, VolunteerShiftsController, RosterRunsController],
  providers: [
    ShiftsRepository, AssignmentsRepository, RosteringEligibilityService, RosteringNotifier, SignupService, ShiftsService, VolunteerShiftsService,
    CalendarService, RemindersService, RosterRunsRepository, RosterRunsService, RosterSolverRunner, SwapViewsService,
  ],
  exports: [ShiftsService, SignupService],
})
export class RosteringModule implements OnApplicationBootstrap {
  constructor(private readonly shifts: ShiftsService) {}

  /** Azerbaijan's public holidays go into the (then editable) table on the first start. */
  async onApplicationBootstrap(): Promise<void> {
    await this.shifts.seedHolidays();
  }
}
