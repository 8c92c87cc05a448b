import { pickLocale, type Locale } from './locale';
import { listUnsubscribeHeaders, type Mailer, type MailAttachment } from './mailer';
import { templateKind, type TemplateName, type TemplateProps } from './registry';
import { render as defaultRender, type RenderFn } from './render';

/**
 * The ways a notification can reach a person. E-mail only for now; SMS or Telegram would be a new member
 * here plus a NotificationChannel implementation, and the switch in the caller tells where to wire it.
 */
export type Channel = 'email';

export interface Recipient {
  name: string;
  email: string;
  locale: Locale;
}

/** One message to one person, as the outbox stores it (JSON-safe: ISO strings for dates). */
export interface Notification<N extends TemplateName = TemplateName> {
  template: N;
  props: TemplateProps<N>;
  recipient: Recipient;
  /** Stable across retries; becomes the Message-ID. See `messageIdFor`. */
  messageId: string;
  attachments?: MailAttachment[];
}

export interface Delivery {
  channel: Channel;
  /** The id the channel knows the message by (for e-mail the Message-ID). */
  externalId: string;
}

export interface NotificationChannel {
  readonly channel: Channel;
  deliver<N extends TemplateName>(notification: Notification<N>): Promise<Delivery>;
}

/** Renders the template in the recipient's language and sends it through a Mailer. */
export class EmailChannel implements NotificationChannel {
  readonly channel = 'email' as const;

  constructor(
    private readonly mailer: Mailer,
    private readonly render: RenderFn = defaultRender,
  ) {}

  async deliver<N extends TemplateName>({ template, props, recipient, messageId, attachments }: Notification<N>): Promise<Delivery> {
    const locale = pickLocale({ profileLocale: recipient.locale });
    const { subject, html, text } = this.render(template, props, locale);
    const unsubscribeUrl = templateKind(template) === 'non-essential' && 'unsubscribeUrl' in props ? String(props.unsubscribeUrl) : undefined;
    const sent = await this.mailer.send({
      to: { name: recipient.name, address: recipient.email },
      subject,
      html,
      text,
      messageId,
      headers: unsubscribeUrl ? listUnsubscribeHeaders(unsubscribeUrl) : {},
      attachments,
    });
    return { channel: this.channel, externalId: sent.messageId };
  }
}
