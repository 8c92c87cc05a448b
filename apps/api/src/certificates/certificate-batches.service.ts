import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import type { AuthUser } from '../common/auth-user';
import { ApiProblem } from '../common/http/api-problem';
import { registerMessages } from '../common/i18n/messages';
import { JobsService } from '../jobs/jobs.service';
import { BATCH_MAX_PEOPLE, CertificateBatchesRepository } from './certificate-batches.repository';
import { CertificateIssuer } from './certificate-issuer';
import { CertificatesRepository } from './certificates.repository';
import { certificateScope, typeInScope } from './certificates.service';
import type { CertificateBatchDto, StartCertificateBatchDto } from './dto/certificate-batches.dto';
import type { CertificateBatchEntity } from './entities/certificate-batch.entity';

export const CERTIFICATE_BATCH_QUEUE = 'certificates.batch';
export const CERTIFICATE_AUTO_QUEUE = 'certificates.auto-issue';

registerMessages({
  az: {
    'field.certificateBatchEmpty': 'Bu sertifikat növü üçün heç kim tapılmadı: tədbirdə və ya mərkəzdə xidmət edən yoxdur.',
    'field.certificateTypeOutOfScope': 'Bu sertifikatı başqa mərkəz və ya tədbir verir: onu yalnız oranın əməkdaşları verə bilər.',
  },
  en: {
    'field.certificateBatchEmpty': 'Nobody to issue this type to: no one served at its event or center.',
    'field.certificateTypeOutOfScope': 'This certificate belongs to another center or event: only its staff can issue it.',
  },
  ru: {
    'field.certificateBatchEmpty': 'Некому выдавать сертификат этого вида: никто не служил на его мероприятии или в центре.',
    'field.certificateTypeOutOfScope': 'Этот сертификат выдаёт другой центр или мероприятие: выдать его могут только их сотрудники.',
  },
});

/**
 * Bulk issue (a whole event's team in one action) and the automatic issuer. A batch is a row and a pg-boss job:
 * the job issues one person at a time through `CertificateIssuer.issueOne` (each in its own transaction, so one
 * person's failure never undoes another's certificate) and appends each outcome with the progress counter, which
 * the console polls. A worker that dies mid-batch is replaced by pg-boss's retry, which skips the people already
 * recorded. The automatic issuer runs hourly over the active `autoIssue` types and issues to everyone newly eligible.
 */
@Injectable()
export class CertificateBatchesService implements OnModuleInit {
  private readonly logger = new Logger('certificate-batches');

