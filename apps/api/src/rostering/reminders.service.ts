import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { reminderDue, toBakuIso } from '@dost/domain';
import { JobsService } from '../jobs/jobs.service';
import { AssignmentsRepository } from './assignments.repository';
import { RosteringNotifier } from './rostering-notifier';
import { ShiftsRepository } from './shifts.repository';

export const REMINDER_QUEUE = 'rostering.reminders';

/**
 * Reminders 24 h and 2 h before a shift: a cron job scans every 5 minutes for assigned people on
 * published shifts whose reminder is due, enqueues the mail and stamps the assignment in the same
 * transaction. A cancelled shift or assignment simply no longer matches the scan, a moved shift has its
 * stamps reset, and a replica running the same scan skips the rows another one holds.
 */
@Injectable()
export class RemindersService implements OnModuleInit {
  private readonly logger = new Logger('rostering');

  constructor(
    private readonly jobs: JobsService,
    private readonly shifts: ShiftsRepository,
    private readonly assignments: AssignmentsRepository,
    private readonly notifier: RosteringNotifier,
  ) {}

  onModuleInit(): void {
    this.jobs.register(REMINDER_QUEUE, async () => {
      await this.sendDue(new Date());
    });
    this.jobs.schedule(REMINDER_QUEUE, '*/5 * * * *');
  }

  /** Sends what is due at `now`; returns how many reminders were enqueued. */
  async sendDue(now: Date): Promise<number> {
    let total = 0;
    for (let round = 0; round < 50; round += 1) {
      const sent = await this.shifts.transaction(async (em) => {
        const due = await this.assignments.dueReminders(em, now, 200);
        for (const d of due) {
          const kind = reminderDue(toBakuIso(new Date(d.startsAt).getTime()), toBakuIso(now.getTime()), { reminded24h: !!d.reminded24hAt, reminded2h: !!d.reminded2hAt });
          if (!kind) continue;
          const a = await this.assignments.findAssignment(d.id, em);
          const shift = await this.shifts.findShift(d.shiftId, 'any', em);
          const volunteer = a && (await this.assignments.volunteer(a.volunteerId, em));
          if (!shift || !volunteer) continue;
          await this.notifier.reminder(em, { email: volunteer.email, fullName: volunteer.fullName, locale: volunteer.locale, userId: volunteer.userId }, shift);
          // The 2 h reminder also stands for the 24 h one when someone signs up late.
          await this.assignments.setAssignment(em, d.id, kind === '2h' ? { reminded2hAt: now, reminded24hAt: d.reminded24hAt ?? now } : { reminded24hAt: now });
        }
        return due.length;
      });
      total += sent;
      if (sent < 200) break;
    }
    if (total) this.logger.log(`reminders: ${total} checked`);
    return total;
  }
}
