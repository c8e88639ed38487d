import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, openDatabase, sqliteFileFor, type Database_ } from './index.js';
import { startCheckpointer } from './sqlite-checkpointer.js';
import { createSqliteReader, ReaderGone } from './sqlite-reader.js';

describe('readMany on a SQLite file: a reader thread with its own read-only connection', () => {
  let dir: string;
  let database: Database_;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijknet-reader-'));
    database = await openDatabase({ url: sqliteFileFor(dir) });
    await migrate(database);
  });
  afterAll(async () => {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const now = '2026-12-02T10:00:00.000Z';
  const network = (id: string, name: string, population: number | null) => ({
    id,
    name,
    area_level: 'wijk',
    area_name: 'Überdorp – Noord',
    region_code: null,
    population,
    ambition: '',
    vision: '',
    focus_themes: '[]',
    created_by: null,
    created_at: now,
    updated_at: now,
    version: 1,
  });

  it('gives the rows a query on the main connection gives, and sees a write committed just before', async () => {
    await database.db
      .insertInto('networks')
      .values([network('n1', 'Één wijk', 1200), network('n2', 'Zuid "oost"', null)])
      .execute();
    const query = database.db.selectFrom('networks').selectAll().where('id', 'in', ['n1', 'n2']).orderBy('id');
    const here = await query.execute();
    const there = await database.readMany(query);
    expect(there).toEqual(here);
    expect(there.map((r) => r.population)).toEqual([1200, null]);

    // Read your own write: the thread's connection starts a new read after the commit.
    await database.db.updateTable('networks').set({ name: 'Eén wijk, hernoemd' }).where('id', '=', 'n1').execute();
    const again = await database.readMany(database.db.selectFrom('networks').select('name').where('id', '=', 'n1'));
    expect(again).toEqual([{ name: 'Eén wijk, hernoemd' }]);
  });

  it('answers many reads at once in order, each with its own rows', async () => {
    const ids = ['n1', 'n2', 'n1', 'n2', 'n1'];
    const rows = await Promise.all(
      ids.map((id) => database.readMany(database.db.selectFrom('networks').select('id').where('id', '=', id))),
    );
    expect(rows.map((r) => r[0]!.id)).toEqual(ids);
  });

  it('cannot write, and a failing query rejects without stopping the reader', async () => {
    await expect(
      database.readMany(database.db.deleteFrom('networks').where('id', '=', 'n1').returningAll()),
    ).rejects.toThrow(/readonly/i);
    await expect(
      database.readMany(database.db.selectFrom('networks').select('id').where('id', '=', 'n1')),
    ).resolves.toEqual([{ id: 'n1' }]);
  });
});

describe('readMany without a file (in memory) runs on the connection itself', () => {
  it('gives the same rows', async () => {
    const database = await openDatabase({ url: ':memory:' });
    try {
      await migrate(database);
      const query = database.db.selectFrom('networks').selectAll();
      expect(await database.readMany(query)).toEqual([]);
    } finally {
      await database.close();
    }
  });
});

describe('a reader thread that cannot start', () => {
  it('says so with ReaderGone (readMany then reads on the main connection), and is not started again', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijknet-reader-'));
    const reader = createSqliteReader(path.join(dir, 'missing.sqlite'), -1024);
    try {
      await expect(reader.read('select 1', [])).rejects.toBeInstanceOf(ReaderGone);
      await expect(reader.read('select 1', [])).rejects.toThrow(/could not start/);
    } finally {
      await reader.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('checkpoints of the write-ahead log on a thread of their own', () => {
  it('a large commit leaves its pages in the log; the checkpoint thread moves them into the file within seconds', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijknet-checkpoint-'));
    const file = sqliteFileFor(dir);
    const database = await openDatabase({ url: file });
    try {
      const sqlite = database.sqlite!;
      expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
      sqlite.exec('create table filler (id integer primary key, text text)');
      const before = fs.statSync(file).size;
      const insert = sqlite.prepare('insert into filler (text) values (?)');
      // About 8 MB: 2,000 pages, twice what SQLite's own automatic checkpoint would wait for.
      sqlite.transaction(() => {
        for (let i = 0; i < 2000; i++) insert.run('x'.repeat(4000));
      })();
      // The commit itself did not copy the pages into the file.
      expect(fs.statSync(file).size).toBeLessThan(before + 1_000_000);
      const deadline = Date.now() + 10_000;
      while (fs.statSync(file).size < before + 8_000_000 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(fs.statSync(file).size).toBeGreaterThan(before + 8_000_000);
    } finally {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('when the thread stops, the caller is told once, so its own connection checkpoints again', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijknet-checkpoint-'));
    let stopped = 0;
    const checkpointer = startCheckpointer(path.join(dir, 'missing.sqlite'), () => stopped++);
    try {
      const deadline = Date.now() + 10_000;
      while (stopped === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(stopped).toBe(1);
    } finally {
      await checkpointer.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
