import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QualificationEntity } from './entities/qualification.entity';
import { TrainingSessionEntity } from './entities/training-session.entity';
import { MyQualificationsController, QualificationsController, TrainingSessionsController, VolunteerQualificationsController } from './qualifications.controller';
import { QualificationsRepository } from './qualifications.repository';
import { QualificationsService } from './qualifications.service';

/** Qualifications catalogue, grants, training sessions and expiry reminders (docs/qualifications.md). */
@Module({
  imports: [TypeOrmModule.forFeature([QualificationEntity, TrainingSessionEntity])],
  controllers: [QualificationsController, VolunteerQualificationsController, MyQualificationsController, TrainingSessionsController],
  providers: [QualificationsRepository, QualificationsService],
  exports: [QualificationsService],
})
export class QualificationsModule {}
