import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn, type Relation } from 'typeorm';
import { EventEntity } from '../../organisation/entities/event.entity';

/** Which guests a zone admits: none of them, VIP guests only, or every guest of the event. */
export const GUEST_ACCESS = ['none', 'vip', 'all'] as const;
export type GuestAccess = (typeof GUEST_ACCESS)[number];

/**
 * An access zone of an event (docs/accreditation.md): "Plenar zal" red, "VIP" gold, "Media" blue. Volunteers get a
 * zone through their position on the day (event_zone_positions); guests through `guestAccess`.
 */
@Entity('event_zones')
@Unique('event_zones_event_name_key', ['eventId', 'nameAz'])
@Check('event_zones_color_check', `"color" ~ '^#[0-9A-F]{6}$'`)
@Check('event_zones_guest_access_check', `"guest_access" IN ('none', 'vip', 'all')`)
export class EventZoneEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Index('event_zones_event_idx')
  @Column('uuid') eventId!: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event!: Relation<EventEntity>;

  @Column({ type: 'varchar', length: 100 }) nameAz!: string;
  @Column({ type: 'varchar', length: 100 }) nameEn!: string;
  @Column({ type: 'varchar', length: 100 }) nameRu!: string;
  /** #RRGGBB, upper case: the band printed on the badge. */
  @Column({ type: 'char', length: 7 }) color!: string;
  @Column({ type: 'varchar', length: 10, default: 'none' }) guestAccess!: GuestAccess;
  @Column({ type: 'int', default: 0 }) sortOrder!: number;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
