import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PeopleModule } from '../people/people.module';
import { UsersModule } from '../users/users.module';
import { CandidateInterviewEntity } from './entities/candidate-interview.entity';
import { CandidateNoteEntity } from './entities/candidate-note.entity';
import { CandidateStageChangeEntity } from './entities/candidate-stage-change.entity';
import { CandidateEntity } from './entities/candidate.entity';
import { VacancyEntity } from './entities/vacancy.entity';
import { HiringDashboardService } from './hiring-dashboard.service';
import { HiringMail } from './hiring-mail';
import { CandidatesController, HiringDashboardController, MyVacanciesController, VacanciesController } from './hiring.controller';
import { HiringRepository } from './hiring.repository';
import { HiringService } from './hiring.service';
import './hiring.messages';

/** Vacancies, the hiring pipeline, the alumnus's applications and HR's pipeline dashboard (docs/hiring.md). */
@Module({
  imports: [TypeOrmModule.forFeature([VacancyEntity, CandidateEntity, CandidateStageChangeEntity, CandidateNoteEntity, CandidateInterviewEntity]), PeopleModule, UsersModule],
  controllers: [VacanciesController, CandidatesController, HiringDashboardController, MyVacanciesController],
  providers: [HiringRepository, HiringService, HiringDashboardService, HiringMail],
})
export class HiringModule {}
