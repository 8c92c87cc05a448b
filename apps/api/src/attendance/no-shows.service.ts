import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AttendanceNotifier } from './attendance-notifier';
import { AttendanceRepository } from './attendance.repository';
import type { Place } from './attendance.types';

/**
 * A no-show and its consequences, in the caller's transaction: the assignment becomes `no_show` (a
 * guarded UPDATE: once), the volunteer's count goes up, and reaching the place's limit blocks self
 * sign-up with a mail saying why and that a coordinator can lift it.
 */
@Injectable()
export class NoShowsService {
  constructor(
    private readonly repo: AttendanceRepository,
    private readonly notifier: AttendanceNotifier,
  ) {}

  /** False when the assignment was not `assigned` any more (another run, a check-in, a cancellation). */
  async markNoShow(em: EntityManager, assignmentId: string, volunteerId: string, place: Place): Promise<boolean> {
    if (!(await this.repo.moveAssignment(em, assignmentId, ['assigned'], 'no_show'))) return false;
    // The UPDATE holds the assignment's lock, so a check-in committed before it is visible here.
    if (await this.repo.attendanceByAssignment(em, assignmentId)) {
      await this.repo.moveAssignment(em, assignmentId, ['no_show'], 'assigned');
      return false;
    }
    const v = await this.repo.volunteer(volunteerId, em, true);
    if (!v) return true;
    const { noShowCount, signupBlocked } = await this.repo.noShowCount(em, volunteerId, 1);
    const { noShowLimit } = await this.repo.policy(place, em);
    if (noShowLimit != null && noShowCount >= noShowLimit && !signupBlocked) {
      await this.repo.setSignupBlock(em, volunteerId, true, false);
      const name = await this.repo.placeName(place, em);
      await this.notifier.signupBlocked(em, v, noShowCount, name?.[v.locale] ?? '');
    }
    return true;
  }

  /** A no-show taken back (corrected by staff): the count goes down, and a block it caused is lifted. */
  async unmarkNoShow(em: EntityManager, volunteerId: string, place: Place): Promise<void> {
    const v = await this.repo.volunteer(volunteerId, em, true);
    if (!v) return;
    const { noShowCount, signupBlocked } = await this.repo.noShowCount(em, volunteerId, -1);
    const { noShowLimit } = await this.repo.policy(place, em);
    if (signupBlocked && noShowLimit != null && noShowCount < noShowLimit) {
      await this.repo.setSignupBlock(em, volunteerId, false, false);
      await this.notifier.signupUnblocked(em, v);
    }
  }
}
