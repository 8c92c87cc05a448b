import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { VolunteerEntity } from '../../people/entities/volunteer.entity';

/**
 * Approved minutes per month, place and volunteer: the reports' roll-up, kept in the same transaction as
 * every ledger change, so a national 12-month report reads thousands of rows instead of millions.
 * It is `monthlyHours` of @dost/domain stored; an integration test proves it equals the ledger.
 */
@Entity('monthly_hours')
@Check('monthly_hours_owner_kind_check', `"owner_kind" IN ('center', 'event')`)
@Check('monthly_hours_minutes_check', `"approved_minutes" >= 0`)
@Index('monthly_hours_owner_idx', ['ownerId', 'month'])
// One person's months (the talent pool's facts: hours in the last 12 months, centers served).
@Index('monthly_hours_volunteer_idx', ['volunteerId', 'month'])
// The network's event hours (national report) without scanning the centers' rows.
@Index('monthly_hours_event_month_idx', ['month'], { where: `"owner_kind" = 'event'` })
export class MonthlyHoursEntity {
  /** The first day of the month. */
  @PrimaryColumn({ type: 'date' })
  month!: string;

  /** The center's or event's id. */
  @PrimaryColumn('uuid')
  ownerId!: string;

  @PrimaryColumn('uuid')
  volunteerId!: string;

  @ManyToOne(() => VolunteerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'volunteer_id' })
  volunteer!: Relation<VolunteerEntity>;

  @Column({ type: 'varchar', length: 10 })
  ownerKind!: 'center' | 'event';

  @Column({ type: 'int', default: 0 })
  approvedMinutes!: number;
}
