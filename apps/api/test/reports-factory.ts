import type { HourCategory } from '@dost/domain';
import { HoursLedgerService } from '../src/hours/hours-ledger.service';
import { ShiftAssignmentEntity } from '../src/rostering/entities/shift-assignment.entity';
import type { PositionEntity } from '../src/rostering/entities/position.entity';
import { ShiftEntity } from '../src/rostering/entities/shift.entity';
import type { TestApp } from './test-app';

export interface LedgerRow {
  volunteerId: string;
  centerId?: string;
  eventId?: string;
  workDate: string;
  minutes: number;
  /** What becomes of the entry: approved, rejected, left pending, or approved and then corrected to `correctedTo`. */
  fate: 'approved' | 'rejected' | 'pending' | 'corrected';
  correctedTo?: number;
  category?: HourCategory;
}

/** Report fixtures: ledger rows written through HoursLedgerService (so totals and the roll-up are real), shifts, assignments, onboardings. */
export class ReportsFactory {
  constructor(private readonly t: TestApp) {}

  async ledger(rows: LedgerRow[], actorId: string, now = new Date('2029-06-01T12:00:00+04:00')): Promise<void> {
    const ledger = this.t.app.get(HoursLedgerService);
    for (const r of rows) {
      await ledger.transaction(async (em) => {
        const entry = await ledger.addManual(em, {
          volunteerId: r.volunteerId, centerId: r.centerId ?? null, eventId: r.eventId ?? null, workDate: r.workDate, minutes: r.minutes,
          category: r.category ?? 'training', note: 'report fixture', createdBy: actorId,
        });
        if (r.fate === 'pending') return;
        await ledger.decide(em, [entry.id], r.fate === 'rejected' ? 'rejected' : 'approved', actorId, r.fate === 'rejected' ? 'not served' : null, now);
        if (r.fate === 'corrected') await ledger.correct(em, entry.id, r.correctedTo!, actorId, 'wrong minutes', now);
      });
    }
  }

  /** A published (or other) shift with `filled` places taken and the assignments' fates given. */
  async shift(position: PositionEntity, startsAt: string, hours: number, slots: number, filled: number, values: Partial<ShiftEntity> = {}): Promise<ShiftEntity> {
    const start = new Date(startsAt);
    return this.t.db.getRepository(ShiftEntity).save({
      centerId: position.centerId, eventId: position.eventId, positionId: position.id, startsAt: start, endsAt: new Date(start.getTime() + hours * 3_600_000),
      slots, assignedCount: filled, visibility: 'open' as const, status: 'published' as const, ...values,
    });
  }

  async assignments(shift: ShiftEntity, fates: { volunteerId: string; status: ShiftAssignmentEntity['status'] }[]): Promise<void> {
    if (!fates.length) return;
    await this.t.db.getRepository(ShiftAssignmentEntity).insert(fates.map((f) => ({ shiftId: shift.id, volunteerId: f.volunteerId, status: f.status, source: 'coordinator' as const })));
  }

  /** An application of `volunteerId` moved to onboarded at `at`, with `homeCenterId` as its home center. */
  async onboarded(volunteerId: string, homeCenterId: string, at: string): Promise<void> {
    const [intake] = await this.t.db.query(
      `INSERT INTO intakes (name_az, name_en, name_ru, status, opens_on, closes_on, capacity) VALUES ('Qəbul', 'Intake', 'Набор', 'closed', '2028-01-01', '2028-02-01', 10) RETURNING id`,
    );
    const [app] = await this.t.db.query(
      `INSERT INTO applications (intake_id, volunteer_id, status, locale, full_name, email, phone, birth_date, education, motivation, home_center_id)
       VALUES ($1, $2, 'onboarded', 'az', 'Test', 'x@test.dost.local', '+994501234567', '2000-01-01', '{}', '-', $3) RETURNING id`,
      [intake.id, volunteerId, homeCenterId],
    );
    await this.t.db.query(`INSERT INTO application_transitions (application_id, from_status, to_status, actor_name, at) VALUES ($1, 'accepted', 'onboarded', 'Test', $2)`, [app.id, at]);
  }
}
