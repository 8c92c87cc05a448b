import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A year whose list an admin checked against the Cabinet's published decision (the page warns until then). */
@Entity('calendar_years')
export class CalendarYearEntity {
  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ type: 'boolean', default: false })
  confirmed!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  confirmedById!: string | null;
}
