import type { CertificateKind, CertificateStatus } from '@dost/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { VolunteerEntity } from '../../people/entities/volunteer.entity';
import { CertificateTypeEntity } from './certificate-type.entity';

export type LocalizedText = { az: string; en: string; ru: string };

/**
 * One issued certificate. Everything printed on it is kept as it was at issue (title, hours, roles, place,
 * signer), so the PDF and the credential rendered later say exactly what was issued. At most one valid
 * certificate of a type per person (partial unique index); a reissue supersedes the old row.
 */
@Entity('certificates')
@Check('certificates_status_check', `"status" IN ('valid', 'revoked', 'superseded')`)
@Check('certificates_place_check', `"place_kind" IS NULL OR "place_kind" IN ('center', 'event')`)
@Check('certificates_revoked_check', `("status" = 'revoked') = ("revoked_at" IS NOT NULL)`)
@Index('certificates_valid_key', ['typeId', 'volunteerId'], { unique: true, where: `"status" = 'valid'` })
@Index('certificates_center_idx', ['centerId', 'issuedAt'])
@Index('certificates_event_idx', ['eventId', 'issuedAt'])
export class CertificateEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  /** KD-<year>-<6 digits>, gap-free per year (certificate_serials). */
  @Index('certificates_serial_key', { unique: true })
  @Column({ type: 'varchar', length: 20 }) serial!: string;

  /** 20 base32 characters; the public verification link's key. */
  @Index('certificates_verification_code_key', { unique: true })
  @Column({ type: 'varchar', length: 20 }) verificationCode!: string;

  @Index('certificates_type_idx')
  @Column('uuid') typeId!: string;

  @ManyToOne(() => CertificateTypeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'type_id' })
  type!: Relation<CertificateTypeEntity>;

  @Index('certificates_volunteer_idx')
  @Column('uuid') volunteerId!: string;

  @ManyToOne(() => VolunteerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'volunteer_id' })
  volunteer!: Relation<VolunteerEntity>;

  /** As on the ID card at issue. */
  @Column({ type: 'varchar', length: 200 }) holderName!: string;
  @Column({ type: 'varchar', length: 20 }) kind!: CertificateKind;
  /** The type's name at issue. */
  @Column({ type: 'jsonb' }) title!: LocalizedText;
  @Column({ type: 'int' }) minutes!: number;
  @Column({ type: 'jsonb', default: () => `'[]'` }) roles!: LocalizedText[];

  /** What the certificate names as its place (null: none printed, e.g. a milestone). */
  @Column({ type: 'varchar', length: 10, nullable: true }) placeKind!: 'center' | 'event' | null;
  @Column({ type: 'jsonb', nullable: true }) placeName!: LocalizedText | null;
  /** Whose staff see it: the type's center, or the holder's home center when the type has no place. */
  @Column({ type: 'uuid', nullable: true }) centerId!: string | null;
  @Column({ type: 'uuid', nullable: true }) eventId!: string | null;

  @Column({ type: 'date', nullable: true }) periodFrom!: string | null;
  @Column({ type: 'date', nullable: true }) periodTo!: string | null;

  /** The signer at issue: { name, title: { az, en, ru } }. */
  @Column({ type: 'jsonb' }) signer!: { name: string; title: LocalizedText };

  @Column({ type: 'timestamptz' }) issuedAt!: Date;
  /** Null: issued automatically. */
  @Column({ type: 'uuid', nullable: true }) issuedBy!: string | null;

  @Column({ type: 'varchar', length: 12, default: 'valid' }) status!: CertificateStatus;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
  /** Never shown publicly. */
  @Column({ type: 'varchar', length: 500, nullable: true }) revokedReason!: string | null;
  @Column({ type: 'uuid', nullable: true }) revokedBy!: string | null;
  @Column({ type: 'uuid', nullable: true }) supersededById!: string | null;
  /** Why it was reissued (the name correction), on the new row. */
  @Column({ type: 'varchar', length: 500, nullable: true }) reissueReason!: string | null;
  @Column({ type: 'boolean', default: false }) demo!: boolean;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
