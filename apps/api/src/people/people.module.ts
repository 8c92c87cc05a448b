import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { VolunteerEntity } from './entities/volunteer.entity';
import { VolunteerQualificationEntity } from './entities/volunteer-qualification.entity';
import { PeopleRepository } from './people.repository';
import { PeopleService } from './people.service';

@Module({
  imports: [TypeOrmModule.forFeature([VolunteerEntity, VolunteerQualificationEntity])],
  providers: [PeopleRepository, PeopleService],
  exports: [PeopleService],
})
export class PeopleModule {}
