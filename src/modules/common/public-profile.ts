import { parseList } from './json.js';
import type { PublicProfile } from '../actors/schemas.js';

/** The public profile of an actor row joined with its home network's name. */
export function toPublicProfile(r: {
  id: string;
  kind: string;
  name: string;
  domain: string;
  themes: string;
  target_groups: string;
  health_dimensions: string;
  area: string;
  home_network_name: string;
}): PublicProfile {
  return {
    id: r.id,
    kind: r.kind,
    name: r.name,
    domain: r.domain,
    themes: parseList(r.themes),
    targetGroups: parseList(r.target_groups),
    healthDimensions: parseList(r.health_dimensions),
    area: r.area,
    homeNetworkName: r.home_network_name,
  };
}
