import { setImmediate as yieldToEvents } from 'node:timers/promises';
import type { Deps } from '../common/deps.js';
import type { MemberContext } from '../../core/access.js';
import { AppError } from '../../core/errors.js';
import type { Services } from '../../core/registry.js';
import { exchangeRepository } from './repository.js';
import type { PlannedImport } from './plan.js';
import { nowIso } from '../../core/crypto.js';
import { NETWORK_CHUNK_ROWS, pack, unpack } from '../../core/worker-pool.js';
import { largeWrite } from '../../db/large-write.js';
import type { Dialect } from '../../db/index.js';
import { writeAudits } from '../common/changes.js';
import type { UploadedFile } from '../common/upload.js';
import { fileBytes } from '../common/file-bytes.js';
import { readInWorker } from '../common/read-in-worker.js';
import { CONNECTION_COLUMNS, ELEMENT_COLUMNS, connectionCells, elementCells, writeCsv, writeGexf } from './kumu.js';
import type { ImportPreview, ImportResult } from './schemas.js';
import { msg, type Lang, type MessageRef } from '../../core/messages/index.js';

const TYPE_LABEL: Record<string, string> = { organisation: 'Organisatie', initiative: 'Initiatief', person: 'Persoon' };
const STATUS_LABEL: Record<string, string> = { partner: 'partner', approached: 'benaderd' };

/**
 * Actors (or relations) per slice of an import's transaction, and so per chunk the worker packs
 * the rows in (`pack`). On SQLite each slice is written on the main thread: 50 keeps a slice to
 * a few ms. PostgreSQL writes on its own processes; there, fewer round trips count more.
 */
const IMPORT_SLICE = { sqlite: 50, postgres: 100 } as const satisfies Record<Dialect, number>;

