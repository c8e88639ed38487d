export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Sends mail; the server picks SMTP or the outbox folder (src/server/mail.ts), tests a fake. */
export interface Mailer {
  send(mail: Mail): Promise<void>;
}
