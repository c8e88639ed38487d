import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from 'sigma/rendering';

/** Space kept free at the map's left and right edge, in CSS pixels. */
const EDGE = 4;
/** Between a node and its label. */
const GAP = 3;

export interface LabelPlace {
  side: 'right' | 'left';
  /** Width the label may take on that side before it reaches the map's edge. */
  room: number;
}

/**
 * Which side of its node a label goes: the right, as Sigma draws it, or the left when it would
 * run off the map's right edge (a partner on the right with a long name). When it fits on
 * neither side (a phone), the side with more room; the label is then shortened (`shorten`).
 */
export function labelPlace(nodeX: number, nodeSize: number, textWidth: number, mapWidth: number): LabelPlace {
  const right = roomOn('right', nodeX, nodeSize, mapWidth);
  const left = roomOn('left', nodeX, nodeSize, mapWidth);
  if (textWidth <= right || (textWidth > left && right >= left)) return { side: 'right', room: right };
  return { side: 'left', room: left };
}

/** Width a label may take on one side of its node before it reaches the map's edge. */
function roomOn(side: LabelPlace['side'], nodeX: number, nodeSize: number, mapWidth: number): number {
  return side === 'right' ? mapWidth - EDGE - (nodeX + nodeSize + GAP) : nodeX - nodeSize - GAP - EDGE;
}

/** `text`, or its longest start with "…" that `measure` says fits in `room`. */
export function shorten(text: string, room: number, measure: (s: string) => number): string {
  if (measure(text) <= room) return text;
  let fits = 0;
  let tooLong = text.length;
  while (tooLong - fits > 1) {
    const middle = (fits + tooLong) >> 1;
    if (measure(`${text.slice(0, middle).trimEnd()}…`) <= room) fits = middle;
    else tooLong = middle;
  }
  return `${text.slice(0, fits).trimEnd()}…`;
}

type Data = Parameters<NodeLabelDrawingFunction>[1];
type Settings = Parameters<NodeLabelDrawingFunction>[2];

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** A label as drawn: its text, where it starts and its box. */
interface Laid {
  text: string;
  x: number;
  width: number;
  box: Box;
}

/** The label on one side of its node, shortened to the room there; the label font set on `context`. */
function layOut(context: CanvasRenderingContext2D, data: Data, settings: Settings, side?: LabelPlace['side']): Laid {
  context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  const measure = (s: string) => context.measureText(s).width;
  const label = data.label ?? '';
  const mapWidth = context.canvas.clientWidth;
  const chosen = side ?? labelPlace(data.x, data.size, measure(label), mapWidth).side;
  const text = shorten(label, roomOn(chosen, data.x, data.size, mapWidth), measure);
  const width = measure(text);
  const x = chosen === 'right' ? data.x + data.size + GAP : data.x - data.size - GAP - width;
  const half = settings.labelSize / 2 + 1;
  return { text, x, width, box: { left: x - 1, top: data.y - half, right: x + width + 1, bottom: data.y + half } };
}

/** Writes a laid-out label in the label colour. */
function write(context: CanvasRenderingContext2D, laid: Laid, data: Data, settings: Settings): void {
  context.fillStyle = settings.labelColor.color ?? '#000';
  context.fillText(laid.text, laid.x, data.y + settings.labelSize / 3);
}

const HOVER_PADDING = 2;
const hoverRadius = (data: Data, settings: Settings) => Math.max(data.size, settings.labelSize / 2) + HOVER_PADDING;

/** What the hover shape covers: the circle around the node and the box behind its name. */
function hoverBox(laid: Laid, data: Data, settings: Settings): Box {
  const radius = hoverRadius(data, settings);
  return {
    left: Math.min(laid.x - HOVER_PADDING, data.x - radius),
    right: Math.max(laid.x + laid.width + HOVER_PADDING, data.x + radius),
    top: data.y - radius,
    bottom: data.y + radius,
  };
}

/**
 * Sigma's label and hover drawing for one map. A label goes on the side of its node where it fits
 * (`labelPlace`); when it would cover a label already placed, it tries the other side, and
 * otherwise it is left out: two names on top of each other can be read by no one. Sigma hands
 * over the labels of a frame one by one (`drawLabel`); they are placed together at the end of the
 * frame (`flush`, on Sigma's `afterRender`): first the ones Sigma must show (the selected partner
 * and its neighbours), then the larger nodes. Every name is in the tables beside the map, and a
 * name left out shows on hover.
 */
export function labelDrawers() {
  let queue: { context: CanvasRenderingContext2D; data: Data; settings: Settings }[] = [];

  const drawLabel: NodeLabelDrawingFunction = (context, data, settings) => {
    if (data.label) queue.push({ context, data, settings });
  };

  function flush(): void {
    const taken: Box[] = [];
    const free = (laid: Laid) => laid.text !== '…' && !taken.some((box) => overlaps(box, laid.box));
    const rank = (d: Data) => (d.highlighted ? 2 : d.forceLabel ? 1 : 0);
    const byPriority = queue.sort((a, b) => rank(b.data) - rank(a.data) || b.data.size - a.data.size);
    queue = [];
    for (const { context, data, settings } of byPriority) {
      const first = layOut(context, data, settings);
      let laid: Laid | undefined = free(first) ? first : undefined;
      if (!laid) {
        const other = layOut(context, data, settings, first.x > data.x ? 'left' : 'right');
        if (free(other) && other.text === data.label) laid = other;
      }
      if (!laid && data.forceLabel) laid = first;
      if (!laid) continue;
      // The selected partner's hover shape is drawn over the labels: keep the others out of it.
      taken.push(data.highlighted ? hoverBox(laid, data, settings) : laid.box);
      write(context, laid, data, settings);
    }
  }

  /** A white shape with a shadow around the node and its name, on the name's side; never left out. */
  const drawHover: NodeHoverDrawingFunction = (context, data, settings) => {
    context.beginPath();
    context.arc(data.x, data.y, hoverRadius(data, settings), 0, Math.PI * 2);
    const laid = data.label ? layOut(context, data, settings) : undefined;
    if (laid) {
      // From the node's centre to the end of the name, on the name's side.
      const from = Math.min(laid.x - HOVER_PADDING, data.x);
      const to = Math.max(laid.x + laid.width + HOVER_PADDING, data.x);
      const height = Math.round(settings.labelSize + 2 * HOVER_PADDING);
      context.rect(from, data.y - height / 2, to - from, height);
    }
    context.fillStyle = '#fff';
    context.shadowBlur = 8;
    context.shadowColor = '#000';
    context.fill('nonzero');
    context.shadowBlur = 0;
    if (laid) write(context, laid, data, settings);
  };

  return { drawLabel, drawHover, flush };
}
