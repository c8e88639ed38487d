/**
 * How an actor's input becomes its columns: one place for `actors.create`, `actors.update` and an
 * import (which makes its rows on a worker thread, so this module stays pure).
 */
import { newId } from '../../core/crypto.js';
import type { DB } from '../../db/schema.js';
import { listText } from './json.js';

type ActorRow = DB['actors'];

export interface ActorInput {
  kind?: string;
  name?: string;
  domain?: string;
  themes?: string[];
  targetGroups?: string[];
  healthDimensions?: string[];
  area?: string;
  description?: string;
  contactEmail?: string | null;
  contactPhone?: string | null;
  website?: string | null;
  kvk?: string | null;
  agb?: string | null;
  findable?: boolean;
  status?: string;
}

export function actorColumns(input: ActorInput): Partial<ActorRow> {
  const out: Partial<ActorRow> = {};
  if (input.kind !== undefined) out.kind = input.kind;
  if (input.name !== undefined) out.name = input.name;
  if (input.domain !== undefined) out.domain = input.domain;
  if (input.themes !== undefined) out.themes = listText(input.themes);
  if (input.targetGroups !== undefined) out.target_groups = listText(input.targetGroups);
  if (input.healthDimensions !== undefined) out.health_dimensions = listText(input.healthDimensions);
  if (input.area !== undefined) out.area = input.area;
  if (input.description !== undefined) out.description = input.description;
  if (input.contactEmail !== undefined) out.contact_email = input.contactEmail;
  if (input.contactPhone !== undefined) out.contact_phone = input.contactPhone;
  if (input.website !== undefined) out.website = input.website;
  if (input.kvk !== undefined) out.kvk = input.kvk;
  if (input.agb !== undefined) out.agb = input.agb;
  if (input.findable !== undefined) out.findable = input.findable ? 1 : 0;
  return out;
}

/** Who makes a new actor, in which network, and when. */
export interface ActorStamp {
  networkId: string;
  userId: string;
  now: string;
}

/** A new actor's row: made by this network, not findable unless the input says so. */
export function newActorRow(
  input: ActorInput & { kind: string; name: string; domain: string },
  stamp: ActorStamp,
): ActorRow {
  return {
    id: newId(),
    home_network_id: stamp.networkId,
    kind: input.kind,
    name: input.name,
    domain: input.domain,
    themes: '[]',
    target_groups: '[]',
    health_dimensions: '[]',
    area: '',
    description: '',
    contact_email: null,
    contact_phone: null,
    website: null,
    kvk: null,
    agb: null,
    findable: 0,
    created_by: stamp.userId,
    created_at: stamp.now,
    updated_at: stamp.now,
    version: 1,
    ...actorColumns(input),
  };
}
