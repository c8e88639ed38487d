import { buildGraph, type ActorInput, type RelationInput } from '../domain/network/graph.js';

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