  constructor(
    private readonly batches: CertificateBatchesRepository,
    private readonly certificates: CertificatesRepository,
    private readonly issuer: CertificateIssuer,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ batchId: string }>(CERTIFICATE_BATCH_QUEUE, (data) => this.execute(data.batchId), {
      batchSize: 1,
      // A batch of thousands takes minutes (a PDF per person); expiry only rescues a dead worker.
      policy: { expireInSeconds: 30 * 60, retryLimit: 3, retryDelay: 5 },
    });
    this.jobs.register(CERTIFICATE_AUTO_QUEUE, () => this.autoIssue().then(() => undefined), { batchSize: 1 });
    this.jobs.schedule(CERTIFICATE_AUTO_QUEUE, '17 * * * *');
  }

  async start(actor: AuthUser, dto: StartCertificateBatchDto): Promise<CertificateBatchDto> {
    const scope = certificateScope(actor);
    const type = await this.certificates.typeById(dto.typeId);
    if (!type) throw ApiProblem.validation([{ field: 'typeId', code: 'certificateTypeUnknown' }]);
    if (!typeInScope(scope, type)) throw ApiProblem.validation([{ field: 'typeId', code: 'certificateTypeOutOfScope' }]);
    let people: string[];
    if (dto.volunteerIds) {
      people = [...new Set(dto.volunteerIds.map((id) => id.toLowerCase()))];
      const visible = await this.batches.inScope(people, scope);
      if (people.some((id) => !visible.has(id))) throw ApiProblem.validation([{ field: 'volunteerIds', code: 'certificateVolunteerUnknown' }]);
    } else {
      const homeCenters = scope.centers === 'all' || scope.events === 'all' ? 'all' : scope.centers;
      people = (await this.batches.candidates(type.id, type.rule, { homeCenters, withoutHolders: false })).map((p) => p.id);
    }
    if (!people.length) throw ApiProblem.validation([{ field: 'volunteerIds', code: 'certificateBatchEmpty' }]);
    const batch = await this.batches.transaction(async (em) => {
      const row = await this.batches.insert(em, { typeId: type.id, createdBy: actor.id, volunteerIds: people.slice(0, BATCH_MAX_PEOPLE), total: Math.min(people.length, BATCH_MAX_PEOPLE) });
      await this.jobs.sendInTransaction(em, CERTIFICATE_BATCH_QUEUE, { batchId: row.id });
      return row;
    });
    return batchDto(batch);
  }

  /** The batch's progress and results, for its creator, an admin, or staff who may issue its type. */
  async get(actor: AuthUser, id: string): Promise<CertificateBatchDto> {
    const batch = await this.batches.find(id);
    if (!batch) throw ApiProblem.notFound();
    if (batch.createdBy !== actor.id && !actor.roles.includes('admin')) {
      const type = await this.certificates.typeById(batch.typeId);
      if (!type || !(type.rule.eventId || type.rule.centerId) || !typeInScope(certificateScope(actor), type)) throw ApiProblem.notFound();
    }
    return batchDto(batch);
  }

  // ——— the jobs ———

  async execute(batchId: string, now?: Date): Promise<void> {
    const batch = await this.batches.claim(batchId);
    if (!batch) return;
    try {
      const recorded = new Set(batch.results.map((r) => r.volunteerId));
      const people = (batch.volunteerIds ?? []).filter((id) => !recorded.has(id));
      const names = await this.batches.names(people);
      for (const volunteerId of people) {
        const r = await this.issuer.issueOne(batch.typeId, volunteerId, { issuedBy: batch.createdBy, now });
        const fullName = names.get(volunteerId) ?? '';
        if (r.outcome === 'issued' || r.outcome === 'alreadyHeld') {
          await this.batches.record(batchId, { volunteerId, fullName, outcome: r.outcome, reasons: [], certificateId: r.certificate.id, serial: r.certificate.serial });
        } else {
          const reasons = r.outcome === 'notEligible' ? [...r.reasons] : ['volunteerUnknown'];
          await this.batches.record(batchId, { volunteerId, fullName, outcome: 'notEligible', reasons, certificateId: null, serial: null });
        }
      }
      await this.batches.finish(batchId, 'done');
    } catch (err) {
      const e = err as Error;
      this.logger.error({ err: { type: e.name, message: e.message }, batchId }, 'certificate batch failed');
      await this.batches.finish(batchId, 'failed', e.message.slice(0, 500));
    }
  }

  /** Issues every active automatic type to everyone newly eligible (by the ledger now); returns how many were issued. */
  async autoIssue(now?: Date): Promise<number> {
    let issued = 0;
    for (const type of await this.batches.autoIssueTypes()) {
      for (const person of await this.batches.candidates(type.id, type.rule, { withoutHolders: true })) {
        const r = await this.issuer.issueOne(type.id, person.id, { issuedBy: null, now });
        if (r.outcome === 'issued') issued++;
      }
    }
    if (issued) this.logger.log({ issued }, 'certificates issued automatically');
    return issued;
  }
}

export function batchDto(b: CertificateBatchEntity): CertificateBatchDto {
  return {
    id: b.id, typeId: b.typeId, status: b.status, total: b.total, done: b.done, error: b.error,
    createdAt: b.createdAt.toISOString(), finishedAt: b.finishedAt ? b.finishedAt.toISOString() : null,
    results: b.results,
  };
}
