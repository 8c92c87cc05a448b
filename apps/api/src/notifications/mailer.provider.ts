import path from 'node:path';
import { FileMailer, SmtpMailer, type Mailer } from '@dost/notifications';
import { AppConfig } from '../config/app-config';

export const MAILER = Symbol('MAILER');

/** SMTP when SMTP_URL is set; otherwise .eml files in $DATA_DIR/mail, shown on the console's "Sent mail" page. */
export const mailerProvider = {
  provide: MAILER,
  inject: [AppConfig],
  useFactory: (config: AppConfig): Mailer =>
    config.smtpUrl
      ? new SmtpMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom })
      : new FileMailer({ directory: path.join(config.dataDir, 'mail'), from: config.mailFrom }),
};
