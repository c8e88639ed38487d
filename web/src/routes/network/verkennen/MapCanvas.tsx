import { useEffect, useMemo, useRef } from 'react';
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import { labelDrawers } from './map/labels';
import { domainColor } from './domains';

/**
 * The network map, drawn with Sigma (WebGL). This module is loaded lazily by the map page only,
 * so Sigma and graphology never weigh on other pages. Everything it shows is also in the tables
 * beside it; the canvas itself is an image for assistive technology.
 */
export interface MapNode {
  id: string;
  name: string;
  domain: string;
}

export interface MapEdge {
  a: string;
  b: string;
  quality: number | null;
}

interface Props {
  nodes: MapNode[];
  edges: MapEdge[];
  /** The measure each node is sized by, 0–1; missing means the smallest size. */
  weights: Map<string, number>;
  /** Ids to show; the rest is hidden (filters). */
  visible: Set<string>;
  selected: string | null;
  onSelect: (id: string) => void;
  label: string;
  /** Shown when this browser cannot draw WebGL. */
  fallback: string;
}

const EDGE_COLOR = '#8c8c8c';
const DIM_COLOR = '#d9d9d9';
const HIGHLIGHT_EDGE = '#1b1b1b';

/** Deterministic start: a sunflower spiral in id order, so the same network gives the same map. */
function layout(nodes: MapNode[], edges: MapEdge[]): Map<string, { x: number; y: number }> {
  performance.mark('wijknet:map-layout');
  const graph = new Graph({ type: 'undirected' });
  const ordered = [...nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const golden = Math.PI * (3 - Math.sqrt(5));
  ordered.forEach((n, i) => {
    const r = Math.sqrt(i + 0.5) * 10;
    graph.addNode(n.id, { x: r * Math.cos(i * golden), y: r * Math.sin(i * golden) });
  });
  for (const e of edges)
    if (graph.hasNode(e.a) && graph.hasNode(e.b) && !graph.hasEdge(e.a, e.b)) graph.addEdge(e.a, e.b);
  const n = graph.order;
  if (n > 1 && graph.size > 0) {
    // Bounded work: small maps settle fully, large ones get a good-enough layout quickly.
    const iterations = n <= 100 ? 300 : n <= 500 ? 120 : n <= 1000 ? 50 : 25;
    // Stronger gravity on small maps keeps partners without relations near the rest.
    const settings = {
      ...forceAtlas2.inferSettings(graph),
      barnesHutOptimize: n > 300,
      ...(n <= 100 ? { gravity: 1 } : {}),
    };
    forceAtlas2.assign(graph, { iterations, settings });
  }
  const out = new Map<string, { x: number; y: number }>();
  graph.forEachNode((id, attrs) => out.set(id, { x: attrs.x as number, y: attrs.y as number }));
  performance.mark('wijknet:map-layout-done');
  return out;
}

function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

export default function MapCanvas({ nodes, edges, weights, visible, selected, onSelect, label, fallback }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma | null>(null);
  /** The filters, selection and sizes the map was last drawn with. */
  const drawnWith = useRef<{ visible?: Set<string>; selected?: string | null; weights?: Map<string, number> }>({});
  const state = useRef({ hovered: null as string | null, selected, visible, weights, onSelect });
  state.current.selected = selected;
  state.current.weights = weights;
  state.current.visible = visible;
  state.current.onSelect = onSelect;
  const canDraw = useMemo(webglAvailable, []);

  // The page keeps `nodes` and `edges` stable while only filters, sizes or the selection change.
  const positions = useMemo(
    () => (canDraw ? layout(nodes, edges) : new Map<string, { x: number; y: number }>()),
    [nodes, edges, canDraw],
  );

  useEffect(() => {
    if (!canDraw || !container.current) return;
    // Marks for bench/map.mjs: layout started and done, drawing started, first frame, each hover drawn.
    performance.mark('wijknet:map-start');
    const graph = new Graph({ type: 'undirected' });
    const maxSize = nodes.length > 500 ? 9 : 16;
    const minSize = nodes.length > 500 ? 2.5 : 5;
    for (const n of nodes) {
      const p = positions.get(n.id) ?? { x: 0, y: 0 };
      graph.addNode(n.id, { x: p.x, y: p.y, label: n.name, color: domainColor(n.domain), size: minSize });
    }
    for (const e of edges) {
      if (graph.hasNode(e.a) && graph.hasNode(e.b) && !graph.hasEdge(e.a, e.b)) {
        graph.addEdge(e.a, e.b, { size: e.quality ? 0.5 + e.quality * 0.5 : 1, color: EDGE_COLOR });
      }
    }
    const focusOf = () => state.current.hovered ?? state.current.selected;
    const labels = labelDrawers();
    const sigma = new Sigma(graph, container.current, {
      renderEdgeLabels: false,
      stagePadding: 40,
      labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
      labelColor: { color: '#1b1b1b' },
      labelSize: 13,
      labelWeight: '600',
      labelRenderedSizeThreshold: nodes.length <= 60 ? 0 : 7,
      defaultDrawNodeLabel: labels.drawLabel,
      defaultDrawNodeHover: labels.drawHover,
      zIndex: true,
      nodeReducer: (node, data): Partial<NodeDisplayData> => {
        const { visible: shown, weights: sizes } = state.current;
        if (!shown.has(node)) return { ...data, hidden: true };
        const sized = { ...data, size: minSize + (maxSize - minSize) * (sizes.get(node) ?? 0) };
        const focus = focusOf();
        if (!focus) return sized;
        if (node === focus) return { ...sized, highlighted: true, zIndex: 2, forceLabel: true };
        if (graph.hasNode(focus) && graph.areNeighbors(node, focus))
          return { ...sized, zIndex: 1, forceLabel: nodes.length <= 200 };
        return { ...sized, color: DIM_COLOR, label: '', zIndex: 0 };
      },
      edgeReducer: (edge, data): Partial<EdgeDisplayData> => {
        const { visible: shown } = state.current;
        const [s, t] = graph.extremities(edge);
        if (!shown.has(s) || !shown.has(t)) return { ...data, hidden: true };
        const focus = focusOf();
        if (!focus) return data;
        if (s === focus || t === focus)
          return { ...data, color: HIGHLIGHT_EDGE, size: (data.size ?? 1) + 1, zIndex: 1 };
        return { ...data, color: '#eeeeee', zIndex: 0 };
      },
    });
    // Sigma 3 draws the first frame inside its constructor (refresh() renders synchronously), so
    // a listener for that frame's 'afterRender' would come too late: the frame is drawn here.
    labels.flush();
    sigma.on('afterRender', labels.flush);
    performance.mark('wijknet:map-drawn');
    sigmaRef.current = sigma;
    const { visible: shown, selected: chosen, weights: sizes } = state.current;
    drawnWith.current = { visible: shown, selected: chosen, weights: sizes };
    // On a large map, a hover only shows the name (Sigma's own hover layer, no redraw of the
    // whole map), so it stays quick; a click still highlights the neighbours.
    const highlightOnHover = nodes.length <= 500;
    sigma.on('enterNode', ({ node }) => {
      container.current?.classList.add('wk-map--pointer');
      if (highlightOnHover) {
        state.current.hovered = node;
        sigma.once('afterRender', () => performance.mark('wijknet:map-hover'));
        sigma.refresh({ skipIndexation: true });
      } else {
        requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('wijknet:map-hover')));
      }
    });
    sigma.on('leaveNode', () => {
      container.current?.classList.remove('wk-map--pointer');
      if (highlightOnHover) {
        state.current.hovered = null;
        sigma.refresh({ skipIndexation: true });
      }
    });
    sigma.on('clickNode', ({ node }) => state.current.onSelect(node));
    return () => {
      sigma.kill();
      sigmaRef.current = null;
    };
  }, [canDraw, nodes, edges, positions]);

  // Filters and selection only change how the nodes are drawn. Not again right after the map
  // was made with these same values: that would draw the whole map a second time on mount.
  useEffect(() => {
    const drawn = drawnWith.current;
    if (drawn.visible === visible && drawn.selected === selected && drawn.weights === weights) return;
    drawnWith.current = { visible, selected, weights };
    sigmaRef.current?.refresh({ skipIndexation: true });
  }, [visible, selected, weights]);

  if (!canDraw) {
    return <p className="utrecht-paragraph wk-map-fallback">{fallback}</p>;
  }
  return <div ref={container} className="wk-map" role="img" aria-label={label} />;
}
