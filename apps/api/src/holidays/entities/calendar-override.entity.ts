import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * An admin's correction of the computed calendar (@dost/domain azPublicHolidays) for one date: `add` a
 * day off a decree gives (or a closure), `remove` a computed day that is worked after all.
 */
@Entity('calendar_overrides')
@Check('calendar_overrides_action_check', `"action" IN ('add', 'remove')`)
@Check('calendar_overrides_kind_check', `"kind" IS NULL OR "kind" IN ('holiday', 'transferred', 'closure')`)
export class CalendarOverrideEntity {
  @PrimaryColumn({ type: 'date' })
  date!: string;

  @Column({ type: 'varchar', length: 10 })
  action!: 'add' | 'remove';

  @Column({ type: 'varchar', length: 20, nullable: true })
  kind!: 'holiday' | 'transferred' | 'closure' | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  nameAz!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  nameEn!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  nameRu!: string | null;

  /** Why (e.g. the decree's number and date). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @Column({ type: 'uuid', nullable: true })
  updatedById!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
