import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { VolunteerEntity } from './volunteer.entity';

/** A qualification a volunteer holds (first aid, protocol training…), possibly expiring. */
@Entity('volunteer_qualifications')
@Index('volunteer_qualifications_key', ['volunteerId', 'code'], { unique: true })
export class VolunteerQualificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  volunteerId!: string;

  @ManyToOne(() => VolunteerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'volunteer_id' })
  volunteer!: Relation<VolunteerEntity>;

  @Column({ type: 'varchar', length: 60 })
  code!: string;

  @Column({ type: 'date', nullable: true })
  validUntil!: string | null;
}
