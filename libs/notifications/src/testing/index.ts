// Test helpers, imported as `@dost/notifications/testing` — never from the library's main entry, so that
// the SMTP sink (a dev dependency) is not loaded by the running app.
export { SmtpSink, type ReceivedMail } from './smtp-sink';
