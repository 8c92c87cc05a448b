import { Entity, PrimaryColumn } from 'typeorm';

/** Volunteers whose `talent_facts` row must be rebuilt before the pool is next read (filled by triggers). */
@Entity('talent_facts_dirty')
export class TalentFactsDirtyEntity {
  @PrimaryColumn('uuid') volunteerId!: string;
}
