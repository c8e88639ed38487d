import { setImmediate as yieldToEvents } from 'node:timers/promises';
import type { Deps } from '../common/deps.js';
import type { MemberContext } from '../../core/access.js';
import { AppError } from '../../core/errors.js';
import type { Services } from '../../core/registry.js';
import { exchangeRepository } from './repository.js';
import { labelKey, type ActorInput, type Plan } from './plan.js';
import type { DB } from '../../db/schema.js';
import { newId, nowIso } from '../../core/crypto.js';
import { listText } from '../common/json.js';
import { writeAudits } from '../common/changes.js';
import type { UploadedFile } from '../common/upload.js';
import { fileBytes } from '../common/file-bytes.js';
import { readInWorker } from '../common/read-in-worker.js';
import { CONNECTION_COLUMNS, ELEMENT_COLUMNS, connectionCells, elementCells, writeCsv, writeGexf } from './kumu.js';
import type { ImportPreview, ImportResult } from './schemas.js';
import { msg, type Lang, type MessageRef } from '../../core/messages/index.js';

const TYPE_LABEL: Record<string, string> = { organisation: 'Organisatie', initiative: 'Initiatief', person: 'Persoon' };
const STATUS_LABEL: Record<string, string> = { partner: 'partner', approached: 'benaderd' };

type ActorRow = DB['actors'];
type RelationRow = DB['relations'];

/** Actors (or relations) per slice of an import's transaction: each slice a few ms of work. */
const IMPORT_SLICE = 100;

export function createExchangeService(
  deps: Deps,
  { actors, relations, search }: Pick<Services, 'actors' | 'relations' | 'search'>,
) {
  const repo = exchangeRepository(deps.db, deps.dialect);

  /**
   * Reads the file and checks every row on a worker thread (tasks `kumu.plan`, plan.ts); the
   * main thread only fetches what the rows are matched against. A preview takes back only the
   * summary, not the 20,000 planned rows.
   */
  async function plan(ctx: MemberContext, files: UploadedFile[], lang: Lang, previewOnly: boolean): Promise<Plan> {
    const read = files.map((f, i) => ({ fileName: f.fileName, bytes: fileBytes(f, `files.${i}.contentBase64`) }));
    const [existing, pairs] = await Promise.all([repo.actors(ctx.networkId), repo.relationPairs(ctx.networkId)]);
    return readInWorker<Plan, MessageRef>(
      deps,
      'kumu.plan',
      { files: read, context: { existing, relationPairs: pairs, lang }, previewOnly },
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
      return (await plan(ctx, files, lang, true)).preview;
    },

    /** Imports nothing while a row is bad, unless the caller chose to skip the bad rows. */
    async commit(ctx: MemberContext, input: { files: UploadedFile[]; skipBadRows?: boolean }): Promise<ImportResult> {
      const { preview, actors: planned, relations: plannedRelations } = await plan(ctx, input.files, 'nl', false);
      if (preview.problems.length > 0 && !input.skipBadRows) {
        const n = preview.problems.length;
        throw new AppError(
          422,
          'import_has_bad_rows',
          msg('exchange.badRows', { count: n }),
          { skipBadRows: 'exchange.fixOrSkip' },
          { preview },
        );
      }
      // Ids are made here, so relations can name actors written in the same transaction.
      const now = nowIso();
      const ids = new Map<string, string>();
      const newActors: { row: ActorRow; status: string }[] = [];
      for (const [i, a] of planned.entries()) {
        // 20,000 rows take tens of ms: other requests get the event loop in between.
        if (i > 0 && i % 2000 === 0) await yieldToEvents();
        if (a.existingId) {
          ids.set(labelKey(a.label), a.existingId);
          continue;
        }
        const row = actorRow(ctx, a.input, now);
        ids.set(labelKey(a.label), row.id);
        newActors.push({ row, status: a.input.status ?? 'partner' });
      }
      // Written in the order of their (random) ids: each slice then lands in one stretch of the
      // actors' and the search index's primary keys instead of all over them (2.5x faster).
      newActors.sort((x, y) => (x.row.id < y.row.id ? -1 : 1));
      const networkActors = new Map((await repo.actors(ctx.networkId)).map((a) => [labelKey(a.name), a.id]));
      const idOf = (label: string) => ids.get(labelKey(label)) ?? networkActors.get(labelKey(label))!;
      const newRelations: RelationRow[] = plannedRelations.map((r) => {
        const [a, b] = [idOf(r.from), idOf(r.to)].sort();
        return {
          id: newId(),
          network_id: ctx.networkId,
          actor_a_id: a,
          actor_b_id: b,
          kind: r.kind,
          frequency: r.frequency,
          quality: r.quality,
          created_at: now,
          updated_at: now,
          version: 1,
        };
      });
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
      // createSqliteHealth in src/server/app.ts).
      await deps.db.transaction().execute(async (trx) => {
        const repo = exchangeRepository(trx, deps.dialect);
        const addToIndex = search.indexWriter(trx);
        for (let i = 0; i < newActors.length; i += IMPORT_SLICE) {
          const slice = newActors.slice(i, i + IMPORT_SLICE);
          await yieldToEvents();
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
        for (let i = 0; i < newRelations.length; i += IMPORT_SLICE) {
          const slice = newRelations.slice(i, i + IMPORT_SLICE);
          await yieldToEvents();
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
      const lastActor = newActors.at(-1);
      if (lastActor)
        await deps.live.publish({ networkId: ctx.networkId, type: 'actor.create', entityId: lastActor.row.id });
      const lastRelation = newRelations.at(-1);
      if (lastRelation)
        await deps.live.publish({ networkId: ctx.networkId, type: 'relation.create', entityId: lastRelation.id });
      const createdActors = newActors.length;
      const createdRelations = newRelations.length;
      return {
        actorsCreated: createdActors,
        actorsExisting: preview.actors.existing,
        relationsCreated: createdRelations,
        relationsExisting: preview.relations.existing,
        skippedRows: preview.problems.length,
      };
    },

    async xlsx(ctx: MemberContext): Promise<Buffer> {
      // A full queue says so before the network is read, not after.
      deps.pool.admit();
      const data = await exportData(ctx);
      // exceljs on a worker thread of the pool: a large network's workbook holds up nobody.
      const bytes = await deps.pool.run<Uint8Array>('kumu.xlsx', { actors: data.actors, relations: data.relations });
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

/** An imported actor as `actors.create` would store it: made by this network, never findable. */
function actorRow(ctx: MemberContext, input: ActorInput, now: string): ActorRow {
  return {
    id: newId(),
    home_network_id: ctx.networkId,
    kind: input.kind,
    name: input.name,
    domain: input.domain,
    themes: listText(input.themes),
    target_groups: listText(input.targetGroups),
    health_dimensions: listText(input.healthDimensions),
    area: input.area ?? '',
    description: input.description ?? '',
    contact_email: input.contactEmail ?? null,
    contact_phone: input.contactPhone ?? null,
    website: input.website ?? null,
    kvk: input.kvk ?? null,
    agb: input.agb ?? null,
    findable: 0,
    created_by: ctx.userId,
    created_at: now,
    updated_at: now,
    version: 1,
  };
}

export type ExchangeService = ReturnType<typeof createExchangeService>;
