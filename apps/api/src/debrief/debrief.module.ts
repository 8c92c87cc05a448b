import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DebriefController, MyEventFeedbackController } from './debrief.controller';
import { DebriefMailerService } from './debrief-mailer.service';
import { DebriefRepository } from './debrief.repository';
import { DebriefService } from './debrief.service';
import { EventFeedbackMailingEntity } from './entities/event-feedback-mailing.entity';
import { EventFeedbackResponseEntity } from './entities/event-feedback-response.entity';
import { EventFeedbackEntity } from './entities/event-feedback.entity';

/** Issue 15's debrief: the feedback form after an event, its invitation mail, and the organiser's results. */
@Module({
  imports: [TypeOrmModule.forFeature([EventFeedbackEntity, EventFeedbackResponseEntity, EventFeedbackMailingEntity])],
  controllers: [DebriefController, MyEventFeedbackController],
  providers: [DebriefRepository, DebriefService, DebriefMailerService],
  exports: [DebriefMailerService],
})
export class DebriefModule {}
