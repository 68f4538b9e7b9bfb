// The neighbourhood drawn with sigma.js: nodes coloured by type and sized by
// mentions, one edge per pair of entities (its relations listed on click).

import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import Sigma from "sigma";

export const TYPE_COLOURS = { PER: "#d1495b", ORG: "#2e6fbb", LOC: "#3a9a4a", EVENT: "#e08a1e" };
const UNKNOWN_COLOUR = "#8a8a8a";
const CO_MENTION_COLOUR = "#cfd3da";
const EDGE_COLOUR = "#8a93a3";
const LEADS_COLOUR = "#6b4fa8";

function edgeColour(predicates) {
  if (predicates.includes("LEADS")) return LEADS_COLOUR;
  return predicates.length ? EDGE_COLOUR : CO_MENTION_COLOUR;
}
const HIGHLIGHT = "#111111";

export const typeColour = (type) => TYPE_COLOURS[type] ?? UNKNOWN_COLOUR;

function nodeSize(node) {
  const base = 6 + 3 * Math.log2(1 + (node.mentions ?? 1));
  return node.depth === 0 ? base + 6 : Math.min(base, 18);
}

/** Centre in the middle, each ring of hops around it; children near their parent. */
function radialPositions(nodes) {
  const positions = new Map();
  const rings = new Map();
  for (const node of nodes.values()) {
    const ring = Number.isFinite(node.depth) ? node.depth : 3;
    if (!rings.has(ring)) rings.set(ring, []);
    rings.get(ring).push(node);
  }
  for (const [ring, members] of [...rings.entries()].sort((a, b) => a[0] - b[0])) {
    if (ring === 0) {
      members.forEach((n) => positions.set(n.id, { x: 0, y: 0 }));
      continue;
    }
    // order a ring by its parents' angles, so branches do not cross
    const angleOf = (n) => {
      const p = positions.get(n.parent);
      return p && (p.x || p.y) ? Math.atan2(p.y, p.x) : 0;
    };
    members.sort((a, b) => angleOf(a) - angleOf(b) || a.id.localeCompare(b.id));
    members.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / members.length - Math.PI / 2;
      positions.set(n.id, { x: ring * 100 * Math.cos(angle), y: ring * 100 * Math.sin(angle) });
    });
  }
  return positions;
}

export function buildGraph(hood) {
  const graph = new Graph({ type: "undirected", multi: false });
  const positions = radialPositions(hood.nodes);
  for (const node of hood.nodes.values()) {
    graph.addNode(node.id, {
      ...positions.get(node.id),
      label: node.name ?? node.id,
      size: nodeSize(node),
      color: typeColour(node.type),
      entityType: node.type,
    });
  }
  for (const pair of hood.pairs.values()) {
    const predicates = [...pair.predicates].sort();
    const named = predicates.filter((p) => p !== "MENTIONED_WITH"); // co-mentions go unlabelled
    graph.addEdgeWithKey(pair.key, pair.source, pair.target, {
      label: named.join(", ") || null,
      size: Math.min(2.5 + 1.5 * pair.weight, 9), // thick enough to hover and click
      color: edgeColour(named),
      predicates,
    });
  }
  // A few rounds of ForceAtlas2 untangle larger neighbourhoods; small ones keep their rings.
  if (graph.order > 25) {
    forceAtlas2.assign(graph, { iterations: 60, settings: { ...forceAtlas2.inferSettings(graph), gravity: 1 } });
  }
  return graph;
}

/**
 * Draws `hood` into `container`; calls onNode(id) / onEdge(pairKey) on click.
 * Returns {sigma, graph, select(id), setHidden(predicates)}.
 */
export function drawGraph(container, hood, { onNode, onEdge, onStage }) {
  const graph = buildGraph(hood);
  const state = { selectedNode: null, selectedEdge: null, hovered: null, hidden: new Set() };
  const visibleEdge = (data) => data.predicates.some((p) => !state.hidden.has(p));
  const sigma = new Sigma(graph, container, {
    enableEdgeEvents: true,
    renderEdgeLabels: true,
    defaultEdgeType: "line",
    labelFont: "system-ui, sans-serif",
    labelSize: 13,
    labelWeight: "500",
    edgeLabelSize: 11,
    labelRenderedSizeThreshold: 0,
    labelDensity: 2,
    labelGridCellSize: 60,
    stagePadding: 40,
    zIndex: true,
    nodeReducer: (node, data) => {
      const out = { ...data };
      if (node === state.selectedNode || node === state.hovered) {
        out.highlighted = true;
        out.zIndex = 2;
      }
      return out;
    },
    edgeReducer: (edge, data) => {
      const out = { ...data };
      if (!visibleEdge(data)) out.hidden = true;
      if (edge === state.selectedEdge) {
        out.color = HIGHLIGHT;
        out.size = data.size + 2;
        out.zIndex = 2;
      }
      return out;
    },
  });
  // Zoomed out a little and moved left: sigma fits the nodes, but labels are drawn
  // to the right of their node and would be cut at the right edge.
  sigma.getCamera().setState({ ratio: 1.2, x: 0.56 });
  sigma.on("clickNode", ({ node }) => onNode(node));
  sigma.on("clickEdge", ({ edge }) => onEdge(edge));
  sigma.on("clickStage", () => onStage?.());
  sigma.on("enterNode", ({ node }) => { state.hovered = node; container.style.cursor = "pointer"; sigma.refresh({ skipIndexation: true }); });
  sigma.on("leaveNode", () => { state.hovered = null; container.style.cursor = ""; sigma.refresh({ skipIndexation: true }); });
  sigma.on("enterEdge", () => { container.style.cursor = "pointer"; });
  sigma.on("leaveEdge", () => { container.style.cursor = ""; });
  return {
    sigma,
    graph,
    selectNode(id) { state.selectedNode = id; state.selectedEdge = null; sigma.refresh({ skipIndexation: true }); },
    selectEdge(key) { state.selectedEdge = key; state.selectedNode = null; sigma.refresh({ skipIndexation: true }); },
    setHidden(predicates) { state.hidden = new Set(predicates); sigma.refresh({ skipIndexation: true }); },
    /** Viewport coordinates (CSS pixels in the container) of a node: used by the browser test. */
    nodePosition(id) {
      const data = sigma.getNodeDisplayData(id);
      return data ? sigma.framedGraphToViewport(data) : null;
    },
    kill() { sigma.kill(); },
  };
}
