import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseCommand } from './analyse.js';

const dir = mkdtempSync(join(tmpdir(), 'wijknet-analyse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileCount = 0;
function file(content: string | Uint8Array): string {
  const path = join(dir, `bestand-${++fileCount}.csv`);
  writeFileSync(path, content);
  return path;
}

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await analyseCommand(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

const actorsCsv = [
  'Label;Type;Domein',
  'Huisarts;organisatie;zorg',
  'Wijkteam;organisatie;zorg',
  'Buurthuis;organisatie;welzijn',
  'Corporatie;organisatie;wonen',
  'Moestuin;initiatief;',
].join('\r\n');
const relationsCsv = ['From;To;Type', 'Huisarts;Wijkteam;overleg', 'Wijkteam;Buurthuis;', 'Buurthuis;Corporatie;'].join(
  '\r\n',
);

describe('wijknet analyse', () => {
  it('prints the reading, the centrality and the domain matrix with --json', async () => {
    const { code, stdout, stderr } = await run(
      '--actors',
      file(actorsCsv),
      '--relations',
      file(relationsCsv),
      '--json',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['reading', 'centrality', 'crossDomain']);
    // 3 of the 5·4/2 = 10 possible relations; Moestuin counts as isolated, not as a part or a group.
    expect(result.reading).toMatchObject({
      actors: 5,
      relations: 3,
      density: 0.3,
      densityBand: 'connected',
      parts: 1,
      isolated: [{ id: 'Moestuin', name: 'Moestuin' }],
    });
    expect(
      result.reading.groups
        .flat()
        .map((a: { name: string }) => a.name)
        .sort(),
    ).toEqual(['Buurthuis', 'Corporatie', 'Huisarts', 'Wijkteam']);
    expect(result.centrality[0]).toEqual({
      id: 'Buurthuis',
      name: 'Buurthuis',
      domain: 'welzijn',
      degree: 0.5,
      betweenness: expect.any(Number),
    });
    expect(result.crossDomain.zorg).toEqual({ overig: 0, welzijn: 1, wonen: 0, zorg: 1 });
    expect(result.reading.domainGaps).toContainEqual({ a: 'wonen', b: 'zorg' });
  });

  it('prints the Dutch reading without --json', async () => {
    const { code, stdout } = await run(`--actors=${file(actorsCsv)}`, `--relations=${file(relationsCsv)}`);
    expect(code).toBe(0);
    expect(stdout).toContain('- Het netwerk heeft 5 partners en 3 relaties.\n');
    expect(stdout).toContain('- Deze partner heeft nog geen relatie: Moestuin.\n');
    // Four pairs of domains without a relation (Moestuin's overig with the three others, and
    // wonen with zorg): three are named, the fourth is counted.
    expect(stdout).toContain('- Overig en welzijn werken nog niet samen.\n');
    expect(stdout).toContain('- En nog 1 paar domeinen dat nog niet samenwerkt.\n');
  });

  it('accepts a relations file with only a header, and column names in any case', async () => {
    const { code, stdout } = await run(
      '--actors',
      file(' label , TYPE\nA,x\nB,y\n'),
      '--relations',
      file('from,to\n'),
      '--json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).reading).toMatchObject({
      actors: 2,
      relations: 0,
      parts: 0,
      isolated: [{ name: 'A' }, { name: 'B' }],
    });
  });

  it('reads Windows-1252 files from Excel', async () => {
    const actors = new Uint8Array([...Buffer.from('Label;Type\nCaf'), 0xe9, ...Buffer.from(';horeca\nKerk;religie\n')]);
    const relations = new Uint8Array([...Buffer.from('From;To\nCaf'), 0xe9, ...Buffer.from(';Kerk\n')]);
    const { code, stdout } = await run('--actors', file(actors), '--relations', file(relations), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).centrality.map((c: { name: string }) => c.name)).toEqual(['Café', 'Kerk']);
  });

  it('warns about self-relations and repeats, and ignores them', async () => {
    const relations = file('From;To\nA;B\nB;A\nC;C\nA;B\n');
    const { code, stdout, stderr } = await run(
      '--actors',
      file('Label;Type\nA;x\nB;x\nC;x\n'),
      '--relations',
      relations,
      '--json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).reading.relations).toBe(1);
    expect(stderr.trimEnd().split('\n')).toEqual([
      `Let op: in "${relations}", rij 3: de relatie tussen "B" en "A" staat ook al op rij 2. We tellen hem één keer.`,
      `Let op: in "${relations}", rij 4: "C" heeft een relatie met zichzelf. Die tellen we niet mee.`,
      `Let op: in "${relations}", rij 5: de relatie tussen "A" en "B" staat ook al op rij 2. We tellen hem één keer.`,
    ]);
  });

  it('shows help', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('Gebruik: wijknet analyse --actors');
  });

  describe('gives exit code 2 and a message naming file, row and column', () => {
    const actors = () => file('Label;Type\nA;x\nB;x\n');
    const relations = () => file('From;To\nA;B\n');

    it('for a missing argument or an unknown option', async () => {
      const missing = await run('--actors', actors());
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('Geef het relatiebestand op met --relations <bestand>.');
      const noValue = await run('--relations', relations(), '--actors');
      expect(noValue.code).toBe(2);
      expect(noValue.stderr).toContain('Na --actors hoort de naam van een CSV-bestand.');
      const unknown = await run('--actors', actors(), '--relations', relations(), '--xml');
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain('"--xml" ken ik niet.');
    });

    it('for a file that does not exist', async () => {
      const path = join(dir, 'bestaat-niet.csv');
      const { code, stderr } = await run('--actors', path, '--relations', relations());
      expect(code).toBe(2);
      expect(stderr).toContain(`Het bestand "${path}" bestaat niet.`);
    });

    it('for a missing column', async () => {
      const path = file('Naam;Type\nA;x\n');
      const { code, stderr } = await run('--actors', path, '--relations', relations());
      expect(code).toBe(2);
      expect(stderr).toContain(
        `In "${path}" ontbreekt de kolom "Label" in de kopregel (rij 1). Ik vind alleen: "Naam", "Type".`,
      );
    });

    it('for an actors file without actors, or a completely empty one', async () => {
      const headerOnly = file('Label;Type\n');
      const result = await run('--actors', headerOnly, '--relations', relations());
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`In "${headerOnly}" staan geen actoren.`);
      const empty = file('');
      const emptyResult = await run('--actors', empty, '--relations', relations());
      expect(emptyResult.code).toBe(2);
      expect(emptyResult.stderr).toContain(
        `In "${empty}" ontbreekt de kolom "Label" in de kopregel (rij 1). De kopregel is leeg.`,
      );
    });

    it('for a duplicate or empty label', async () => {
      const duplicate = file('Label;Type\nA;x\nB;x\nA;y\n');
      const result = await run('--actors', duplicate, '--relations', relations());
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`In "${duplicate}", rij 4, kolom "Label": het label "A" staat ook al op rij 2.`);
      const blank = file('Label;Type\nA;x\n ;x\n');
      const blankResult = await run('--actors', blank, '--relations', relations());
      expect(blankResult.stderr).toContain(`In "${blank}", rij 3, kolom "Label": het label is leeg.`);
    });

    it('for a relation with an unknown actor, with the line when a cell holds a line break', async () => {
      const actorsPath = actors();
      const path = file('From;To;Type\nA;B;"twee\nregels"\nA;Bakker;x\n');
      const { code, stderr } = await run('--actors', actorsPath, '--relations', path);
      expect(code).toBe(2);
      expect(stderr).toContain(
        `In "${path}", rij 3 (regel 4), kolom "To": "Bakker" staat niet in "${actorsPath}". Controleer de spelling of voeg de actor toe.`,
      );
    });

    it('for an empty cell in a relation', async () => {
      const path = file('From;To\n;B\n');
      const { code, stderr } = await run('--actors', actors(), '--relations', path);
      expect(code).toBe(2);
      expect(stderr).toContain(`In "${path}", rij 2, kolom "From": de cel is leeg.`);
    });

    it('for a quote that is never closed', async () => {
      const path = file('From;To\n"A;B\n');
      const { code, stderr } = await run('--actors', actors(), '--relations', path);
      expect(code).toBe(2);
      expect(stderr).toContain(`In "${path}", regel 2: Een aanhalingsteken (") wordt niet afgesloten.`);
    });
  });
});
