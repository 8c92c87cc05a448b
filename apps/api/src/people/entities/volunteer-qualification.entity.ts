import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { VolunteerEntity } from './volunteer.entity';

/**
 * A qualification a volunteer holds (first aid, protocol training…), possibly expiring. `code` names an entry of the
 * qualifications catalogue; granted by a coordinator (with evidence) or by a training session (docs/qualifications.md).
 */
@Entity('volunteer_qualifications')
@Index('volunteer_qualifications_key', ['volunteerId', 'code'], { unique: true })
@Index('volunteer_qualifications_valid_until_idx', ['validUntil'])
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

  /** The last valid day (inclusive, Baku), computed from the catalogue's validity when granted; null = no expiry. */
  @Column({ type: 'date', nullable: true })
  validUntil!: string | null;

  /** The day the qualification was earned (training day or the date the coordinator entered). */
  @Column({ type: 'date', nullable: true })
  grantedOn!: string | null;

  /** The user who granted it (null for rows older than the catalogue, or a deleted account). */
  @Column({ type: 'uuid', nullable: true })
  grantedBy!: string | null;

  /** What proves it, in words ("Qırmızı Aypara kursu, sertifikat №…"). */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  evidence!: string | null;

  /** The name of a scanned certificate kept on paper or in the center's files. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  evidenceFileName!: string | null;

  /** Set when a training session granted it. */
  @Column({ type: 'uuid', nullable: true })
  trainingSessionId!: string | null;

  /** The expiry date the volunteer was last reminded of: a renewal (new validUntil) re-arms the reminder. */
  @Column({ type: 'date', nullable: true })
  expiryNoticeFor!: string | null;
}
