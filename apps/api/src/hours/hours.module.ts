import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HourEntryChangeEntity } from './entities/hour-entry-change.entity';
import { HourEntryEntity } from './entities/hour-entry.entity';
import { MonthlyHoursEntity } from './entities/monthly-hours.entity';
import { VolunteerMilestoneEntity } from './entities/volunteer-milestone.entity';
import { HoursLedgerRepository } from './hours-ledger.repository';
import { HoursLedgerService } from './hours-ledger.service';
import { HourEntriesRepository } from './hour-entries.repository';
import { HourEntriesService } from './hour-entries.service';
import { HoursNotifier } from './hours-notifier';
import { HourEntriesController, MyHoursController } from './hours.controller';
import { MyHoursService } from './my-hours.service';

/** The hours ledger: its one writer (HoursLedgerService, used by attendance), approvals, manual entries, "My hours". */
@Module({
  imports: [TypeOrmModule.forFeature([HourEntryEntity, HourEntryChangeEntity, MonthlyHoursEntity, VolunteerMilestoneEntity])],
  controllers: [HourEntriesController, MyHoursController],
  providers: [HoursLedgerRepository, HoursLedgerService, HourEntriesRepository, HourEntriesService, MyHoursService, HoursNotifier],
  exports: [HoursLedgerService],
})
export class HoursModule {}
