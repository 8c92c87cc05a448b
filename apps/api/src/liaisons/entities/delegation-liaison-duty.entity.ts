import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import type { LiaisonDutyKind } from '@dost/domain';
import { EventDelegationEntity } from '../../event-guests/entities/event-delegation.entity';
import { EventGuestEntity } from '../../event-guests/entities/event-guest.entity';
import { EventEntity } from '../../organisation/entities/event.entity';
import { ShiftEntity } from '../../rostering/entities/shift.entity';

/**
 * A liaison duty (docs/liaisons.md): an ordinary shift of the event, linked to the delegation — or the VIP guest
 * travelling alone — it serves. `dutyKey` ('airport', 'arrival-desk', 'liaison:2026-10-24') is stable, so matching
 * again updates the duty's shift instead of making a second one.
 */
@Entity('delegation_liaison_duties')
@Check('delegation_liaison_duties_owner_check', `("delegation_id" IS NULL) <> ("guest_id" IS NULL)`)
@Check('delegation_liaison_duties_kind_check', `"kind" IN ('liaison', 'airport', 'arrival-desk')`)
@Unique('delegation_liaison_duties_shift_key', ['shiftId'])
@Unique('delegation_liaison_duties_delegation_key', ['delegationId', 'dutyKey'])
@Unique('delegation_liaison_duties_guest_key', ['guestId', 'dutyKey'])
export class DelegationLiaisonDutyEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Index('delegation_liaison_duties_event_idx')
  @Column('uuid') eventId!: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event!: Relation<EventEntity>;

  @Column({ type: 'uuid', nullable: true }) delegationId!: string | null;

  @ManyToOne(() => EventDelegationEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'delegation_id' })
  delegation!: Relation<EventDelegationEntity> | null;

  @Column({ type: 'uuid', nullable: true }) guestId!: string | null;

  @ManyToOne(() => EventGuestEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'guest_id' })
  guest!: Relation<EventGuestEntity> | null;

  @Column('uuid') shiftId!: string;

  @ManyToOne(() => ShiftEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'shift_id' })
  shift!: Relation<ShiftEntity>;

  @Column({ type: 'varchar', length: 20 }) kind!: LiaisonDutyKind;
  @Column({ type: 'varchar', length: 40 }) dutyKey!: string;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
