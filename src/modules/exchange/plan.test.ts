import { describe, expect, it } from 'vitest';
import { pack, unpack } from '../../core/worker-pool.js';
import { importRows, planImport } from './plan.js';

const stamp = { networkId: 'net-1', userId: 'user-1', now: '2026-12-02T20:00:00.000Z' };

describe('importRows: the rows an import writes, made on the worker thread', () => {
  const plan = planImport(
    {
      elements: {
        source: 'Elements',
        columns: ['label', 'type'],
        rows: [
          { row: 2, cells: { label: 'Buurthuis De Hoek', type: 'Organisatie' } },
          { row: 3, cells: { label: 'Wijkverpleging', type: 'Organisatie' } },
          { row: 4, cells: { label: 'Huisarts Noord', type: 'Organisatie' } },
        ],
      },
      connections: {
        source: 'Connections',
        columns: ['from', 'to', 'type', 'kwaliteit'],
        rows: [
          { row: 2, cells: { from: 'Buurthuis De Hoek', to: 'Wijkverpleging', type: 'overleg' } },
          { row: 3, cells: { from: 'Bibliotheek', to: 'Buurthuis De Hoek', type: 'samenwerking', kwaliteit: '3' } },
        ],
      },
    },
    {
      existing: [
        { id: 'actor-huisarts', name: 'Huisarts Noord', kvk: null, agb: null },
        { id: 'actor-bieb', name: 'Bibliotheek', kvk: null, agb: null },
      ],
      relationPairs: [],
      lang: 'nl',
    },
  );

  it('makes rows for the new partners only, in the order of their ids, and links relations to the right ids', () => {
    expect(plan.preview.problems).toEqual([]);
    const { actors, relations } = importRows(plan, stamp);
    expect(actors.map((a) => a.row.name).sort()).toEqual(['Buurthuis De Hoek', 'Wijkverpleging']);
    expect(actors.map((a) => a.row.id)).toEqual(actors.map((a) => a.row.id).sort());
    for (const a of actors) {
      expect(a.row).toMatchObject({
        home_network_id: 'net-1',
        created_by: 'user-1',
        created_at: stamp.now,
        findable: 0,
      });
      expect(a.status).toBe('partner');
    }
    const id = (name: string) => actors.find((a) => a.row.name === name)!.row.id;
    expect(relations).toHaveLength(2);
    expect(relations.map((r) => [r.actor_a_id, r.actor_b_id])).toEqual([
      [id('Buurthuis De Hoek'), id('Wijkverpleging')].sort(),
      [id('Buurthuis De Hoek'), 'actor-bieb'].sort(),
    ]);
    expect(relations[1]).toMatchObject({ network_id: 'net-1', kind: 'samenwerking', quality: 3, version: 1 });
  });

  it('packs rows in chunks that unpack to the same rows, in order', async () => {
    const rows = Array.from({ length: 7 }, (_, i) => ({ i, name: `Partner ${i}`, missing: null }));
    const packed = await pack(rows, 3);
    expect(packed.count).toBe(7);
    expect(packed.chunks).toHaveLength(3);
    expect(packed.chunks.flatMap((_, i) => unpack(packed, i))).toEqual(rows);
    expect(await pack([], 3)).toEqual({ count: 0, chunks: [] });
  });

  it('lets other work run between two chunks while it packs', async () => {
    let turns = 0;
    let counting = true;
    const count = () => {
      turns++;
      if (counting) setImmediate(count);
    };
    setImmediate(count);
    await pack(
      Array.from({ length: 1000 }, (_, i) => ({ i })),
      100,
    );
    counting = false;
    expect(turns).toBeGreaterThanOrEqual(9);
  });
});
