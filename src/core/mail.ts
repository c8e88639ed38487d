export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** What the mail is for (sign-in, invitation, reminder, …): shown by `wijknet mail status`. */
  kind?: string;
  /** After this moment (ISO) the mail is useless, as a sign-in link is: it is not sent any more. */
  validUntil?: string;
}

/**
 * Sends mail. The server's is the outbox queue (src/jobs/mail-outbox.ts): it stores the mail and
 * answers at once; the transport behind it is SMTP or the outbox folder (src/server/mail.ts).
 * Tests pass a fake.
 */
export interface Mailer {
  send(mail: Mail): Promise<void>;
}