export function createExchangeService(
  deps: Deps,
  { actors, relations, search }: Pick<Services, 'actors' | 'relations' | 'search'>,
) {
  const repo = exchangeRepository(deps.db, deps.dialect);

  /**
   * Reads the file and checks every row on a worker thread (task `kumu.plan`, plan.ts); the main
   * thread only fetches what the rows are matched against. For an import (`write`) the worker
   * also makes the rows to write; a preview takes back only the summary.
   */
  async function plan(
    ctx: MemberContext,
    files: UploadedFile[],
    lang: Lang,
    write: { skipBadRows: boolean } | null,
  ): Promise<PlannedImport> {
    const read = files.map((f, i) => ({ fileName: f.fileName, bytes: fileBytes(f, `files.${i}.contentBase64`) }));
    const [existing, pairs] = await Promise.all([repo.actors(ctx.networkId), repo.relationPairs(ctx.networkId)]);
    const stamp = write && {
      networkId: ctx.networkId,
      userId: ctx.userId,
      now: nowIso(),
      ...write,
      slice: IMPORT_SLICE[deps.dialect],
    };
    return readInWorker<PlannedImport, MessageRef>(
      deps,
      'kumu.plan',
      { files: read, context: { existing, relationPairs: pairs, lang }, write: stamp },
      read.map((f) => f.bytes),
      'files',
      (problem) => problem,
    );
  }

  async function exportData(ctx: MemberContext) {
    const [list, rels, network] = await Promise.all([
      actors.list(ctx),
      relations.list(ctx),
      repo.network(ctx.networkId),
    ]);
    const exportActors = list.map((a) => ({
      id: a.id,
      label: a.name,
      type: TYPE_LABEL[a.kind] ?? a.kind,
      domain: a.domain,
      themes: a.themes,
      targetGroups: a.targetGroups,
      healthDimensions: a.healthDimensions,
      area: a.area,
      description: a.description,
      email: a.contactEmail ?? '',
      phone: a.contactPhone ?? '',
      website: a.website ?? '',
      kvk: a.kvk ?? '',
      agb: a.agb ?? '',
      status: STATUS_LABEL[a.status] ?? a.status,
    }));
    const exportRelations = rels.map((r) => ({
      id: r.id,
      fromId: r.actorAId,
      toId: r.actorBId,
      from: r.actorAName,
      to: r.actorBName,
      type: r.kind,
      frequency: r.frequency,
      quality: r.quality,
    }));
    return { actors: exportActors, relations: exportRelations, networkName: network?.name ?? 'Wijknet' };
  }

  return {
    async preview(ctx: MemberContext, files: UploadedFile[], lang: Lang = 'nl'): Promise<ImportPreview> {
      return (await plan(ctx, files, lang, null)).preview;
    },

    /** Imports nothing while a row is bad, unless the caller chose to skip the bad rows. */
    async commit(ctx: MemberContext, input: { files: UploadedFile[]; skipBadRows?: boolean }): Promise<ImportResult> {
      const skipBadRows = input.skipBadRows ?? false;
      const { preview, rows } = await plan(ctx, input.files, 'nl', { skipBadRows });
      if (!rows) {
        const n = preview.problems.length;
        throw new AppError(
          422,
          'import_has_bad_rows',
          msg('exchange.badRows', { count: n }),
          { skipBadRows: 'exchange.fixOrSkip' },
          { preview },
        );
      }
      const change = (entity: string, after: { id: string }) => ({
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity,
        entityId: after.id,
        action: 'create' as const,
        after,
      });
      // All or nothing: actors, their search index rows, relations and audit lines in one
      // transaction, so a failed import leaves nothing, and a crash never leaves partners that
      // are stored but not findable. One transaction for the index too, not one per 200 actors:
      // every commit wrote the index pages it touched once more (the index of 20,000 partners:
      // 8.4 s of SQLite's time instead of 1.1 s, docs/BENCHMARKS.md "import"). Written in slices
      // of a few ms each, with the event loop free between them, so other requests are answered
      // meanwhile; on SQLite /healthz does not queue behind this transaction (see
      // createSqliteHealth in src/server/app.ts), and its COMMIT is kept short (see largeWrite).
      let lastActorId: string | undefined;
      let lastRelationId: string | undefined;
      await largeWrite(deps.db, deps.dialect, async (trx) => {
        const repo = exchangeRepository(trx, deps.dialect);
        const addToIndex = search.indexWriter(trx);
        for (let i = 0; i < rows.actors.chunks.length; i++) {
          await yieldToEvents();
          const slice = unpack(rows.actors, i);
          lastActorId = slice.at(-1)!.row.id;
          await repo.insertActors(ctx.networkId, slice);
          await yieldToEvents();
          await addToIndex(slice.map((a) => a.row));
          await yieldToEvents();
          await writeAudits(
            trx,
            deps.dialect,
            slice.map((a) => change('actor', a.row)),
          );
        }
        for (let i = 0; i < rows.relations.chunks.length; i++) {
          await yieldToEvents();
          const slice = unpack(rows.relations, i);
          lastRelationId = slice.at(-1)!.id;
          await repo.insertRelations(ctx.networkId, slice);
          await yieldToEvents();
          await writeAudits(
            trx,
            deps.dialect,
            slice.map((r) => change('relation', r)),
          );
        }
      });
      // After the commit: one live event per kind, not thousands, so every open page reloads once.
      if (lastActorId)
        await deps.live.publish({ networkId: ctx.networkId, type: 'actor.create', entityId: lastActorId });
      if (lastRelationId)
        await deps.live.publish({ networkId: ctx.networkId, type: 'relation.create', entityId: lastRelationId });
      return {
        actorsCreated: rows.actors.count,
        actorsExisting: preview.actors.existing,
        relationsCreated: rows.relations.count,
        relationsExisting: preview.relations.existing,
        skippedRows: preview.problems.length,
      };
    },

    async xlsx(ctx: MemberContext): Promise<Buffer> {
      // A full queue says so before the network is read, not after.
      deps.pool.admit();
      const data = await exportData(ctx);
      // exceljs on a worker thread of the pool: a large network's workbook holds up nobody.
      const bytes = await deps.pool.run<Uint8Array>('kumu.xlsx', {
        actors: await pack(data.actors, NETWORK_CHUNK_ROWS),
        relations: await pack(data.relations, NETWORK_CHUNK_ROWS),
      });
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },

    async elementsCsv(ctx: MemberContext, delimiter: ';' | ','): Promise<Buffer> {
      const data = await exportData(ctx);
      return writeCsv(ELEMENT_COLUMNS, data.actors.map(elementCells), delimiter);
    },

    async connectionsCsv(ctx: MemberContext, delimiter: ';' | ','): Promise<Buffer> {
      const data = await exportData(ctx);
      return writeCsv(CONNECTION_COLUMNS, data.relations.map(connectionCells), delimiter);
    },

    async gexf(ctx: MemberContext): Promise<string> {
      const data = await exportData(ctx);
      return writeGexf(data.networkName, data.actors, data.relations, new Date().toISOString().slice(0, 10));
    },
  };
}

export type ExchangeService = ReturnType<typeof createExchangeService>;
