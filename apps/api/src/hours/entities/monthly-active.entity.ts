import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Network counters for the national report, kept by the ledger's writer in the same transaction as
 * `monthly_hours` (HoursLedgerRepository.applyDeltas). One row per month, scope ('all', 'region:<name>',
 * 'center:<id>'; centers only, events are reported apart) and gap: the volunteers active that month in
 * that scope (approved minutes > 0, `monthlyHours` of @dost/domain) whose previous active month in the
 * scope was `gap` months before (capped at ACTIVE_GAP_CAP, which also stands for "never before"), and
 * their approved minutes there that month.
 *
 * So a month's active volunteers are the sum over its gaps, and the DISTINCT volunteers of a range of
 * months [a, b] (b − a < the cap) are the sum over months m in it of the rows with gap > m − a: each
 * volunteer is counted once, in the first month of the range they were active. The report reads a few
 * thousand rows instead of hashing hundreds of thousands.
 */
@Entity('monthly_active')
export class MonthlyActiveEntity {
  /** The first day of the month. */
  @PrimaryColumn({ type: 'date' })
  month!: string;

  @PrimaryColumn({ type: 'varchar', length: 120 })
  scope!: string;

  @PrimaryColumn({ type: 'smallint' })
  gap!: number;

  @Column({ type: 'int', default: 0 })
  volunteers!: number;

  @Column({ type: 'bigint', default: 0 })
  approvedMinutes!: string;
}
