/**
 * `wijknet scan score`: scores the answers of a samenwerkingsscan round from a CSV file against
 * a questionnaire definition, without a server, by the same rule the app uses. For researchers
 * and for checking the app's results by hand.
 */

import { readFile } from 'node:fs/promises';
import { CsvError, readCsv, type CsvRow, type CsvTable } from '../domain/csv.js';
import { checkDefinition, formatProblem, RESPONDENT_COLUMN, type ScanDefinition } from '../domain/scan/definition.js';
import { isOnScale, readRound, scoreRound, type ResponseAnswers, type RoundScore } from '../domain/scan/score.js';
import { spreadText, tooFewText } from '../domain/scan/render.js';
import type { CommandIo } from './analyse.js';

const EXIT_INPUT = 2;
/** Enough to fix a file in one go without flooding the terminal. */
const MAX_PROBLEMS = 10;

const USAGE = `Gebruik: wijknet scan score --definition scan.json --answers antwoorden.csv [--json]

Berekent de uitkomst van een samenwerkingsscan per dimensie: het gemiddelde, de spreiding
(standaardafwijking) en het aantal mensen. Op dezelfde manier als Wijknet zelf.

  --definition <bestand>  De vragenlijst als JSON (zie docs/SCAN-FORMAT.md).
  --answers <bestand>     De antwoorden als CSV: een kolom "respondent" en een kolom per
                          vraag, met de id van de vraag als naam. Een lege cel is geen antwoord.
  --json                  Geef de uitkomst als JSON in plaats van als tabel.
  --help                  Toon deze uitleg.

Het CSV-bestand mag ; of , als scheidingsteken hebben. Een dimensie krijgt pas een uitkomst
als minstens 3 mensen genoeg vragen ervan beantwoordden (minstens de helft).
`;

class InputError extends Error {}

interface Options {
  definition?: string;
  answers?: string;
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
    } else if (name === '--definition' || name === '--answers') {
      const value = equals < 0 ? args[++i] : arg.slice(equals + 1);
      // `--answers --json` means the file name was forgotten, not a file called "--json".
      if (value === undefined || value === '' || (equals < 0 && value.startsWith('--'))) {
        throw new InputError(`Na ${name} hoort de naam van een bestand.`);
      }
      if (name === '--definition') options.definition = value;
      else options.answers = value;
    } else {
      throw new InputError(`"${arg}" ken ik niet.`);
    }
  }
  return options;
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code === 'ENOENT') throw new InputError(`Het bestand "${path}" bestaat niet. Controleer de naam en de map.`);
    if (code === 'EISDIR') throw new InputError(`"${path}" is een map, geen bestand.`);
    throw new InputError(
      `Het bestand "${path}" kan niet gelezen worden (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}

/** V8's JSON messages are English; only the position in them is passed on, as line and column. */
function jsonErrorPlace(text: string, error: unknown): string {
  const position = /at position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (!position) return '';
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return ` De fout zit op regel ${line}, teken ${column}.`;
}

async function loadDefinition(path: string): Promise<ScanDefinition> {
  const bytes = await readBytes(path);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(
      `"${path}" is geen geldige JSON.${jsonErrorPlace(text, error)} Controleer komma's, aanhalingstekens en haakjes.`,
    );
  }
  const checked = checkDefinition(json);
  if (checked.ok) return checked.definition;
  const shown = checked.problems.slice(0, MAX_PROBLEMS).map((p) => `  - ${formatProblem(p)}`);
  const more =
    checked.problems.length > MAX_PROBLEMS ? [`  … en nog ${checked.problems.length - MAX_PROBLEMS} andere.`] : [];
  throw new InputError(`De vragenlijst in "${path}" klopt niet:\n${[...shown, ...more].join('\n')}`);
}

async function loadAnswers(path: string): Promise<CsvTable> {
  const bytes = await readBytes(path);
  try {
    return readCsv(bytes);
  } catch (error) {
    if (error instanceof CsvError) throw new InputError(`In "${path}", regel ${error.line}: ${error.message}`);
    throw error;
  }
}

function where(path: string, row: CsvRow): string {
  return `"${path}", rij ${row.row}${row.line !== row.row ? ` (regel ${row.line})` : ''}`;
}

const WHOLE_NUMBER = /^[+-]?\d+$/;

