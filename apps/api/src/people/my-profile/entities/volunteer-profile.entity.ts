import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { HalfDay } from '@dost/domain';
import { VolunteerEntity } from '../../entities/volunteer.entity';

/**
 * What a volunteer keeps up to date about themselves beyond the person record: weekly availability and an
 * emergency contact. Kept apart from `volunteers` (which recruitment and staff write) so a person's own
 * edits never race a coordinator's.
 */
@Entity('volunteer_profiles')
export class VolunteerProfileEntity {
  @PrimaryColumn('uuid')
  volunteerId!: string;

  @OneToOne(() => VolunteerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'volunteer_id' })
  volunteer!: Relation<VolunteerEntity>;

  /** Half-days of the week, as the application form asks them: `mon-am` … `sun-pm`. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  availability!: HalfDay[];

  @Column({ type: 'varchar', length: 200, nullable: true })
  emergencyContactName!: string | null;

  /** E.164, +994… */
  @Column({ type: 'varchar', length: 16, nullable: true })
  emergencyContactPhone!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
