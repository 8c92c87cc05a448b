import { randomUUID } from 'node:crypto';
import type { TestApp } from './test-app';
import { VolunteerEntity } from '../src/people/entities/volunteer.entity';

/** Volunteers (and, when the rostering tables exist, shifts with assignments) for messaging tests. */
export class MessagingFactory {
  constructor(private readonly t: TestApp) {}

  async volunteer(values: Partial<VolunteerEntity> = {}): Promise<VolunteerEntity> {
    const id = randomUUID();
    return this.t.db.getRepository(VolunteerEntity).save({
      fullName: `Könüllü ${id.slice(0, 6)}`, email: `v-${id}@test.dost.local`, locale: 'az', status: 'active', demo: false, ...values,
    });
  }

  async hasRostering(): Promise<boolean> {
    const [row] = await this.t.db.query(`SELECT to_regclass('public.shift_assignments') IS NOT NULL AS present`);
    return row.present;
  }

  /** A position and a shift of a center or an event, with these volunteers assigned. */
  async shiftWith(owner: { centerId?: string; eventId?: string }, volunteerIds: string[], startsAt = new Date(Date.now() + 86_400_000)): Promise<{ shiftId: string; positionId: string }> {
    const [position] = await this.t.db.query(
      `INSERT INTO positions (center_id, event_id, code, name_az, name_en, name_ru) VALUES ($1, $2, $3, 'Qarşılama', 'Greeting', 'Встреча') RETURNING id`,
      [owner.centerId ?? null, owner.eventId ?? null, `greet-${randomUUID().slice(0, 8)}`],
    );
    const [shift] = await this.t.db.query(
      `INSERT INTO shifts (center_id, event_id, position_id, starts_at, ends_at, slots, assigned_count) VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`,
      [owner.centerId ?? null, owner.eventId ?? null, position.id, startsAt, new Date(startsAt.getTime() + 4 * 3_600_000), Math.max(1, volunteerIds.length)],
    );
    for (const v of volunteerIds) {
      await this.t.db.query(`INSERT INTO shift_assignments (shift_id, volunteer_id, status, source) VALUES ($1, $2, 'assigned', 'coordinator')`, [shift.id, v]);
    }
    return { shiftId: shift.id, positionId: position.id };
  }
}
