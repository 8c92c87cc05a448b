/**
 * Every template of libs/notifications/src/registry.ts, in the order the "Sent mail" filter shows them.
 * The console may not import the notifications library (it renders with Node), so the list is kept here;
 * mail-templates.spec.ts fails when the registry gains a template this list or a language lacks.
 */
export const MAIL_TEMPLATES = [
  'account-invitation', 'password-reset', 'email-verification', 'coordinator-message',
  'application-received', 'interview-invitation', 'interview-confirmed', 'application-accepted', 'application-rejected',
  'application-waitlisted',
  'shift-assigned', 'shift-changed', 'shift-cancelled', 'shift-reminder', 'waitlist-promoted', 'shift-swapped', 'swap-declined', 'swap-approval-needed',
  'signup-blocked', 'signup-unblocked',
  'hours-approved', 'hours-milestone', 'hours-rejected', 'two-factor-changed', 'email-change', 'certificate-issued', 'qualification-expiring', 'vacancy-invitation',
  'vacancy-interview', 'vacancy-offer', 'vacancy-not-selected',
  'liaison-assigned', 'shift-replaced', 'event-feedback-request',
] as const;

export type MailTemplate = (typeof MAIL_TEMPLATES)[number];

/** Shown only if a template has no name yet in the catalogue: "shift-reminder" → "Shift reminder", never the raw code. */
export const readableTemplateCode = (code: string): string => {
  const words = code.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};
