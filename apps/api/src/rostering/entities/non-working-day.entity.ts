import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** A day on which templates generate nothing (public holidays, transferred days off). Editable data. */
@Entity('non_working_days')
@Check('non_working_days_kind_check', `"kind" IN ('holiday', 'transferred', 'closure')`)
export class NonWorkingDayEntity {
  @PrimaryColumn({ type: 'date' })
  date!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: 'holiday' | 'transferred' | 'closure';

  @Column({ type: 'varchar', length: 200 })
  nameAz!: string;

  @Column({ type: 'varchar', length: 200 })
  nameEn!: string;

  @Column({ type: 'varchar', length: 200 })
  nameRu!: string;
}
