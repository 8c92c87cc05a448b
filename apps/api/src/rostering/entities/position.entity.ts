import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { PositionRequirements } from '@dost/domain';
import { CenterEntity } from '../../organisation/entities/center.entity';
import { EventEntity } from '../../organisation/entities/event.entity';

/** A role at a center (greeter, information desk…) or at an event (protocol, registration desk…). */
@Entity('positions')
@Check('positions_owner_check', `("center_id" IS NULL) <> ("event_id" IS NULL)`)
@Index('positions_center_code_key', ['centerId', 'code'], { unique: true, where: `"center_id" IS NOT NULL` })
@Index('positions_event_code_key', ['eventId', 'code'], { unique: true, where: `"event_id" IS NOT NULL` })
export class PositionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  centerId!: string | null;

  @ManyToOne(() => CenterEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'center_id' })
  center!: Relation<CenterEntity> | null;

  @Column({ type: 'uuid', nullable: true })
  eventId!: string | null;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'event_id' })
  event!: Relation<EventEntity> | null;

  @Column({ type: 'varchar', length: 60 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  nameAz!: string;

  @Column({ type: 'varchar', length: 200 })
  nameEn!: string;

  @Column({ type: 'varchar', length: 200 })
  nameRu!: string;

  /** Languages with minimum CEFR level, qualification codes, minimum age and approved minutes (the domain's shape). */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  requirements!: PositionRequirements;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
