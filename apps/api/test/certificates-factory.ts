import type { HourCategory } from '@dost/domain';
import { CertificateTypeEntity } from '../src/certificates/entities/certificate-type.entity';
import { HoursLedgerService } from '../src/hours/hours-ledger.service';
import type { TestApp } from './test-app';

let counter = 0;

/** Certificate fixtures: types straight into the table, approved hours through the ledger's one writer. */
export class CertificatesFactory {
  constructor(private readonly t: TestApp) {}

  async type(values: Partial<CertificateTypeEntity> & Pick<CertificateTypeEntity, 'kind' | 'rule'>): Promise<CertificateTypeEntity> {
    counter += 1;
    const code = `t-${Date.now().toString(36)}-${counter}`;
    return this.t.db.getRepository(CertificateTypeEntity).save({
      code, nameAz: `Sertifikat ${code}`, nameEn: `Certificate ${code}`, nameRu: `Сертификат ${code}`, autoIssue: false, active: true, ...values,
    });
  }

  /** Approved minutes for a volunteer at a place: one manual entry per element of `minutes`, on `workDate`, approved by `approverId`. */
  async approved(volunteerId: string, place: { centerId?: string; eventId?: string }, minutes: number[], workDate: string, approverId: string, category: HourCategory = 'other'): Promise<void> {
    const ledger = this.t.app.get(HoursLedgerService);
    await ledger.transaction(async (em) => {
      const ids: string[] = [];
      for (const m of minutes) {
        const row = await ledger.addManual(em, {
          volunteerId, centerId: place.centerId ?? null, eventId: place.eventId ?? null, workDate, minutes: m, category, note: 'test', createdBy: approverId,
        });
        ids.push(row.id);
      }
      await ledger.decide(em, ids, 'approved', approverId, null, new Date());
    });
  }

  /** A completed assignment of the volunteer on a shift (their role at the place). */
  async completedAssignment(shiftId: string, volunteerId: string): Promise<void> {
    await this.t.db.query(`INSERT INTO shift_assignments (shift_id, volunteer_id, status, source) VALUES ($1, $2, 'completed', 'coordinator')`, [shiftId, volunteerId]);
  }
}
