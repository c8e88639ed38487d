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
  const right = mapWidth - EDGE - (nodeX + nodeSize + GAP);
  const left = nodeX - nodeSize - GAP - EDGE;
  if (textWidth <= right || (textWidth > left && right >= left)) return { side: 'right', room: right };
  return { side: 'left', room: left };
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

/** The label as it fits, where it starts, and its width; with the label font set on `context`. */
function layOut(context: CanvasRenderingContext2D, data: Data, settings: Settings, label: string) {
  context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  const measure = (s: string) => context.measureText(s).width;
  const { side, room } = labelPlace(data.x, data.size, measure(label), context.canvas.clientWidth);
  const text = shorten(label, room, measure);
  const width = measure(text);
  const x = side === 'right' ? data.x + data.size + GAP : data.x - data.size - GAP - width;
  return { text, x, width };
}

/** Sigma's label, on the side of the node where it fits. */
export const drawLabel: NodeLabelDrawingFunction = (context, data, settings) => {
  if (!data.label) return;
  const { text, x } = layOut(context, data, settings, data.label);
  context.fillStyle = settings.labelColor.color ?? '#000';
  context.fillText(text, x, data.y + settings.labelSize / 3);
};

/** Sigma's hover: a white shape with a shadow around the node and its label, on the label's side. */
export const drawHover: NodeHoverDrawingFunction = (context, data, settings) => {
  const padding = 2;
  context.beginPath();
  context.arc(data.x, data.y, Math.max(data.size, settings.labelSize / 2) + padding, 0, Math.PI * 2);
  if (data.label) {
    const { x, width } = layOut(context, data, settings, data.label);
    const height = Math.round(settings.labelSize + 2 * padding);
    const from = Math.min(x - padding, data.x);
    const to = Math.max(x + width + padding, data.x);
    context.rect(from, data.y - height / 2, to - from, height);
  }
  context.fillStyle = '#fff';
  context.shadowBlur = 8;
  context.shadowColor = '#000';
  context.fill('nonzero');
  context.shadowBlur = 0;
  drawLabel(context, data, settings);
};
