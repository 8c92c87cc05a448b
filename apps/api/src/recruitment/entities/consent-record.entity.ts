import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { VolunteerEntity } from '../../people/entities/volunteer.entity';
import { ApplicationEntity } from './application.entity';

/**
 * Consent to the processing of personal data (Law on Personal Data): which exact text version, when given,
 * when withdrawn. Kept per application, so a later version is a new record.
 */
@Entity('consent_records')
export class ConsentRecordEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  /** Set with the application's person, once the e-mail is verified. */
  @Index('consent_records_volunteer_idx')
  @Column('uuid', { nullable: true }) volunteerId!: string | null;

  @ManyToOne(() => VolunteerEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'volunteer_id' })
  volunteer!: Relation<VolunteerEntity> | null;

  @Index('consent_records_application_key', { unique: true })
  @Column('uuid') applicationId!: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application!: Relation<ApplicationEntity>;

  @Column('uuid') consentVersionId!: string;
  @Column({ type: 'int' }) version!: number;
  /** The language the text was shown in. */
  @Column({ type: 'varchar', length: 2 }) locale!: string;
  @CreateDateColumn({ type: 'timestamptz' }) givenAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) withdrawnAt!: Date | null;
}
