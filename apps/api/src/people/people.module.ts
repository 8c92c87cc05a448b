import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { VolunteerEntity } from './entities/volunteer.entity';
import { VolunteerQualificationEntity } from './entities/volunteer-qualification.entity';
import { PeopleRepository } from './people.repository';
import { PeopleService } from './people.service';
import { VolunteerNoteEntity } from './entities/volunteer-note.entity';
import { VolunteerStatusChangeEntity } from './entities/volunteer-status-change.entity';
import { VolunteerDirectoryRepository } from './volunteer-directory.repository';
import { VolunteerDirectoryService } from './volunteer-directory.service';
import { VolunteerProfileService } from './volunteer-profile.service';
import { VolunteerStatusService } from './volunteer-status.service';
import { VolunteersController } from './volunteers.controller';

@Module({
  imports: [TypeOrmModule.forFeature([VolunteerEntity, VolunteerQualificationEntity, VolunteerStatusChangeEntity, VolunteerNoteEntity])],
  controllers: [VolunteersController],
  providers: [PeopleRepository, PeopleService, VolunteerStatusService, VolunteerDirectoryRepository, VolunteerDirectoryService, VolunteerProfileService],
  exports: [PeopleService, VolunteerStatusService],
})
export class PeopleModule {}
