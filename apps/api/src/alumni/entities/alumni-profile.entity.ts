import {
  Check, Column, CreateDateColumn, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn, type Relation,
} from 'typeorm';
import type { AlumniAvailabilityKind, AlumniEducationLevel, AlumniSource } from '@dost/domain';
import { VolunteerEntity } from '../../people/entities/volunteer.entity';

/**
 * One row per alumnus, written when the person becomes alumni (a programme-completion certificate or a coordinator's
 * decision) and kept current by the alumnus. How and when they became alumni stays here (`source`, `reason`,
 * `decidedBy`, `certificateId`) — the record of that status change. Languages and skills are not repeated here: they
 * stay on `volunteers` (languages with CEFR levels, skills) so that rostering and the talent pool read one truth.
 * The CV is a file in `$DATA_DIR/cv` (ALUMNI_CV_DIR): the row keeps only its metadata, never the bytes.
 */
@Entity('alumni_profiles')
@Check('alumni_profiles_source_check', `"source" IN ('certificate', 'coordinator')`)
@Check('alumni_profiles_education_check', `"education_level" IS NULL OR "education_level" IN ('secondary', 'vocational', 'bachelor_student', 'bachelor', 'master_student', 'master', 'doctorate')`)
@Check('alumni_profiles_availability_check', `"availability_kind" IN ('full_time', 'part_time', 'project', 'not_available')`)
@Check('alumni_profiles_cv_check', `("cv_file_name" IS NULL) = ("cv_uploaded_at" IS NULL) AND ("cv_size_bytes" IS NULL OR "cv_size_bytes" > 0)`)
export class AlumniProfileEntity {
  @PrimaryColumn('uuid') volunteerId!: string;

  @OneToOne(() => VolunteerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'volunteer_id' })
  volunteer!: Relation<VolunteerEntity>;

  /** When the person became alumni (the talent pool's "alumni since"). */
  @Index('alumni_profiles_since_idx')
  @Column({ type: 'timestamptz' }) alumniSince!: Date;
  @Column({ type: 'varchar', length: 20 }) source!: AlumniSource;
  /** The coordinator's reason (source = coordinator); null for a certificate. */
  @Column({ type: 'varchar', length: 1000, nullable: true }) reason!: string | null;
  /** The staff user who decided or issued; null when a job issued the certificate. */
  @Column({ type: 'uuid', nullable: true }) decidedBy!: string | null;
  /** The programme-completion certificate that made the person alumni. */
  @Column({ type: 'uuid', nullable: true }) certificateId!: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true }) educationLevel!: AlumniEducationLevel | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) institution!: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) fieldOfStudy!: string | null;
  /** A region or district of Azerbaijan, as the person writes it (e.g. "Bərdə"). */
  @Column({ type: 'varchar', length: 100, nullable: true }) region!: string | null;
  /** Centers the person would like to work at (ids of `centers`; a deleted center simply stops matching). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" }) preferredCenterIds!: string[];
  @Column({ type: 'varchar', length: 20, default: 'not_available' }) availabilityKind!: AlumniAvailabilityKind;
  @Column({ type: 'varchar', length: 500, nullable: true }) availabilityText!: string | null;

  /** The stored file's name inside the CV directory (a random uuid + .pdf, never the uploaded name). */
  @Column({ type: 'varchar', length: 100, nullable: true }) cvFileName!: string | null;
  /** The name the person's file had, for the download's Content-Disposition. */
  @Column({ type: 'varchar', length: 200, nullable: true }) cvOriginalName!: string | null;
  @Column({ type: 'int', nullable: true }) cvSizeBytes!: number | null;
  @Column({ type: 'timestamptz', nullable: true }) cvUploadedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
