/**
 * Every task the worker pool runs, by name: pure functions of their input (no database, no
 * network, no clock), so a worker can be killed at any moment without harm. Expected failures
 * (a file that cannot be read or breaks a limit) are results with a message for the user;
 * anything thrown is a failed job. Today: reading Kumu and CBS files, the Kumu workbook, PDF,
 * Word and Excel documents, the analysis of a large network and the Monte Carlo of an effect model.
 */
import { CbsError, readCbs, type CbsFile } from '../domain/cbs.js';
import type { DomainText } from '../domain/messages.js';
import type { MessageRef } from '../core/messages/index.js';
import { pack, unpackAll, type Packed, type ReadResult } from '../core/worker-pool.js';
import {
  KumuError,
  readKumu,
  writeXlsx,
  type ExportActor,
  type ExportRelation,
  type KumuInput,
} from '../modules/exchange/kumu.js';
import { importRows, planImport, type PlanContext, type PlannedImport } from '../modules/exchange/plan.js';
import type { ActorStamp } from '../modules/common/actor-rows.js';
import { renderDocx, renderPdf } from '../modules/documents/render.js';
import type { DocumentModel } from '../modules/documents/model.js';
import { buildFunderReport } from '../modules/documents/funder-report.js';
import { renderFunderXlsx } from '../modules/documents/xlsx.js';
import type { CardSnapshot } from '../modules/cards/schemas.js';
import type { EffectVersionReport } from '../modules/effects/schemas.js';
import { analyse, type AnalysedRelation } from '../modules/analysis/analyse.js';
import type { ActorRef, NetworkAnalysisView } from '../modules/analysis/schemas.js';
import { monteCarloFigures, type MonteCarloFigures } from '../modules/common/monte-carlo.js';
import type { EffectModel } from '../domain/effects/schema.js';

export type Task = (input: never) => unknown;

export const tasks = {
  /** A Kumu spreadsheet: one XLSX or one or two CSV files. */
  async 'kumu.read'(input: {
    files: { fileName: string; bytes: Uint8Array }[];
  }): Promise<ReadResult<KumuInput, MessageRef>> {
    try {
      return { ok: true, value: await readKumu(input.files) };
    } catch (err) {
      if (err instanceof KumuError) return { ok: false, problem: err.text };
      throw err;
    }
  },

  /**
   * A Kumu file read and checked row by row against the network's actors (plan.ts). With `write`
   * (an import, not a preview) the rows to write come back too, made here and packed in slices:
   * the main thread then only writes them, a slice at a time. Not when the file has bad rows
   * that the caller did not choose to skip: the import is refused then.
   */
  async 'kumu.plan'(input: {
    files: { fileName: string; bytes: Uint8Array }[];
    context: PlanContext;
    write: (ActorStamp & { skipBadRows: boolean; slice: number }) | null;
  }): Promise<ReadResult<PlannedImport, MessageRef>> {
    const read = await tasks['kumu.read']({ files: input.files });
    if (!read.ok) return read;
    const plan = planImport(read.value, input.context);
    const { write } = input;
    if (!write || (plan.preview.problems.length > 0 && !write.skipBadRows))
      return { ok: true, value: { preview: plan.preview, rows: null } };
    const rows = importRows(plan, write);
    return {
      ok: true,
      value: {
        preview: plan.preview,
        rows: { actors: await pack(rows.actors, write.slice), relations: await pack(rows.relations, write.slice) },
      },
    };
  },

  /** A CBS file (StatLine CSV or OData JSON). */
  'cbs.read'(input: { bytes: Uint8Array; fileName: string }): ReadResult<CbsFile, DomainText> {
    try {
      return { ok: true, value: readCbs(input.bytes, input.fileName) };
    } catch (err) {
      if (err instanceof CbsError) return { ok: false, problem: { key: err.key, params: err.params } };
      throw err;
    }
  },

  /** The network as a Kumu spreadsheet (Elements and Connections). */
  async 'kumu.xlsx'(input: { actors: Packed<ExportActor>; relations: Packed<ExportRelation> }): Promise<Uint8Array> {
    return writeXlsx(unpackAll(input.actors), unpackAll(input.relations));
  },

  /** A plan van aanpak or samenwerkingsovereenkomst as PDF or Word: the same bytes as on the main thread. */
  async 'document.render'(input: { model: DocumentModel; format: 'pdf' | 'docx' }): Promise<Uint8Array> {
    return input.format === 'pdf' ? renderPdf(input.model) : renderDocx(input.model);
  },

  /** The funder report of a saved model version: PDF, or Excel with live formulas. */
  async 'funder.report'(input: {
    network: CardSnapshot;
    report: EffectVersionReport;
    format: 'pdf' | 'xlsx';
  }): Promise<Uint8Array> {
    return input.format === 'pdf'
      ? renderPdf(buildFunderReport(input.network, input.report))
      : renderFunderXlsx(input.network.network.name, input.report);
  },

  /** The analysis of a network above the size threshold (analysis/analyse.ts): the same view as `analyse()` here. */
  'network.analyse'(input: { actors: Packed<ActorRef>; relations: Packed<AnalysedRelation> }): NetworkAnalysisView {
    return analyse(unpackAll(input.actors), unpackAll(input.relations));
  },

  /** The seeded Monte Carlo of an effect model (common/monte-carlo.ts): the same figures, bit for bit. */
  'effects.monteCarlo'(input: { model: EffectModel; runs: number; seed: number }): MonteCarloFigures {
    return monteCarloFigures(input.model, input.runs, input.seed);
  },
} satisfies Record<string, Task>;
