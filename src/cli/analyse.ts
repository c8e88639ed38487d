/**
 * `wijknet analyse`: reads an actors file and a relations file (CSV, as exported from a
 * spreadsheet) and prints the network measures, as Dutch text or as JSON.
 */

import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { CsvError, readCsv, type CsvRow, type CsvTable } from '../domain/csv.js';
import {
  finishReading,
  prepareReading,
  type PreparedReading,
  type ReadingActor,
  type ReadingRelation,
} from '../domain/network/reading.js';
import { graphMeasures, type GraphMeasures } from '../domain/network/measures.js';
import {
  busyElsewhere,
  cpuSample,
  EARLY_START_BYTES,
  freeThreads,
  parallelBetweenness,
  startBetweennessThread,
} from './parallel-betweenness.js';

export interface CommandIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/** Exit code for anything wrong with the command line or the files. */
const EXIT_INPUT = 2;

const USAGE = `Gebruik: wijknet analyse --actors actoren.csv --relations relaties.csv [--json]

Bekijkt hoe je netwerk in elkaar zit: hoe dicht het is, wie verbinder is, welke groepen er
zijn en welke domeinen nog niet samenwerken. Dezelfde uitleg als op de pagina Analyse in de app.

  --actors <bestand>     De actoren. Kolommen: Label (elk label één keer), Type en,
                         als je wilt, Domein. Zonder domein telt een actor als "overig".
  --relations <bestand>  De relaties. Kolommen: From en To (labels uit het actorenbestand)
                         en, als je wilt, Type. Een relatie geldt in beide richtingen.
  --json                 Geef de uitkomst als JSON in plaats van als tekst: "reading" (de
                         bevindingen, zoals de API ze geeft), "centrality" en "crossDomain".
  --help                 Toon deze uitleg.

De bestanden mogen ; of , als scheidingsteken hebben en in UTF-8 of Windows-1252 staan
(zoals Excel ze opslaat). De namen van de kolommen mogen met hoofdletters of kleine letters.
`;

/** A problem the user can fix; the message says what and where. */
class InputError extends Error {}

interface Options {
  actors?: string;
  relations?: string;
  json: boolean;
  help: boolean;
}

function parseArgs(args: readonly string[]): Options {
  const options: Options = { json: false, help: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = equals < 0 ? arg : arg.slice(0, equals);
    if (name === '--help' || name === '-h') {
      options.help = true;
    } else if (name === '--json') {
      options.json = true;
    } else if (name === '--actors' || name === '--relations') {
      const value = equals < 0 ? args[++i] : arg.slice(equals + 1);
      // `--actors --json` means the file name was forgotten, not a file called "--json".
      if (value === undefined || value === '' || (equals < 0 && value.startsWith('--'))) {
        throw new InputError(`Na ${name} hoort de naam van een CSV-bestand.`);
      }
      if (name === '--actors') options.actors = value;
      else options.relations = value;
    } else {
      throw new InputError(`"${arg}" ken ik niet.`);
    }
  }
  return options;
}

function readErrorMessage(path: string, error: unknown): string {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  if (code === 'ENOENT') return `Het bestand "${path}" bestaat niet. Controleer de naam en de map.`;
  if (code === 'EISDIR') return `"${path}" is een map, geen bestand.`;
  if (code === 'EACCES' || code === 'EPERM') return `Je hebt geen toegang om "${path}" te lezen.`;
  return `Het bestand "${path}" kan niet gelezen worden (${error instanceof Error ? error.message : String(error)}).`;
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new InputError(readErrorMessage(path, error));
  }
}

function parseTable(path: string, bytes: Uint8Array): CsvTable {
  try {
    return readCsv(bytes);
  } catch (error) {
    if (error instanceof CsvError) throw new InputError(`In "${path}", regel ${error.line}: ${error.message}`);
    throw error;
  }
}

/** `"file", rij 4`, plus the line in the file when a cell with a line break makes the two differ. */
function where(path: string, row: CsvRow): string {
  return `"${path}", rij ${row.row}${row.line !== row.row ? ` (regel ${row.line})` : ''}`;
}

interface Column {
  index: number;
  /** The name as written in the file, so messages match what the user sees. */
  name: string;
}

function findColumn(table: CsvTable, wanted: string): Column | undefined {
  const index = table.header.findIndex((h) => h.trim().toLowerCase() === wanted.toLowerCase());
  return index < 0 ? undefined : { index, name: table.header[index].trim() };
}

function requireColumn(table: CsvTable, path: string, wanted: string): Column {
  const column = findColumn(table, wanted);
  if (column) return column;
  const found = table.header.map((h) => h.trim()).filter((h) => h !== '');
  const list = found.length > 0 ? `Ik vind alleen: ${found.map((h) => `"${h}"`).join(', ')}.` : 'De kopregel is leeg.';
  throw new InputError(`In "${path}" ontbreekt de kolom "${wanted}" in de kopregel (rij 1). ${list}`);
}

