import fs from 'node:fs';
import type { Deps } from '../modules/common/deps.js';
import { AppError } from '../core/errors.js';
import { createExportService } from '../modules/export/service.js';
import { createSearchService } from '../modules/search/service.js';

export interface Io {
  stdout(s: string): void;
  stderr(s: string): void;
}

/** `wijknet import <bestand>`: reads a network export (GET /api/networks/:id/export) into this installation. */
export async function importCommand(deps: Deps, file: string | undefined, io: Io): Promise<number> {
  if (!file) {
    io.stderr('Gebruik: wijknet import <bestand.json>\n');
    return 2;
  }
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    io.stderr(`Kan ${file} niet lezen als JSON: ${(err as Error).message}\n`);
    return 1;
  }
  try {
    const r = await createExportService(deps, { search: createSearchService(deps) }).importNetwork(data);
    const content = r.content.map((c) => `${c.label} ${c.count}`).join(', ');
    io.stdout(
      `Netwerk "${r.networkName}" ingelezen: ${r.members} leden (${r.newUsers} nieuwe accounts), ${r.actors} partners, ${r.relations} relaties.\n` +
        (content ? `Verder ingelezen: ${content}.\n` : '') +
        'Leden loggen in met hun eigen e-mailadres.\n' +
        'Geheimen gaan niet mee: uitnodigingslinks, agenda-adressen en de codes en telefoons van werksessies uit de oude installatie werken hier niet. ' +
        'Een open werksessie krijgt een nieuwe code; wie een agenda-abonnement wil, maakt hier een nieuw agenda-adres.\n',
    );
    return 0;
  } catch (err) {
    if (err instanceof AppError) {
      io.stderr(`${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

/** `wijknet export <netwerk-id> <bestand>`: the same file as the kartrekker's download. */
export async function exportCommand(
  deps: Deps,
  networkId: string | undefined,
  file: string | undefined,
  io: Io,
): Promise<number> {
  if (!networkId || !file) {
    io.stderr('Gebruik: wijknet export <netwerk-id> <bestand.json>\n');
    return 2;
  }
  try {
    const data = await createExportService(deps, { search: createSearchService(deps) }).exportById(networkId);
    fs.writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`, { mode: 0o600 });
    io.stdout(`Netwerk "${data.network.name}" opgeslagen in ${file}.\n`);
    return 0;
  } catch (err) {
    if (err instanceof AppError) {
      io.stderr(`${err.message}\n`);
      return 1;
    }
    throw err;
  }
}
