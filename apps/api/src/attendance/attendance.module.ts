import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HoursModule } from '../hours/hours.module';
import './attendance.messages';
import { AttendanceJobsService } from './attendance-jobs.service';
import { AttendanceNotifier } from './attendance-notifier';
import { AttendanceController } from './attendance.controller';
import { AttendanceRepository } from './attendance.repository';
import { CheckInService } from './check-in.service';
import { AttendanceRecordEntity } from './entities/attendance-record.entity';
import { KioskDeviceEntity } from './entities/kiosk-device.entity';
import { VolunteerPinEntity } from './entities/volunteer-pin.entity';
import { KioskGuard } from './kiosk.guard';
import { KioskSecrets } from './kiosk-secrets';
import { KioskDeviceController, KiosksController } from './kiosks.controller';
import { KiosksService } from './kiosks.service';
import { NoShowsService } from './no-shows.service';
import { StaffAttendanceService } from './staff-attendance.service';

/** Check-in and check-out: kiosks (rotating QR, PIN pad, offline sync), staff marking, no-shows and the closing job. */
@Module({
  imports: [TypeOrmModule.forFeature([KioskDeviceEntity, VolunteerPinEntity, AttendanceRecordEntity]), HoursModule],
  controllers: [KiosksController, KioskDeviceController, AttendanceController],
  providers: [
    AttendanceRepository, KioskSecrets, CheckInService, KiosksService, KioskGuard, NoShowsService, AttendanceNotifier, StaffAttendanceService, AttendanceJobsService,
  ],
  exports: [AttendanceJobsService],
})
export class AttendanceModule {}
