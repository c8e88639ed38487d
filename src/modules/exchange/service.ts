import { setImmediate as yieldToEvents } from 'node:timers/promises';
import type { Deps } from '../common/deps.js';
import type { MemberContext } from '../../core/access.js';
import { AppError } from '../../core/errors.js';
import { DOMAINS, HEALTH_DIMENSIONS } from '../../domain/vocabulary.js';
import { normalise } from '../../domain/search/text.js';
import { createActor } from '../actors/schemas.js';
import type { Services } from '../../core/registry.js';
import { exchangeRepository } from './repository.js';
import type { DB } from '../../db/schema.js';
import { newId, nowIso } from '../../core/crypto.js';
import { listText } from '../common/json.js';
import { writeAudits } from '../common/changes.js';
import type { UploadedFile } from '../common/upload.js';
import { fileBytes } from '../common/file-bytes.js';
import { readInWorker } from '../common/read-in-worker.js';
import {
  CONNECTION_COLUMNS,
  ELEMENT_COLUMNS,
  connectionCells,
  elementCells,
  type KumuInput,
  writeCsv,
  writeGexf,
  writeXlsx,
} from './kumu.js';
import type { ImportPreview, ImportResult, RowProblem } from './schemas.js';
import { msg, render, type Lang, type MessageRef } from '../../core/messages/index.js';
import { validationText, type IssueLike } from '../../core/messages/zod.js';

/** Labels match ignoring case, accents and spacing: "Café De Hoek" = "cafe de  hoek". */
const labelKey = (label: string) => normalise(label).replace(/\s+/g, ' ').trim();

const pick = (cells: Record<string, string>, ...names: string[]) => {
  for (const n of names) if (cells[n] !== undefined && cells[n] !== '') return cells[n];
  return '';
};
const splitMulti = (v: string) =>
  v
    .split(/[|;,]/)
    .map((s) => s.trim())
    .filter(Boolean);

const KIND_WORDS: Record<string, 'organisation' | 'initiative' | 'person'> = {
  persoon: 'person',
  person: 'person',
  sleutelfiguur: 'person',
  individu: 'person',
  initiatief: 'initiative',
  initiative: 'initiative',
  bewonersinitiatief: 'initiative',
  organisatie: 'organisation',
  organization: 'organisation',
  organisation: 'organisation',
};
const TYPE_LABEL: Record<string, string> = { organisation: 'Organisatie', initiative: 'Initiatief', person: 'Persoon' };
const STATUS_LABEL: Record<string, string> = { partner: 'partner', approached: 'benaderd' };

const FIELD_COLUMN: Record<string, string> = {
  name: 'Label',
  domain: 'Domein',
  themes: "Thema's",
  targetGroups: 'Doelgroepen',
  healthDimensions: 'Dimensies',
  area: 'Gebied',
  description: 'Description',
  contactEmail: 'E-mail',
  contactPhone: 'Telefoon',
  website: 'Website',
  kvk: 'KvK',
  agb: 'AGB',
};

type ActorInput = ReturnType<typeof createActor.parse>;
type ActorRow = DB['actors'];
type RelationRow = DB['relations'];

interface PlannedActor {
  row: number;
  label: string;
  input: ActorInput;
  /** The network actor it is the same as (KvK, AGB or label), when there is one. */
  existingId: string | null;
}

interface PlannedRelation {
  row: number;
  from: string;
  to: string;
  kind: string;
  frequency: string;
  quality: number | null;
}

interface Plan {
  preview: ImportPreview;
  actors: PlannedActor[];
  relations: PlannedRelation[];
}

