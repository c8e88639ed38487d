/**
 * `wijknet effects`: reads a programme model (JSON, format in docs/EFFECTS-FORMAT.md) and
 * prints present values, ratio, payback year and who pays and who benefits, optionally with a
 * seeded Monte Carlo; as Dutch text or as JSON. No server or database.
 */

import { readFile } from 'node:fs/promises';
import { calculate } from '../domain/effects/calculate.js';
import { describeIssue, parseEffectModel } from '../domain/effects/schema.js';
import { describeEffects, describeWarning } from '../domain/effects/summary.js';
import { DEFAULT_SEED, MAX_RUNS, monteCarlo, tornado, type MonteCarloResult } from '../domain/effects/uncertainty.js';
import type { CommandIo } from './analyse.js';

const EXIT_INPUT = 2;

const USAGE = `Gebruik: wijknet effects MODEL.json [--json] [--monte-carlo N [--seed S]]

Rekent een effectmodel door (programmamethode, SROI/MKBA): wat er in gaat, wat het oplevert,
de verhouding, wanneer het is terugverdiend, en wie betaalt en wie er baat bij heeft.

  MODEL.json         Het model: investeringen ("inputs") en effecten ("outcomes").
                     De opbouw staat in docs/EFFECTS-FORMAT.md.
  --json             Geef de uitkomst als JSON in plaats van als tekst.
  --monte-carlo N    Reken het model N keer door met willekeurige waarden tussen de lage
                     en hoge waarden ("low" en "high"), en toon de onzekerheid.
  --seed S           Het startgetal voor de willekeurige waarden (standaard ${DEFAULT_SEED}).
                     Met hetzelfde startgetal krijg je altijd dezelfde uitkomst.
  --help             Toon deze uitleg.
`;

class InputError extends Error {}

interface Options {
  model?: string;
  json: boolean;
  help: boolean;
  runs?: number;
  seed?: number;
}

function wholeNumber(name: string, value: string | undefined, min: number, max: number, what: string): number {
  if (value === undefined || value === '' || value.startsWith('--')) throw new InputError(`Na ${name} hoort ${what}.`);
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    throw new InputError(
      `${name} "${value}" kan niet: geef een heel getal van ${min.toLocaleString('nl-NL')} tot en met ${max.toLocaleString('nl-NL')}.`,
    );
  }
  return n;
}

function parseArgs(args: readonly string[]): Options {
  const options: Options = { json: false, help: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = equals < 0 ? arg : arg.slice(0, equals);
    const value = () => (equals < 0 ? args[++i] : arg.slice(equals + 1));
    if (name === '--help' || name === '-h') options.help = true;
    else if (name === '--json') options.json = true;
    else if (name === '--monte-carlo')
      options.runs = wholeNumber(name, value(), 1, MAX_RUNS, 'het aantal keer doorrekenen, bijvoorbeeld 10000');
    else if (name === '--seed')
      options.seed = wholeNumber(name, value(), 0, 0xffffffff, 'een startgetal, bijvoorbeeld 1');
    else if (arg.startsWith('-')) throw new InputError(`"${arg}" ken ik niet.`);
    else if (options.model !== undefined) throw new InputError(`Geef één modelbestand op; "${arg}" is er een te veel.`);
    else options.model = arg;
  }
  if (options.seed !== undefined && options.runs === undefined) {
    throw new InputError(
      '--seed hoort bij --monte-carlo. Geef ook op hoe vaak je wilt doorrekenen, bijvoorbeeld --monte-carlo 10000.',
    );
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

async function loadJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(readErrorMessage(path, error));
  }
  try {
    // A byte order mark is what some Windows editors put in front; JSON.parse refuses it.
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(`"${path}" is geen geldige JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
}

/** The JSON of the command: exactly these keys in this order, numbers unrounded. */
function toJson(result: ReturnType<typeof calculate>, uncertainty: MonteCarloResult | undefined): string {
  const out: Record<string, unknown> = {
    pvInputs: result.pvInputs,
    pvOutcomes: result.pvOutcomes,
    ratio: result.ratio,
    npv: result.npv,
    paybackYear: result.paybackYear,
    stakeholders: result.stakeholders.map((s) => ({
      name: s.name,
      investment: s.investment,
      benefit: s.benefit,
      proposedShare: s.proposedShare,
    })),
    outcomes: result.outcomes.map((o) => ({ name: o.name, pv: o.pv })),
  };
  if (uncertainty) {
    out.uncertainty = {
      runs: uncertainty.runs,
      seed: uncertainty.seed,
      pRatioAbove1: uncertainty.pRatioAbove1,
      p05: uncertainty.p05,
      p50: uncertainty.p50,
      p95: uncertainty.p95,
    };
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}

export async function effectsCommand(args: string[], io: CommandIo): Promise<number> {
  try {
    const options = parseArgs(args);
    if (options.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (options.model === undefined)
      throw new InputError('Geef het modelbestand op, bijvoorbeeld: wijknet effects model.json');
    const parsed = parseEffectModel(await loadJson(options.model));
    if (!parsed.ok) {
      const list = parsed.issues.map((issue) => `- ${describeIssue(issue)}`).join('\n');
      throw new InputError(
        `In "${options.model}" ${parsed.issues.length === 1 ? 'klopt iets' : 'kloppen dingen'} niet:\n${list}`,
      );
    }
    const result = calculate(parsed.model);
    const uncertainty =
      options.runs === undefined ? undefined : monteCarlo(parsed.model, options.runs, options.seed ?? DEFAULT_SEED);

    for (const warning of result.warnings) io.stderr(`Let op: ${describeWarning(warning)}\n`);
    if (uncertainty && uncertainty.runsWithoutRatio > 0) {
      io.stderr(
        `Let op: bij ${uncertainty.runsWithoutRatio.toLocaleString('nl-NL')} van de ${uncertainty.runs.toLocaleString('nl-NL')} keer waren de investeringen € 0 waard, dus zonder verhouding. Die tellen niet mee in de percentielen en niet als "boven 1".\n`,
      );
    }
    io.stdout(options.json ? toJson(result, uncertainty) : describeEffects(result, uncertainty, tornado(parsed.model)));
    return 0;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr(`Fout: ${error.message}\nTyp "wijknet effects --help" voor uitleg.\n`);
    return EXIT_INPUT;
  }
}
