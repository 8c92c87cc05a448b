import { bakuDateOf } from '@dost/domain';
import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../common/auth-user';
import type { Scope } from '../common/scope';
import { QualificationsService } from '../qualifications/qualifications.service';
import { WorkToDoRepository } from './work-to-do.repository';

export const WORK_KINDS = ['centerGaps', 'eventGaps', 'swapApprovals', 'hoursToApprove', 'newApplications', 'expiringQualifications'] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

export interface WorkItem {
  kind: WorkKind;
  count: number;
  /** Shifts behind a gap count (the count itself is places left). */
  shifts?: number;
  /** The console route (hash path) of the screen that resolves it. */
  link: string;
}

const WEEK_MS = 7 * 86_400_000;

/**
 * "Work to do" on a staff member's dashboard: one count per kind of pending work, each with the screen that
 * resolves it. A coordinator: their centers; an organiser: their events; an admin: everything. (HR's dashboard is
 * the hiring pipeline.)
 */
@Injectable()
export class WorkToDoService {
  constructor(
    private readonly repo: WorkToDoRepository,
    private readonly qualifications: QualificationsService,
  ) {}

  async forActor(actor: AuthUser, now = new Date()): Promise<{ items: WorkItem[] }> {
    const admin = actor.roles.includes('admin');
    const coordinator = admin || actor.roles.includes('coordinator');
    const organizer = admin || actor.roles.includes('organizer');
    const centers: Scope = admin ? 'all' : coordinator ? actor.centerIds : [];
    const events: Scope = admin ? 'all' : organizer ? actor.eventIds : [];
    const until = new Date(now.getTime() + WEEK_MS);
    const firstCenter = !admin && actor.centerIds.length ? `?center=${actor.centerIds[0]}` : '';
    const firstEvent = !admin && actor.eventIds.length ? `?event=${actor.eventIds[0]}` : '';
    const items: WorkItem[] = [];
    if (coordinator) {
      const g = await this.repo.gaps('center', centers, now, until);
      // The week that holds the first gap (on a Sunday the gaps are all next week), at its center.
      const link = g.first ? `/rostering/week?center=${g.first.placeId}&start=${bakuDateOf(g.first.startsAt.getTime())}` : `/rostering/week${firstCenter}`;
      items.push({ kind: 'centerGaps', count: g.places, shifts: g.shifts, link });
    }
    if (organizer) {
      const g = await this.repo.gaps('event', events, now, until);
      items.push({ kind: 'eventGaps', count: g.places, shifts: g.shifts, link: g.first ? `/rostering/role-board?event=${g.first.placeId}` : `/rostering/role-board${firstEvent}` });
    }
    items.push({ kind: 'swapApprovals', count: await this.repo.pendingSwaps(centers, events), link: '/rostering/swap-approvals' });
    if (coordinator) {
      items.push({ kind: 'hoursToApprove', count: await this.repo.pendingHours(centers, events), link: '/hour-entries' });
      items.push({ kind: 'newApplications', count: await this.repo.newApplications(centers), link: '/applications' });
      items.push({ kind: 'expiringQualifications', count: await this.qualifications.countExpiring(centers), link: '/qualifications/expiring' });
    } else if (organizer) {
      items.push({ kind: 'hoursToApprove', count: await this.repo.pendingHours([], events), link: '/hour-entries' });
    }
    return { items };
  }
}