/** The label is both id and name: it is unique in the file, and the app orders by name too. */
function readActors(table: CsvTable, path: string): { actors: ReadingActor[]; rowOf: Map<string, CsvRow> } {
  const label = requireColumn(table, path, 'Label');
  requireColumn(table, path, 'Type');
  const domain = findColumn(table, 'Domein');
  if (table.rows.length === 0) {
    throw new InputError(`In "${path}" staan geen actoren. Zet onder de kopregel minstens één actor met een label.`);
  }
  const actors: ReadingActor[] = [];
  const rowOf = new Map<string, CsvRow>();
  for (const row of table.rows) {
    const name = row.fields[label.index].trim();
    if (name === '') {
      throw new InputError(
        `In ${where(path, row)}, kolom "${label.name}": het label is leeg. Geef elke actor een label.`,
      );
    }
    const first = rowOf.get(name);
    if (first) {
      throw new InputError(
        `In ${where(path, row)}, kolom "${label.name}": het label "${name}" staat ook al op rij ${first.row}. Elk label mag maar één keer voorkomen.`,
      );
    }
    rowOf.set(name, row);
    actors.push({ id: name, name, domain: domain ? row.fields[domain.index] : undefined });
  }
  return { actors, rowOf };
}

function readRelations(
  table: CsvTable,
  path: string,
  actorsPath: string,
  known: ReadonlyMap<string, CsvRow>,
): ReadingRelation[] {
  const from = requireColumn(table, path, 'From');
  const to = requireColumn(table, path, 'To');
  const label = (row: CsvRow, column: Column): string => {
    const name = row.fields[column.index].trim();
    if (name === '') {
      throw new InputError(
        `In ${where(path, row)}, kolom "${column.name}": de cel is leeg. Vul het label van een actor in.`,
      );
    }
    if (!known.has(name)) {
      throw new InputError(
        `In ${where(path, row)}, kolom "${column.name}": "${name}" staat niet in "${actorsPath}". Controleer de spelling of voeg de actor toe.`,
      );
    }
    return name;
  };
  // A plain loop: it runs cold in a new process, where a closure and an array per row cost more.
  const relations: ReadingRelation[] = [];
  for (const row of table.rows) relations.push({ from: label(row, from), to: label(row, to) });
  return relations;
}

export async function analyseCommand(args: string[], io: CommandIo): Promise<number> {
  try {
    const options = parseArgs(args);
    if (options.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (options.actors === undefined) throw new InputError('Geef het actorenbestand op met --actors <bestand>.');
    if (options.relations === undefined) throw new InputError('Geef het relatiebestand op met --relations <bestand>.');

    // What the cores do while the files are read tells how many threads betweenness can use.
    const sample = cpuSample();
    const [actorBytes, relationBytes] = await Promise.all([readBytes(options.actors), readBytes(options.relations)]);
    // For a large network the threads start now, so they are ready once the files are parsed.
    const started =
      relationBytes.length >= EARLY_START_BYTES
        ? Array.from({ length: availableParallelism() - 1 }, startBetweennessThread)
        : [];
    let relationTable: CsvTable;
    let prepared: PreparedReading;
    try {
      const actorTable = parseTable(options.actors, actorBytes);
      relationTable = parseTable(options.relations, relationBytes);
      const { actors, rowOf } = readActors(actorTable, options.actors);
      const relations = readRelations(relationTable, options.relations, options.actors, rowOf);
      prepared = prepareReading(actors, relations);
    } catch (error) {
      // A waiting thread would keep the process alive.
      for (const { worker } of started) void worker.terminate();
      throw error;
    }
    // The other measures (groups, parts, domains) on this thread while workers compute betweenness.
    let measures: GraphMeasures | undefined;
    const between = await parallelBetweenness(prepared.graph, {
      threads: freeThreads(undefined, busyElsewhere(sample)),
      started,
      meanwhile: () => (measures = graphMeasures(prepared.graph)),
    });
    const { reading, centrality, crossDomain, warnings } = finishReading(prepared, between, measures);

    const rows = relationTable.rows;
    for (const warning of warnings) {
      if (warning.kind === 'self-relation') {
        io.stderr(
          `Let op: in ${where(options.relations, rows[warning.index])}: "${warning.label}" heeft een relatie met zichzelf. Die tellen we niet mee.\n`,
        );
      } else if (warning.kind === 'repeated-relation') {
        io.stderr(
          `Let op: in ${where(options.relations, rows[warning.index])}: de relatie tussen "${warning.from}" en "${warning.to}" staat ook al op rij ${rows[warning.firstIndex].row}. We tellen hem één keer.\n`,
        );
      }
    }

    if (options.json) {
      io.stdout(`${JSON.stringify({ reading, centrality, crossDomain }, null, 2)}\n`);
    } else {
      // Loaded only here: its number formats cost the --json output 10–20 ms of start-up.
      const { readingNl } = await import('../domain/network/reading-nl.js');
      io.stdout(
        `Netwerkanalyse\n\n${readingNl(reading)
          .map((line) => `- ${line}\n`)
          .join('')}`,
      );
    }
    return 0;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr(`Fout: ${error.message}\nTyp "wijknet analyse --help" voor uitleg.\n`);
    return EXIT_INPUT;
  }
}
