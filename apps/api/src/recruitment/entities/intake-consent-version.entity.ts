import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { IntakeEntity } from './intake.entity';

/** The exact consent text of one version: never edited, a change writes the next version. */
@Entity('intake_consent_versions')
@Index('intake_consent_versions_key', ['intakeId', 'version'], { unique: true })
export class IntakeConsentVersionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column('uuid') intakeId!: string;

  @ManyToOne(() => IntakeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'intake_id' })
  intake!: Relation<IntakeEntity>;

  @Column({ type: 'int' }) version!: number;
  @Column({ type: 'text' }) textAz!: string;
  @Column({ type: 'text' }) textEn!: string;
  @Column({ type: 'text' }) textRu!: string;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