/** Turns the CSV into one answer map per respondent, refusing anything the rule cannot score. */
function readResponses(table: CsvTable, path: string, definition: ScanDefinition): ResponseAnswers[] {
  const names = table.header.map((h) => h.trim());
  const respondentIndex = names.findIndex((n) => n.toLowerCase() === RESPONDENT_COLUMN);
  if (respondentIndex < 0) {
    throw new InputError(
      `In "${path}" ontbreekt de kolom "${RESPONDENT_COLUMN}" in de kopregel (rij 1). Zet daarin een naam of nummer per respondent.`,
    );
  }
  const itemIds = new Set(definition.dimensions.flatMap((d) => d.items.map((i) => i.id)));
  const columns: { index: number; item: string }[] = [];
  const seen = new Map<string, number>();
  names.forEach((name, index) => {
    if (index === respondentIndex) return;
    const column = index + 1;
    if (name === '')
      throw new InputError(
        `In "${path}" heeft kolom ${column} geen naam in de kopregel. Zet er de id van een vraag boven, of haal de kolom weg.`,
      );
    if (!itemIds.has(name)) {
      throw new InputError(
        `In "${path}" is kolom "${name}" geen vraag uit de vragenlijst "${definition.id}". Controleer de id, of haal de kolom weg.`,
      );
    }
    const first = seen.get(name);
    if (first !== undefined)
      throw new InputError(
        `In "${path}" staat de kolom "${name}" twee keer (kolom ${first} en ${column}). Laat er één staan.`,
      );
    seen.set(name, column);
    columns.push({ index, item: name });
  });

  const { min, max } = definition.scale;
  const firstRowOf = new Map<string, number>();
  return table.rows.map((row) => {
    const respondent = row.fields[respondentIndex].trim();
    if (respondent === '')
      throw new InputError(`In ${where(path, row)}: de respondent is leeg. Geef elke rij een eigen naam of nummer.`);
    const first = firstRowOf.get(respondent);
    if (first !== undefined) {
      throw new InputError(
        `In ${where(path, row)}: respondent "${respondent}" staat ook al op rij ${first}. Elke respondent mag maar één rij hebben.`,
      );
    }
    firstRowOf.set(respondent, row.row);
    const answers: Record<string, number | null> = {};
    for (const { index, item } of columns) {
      const cell = row.fields[index].trim();
      if (cell === '') continue;
      const value = WHOLE_NUMBER.test(cell) ? Number(cell) : Number.NaN;
      if (!isOnScale(definition.scale, value)) {
        throw new InputError(
          `In ${where(path, row)}, kolom "${item}": "${cell}" is geen heel getal van ${min} tot ${max}. Laat de cel leeg als er geen antwoord is.`,
        );
      }
      answers[item] = value;
    }
    return answers;
  });
}

const twoDecimals = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function table(definition: ScanDefinition, round: RoundScore): string {
  const readings = new Map(readRound(definition, round).map((r) => [r.id, r]));
  const names = new Map(definition.dimensions.map((d) => [d.id, d.name]));
  const rows = round.dimensions.map((d) => {
    const reading = readings.get(d.id);
    const note = !reading
      ? tooFewText(d.n, 'nl')
      : `${spreadText(reading.spread, 'nl')}${reading.weak ? ' Lager dan het midden van de schaal.' : ''}`;
    return [
      names.get(d.id) ?? d.id,
      d.mean === null ? '–' : twoDecimals.format(d.mean),
      d.sd === null ? '–' : twoDecimals.format(d.sd),
      String(d.n),
      note,
    ];
  });
  const header = ['Dimensie', 'Gemiddelde', 'Spreiding', 'Aantal', 'Wat het zegt'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  // Text left, numbers right, as in a spreadsheet.
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c === 0 || c === 4 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
      .join('  ')
      .trimEnd();
  const { min, max } = definition.scale;
  return [
    `${definition.name} (versie ${definition.version}), schaal ${min} tot ${max}`,
    `${round.respondents} ${round.respondents === 1 ? 'respondent' : 'respondenten'}`,
    '',
    line(header),
    ...rows.map(line),
    '',
    'Spreiding is de standaardafwijking tussen de respondenten. "Aantal" telt wie minstens de helft van de vragen van de dimensie beantwoordde.',
    '',
  ].join('\n');
}

export async function scanCommand(args: string[], io: CommandIo): Promise<number> {
  try {
    const [sub, ...rest] = args;
    if (sub === undefined) {
      io.stderr(USAGE);
      return EXIT_INPUT;
    }
    if (sub === '--help' || sub === '-h') {
      io.stdout(USAGE);
      return 0;
    }
    if (sub !== 'score') throw new InputError(`"${sub}" ken ik niet. Bedoel je "wijknet scan score"?`);
    const options = parseArgs(rest);
    if (options.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (options.definition === undefined) throw new InputError('Geef de vragenlijst op met --definition <bestand>.');
    if (options.answers === undefined) throw new InputError('Geef de antwoorden op met --answers <bestand>.');

    const definition = await loadDefinition(options.definition);
    const responses = readResponses(await loadAnswers(options.answers), options.answers, definition);
    const round = scoreRound(definition, responses);
    if (options.json) {
      const dimensions = round.dimensions.map(({ id, mean, sd, n, withheld }) => ({ id, mean, sd, n, withheld }));
      io.stdout(`${JSON.stringify({ respondents: round.respondents, dimensions }, null, 2)}\n`);
    } else {
      io.stdout(table(definition, round));
    }
    return 0;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr(`Fout: ${error.message}\nTyp "wijknet scan score --help" voor uitleg.\n`);
    return EXIT_INPUT;
  }
}