export function createExchangeService(
  deps: Deps,
  { actors, relations, search }: Pick<Services, 'actors' | 'relations' | 'search'>,
) {
  const repo = exchangeRepository(deps.db);

  async function plan(ctx: MemberContext, files: UploadedFile[], lang: Lang = 'nl'): Promise<Plan> {
    const read = files.map((f, i) => ({ fileName: f.fileName, bytes: fileBytes(f, `files.${i}.contentBase64`) }));
    const input = await readInWorker<KumuInput, MessageRef>(
      deps,
      'kumu.read',
      { files: read },
      read.map((f) => f.bytes),
      'files',
      (problem) => problem,
    );
    const problems: RowProblem[] = [];
    const bad = (source: string, row: number, text: MessageRef) =>
      problems.push({ source, row, message: render(lang, text) });

    const existing = await repo.actors(ctx.networkId);
    const byKvk = new Map(existing.filter((a) => a.kvk).map((a) => [a.kvk!, a.id]));
    const byAgb = new Map(existing.filter((a) => a.agb).map((a) => [a.agb!, a.id]));
    const byLabel = new Map(existing.map((a) => [labelKey(a.name), a.id]));

    const planned: PlannedActor[] = [];
    /** Labels in the file: to a planned actor, or to the row that was bad. */
    const fileLabels = new Map<string, { actor: PlannedActor | null; row: number }>();
    const src = input.elements.source;
    // Checking 20,000 rows takes a while: other requests get the event loop every few hundred.
    let checked = 0;
    const breathe = async () => {
      if (++checked % 250 === 0) await yieldToEvents();
    };
    for (const { row, cells } of input.elements.rows) {
      await breathe();
      const label = pick(cells, 'label', 'naam', 'name');
      if (!label) {
        bad(src, row, 'row.nameMissing');
        continue;
      }
      const key = labelKey(label);
      const earlier = fileLabels.get(key);
      if (earlier) {
        bad(src, row, msg('row.labelTwice', { label, row: earlier.row }));
        continue;
      }
      const message = elementProblem(cells);
      const candidate = message ? null : toActorInput(cells, label);
      const parsed = candidate ? createActor.safeParse(candidate) : null;
      let problem: MessageRef | null = message;
      if (parsed && !parsed.success) {
        const issue = parsed.error.issues[0];
        const field = String(issue.path[0] ?? '');
        problem = msg('row.field', {
          column: FIELD_COLUMN[field] ?? field,
          problem: validationText(lang, issue as IssueLike),
        });
      }
      if (problem || !parsed?.success) {
        fileLabels.set(key, { actor: null, row });
        bad(src, row, problem ?? 'row.unreadable');
        continue;
      }
      const data = parsed.data;
      const existingId =
        (data.kvk && byKvk.get(data.kvk)) || (data.agb && byAgb.get(data.agb)) || byLabel.get(key) || null;
      const actor: PlannedActor = { row, label, input: data, existingId };
      planned.push(actor);
      fileLabels.set(key, { actor, row });
    }

    const plannedRelations: PlannedRelation[] = [];
    const pairs = new Set<string>();
    const existingPairs = new Set(
      (await repo.relationPairs(ctx.networkId)).map((p) => `${p.actor_a_id}|${p.actor_b_id}`),
    );
    let existingRelations = 0;
    let repeated = 0;
    const csrc = input.connections?.source ?? '';
    for (const { row, cells } of input.connections?.rows ?? []) {
      await breathe();
      const from = pick(cells, 'from', 'van');
      const to = pick(cells, 'to', 'naar');
      if (!from || !to) {
        bad(csrc, row, 'row.fromTo');
        continue;
      }
      const ends: string[] = [];
      let endProblem: MessageRef | null = null;
      for (const label of [from, to]) {
        const inFile = fileLabels.get(labelKey(label));
        if (inFile && !inFile.actor) endProblem = msg('row.endInBadRow', { label, source: src, row: inFile.row });
        else if (inFile?.actor) ends.push(inFile.actor.existingId ?? `new:${labelKey(label)}`);
        else if (byLabel.has(labelKey(label))) ends.push(byLabel.get(labelKey(label))!);
        else endProblem = msg('row.endUnknown', { label });
        if (endProblem) break;
      }
      if (endProblem) {
        bad(csrc, row, endProblem);
        continue;
      }
      if (ends[0] === ends[1]) {
        bad(csrc, row, 'row.selfRelation');
        continue;
      }
      const kind = pick(cells, 'type', 'soort');
      const frequency = pick(cells, 'frequentie', 'frequency');
      const qualityText = pick(cells, 'kwaliteit', 'quality');
      if (kind.length > 60 || frequency.length > 60) {
        bad(csrc, row, 'row.typeTooLong');
        continue;
      }
      let quality: number | null = null;
      if (qualityText) {
        if (!/^[1-4]$/.test(qualityText)) {
          bad(csrc, row, msg('row.quality', { value: qualityText }));
          continue;
        }
        quality = Number(qualityText);
      }
      const pair = [...ends].sort().join('|');
      // One relation per pair: A–B and B–A are the same; a relation that exists stays as it is.
      if (pairs.has(pair)) {
        repeated++;
        continue;
      }
      pairs.add(pair);
      if (existingPairs.has(pair)) {
        existingRelations++;
        continue;
      }
      plannedRelations.push({ row, from, to, kind, frequency, quality });
    }

    const preview: ImportPreview = {
      source: { elements: src, connections: input.connections?.source ?? null },
      actors: {
        rows: input.elements.rows.length,
        new: planned.filter((a) => !a.existingId).length,
        existing: planned.filter((a) => a.existingId).length,
        newLabels: planned
          .filter((a) => !a.existingId)
          .slice(0, 100)
          .map((a) => a.label),
        existingLabels: planned
          .filter((a) => a.existingId)
          .slice(0, 100)
          .map((a) => a.label),
      },
      relations: {
        rows: input.connections?.rows.length ?? 0,
        new: plannedRelations.length,
        existing: existingRelations,
        repeated,
      },
      problems,
    };
    return { preview, actors: planned, relations: plannedRelations };
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
      return (await plan(ctx, files, lang)).preview;
    },

    /** Imports nothing while a row is bad, unless the caller chose to skip the bad rows. */
    async commit(ctx: MemberContext, input: { files: UploadedFile[]; skipBadRows?: boolean }): Promise<ImportResult> {
      const { preview, actors: planned, relations: plannedRelations } = await plan(ctx, input.files);
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
      // All or nothing: every new actor, relation and audit line in one transaction. Ids are
      // made here, so relations can name actors that are written in the same statement batch.
      const now = nowIso();
      const ids = new Map<string, string>();
      const newActors: { row: ActorRow; status: string }[] = [];
      for (const a of planned) {
        if (a.existingId) {
          ids.set(labelKey(a.label), a.existingId);
          continue;
        }
        const row = actorRow(ctx, a.input, now);
        ids.set(labelKey(a.label), row.id);
        newActors.push({ row, status: a.input.status ?? 'partner' });
      }
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
      await deps.db.transaction().execute(async (trx) => {
        await exchangeRepository(trx).insertImport(ctx.networkId, newActors, newRelations);
        await writeAudits(trx, [
          ...newActors.map((a) => change('actor', a.row)),
          ...newRelations.map((r) => change('relation', r)),
        ]);
      });
      // After the commit: the search index (its own transactions) and one live event per kind,
      // not thousands, so every open page reloads once.
      await search.indexNewActors(newActors.map((a) => a.row.id));
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
      const data = await exportData(ctx);
      return writeXlsx(data.actors, data.relations);
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

/** Problems the actor schema cannot name in spreadsheet words: domain and dimensions. */
function elementProblem(cells: Record<string, string>): MessageRef | null {
  const domain = pick(cells, 'domein', 'domain').toLowerCase();
  if (domain && !(DOMAINS as readonly string[]).includes(domain)) {
    return msg('row.domain', { value: domain, choices: DOMAINS.join(', ') });
  }
  for (const d of splitMulti(pick(cells, 'dimensies', 'dimensiespositievegezondheid', 'healthdimensions'))) {
    if (!(HEALTH_DIMENSIONS as readonly string[]).includes(d.toLowerCase()))
      return msg('row.dimension', { value: d, choices: HEALTH_DIMENSIONS.join(', ') });
  }
  return null;
}

function toActorInput(cells: Record<string, string>, label: string): Record<string, unknown> {
  const typeWord = labelKey(pick(cells, 'type', 'soort')).replace(/[^a-z]/g, '');
  const status = labelKey(pick(cells, 'status'));
  // Excel drops the leading zero of a KvK or AGB number stored as a number: 7 digits get it back.
  const digits = (v: string) => (/^\d{7}$/.test(v) ? `0${v}` : v);
  return {
    kind: KIND_WORDS[typeWord] ?? 'organisation',
    name: label,
    domain: pick(cells, 'domein', 'domain').toLowerCase() || 'overig',
    themes: splitMulti(pick(cells, 'themas', 'thema', 'themes', 'tags')),
    targetGroups: splitMulti(pick(cells, 'doelgroepen', 'doelgroep', 'targetgroups')),
    healthDimensions: splitMulti(pick(cells, 'dimensies', 'dimensiespositievegezondheid', 'healthdimensions')).map(
      (d) => d.toLowerCase(),
    ),
    area: pick(cells, 'gebied', 'area'),
    description: pick(cells, 'description', 'beschrijving', 'omschrijving'),
    contactEmail: pick(cells, 'email', 'emailadres', 'contactemail'),
    contactPhone: pick(cells, 'telefoon', 'phone', 'telefoonnummer'),
    website: pick(cells, 'website', 'url', 'site'),
    kvk: digits(pick(cells, 'kvk', 'kvknummer')),
    agb: digits(pick(cells, 'agb', 'agbcode')),
    findable: false,
    status: status === 'benaderd' || status === 'approached' ? 'approached' : 'partner',
  };
}

export type ExchangeService = ReturnType<typeof createExchangeService>;
