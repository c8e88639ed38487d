import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../domain/random.js';
import { EARLY_START_BYTES } from './parallel-betweenness.js';

// `wijknet analyse` starts its betweenness threads while it reads a large relations file, before
// it knows whether the network needs them. Whatever happens next, the command must end: a thread
// that waits for a job keeps a process alive. Each case runs `wijknet analyse` in a fresh Node.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = mkdtempSync(path.join(tmpdir(), 'wijknet-analyse-threads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const label = (i: number) => `Actor ${String(i + 1).padStart(4, '0')}`;

function network(name: string, actors: number, relations: number, extra = '') {
  const random = mulberry32(actors + relations);
  const lines = ['From;To'];
  const seen = new Set<number>();
  while (lines.length - 1 < relations) {
    const [a, b] = [Math.floor(random() * actors), Math.floor(random() * actors)];
    const key = Math.min(a, b) * actors + Math.max(a, b);
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    lines.push(`${label(a)};${label(b)}`);
  }
  const actorsPath = path.join(dir, `${name}-actoren.csv`);
  const relationsPath = path.join(dir, `${name}-relaties.csv`);
  writeFileSync(
    actorsPath,
    ['Label;Type', ...Array.from({ length: actors }, (_, i) => `${label(i)};organisatie`)].join('\n'),
  );
  const text = `${lines.join('\n')}\n${extra}`;
  expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(EARLY_START_BYTES);
  writeFileSync(relationsPath, text);
  return ['--actors', actorsPath, '--relations', relationsPath, '--json'];
}

function analyse(args: string[]) {
  const script = `const { main } = await import('./src/cli/main.ts'); process.exitCode = await main(${JSON.stringify(['analyse', ...args])});`;
  return spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
    timeout: 50_000,
  });
}

describe('wijknet analyse with threads started early', { timeout: 60_000 }, () => {
  it('uses them for a large network and ends', () => {
    const result = analyse(network('groot', 1200, 8000));
    expect(result.signal).toBeNull(); // not killed by the timeout
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).centrality).toHaveLength(1200);
  });

  it('stops them when the network turns out too small for them, and ends', () => {
    const result = analyse(network('middel', 1000, 6000));
    expect(result.signal).toBeNull();
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).centrality).toHaveLength(1000);
  });

  it('stops them when a file has an error, and ends with the message', () => {
    const result = analyse(network('fout', 1000, 6000, `${label(1)};Bakker\n`));
    expect(result.signal).toBeNull();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('"Bakker" staat niet in');
  });
});
