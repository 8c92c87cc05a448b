import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The per-year serial counter. Taken with `INSERT … ON CONFLICT (year) DO UPDATE SET last = last + 1
 * RETURNING last` inside the issuing transaction: the row lock orders concurrent issuers, and a rollback
 * gives the number back, so serials have no gaps.
 */
@Entity('certificate_serials')
@Check('certificate_serials_last_check', `"last" BETWEEN 0 AND 999999`)
export class CertificateSerialEntity {
  @PrimaryColumn({ type: 'int' }) year!: number;
  @Column({ type: 'int' }) last!: number;
}
