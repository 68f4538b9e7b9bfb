// Reads a GEXF file with graphology-gexf and prints what it understood as JSON.
// Usage: node read_gexf.js FILE.gexf
"use strict";
const fs = require("fs");
const { MultiDirectedGraph } = require("graphology");
const gexf = require("graphology-gexf");

const graph = gexf.parse(MultiDirectedGraph, fs.readFileSync(process.argv[2], "utf-8"));
const nodes = {};
graph.forEachNode((key, attributes) => { nodes[key] = attributes; });
const edges = {};
graph.forEachEdge((key, attributes, source, target) => {
  edges[key] = { source, target, attributes };
});
process.stdout.write(JSON.stringify({
  type: graph.type, multi: graph.multi, order: graph.order, size: graph.size, nodes, edges,
}));
