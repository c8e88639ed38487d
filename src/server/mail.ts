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
    const transport = nodemailer.createTransport(config.smtpUrl);
    return {
      async send(mail) {
        await transport.sendMail({ from: config.mailFrom, ...mail });
      },
    };
  }
  const outbox = path.join(config.dataDir, 'outbox');
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  let counter = 0;
  return {
    async send(mail) {
      const info = await transport.sendMail({ from: config.mailFrom, ...mail });
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
