import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PeopleModule } from '../people/people.module';
import { UsersModule } from '../users/users.module';
import { ApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';
import { ApplyService } from './apply.service';
import { ApplicationCenterEntity } from './entities/application-center.entity';
import { ApplicationScoreEntity } from './entities/application-score.entity';
import { ApplicationTransitionEntity } from './entities/application-transition.entity';
import { ApplicationEntity } from './entities/application.entity';
import { ConsentRecordEntity } from './entities/consent-record.entity';
import { IntakeCenterEntity } from './entities/intake-center.entity';
import { IntakeConsentVersionEntity } from './entities/intake-consent-version.entity';
import { IntakeEntity } from './entities/intake.entity';
import { InterviewSlotEntity } from './entities/interview-slot.entity';
import { EventIntakesController, PublicEventIntakesController } from './event-intakes.controller';
import { EventIntakesService } from './event-intakes.service';
import { IntakesController, InterviewSlotsController } from './intakes.controller';
import { IntakesService } from './intakes.service';
import { InterviewMail } from './interview-mail';
import { PublicRateLimitGuard } from './public-rate-limit.guard';
import { PublicRecruitmentController } from './public-recruitment.controller';
import { RecruitmentRepository } from './recruitment.repository';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      IntakeEntity, IntakeCenterEntity, IntakeConsentVersionEntity, ApplicationEntity, ApplicationCenterEntity, ApplicationTransitionEntity,
      ApplicationScoreEntity, ConsentRecordEntity, InterviewSlotEntity,
    ]),
    UsersModule,
    PeopleModule,
  ],
  controllers: [PublicRecruitmentController, PublicEventIntakesController, IntakesController, InterviewSlotsController, ApplicationsController, EventIntakesController],
  providers: [RecruitmentRepository, ApplyService, IntakesService, EventIntakesService, ApplicationsService, InterviewMail, PublicRateLimitGuard],
  exports: [ApplicationsService],
})
export class RecruitmentModule {}
