import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../core/config.js';
import { withDeps } from './main.js';

// A command such as `wijknet reminders` puts its mail in the outbox table like the server does:
// a mail server that is down loses nothing, the server's sender tries again later.
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function dataDir() {
  const dir = mkdtempSync(join(tmpdir(), 'wijknet-cli-mail-'));
  dirs.push(dir);
  return dir;
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const outboxRows = (dir: string, smtpUrl?: string) =>
  withDeps(loadConfig({ WIJKNET_DATA_DIR: dir, ...(smtpUrl ? { SMTP_URL: smtpUrl } : {}) }), (deps) =>
    deps.db.selectFrom('mail_outbox').select(['status', 'attempts']).execute(),
  );

describe('mail sent by a command', () => {
  it('is queued and delivered once through the transport (outbox folder)', async () => {
    const dir = dataDir();
    await withDeps(loadConfig({ WIJKNET_DATA_DIR: dir }), (deps) =>
      deps.mailer.send({ to: 'a@voorbeeld.nl', subject: 'Herinnering', text: 'Hallo', kind: 'reminder' }),
    );
    expect(await outboxRows(dir)).toEqual([{ status: 'sent', attempts: 1 }]);
    expect(readdirSync(join(dir, 'outbox'))).toHaveLength(1);
  });

  it('stays queued for another attempt when the mail server is down', async () => {
    const dir = dataDir();
    const smtp = `smtp://127.0.0.1:${await closedPort()}`;
    await withDeps(loadConfig({ WIJKNET_DATA_DIR: dir, SMTP_URL: smtp }), (deps) =>
      deps.mailer.send({ to: 'a@voorbeeld.nl', subject: 'Herinnering', text: 'Hallo', kind: 'reminder' }),
    );
    expect(await outboxRows(dir)).toEqual([{ status: 'queued', attempts: 1 }]);
  });
});
