import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../common/auth-user';
import { PeopleRepository } from './people.repository';
import type { VolunteerEntity } from './entities/volunteer.entity';

/**
 * The person records of the programme. Recruitment creates them (applicant → active volunteer);
 * rostering, attendance and certification read them through this service.
 */
@Injectable()
export class PeopleService {
  constructor(private readonly people: PeopleRepository) {}

  /** The volunteer record behind the logged-in user, if any. */
  volunteerOf(user: Pick<AuthUser, 'id'>): Promise<VolunteerEntity | null> {
    return this.people.findByUserId(user.id);
  }
}
