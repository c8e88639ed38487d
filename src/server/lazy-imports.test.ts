import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { onSqlite } from '../test/dialects.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Runs `code` in a fresh Node with tsx and returns the npm packages it loaded through require (CommonJS). */
function packagesLoadedBy(code: string): string[] {
  const script = `${code}
const { createRequire } = await import('node:module');
const files = Object.keys(createRequire(process.cwd() + '/').cache);
const names = new Set(files.map((f) => /\\/node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(f)?.[1]).filter(Boolean));
process.stdout.write(JSON.stringify([...names]));`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'test' },
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as string[];
}

// Importing these at start-up cost every server start and every test worker about a second; they
// are loaded when a document, spreadsheet or QR code is first made. A static import brings that back.
// Nothing here depends on the database, so the PostgreSQL-only run (`npm run test:pg`) skips it.
describe.runIf(onSqlite)('slow libraries are loaded when first used', () => {
  it('importing the app loads neither pdfmake, exceljs, jszip nor qrcode', { timeout: 60_000 }, () => {
    const loaded = packagesLoadedBy("await import('./src/server/app.ts');");
    expect(loaded).toContain('fastify'); // the check sees CommonJS packages at all
    expect(loaded.filter((p) => ['pdfmake', 'exceljs', 'jszip', 'qrcode'].includes(p))).toEqual([]);
  });

  it(
    '`wijknet --help` and `wijknet analyse` load no server, database driver or document library',
    { timeout: 60_000 },
    () => {
      const loaded = packagesLoadedBy(
        "const { main } = await import('./src/cli/main.ts');" +
          " const write = process.stdout.write; process.stdout.write = () => true; await main(['--help']); await main(['analyse', '--help']); process.stdout.write = write;",
      );
      expect(
        loaded.filter((p) =>
          ['fastify', 'better-sqlite3', 'pg', 'kysely', 'pdfmake', 'exceljs', 'nodemailer'].includes(p),
        ),
      ).toEqual([]);
    },
  );
});
