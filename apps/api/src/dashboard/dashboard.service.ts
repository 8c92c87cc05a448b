import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../common/auth-user';
import { OrganisationService } from '../organisation/organisation.service';
import { UsersService } from '../users/users.service';

export interface DashboardDto {
  centers: number;
  activeCenters: number;
  events: number;
  upcomingEvents: number;
  /** Only for admins and HR (people counts across the agency); null for scoped roles. */
  users: number | null;
  usersByRole: Record<string, number> | null;
}

@Injectable()
export class DashboardService {
  constructor(
    private readonly organisation: OrganisationService,
    private readonly users: UsersService,
  ) {}

  async summary(actor: AuthUser): Promise<DashboardDto> {
    const agencyWide = actor.roles.includes('admin') || actor.roles.includes('hr');
    const [counts, users, usersByRole] = await Promise.all([
      this.organisation.counts(actor, new Date()),
      agencyWide ? this.users.count() : Promise.resolve(null),
      agencyWide ? this.users.countByRole() : Promise.resolve(null),
    ]);
    return { ...counts, users, usersByRole };
  }
}
