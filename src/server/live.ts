import { EventEmitter } from 'node:events';
import type pg from 'pg';
import type { Database_ } from '../db/index.js';
import { nowIso } from '../core/crypto.js';
import type { Live, LiveEvent, LiveEventInput } from '../core/events.js';

const CHANNEL = 'wijknet_events';

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

  constructor(private readonly database: Database_) {
    this.emitter.setMaxListeners(0);
  }

  async start(): Promise<void> {
    if (this.database.dialect !== 'postgres' || !this.database.pool) return;
    const client = await this.database.pool.connect();
    client.on('notification', (msg) => {
      if (msg.channel !== CHANNEL || !msg.payload) return;
      const event = JSON.parse(msg.payload) as LiveEvent;
      this.emitter.emit('change', event);
      this.emitter.emit('event', event);
    });
    client.on('error', () => {
      // A broken LISTEN connection is replaced; clients catch up with Last-Event-ID.
      if (!this.closed) void this.restart();
    });
    await client.query(`LISTEN ${CHANNEL}`);
    this.listener = client;
  }

  private async restart(): Promise<void> {
    this.listener?.release(true);
    this.listener = null;
    await new Promise((r) => setTimeout(r, 500));
    if (!this.closed) await this.start().catch(() => this.restart());
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
    if (this.listener && this.database.pool) {
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
        eb.or([
          ...(networkIds.length ? [eb('network_id', 'in', networkIds)] : []),
          eb('user_id', '=', userId),
        ]),
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
    if (this.listener) {
      await this.listener.query(`UNLISTEN ${CHANNEL}`).catch(() => undefined);
      this.listener.release();
      this.listener = null;
    }
  }

  onClose(fn: () => void): () => void {
    this.emitter.on('close', fn);
    return () => this.emitter.off('close', fn);
  }
}
