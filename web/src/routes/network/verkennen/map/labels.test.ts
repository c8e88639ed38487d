import { describe, expect, it } from 'vitest';
import { labelDrawers, labelPlace, shorten } from './labels';

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

describe('labelDrawers: names that would cover each other', () => {
  /** A canvas 400 px wide whose font is 10 px a character; it records every text drawn. */
  function canvas() {
    const drawn: { text: string; x: number; y: number }[] = [];
    const context = {
      canvas: { clientWidth: 400 },
      font: '',
      fillStyle: '',
      measureText: (s: string) => ({ width: s.length * 10 }),
      fillText: (text: string, x: number, y: number) => drawn.push({ text, x, y }),
    } as unknown as CanvasRenderingContext2D;
    return { context, drawn };
  }
  const settings = {
    labelSize: 12,
    labelWeight: '600',
    labelFont: 'sans-serif',
    labelColor: { color: '#000' },
  } as never;
  const node = (label: string, x: number, y: number, extra: object = {}) =>
    ({ label, x, y, size: 5, color: '#000', ...extra }) as never;

  it('draws nothing before the end of the frame, then every name that fits beside the others', () => {
    const { context, drawn } = canvas();
    const labels = labelDrawers();
    labels.drawLabel(context, node('Buurthuis', 50, 50), settings);
    labels.drawLabel(context, node('Bibliotheek', 50, 100), settings);
    expect(drawn).toEqual([]);
    labels.flush();
    expect(drawn.map((d) => d.text)).toEqual(['Buurthuis', 'Bibliotheek']);
  });

  it('puts a name on the other side of its node when the first side is taken, and leaves it out when both are', () => {
    const { context, drawn } = canvas();
    const labels = labelDrawers();
    // The larger node goes first: "Gemeente" takes x 162–242, right of its node at 150.
    labels.drawLabel(context, node('Gemeente', 150, 50, { size: 9 }), settings);
    // Right of 120 would cover "Gemeente"; left of it (32–112) is free.
    labels.drawLabel(context, node('Wijkteam', 120, 48), settings);
    // Right of 200 (208–288) and left of it (112–192) both cover "Gemeente".
    labels.drawLabel(context, node('Huisarts', 200, 52), settings);
    labels.flush();
    const at = Object.fromEntries(drawn.map((d) => [d.text, d.x]));
    expect(at).toEqual({ Gemeente: 150 + 9 + 3, Wijkteam: 120 - 5 - 3 - 80 });
  });

  it('always draws a name Sigma must show (the selected partner and its neighbours)', () => {
    const { context, drawn } = canvas();
    const labels = labelDrawers();
    labels.drawLabel(context, node('Gemeente', 150, 50, { size: 9 }), settings);
    labels.drawLabel(context, node('Wijkteam', 151, 50, { forceLabel: true }), settings);
    labels.flush();
    expect(drawn.map((d) => d.text).sort()).toEqual(['Gemeente', 'Wijkteam']);
  });
});
