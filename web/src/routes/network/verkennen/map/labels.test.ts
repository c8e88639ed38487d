import { describe, expect, it } from 'vitest';
import { labelPlace, shorten } from './labels';

// A map 400 px wide; a node of size 5; labels start 3 px beside the node and keep 4 px from an edge.
describe('labelPlace: which side of its node a partner name goes on the map', () => {
  it('right of the node when it fits there', () => {
    expect(labelPlace(100, 5, 120, 400)).toEqual({ side: 'right', room: 288 });
    expect(labelPlace(100, 5, 288, 400).side).toBe('right'); // ends exactly 4 px from the edge
  });

  it('left of the node when it would run off the right edge', () => {
    expect(labelPlace(350, 5, 120, 400)).toEqual({ side: 'left', room: 338 });
  });

  it('on the side with more room when it fits on neither (a phone)', () => {
    expect(labelPlace(100, 5, 380, 400)).toEqual({ side: 'right', room: 288 });
    expect(labelPlace(300, 5, 380, 400)).toEqual({ side: 'left', room: 288 });
  });
});

describe('shorten: a name that does not fit', () => {
  const measure = (s: string) => s.length * 10; // 10 px a character, "…" included

  it('stays whole when it fits', () => {
    expect(shorten('Wijkteam', 80, measure)).toBe('Wijkteam');
  });

  it('ends in "…" within the room, without a space before it', () => {
    expect(shorten('Gemeente Oss, gebiedsregisseur', 100, measure)).toBe('Gemeente…');
    expect(shorten('Gemeente Oss, gebiedsregisseur', 130, measure)).toBe('Gemeente Oss…');
    expect(measure(shorten('Gemeente Oss, gebiedsregisseur', 130, measure))).toBeLessThanOrEqual(130);
  });

  it('is only "…" when not even one letter fits', () => {
    expect(shorten('Buurthuis', 15, measure)).toBe('…');
  });
});
