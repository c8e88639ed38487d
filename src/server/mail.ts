import fs from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Config } from '../core/config.js';
import type { Mailer } from '../core/mail.js';

/**
 * With SMTP_URL mail is really sent. Without it every message is written to the outbox folder
 * as an .eml file and shown on the console, so on a laptop nothing is ever lost.
 */
export function createMailer(config: Config, options: { quiet?: boolean } = {}): Mailer {
  if (config.smtpUrl) {
    // A server that is down or silent fails the attempt within seconds; the outbox tries again.
    // nodemailer reads options from the URL's query; settings the operator wrote there win.
    const url = new URL(config.smtpUrl);
    for (const key of ['connectionTimeout', 'greetingTimeout', 'socketTimeout']) {
      if (!url.searchParams.has(key)) url.searchParams.set(key, '10000');
    }
    const transport = nodemailer.createTransport(url.toString());
    return {
      async send(mail) {
        await transport.sendMail({
          from: config.mailFrom,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          ...(mail.html ? { html: mail.html } : {}),
        });
      },
    };
  }
  const outbox = path.join(config.dataDir, 'outbox');
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  let counter = 0;
  return {
    async send(mail) {
      const info = await transport.sendMail({
        from: config.mailFrom,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.html ? { html: mail.html } : {}),
      });
      fs.mkdirSync(outbox, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}-${++counter}.eml`;
      const file = path.join(outbox, name);
      fs.writeFileSync(file, info.message as Buffer);
      if (!options.quiet) {
        process.stdout.write(
          `\n--- Mail (geen SMTP_URL ingesteld, bewaard in ${file}) ---\nAan: ${mail.to}\nOnderwerp: ${mail.subject}\n\n${mail.text}\n---\n`,
        );
      }
    },
  };
}
