import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PeopleModule } from '../people/people.module';
import { AlumniController, MyCareerController, RatingsController } from './alumni.controller';
import { AlumniRepository } from './alumni.repository';
import { AlumniService } from './alumni.service';
import { CareerProfileService } from './career-profile.service';
import { CvStorage } from './cv-storage';
import { AlumniProfileEntity } from './entities/alumni-profile.entity';
import { JobPoolConsentVersionEntity } from './entities/job-pool-consent-version.entity';
import { JobPoolConsentEntity } from './entities/job-pool-consent.entity';
import { VolunteerRatingEntity } from './entities/volunteer-rating.entity';
import { RatingsService } from './ratings.service';
import './alumni.messages';

/**
 * Alumni (docs/alumni.md): becoming alumni (a programme-completion certificate or a coordinator's decision), the
 * career profile, the job-pool consent ledger, the CV file, coordinator feedback. `AlumniService` is exported:
 * the certificate issuer calls `becomeAlumniIn` in its transaction; the talent pool and vacancies call
 * `isInPool` (or use `inPoolSql` from alumni.repository.ts in their own SQL).
 */
@Module({
  imports: [TypeOrmModule.forFeature([AlumniProfileEntity, JobPoolConsentVersionEntity, JobPoolConsentEntity, VolunteerRatingEntity]), PeopleModule],
  controllers: [MyCareerController, AlumniController, RatingsController],
  providers: [AlumniRepository, AlumniService, CareerProfileService, RatingsService, CvStorage],
  exports: [AlumniService, AlumniRepository],
})
export class AlumniModule {}
