import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanCommand } from './scan.js';

const dir = mkdtempSync(join(tmpdir(), 'wijknet-scan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileCount = 0;
function file(content: string | Uint8Array, ext = 'csv'): string {
  const path = join(dir, `bestand-${++fileCount}.${ext}`);
  writeFileSync(path, content);
  return path;
}

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await scanCommand(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

/** The worked example of docs/SCAN-FORMAT.md, so the numbers there are checked here. */
const exampleDefinition = fileURLToPath(new URL('../../docs/examples/scan-voorbeeld.json', import.meta.url));
const exampleAnswers = fileURLToPath(new URL('../../docs/examples/scan-voorbeeld.csv', import.meta.url));
const definitionText = readFileSync(exampleDefinition, 'utf8');

describe('wijknet scan score', () => {
  it('prints exactly the JSON of the issue for the worked example', async () => {
    const { code, stdout, stderr } = await run(
      'score',
      '--definition',
      exampleDefinition,
      '--answers',
      exampleAnswers,
      '--json',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['respondents', 'dimensions']);
    expect(result.dimensions.map((d: object) => Object.keys(d))).toEqual(
      Array(3).fill(['id', 'mean', 'sd', 'n', 'withheld']),
    );
    // samen (s3 reversed: 6 − answer): r1 4, 5, 4 → 13/3; r2 3, 4 (2 of 3, 2 × 2 ≥ 3) → 7/2;
    //   r3 only s1 (1 × 2 < 3, does not count); r4 2, 3, 2 → 7/3.
    //   mean (78 + 63 + 42) / 18 = 61/18 ≈ 3.389; deviations 17/18, 2/18, −19/18 →
    //   (289 + 4 + 361) / 324 = 654/324, / (3 − 1) = 327/324, sd √(327/324) ≈ 1.005.
    // bewoners: r1 b1 only (1 × 2 ≥ 2) → 3; r2 (3 + 4) / 2 = 3.5; r3 4; r4 nothing.
    //   mean 10.5 / 3 = 3.5; deviations −0.5, 0, 0.5 → 0.5 / 2 = 0.25, sd 0.5.
    // resultaat: only r1 and r2 answered → n = 2, withheld.
    expect(result).toEqual({
      respondents: 4,
      dimensions: [
        {
          id: 'samen',
          mean: expect.closeTo(61 / 18, 12),
          sd: expect.closeTo(Math.sqrt(327 / 324), 12),
          n: 3,
          withheld: false,
        },
        { id: 'bewoners', mean: 3.5, sd: 0.5, n: 3, withheld: false },
        { id: 'resultaat', mean: null, sd: null, n: 2, withheld: true },
      ],
    });
    expect(stdout).toContain('"mean": null');
  });

  it('prints a Dutch table without --json', async () => {
    const { code, stdout } = await run('score', `--definition=${exampleDefinition}`, `--answers=${exampleAnswers}`);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Voorbeeldscan (versie 1), schaal 1 tot 5');
    expect(lines[1]).toBe('4 respondenten');
    expect(lines[3]).toBe('Dimensie         Gemiddelde  Spreiding  Aantal  Wat het zegt');
    expect(lines[4]).toBe('Samen optrekken        3,39       1,00       3  De meningen lopen uiteen.');
    expect(lines[5]).toBe('Bewoners               3,50       0,50       3  Jullie zijn het eens.');
    expect(lines[6]).toBe('Resultaat                 –          –       2  Nog te weinig antwoorden — nog 1 nodig.');
  });

  it('counts an item without a column as unanswered by everyone, and reads , as separator', async () => {
    const answers = file('respondent,s1,s3,b1,b2\nr1,4,2,3,\nr2,3,,3,4\nr3,5,,4,4\nr4,2,4,,\n');
    const { code, stdout } = await run('score', '--definition', exampleDefinition, '--answers', answers, '--json');
    expect(code).toBe(0);
    // samen without s2: r1 4, 4 (2 of 3) → 4; r2 and r3 1 of 3 → no; r4 2, 2 → 2. n = 2, withheld.
    expect(JSON.parse(stdout).dimensions[0]).toEqual({ id: 'samen', mean: null, sd: null, n: 2, withheld: true });
  });

  it('shows help, and refuses a missing or unknown sub-command', async () => {
    expect((await run('score', '--help')).stdout).toContain('Gebruik: wijknet scan score --definition');
    const none = await run();
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Gebruik: wijknet scan score');
    const other = await run('bereken');
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('"bereken" ken ik niet. Bedoel je "wijknet scan score"?');
  });

  describe('gives exit code 2 and a Dutch message', () => {
    const answers = (csv: string) => file(csv);

    it('for a missing option or file', async () => {
      const missing = await run('score', '--definition', exampleDefinition);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('Geef de antwoorden op met --answers <bestand>.');
      const path = join(dir, 'weg.csv');
      const gone = await run('score', '--definition', exampleDefinition, '--answers', path);
      expect(gone.code).toBe(2);
      expect(gone.stderr).toContain(`Het bestand "${path}" bestaat niet.`);
    });

    it('for a column that is not an item of the definition', async () => {
      const path = answers('respondent;s1;s9\nr1;4;3\n');
      const { code, stderr } = await run('score', '--definition', exampleDefinition, '--answers', path);
      expect(code).toBe(2);
      expect(stderr).toContain(`In "${path}" is kolom "s9" geen vraag uit de vragenlijst "voorbeeld".`);
    });

    it('for a missing respondent column', async () => {
      const path = answers('naam;s1\nr1;4\n');
      const { code, stderr } = await run('score', '--definition', exampleDefinition, '--answers', path);
      expect(code).toBe(2);
      expect(stderr).toContain(`In "${path}" ontbreekt de kolom "respondent" in de kopregel (rij 1).`);
    });

    it('for a value that is not a whole number on the scale', async () => {
      for (const value of ['6', '0', '2,5', '3.0', 'eens']) {
        const path = answers(`respondent;s1;s2\nr1;4;3\nr2;${value.includes(',') ? `"${value}"` : value};3\n`);
        const { code, stderr } = await run('score', '--definition', exampleDefinition, '--answers', path);
        expect(code).toBe(2);
        expect(stderr).toContain(
          `In "${path}", rij 3, kolom "s1": "${value}" is geen heel getal van 1 tot 5. Laat de cel leeg als er geen antwoord is.`,
        );
      }
    });

    it('for an empty or repeated respondent', async () => {
      const empty = answers('respondent;s1\nr1;4\n ;3\n');
      const emptyResult = await run('score', '--definition', exampleDefinition, '--answers', empty);
      expect(emptyResult.code).toBe(2);
      expect(emptyResult.stderr).toContain(`In "${empty}", rij 3: de respondent is leeg.`);
      const twice = answers('respondent;s1\nr1;4\nr2;3\nr1;5\n');
      const twiceResult = await run('score', '--definition', exampleDefinition, '--answers', twice);
      expect(twiceResult.code).toBe(2);
      expect(twiceResult.stderr).toContain(`In "${twice}", rij 4: respondent "r1" staat ook al op rij 2.`);
    });

    it("for a malformed definition, with the validator's message per field", async () => {
      const broken = JSON.parse(definitionText);
      broken.dimensions[2].items[0].id = '';
      broken.scale.max = 1;
      const path = file(JSON.stringify(broken), 'json');
      const { code, stderr } = await run('score', '--definition', path, '--answers', exampleAnswers);
      expect(code).toBe(2);
      expect(stderr).toContain(`De vragenlijst in "${path}" klopt niet:\n  - dimensions[2].items[0].id: vul een id in`);
      const notJson = file('{\n  "id": "x",\n}', 'json');
      const notJsonResult = await run('score', '--definition', notJson, '--answers', exampleAnswers);
      expect(notJsonResult.code).toBe(2);
      // A comma before the closing } (line 3, first character): the most common slip in hand-written JSON.
      expect(notJsonResult.stderr).toContain(`"${notJson}" is geen geldige JSON. De fout zit op regel 3, teken 1.`);
      const cut = await run('score', '--definition', file('{"id": ', 'json'), '--answers', exampleAnswers);
      expect(cut.stderr).toContain("is geen geldige JSON. Controleer komma's, aanhalingstekens en haakjes.");
    });
  });
});
