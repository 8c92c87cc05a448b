// The SMTP sink lives with the mail library; e2e tests import it from here for convenience.
export { SmtpSink, type ReceivedMail } from '@dost/notifications/testing';
