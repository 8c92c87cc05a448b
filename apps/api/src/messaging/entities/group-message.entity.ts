import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';
import type { SegmentKind } from '../messaging.types';

/** One message a coordinator, organizer or admin wrote to a segment; its deliveries point back here. */
@Entity('group_messages')
@Check('group_messages_segment_kind_check', `"segment_kind" IN ('center', 'event', 'shift', 'position')`)
@Check('group_messages_owner_check', `("center_id" IS NULL) <> ("event_id" IS NULL)`)
@Index('group_messages_created_idx', ['createdAt'])
@Index('group_messages_idempotency_key', ['senderId', 'idempotencyKey'], { unique: true })
export class GroupMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('group_messages_sender_idx')
  @Column({ type: 'uuid', nullable: true })
  senderId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'sender_id' })
  sender!: Relation<UserEntity> | null;

  /** Kept as written: the history still names the sender after their account is gone. */
  @Column({ type: 'varchar', length: 200 })
  senderName!: string;

  @Column({ type: 'varchar', length: 20 })
  segmentKind!: SegmentKind;

  @Column('uuid')
  segmentId!: string;

  /** The segment's center or event: who may read this in the history (scope). */
  @Index('group_messages_center_idx')
  @Column({ type: 'uuid', nullable: true })
  centerId!: string | null;

  @Index('group_messages_event_idx')
  @Column({ type: 'uuid', nullable: true })
  eventId!: string | null;

  /** The place's name in Azerbaijani at the time of sending. */
  @Column({ type: 'varchar', length: 300 })
  segmentLabel!: string;

  @Column({ type: 'varchar', length: 200 })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'int' })
  recipientCount!: number;

  /** The sender's Idempotency-Key: a repeated POST (double click, retry after a timeout) sends nothing twice. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  idempotencyKey!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
