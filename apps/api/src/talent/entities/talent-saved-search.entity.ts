import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';

/** A talent-pool search an HR user saved under a name: the query's filters as given. Private to that user. */
@Entity('talent_saved_searches')
@Index('talent_saved_searches_user_idx', ['userId', 'name'])
export class TalentSavedSearchEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column('uuid') userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 100 }) name!: string;
  @Column({ type: 'jsonb', default: () => `'{}'` }) filters!: Record<string, string | number>;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
