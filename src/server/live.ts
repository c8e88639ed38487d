import { EventEmitter } from 'node:events';
import type pg from 'pg';
import type { Database_ } from '../db/index.js';
import { nowIso } from '../core/crypto.js';
import type { Live, LiveEvent, LiveEventInput } from '../core/events.js';

const CHANNEL = 'wijknet_events';
const RECONNECT_FIRST_MS = 250;
const RECONNECT_MAX_MS = 2000;
const CATCH_UP_OVERLAP = 50;
const CATCH_UP_PAGE = 500;

/**
 * Live-update fan-out. Every event is stored (so a browser that reconnects with Last-Event-ID
 * gets what it missed) and then announced: in-process on SQLite, through PostgreSQL
 * LISTEN/NOTIFY otherwise, so that a change made through one process reaches browsers connected
 * to another. Events carry no content, only what changed; clients fetch it with their own rights.
 */
export class LiveHub implements Live {
  private readonly emitter = new EventEmitter();
  private listener: pg.PoolClient | null = null;
  private closed = false;
  private reconnecting: Promise<void> | null = null;
  /** Highest event id this process has announced: where catching up after a gap starts. */
  private lastSeenId = 0;

  constructor(private readonly database: Database_) {
    this.emitter.setMaxListeners(0);
  }

  async start(): Promise<void> {
    if (this.database.dialect !== 'postgres' || !this.database.pool) return;
    this.lastSeenId = await this.latestId();
    await this.listen();
  }

  private async latestId(): Promise<number> {
    const row = await this.database.db
      .selectFrom('events')
      .select((eb) => eb.fn.max('id').as('id'))
      .executeTakeFirst();
    return Number(row?.id ?? 0);
  }

  private async listen(): Promise<void> {
    const client = await this.database.pool!.connect();
    let broken = false;
    const onBroken = () => {
      // A broken LISTEN connection (PostgreSQL restarted, the network broke) is replaced.
      if (broken || this.closed) return;
      broken = true;
      if (this.listener === client) this.listener = null;
      client.release(true);
      if (!this.closed) this.reconnect();
    };
    client.on('error', onBroken);
    client.on('end', onBroken);
    client.on('notification', (msg) => {
      if (msg.channel !== CHANNEL || !msg.payload) return;
      this.announce(JSON.parse(msg.payload) as LiveEvent);
    });
    try {
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (err) {
      onBroken();
      throw err;
    }
    this.listener = client;
  }

  private announce(event: LiveEvent): void {
    this.lastSeenId = Math.max(this.lastSeenId, event.id);
    this.emitter.emit('change', event);
    this.emitter.emit('event', event);
  }

  /**
   * Listens again, waiting longer after each failure (up to RECONNECT_MAX_MS, so a database that
   * is back is noticed within seconds), then announces what was stored while nobody listened:
   * changes made by other processes during the gap reach caches and open streams after all.
   */
  private reconnect(): void {
    if (this.reconnecting) return;
    this.reconnecting = (async () => {
      for (let delay = RECONNECT_FIRST_MS; !this.closed; delay = Math.min(delay * 2, RECONNECT_MAX_MS)) {
        await new Promise((r) => setTimeout(r, delay));
        if (this.closed) return;
        try {
          if (!this.listener) await this.listen();
          await this.catchUp();
          return;
        } catch {
          // Still unreachable: wait longer, then listen again if that broke too, and catch up.
        }
      }
    })().finally(() => {
      this.reconnecting = null;
    });
  }

  private async catchUp(): Promise<void> {
    // Events can be stored out of id order (simultaneous transactions): go back a little; streams
    // skip what they already sent.
    let after = Math.max(0, this.lastSeenId - CATCH_UP_OVERLAP);
    for (;;) {
      const rows = await this.database.db
        .selectFrom('events')
        .selectAll()
        .where('id', '>', after)
        .orderBy('id')
        .limit(CATCH_UP_PAGE)
        .execute();
      for (const r of rows) {
        this.announce({
          id: Number(r.id),
          networkId: r.network_id,
          userId: r.user_id,
          type: r.type,
          entityId: r.entity_id,
          createdAt: r.created_at,
        });
      }
      if (rows.length < CATCH_UP_PAGE) return;
      after = Number(rows[rows.length - 1]!.id);
    }
  }

  async publish(input: LiveEventInput): Promise<LiveEvent> {
    const createdAt = nowIso();
    const row = await this.database.db
      .insertInto('events')
      .values({
        network_id: input.networkId ?? null,
        user_id: input.userId ?? null,
        type: input.type,
        entity_id: input.entityId ?? null,
        created_at: createdAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const event: LiveEvent = {
      id: Number(row.id),
      networkId: input.networkId ?? null,
      userId: input.userId ?? null,
      type: input.type,
      entityId: input.entityId ?? null,
      createdAt,
      ...(input.data === undefined ? {} : { data: input.data }),
    };
    // Caches in this process learn of the change before the answer goes out; other processes
    // (and this one again, harmlessly) through NOTIFY.
    this.emitter.emit('change', event);
    if (this.database.pool) {
      // Also while our own LISTEN connection is down: other processes hear it, and this one
      // catches up from the events table once it listens again.
      await this.database.pool.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(event)]);
    } else {
      this.emitter.emit('event', event);
    }
    return event;
  }

  /** Every change, as soon as this process knows of it: for invalidating caches. */
  onChange(fn: (event: LiveEvent) => void): () => void {
    this.emitter.on('change', fn);
    return () => this.emitter.off('change', fn);
  }

  subscribe(fn: (event: LiveEvent) => void): () => void {
    this.emitter.on('event', fn);
    return () => this.emitter.off('event', fn);
  }

  /** Stored events after `afterId` for these networks or this person, oldest first. */
  async since(afterId: number, networkIds: string[], userId: string): Promise<LiveEvent[]> {
    const rows = await this.database.db
      .selectFrom('events')
      .selectAll()
      .where('id', '>', afterId)
      .where((eb) =>
        eb.or([...(networkIds.length ? [eb('network_id', 'in', networkIds)] : []), eb('user_id', '=', userId)]),
      )
      .orderBy('id')
      .limit(500)
      .execute();
    return rows.map((r) => ({
      id: Number(r.id),
      networkId: r.network_id,
      userId: r.user_id,
      type: r.type,
      entityId: r.entity_id,
      createdAt: r.created_at,
    }));
  }

  /** Ends every open stream with a retry hint, so browsers reconnect to a process that runs. */
  endStreams(): void {
    this.emitter.emit('close');
  }

  async close(): Promise<void> {
    this.closed = true;
    this.endStreams();
    await this.reconnecting;
    const listener = this.listener;
    this.listener = null;
    if (listener) {
      await listener.query(`UNLISTEN ${CHANNEL}`).catch(() => undefined);
      listener.release();
    }
  }

  onClose(fn: () => void): () => void {
    this.emitter.on('close', fn);
    return () => this.emitter.off('close', fn);
  }
}
