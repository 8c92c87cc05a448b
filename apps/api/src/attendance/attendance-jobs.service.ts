import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { JobsService } from '../jobs/jobs.service';
import { AttendanceRepository } from './attendance.repository';
import { placeOfRow } from './attendance.types';
import { CheckInService } from './check-in.service';
import { NoShowsService } from './no-shows.service';

export const ATTENDANCE_QUEUE = 'attendance.close-and-no-shows';
const BATCH = 100;
const byVolunteer = (a: { volunteerId: string }, b: { volunteerId: string }) => (a.volunteerId < b.volunteerId ? -1 : a.volunteerId > b.volunteerId ? 1 : 0);
/** Shifts that ended longer ago than this are left alone (imported history, data from before the job existed). */
export const NO_SHOW_LOOKBACK_DAYS = 7;

/**
 * Every 5 minutes: open check-ins past their shift's closing time (end + close grace) are closed at the
 * shift's end and flagged `auto_closed` (their minutes wait for approval; a presence staff recorded is
 * closed unflagged — they vouched for the whole shift); walk-ins still open after 12 hours are closed
 * with no minutes for the coordinator to correct; assignments nobody checked in to become no-shows.
 * Each row in a transaction batch with SKIP LOCKED and guarded updates: a second run, or a replica
 * running the same job, changes nothing twice.
 */
@Injectable()
export class AttendanceJobsService implements OnModuleInit {
  private readonly logger = new Logger('attendance');

  constructor(
    private readonly jobs: JobsService,
    private readonly repo: AttendanceRepository,
    private readonly checkIns: CheckInService,
    private readonly noShows: NoShowsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(ATTENDANCE_QUEUE, async () => {
      await this.runDue(new Date());
    });
    this.jobs.schedule(ATTENDANCE_QUEUE, '*/5 * * * *');
  }

  async runDue(now: Date): Promise<{ closed: number; noShows: number }> {
    let closed = 0;
    let noShows = 0;
    for (let round = 0; round < 100; round += 1) {
      const n = await this.repo.transaction(async (em) => {
        const records = await this.repo.dueOpenRecords(em, now, BATCH);
        // Volunteers are locked in id order (as the ledger does), so two runs at once never deadlock.
        for (const r of [...records].sort(byVolunteer)) {
          const shift = r.shiftId ? await this.repo.shift(r.shiftId, em) : null;
          const byStaff = r.checkInMethod === 'staff';
          const outcome = await this.checkIns.close(em, r, shift, shift ? shift.endsAt : r.checkInAt, {
            method: 'auto', autoClosed: !(byStaff && shift), lateSync: false, vouchedBy: byStaff ? r.recordedBy : null, now,
          });
          if (outcome.result === 'checked_out') closed += 1;
        }
        return records.length;
      });
      if (n < BATCH) break;
    }
    for (let round = 0; round < 100; round += 1) {
      const n = await this.repo.transaction(async (em) => {
        const due = await this.repo.dueNoShows(em, now, NO_SHOW_LOOKBACK_DAYS, BATCH);
        for (const d of [...due].sort(byVolunteer)) if (await this.noShows.markNoShow(em, d.assignmentId, d.volunteerId, placeOfRow(d))) noShows += 1;
        return due.length;
      });
      if (n < BATCH) break;
    }
    if (closed || noShows) this.logger.log(`attendance: ${closed} check-ins closed, ${noShows} no-shows`);
    return { closed, noShows };
  }
}
