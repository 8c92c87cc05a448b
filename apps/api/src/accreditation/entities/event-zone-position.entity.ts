import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { PositionEntity } from '../../rostering/entities/position.entity';
import { EventZoneEntity } from './event-zone.entity';

/** A position of the event whose people enter the zone on the days they work it. */
@Entity('event_zone_positions')
@Index('event_zone_positions_position_idx', ['positionId'])
export class EventZonePositionEntity {
  @PrimaryColumn('uuid') zoneId!: string;

  @ManyToOne(() => EventZoneEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'zone_id' })
  zone!: Relation<EventZoneEntity>;

  @PrimaryColumn('uuid') positionId!: string;

  @ManyToOne(() => PositionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'position_id' })
  position!: Relation<PositionEntity>;
}
