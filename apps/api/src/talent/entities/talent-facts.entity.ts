import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One row per alumnus: every fact the talent pool filters and sorts by, so that any filter combination over
 * 50,000 alumni is one scan of one narrow table (docs/talent-pool.md). It is derived, never written by hand:
 * triggers on the source tables (hours roll-up, assignments, certificates, volunteers, alumni profiles,
 * job-pool consents, ratings) put the person's id into `talent_facts_dirty`, and the pool refreshes those
 * rows before it reads — so a read never sees a stale row, and a write pays only one tiny insert.
 * The arrays are searched with GIN indexes created in the migration (`synchronize: false` keeps TypeORM off them).
 */
@Entity('talent_facts')
@Index('talent_facts_language_tokens_idx', { synchronize: false })
@Index('talent_facts_center_ids_idx', { synchronize: false })
@Index('talent_facts_position_codes_idx', { synchronize: false })
@Index('talent_facts_certificate_types_idx', { synchronize: false })
@Index('talent_facts_pool_hours_idx', { synchronize: false })
@Index('talent_facts_window_idx', { synchronize: false })
@Index('talent_facts_pool_fit_idx', { synchronize: false })
@Index('talent_facts_pool_hours12m_idx', { synchronize: false })
@Index('talent_facts_name_trgm_idx', { synchronize: false })
export class TalentFactsEntity {
  @PrimaryColumn('uuid') volunteerId!: string;

  @Column({ type: 'varchar', length: 200 }) fullName!: string;
  /** A live job-pool consent: only then is the person in the pool. */
  @Column({ type: 'boolean' }) consent!: boolean;
  @Column({ type: 'timestamptz' }) alumniSince!: Date;

  @Column({ type: 'int' }) approvedMinutes!: number;
  /** Approved minutes in the 12 calendar months from `windowFrom` (Baku) through the current one. */
  @Column({ type: 'int' }) minutes12m!: number;
  @Column({ type: 'date' }) windowFrom!: string;

  /** Completed assignments and no-shows: reliability() of @dost/domain is attended ÷ (attended + noShows). */
  @Column({ type: 'int' }) attended!: number;
  @Column({ type: 'int' }) noShows!: number;

  @Column({ type: 'int' }) ratingCount!: number;
  /** Mean of each rating's mean of its four criteria (1–5), null without ratings. */
  @Column({ type: 'double precision', nullable: true }) ratingAvg!: number | null;
  @Column({ type: 'double precision', nullable: true }) punctualityAvg!: number | null;
  @Column({ type: 'double precision', nullable: true }) communicationAvg!: number | null;
  @Column({ type: 'double precision', nullable: true }) serviceAvg!: number | null;
  @Column({ type: 'double precision', nullable: true }) teamworkAvg!: number | null;

  /** `languageTokens()` of @dost/domain: 'en:B2' = English at B2 or above. */
  @Column({ type: 'text', array: true }) languageTokens!: string[];
  /** Centers with approved hours. */
  @Column({ type: 'uuid', array: true }) centerIds!: string[];
  /** Codes of positions of completed assignments. */
  @Column({ type: 'text', array: true }) positionCodes!: string[];
  /** Type codes of valid certificates. */
  @Column({ type: 'text', array: true }) certificateTypes!: string[];
  @Column({ type: 'int' }) validCertificates!: number;

  @Column({ type: 'varchar', length: 30, nullable: true }) educationLevel!: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) fieldOfStudy!: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) region!: string | null;
  @Column({ type: 'varchar', length: 20 }) availabilityKind!: string;

  /** The fit score with the default weights and no vacancy (the pool's default sort), from the same SQL expression. */
  @Column({ type: 'double precision', default: 0 }) fitDefault!: number;

  @Column({ type: 'timestamptz', default: () => 'now()' }) refreshedAt!: Date;
}
