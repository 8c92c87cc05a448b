import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { VolunteerEntity } from '../../people/entities/volunteer.entity';

/**
 * A volunteer's 6-digit kiosk PIN, as an HMAC-SHA-256 with a server key: a kiosk check-in must answer
 * in milliseconds (argon2 would cost ~50 ms each at a shift change), and without the key a copy of the
 * table does not give the PINs away. Guessing is stopped by rate limits per kiosk and per volunteer.
 */
@Entity('volunteer_pins')
export class VolunteerPinEntity {
  @PrimaryColumn('uuid')
  volunteerId!: string;

  @OneToOne(() => VolunteerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'volunteer_id' })
  volunteer!: Relation<VolunteerEntity>;

  @Column({ type: 'varchar', length: 64 })
  pinHash!: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
