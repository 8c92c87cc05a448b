import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { CenterKind } from '../organisation.types';

@Entity('centers')
@Check('centers_kind_check', `"kind" IN ('national_center', 'regional_center', 'district_branch', 'smart_point')`)
export class CenterEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('centers_code_key', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: CenterKind;

  @Column({ type: 'varchar', length: 100 })
  region!: string;

  /** The center above this one in the network (null: a root). Kinds and cycles are checked by @dost/domain parentProblem. */
  @Index('centers_parent_idx')
  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  // A parent's deletion leaves its children as roots (re-hung by an admin) rather than deleting them.
  @ManyToOne(() => CenterEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent?: Relation<CenterEntity> | null;

  @Column({ type: 'varchar', length: 200 })
  nameAz!: string;

  @Column({ type: 'varchar', length: 200 })
  nameEn!: string;

  @Column({ type: 'varchar', length: 200 })
  nameRu!: string;

  @Column({ type: 'varchar', length: 300 })
  address!: string;

  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  openingHours!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** Invented for the demo (not an official fact about the agency). */
  @Column({ type: 'boolean', default: false })
  demo!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
