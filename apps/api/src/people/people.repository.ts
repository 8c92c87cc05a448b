import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { whereInScope, type Scope } from '../common/scope';
import { VolunteerEntity } from './entities/volunteer.entity';
import { VolunteerQualificationEntity } from './entities/volunteer-qualification.entity';

@Injectable()
export class PeopleRepository {
  constructor(
    @InjectRepository(VolunteerEntity) private readonly volunteers: Repository<VolunteerEntity>,
    @InjectRepository(VolunteerQualificationEntity) private readonly qualifications: Repository<VolunteerQualificationEntity>,
  ) {}

  findByUserId(userId: string): Promise<VolunteerEntity | null> {
    return this.volunteers.findOne({ where: { userId } });
  }

  /** A volunteer whose home center is in the caller's scope (null otherwise: the caller gets 404). */
  findInCenterScope(id: string, scope: Scope): Promise<VolunteerEntity | null> {
    return whereInScope(this.volunteers.createQueryBuilder('v'), 'v.home_center_id', scope).andWhere('v.id = :id', { id }).getOne();
  }

  qualificationsOf(volunteerIds: readonly string[]): Promise<VolunteerQualificationEntity[]> {
    if (volunteerIds.length === 0) return Promise.resolve([]);
    return this.qualifications.createQueryBuilder('q').where('q.volunteer_id IN (:...ids)', { ids: [...volunteerIds] }).getMany();
  }
}
