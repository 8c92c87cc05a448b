import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CenterKind } from '../organisation.types';

@Entity('centers')
@Check('centers_kind_check', `"kind" IN ('regional_center', 'district_branch', 'smart_point')`)
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
