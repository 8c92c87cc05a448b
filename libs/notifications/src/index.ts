export { LOCALES, DEFAULT_LOCALE, isLocale, pickLocale, type Locale, type LocaleSources } from './locale';
export {
  BUSINESS_TIME_ZONE,
  formatDate,
  formatTime,
  formatDateTime,
  formatHours,
  plural,
  type Instant,
  type DateOptions,
  type PluralCategory,
  type PluralForms,
} from './formatting';
export {
  templateRegistry,
  TEMPLATE_NAMES,
  templateKind,
  isEssential,
  type TemplateName,
  type TemplateProps,
  type TemplateKind,
  type BaseProps,
  type UnsubscribableProps,
  type ShiftSummary,
} from './registry';
export { render, createRenderer, TEMPLATES_ROOT, type RenderedMail, type RenderFn, type RendererOptions } from './render';
export {
  SmtpMailer,
  FileMailer,
  listMailFiles,
  readMailFile,
  messageIdFor,
  normaliseMessageId,
  listUnsubscribeHeaders,
  type Mailer,
  type OutgoingMail,
  type SentMail,
  type MailAddress,
  type MailAttachment,
  type SmtpMailerOptions,
  type FileMailerOptions,
  type MailFileSummary,
  type MailFile,
} from './mailer';
export { EmailChannel, type Channel, type NotificationChannel, type Notification, type Recipient, type Delivery } from './channel';
