import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { JobsService } from '../jobs/jobs.service';
import { NotificationsService } from '../notifications/notifications.service';
import { CERTIFICATE_RENDERER, type CertificateRenderer } from './certificate-renderer';
import { certificateDocument, verifyUrlOf, type IssuerInfo } from './certificates.mapper';
import { CertificatesRepository } from './certificates.repository';

export const CERTIFICATE_MAIL_QUEUE = 'certificates.mail';

/**
 * The `certificate-issued` mail with the PDF attached. The issuing transaction only enqueues a job (so the mail
 * exists exactly when the certificate does); the job renders the PDF — 0.2–1 s of CPU — outside that transaction,
 * because there the year's serial counter row is locked and every other issue would wait for the rendering
 * (docs/certificates.md). The job then enqueues the mail through the outbox, once per certificate.
 */
@Injectable()
export class CertificateMailer implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly repo: CertificatesRepository,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
    @Inject(CERTIFICATE_RENDERER) private readonly renderer: CertificateRenderer,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ certificateId: string }>(CERTIFICATE_MAIL_QUEUE, (data) => this.send(data.certificateId).then(() => undefined), {
      policy: { retryLimit: 5, retryDelay: 30 },
    });
  }

  /** In the issuing transaction: the mail of this certificate will go once it commits. */
  schedule(em: EntityManager, certificateId: string): Promise<void> {
    return this.jobs.sendInTransaction(em, CERTIFICATE_MAIL_QUEUE, { certificateId });
  }

  private get issuer(): IssuerInfo {
    return { baseUrl: this.config.baseUrl, name: { az: this.config.agencyNameAz, en: this.config.agencyNameEn, ru: this.config.agencyNameRu } };
  }

  /**
   * The job: renders the PDF (az+en, az+ru for a Russian-speaking holder) and enqueues the mail with it attached
   * (base64 through the outbox). Safe to run twice: under the certificate's lock a mail already enqueued for its
   * serial is not enqueued again. Answers whether it enqueued one.
   */
  async send(certificateId: string): Promise<boolean> {
    const c = await this.repo.certificateById(certificateId);
    const holder = c ? await this.repo.holder(c.volunteerId) : null;
    if (!c || !holder) return false;
    const pdf = await this.renderer.pdf(certificateDocument(c, this.issuer), holder.locale === 'ru' ? 'az-ru' : 'az-en');
    return this.repo.transaction(async (em) => {
      if (!(await this.repo.lockCertificate(em, c.id)) || (await this.repo.mailEnqueued(em, c.serial))) return false;
      await this.notifications.enqueue(em, {
        template: 'certificate-issued',
        locale: holder.locale,
        to: { email: holder.email, name: c.holderName, userId: holder.userId },
        props: {
          recipientName: c.holderName,
          certificateTitle: c.title[holder.locale] || c.title.az,
          serial: c.serial,
          totalMinutes: c.minutes,
          downloadUrl: `${this.config.baseUrl}/#/my-certificates`,
          verifyUrl: verifyUrlOf(this.config.baseUrl, c.verificationCode),
        },
        attachments: [{ filename: `${c.serial}.pdf`, contentType: 'application/pdf', content: pdf.toString('base64'), encoding: 'base64' }],
      });
      return true;
    });
  }
}
