import { buildGraph, type ActorInput, type RelationInput } from '../domain/network/graph.js';
import { mulberry32 } from '../domain/random.js';

/** A seeded random graph with a second component and isolated actors, like a real wijknet export. */
export function randomGraph(seed: number, n: number, m: number) {
  const random = mulberry32(seed);
  const actors: ActorInput[] = Array.from({ length: n + 3 }, (_, i) => ({ label: `A${i}` }));
  const relations: RelationInput[] = [];
  for (let k = 0; k < m; k++) {
    relations.push({ from: `A${Math.floor(random() * n)}`, to: `A${Math.floor(random() * n)}` });
  }
  relations.push({ from: `A${n}`, to: `A${n + 1}` });
  return buildGraph(actors, relations);
}
