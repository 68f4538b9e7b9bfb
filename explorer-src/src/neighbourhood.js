// An entity's neighbourhood: the entities within `depth` hops and the links
// between them. Uses GET /v1/entities/{id}/neighbours (entities with their type
// and the `via` links to the previous ring); on a server without that route,
// walks GET /v1/entities/{id}/relations instead. A pair's full relations, with
// evidence, are fetched when its edge is clicked (`pairRelations`).

import { ApiError, entities, entity, getJson, relationsOf } from "./api.js";

export const MAX_NODES = 150;
const PAGE = 100;

let routeMissing = false; // learnt from the first "no such route": asked once per page load

/** {entities, links} from the neighbours route; null when the server has no such route. */
async function fromRoute(id, depth) {
  if (routeMissing) return null;
  const found = [];
  let cursor = null;
  try {
    do {
      const page = await getJson(`/v1/entities/${encodeURIComponent(id)}/neighbours`, { depth, limit: PAGE, cursor });
      found.push(...page.data);
      cursor = page.next;
    } while (cursor && found.length < MAX_NODES);
  } catch (error) {
    // A missing route answers 404 about:blank (a missing entity has its own problem type)
    if (error instanceof ApiError && (error.status === 405 || (error.status === 404 && (error.problem?.type ?? "about:blank") === "about:blank"))) {
      routeMissing = true;
      return null;
    }
    throw error;
  }
  const kept = found.slice(0, MAX_NODES);
  return { entities: kept, links: kept.flatMap((n) => n.via ?? []), relations: [] };
}

/** Breadth-first over /relations, stopping at `depth` hops or MAX_NODES entities. */
async function fromRelations(id, depth) {
  const seen = new Set([id]);
  const relations = new Map();
  let frontier = [id];
  for (let hop = 0; hop < depth && frontier.length; hop++) {
    const next = [];
    const lists = await Promise.all(frontier.map((node) => relationsOf(node, { max: MAX_NODES })));
    for (const relation of lists.flat()) {
      relations.set(relation.id, relation);
      for (const end of [relation.subject.id, relation.object.id]) {
        if (!seen.has(end) && seen.size < MAX_NODES) {
          seen.add(end);
          next.push(end);
        }
      }
    }
    frontier = next;
  }
  const kept = [...relations.values()].filter((r) => seen.has(r.subject.id) && seen.has(r.object.id));
  const links = kept.map((r) => ({ subject: r.subject.id, predicate: r.predicate, object: r.object.id, weight: r.weight }));
  const known = await entities([...seen].filter((e) => e !== id));
  return { entities: [...known.values()], links, relations: kept };
}

export const pairKeyOf = (a, b) => [a, b].sort().join("\u0000");

/**
 * {center, nodes: Map(id -> entity & {depth}), pairs: Map(key -> pair)}; a pair is
 * {key, source, target, predicates, weight, relations (null until loaded)}.
 * Parallel links between two entities share one pair: one edge on screen.
 */
export async function neighbourhood(id, depth = 1) {
  const center = await entity(id);
  const found = (await fromRoute(center.id, depth)) ?? (await fromRelations(center.id, depth));
  const nodes = new Map([[center.id, { ...center, depth: 0 }]]);
  for (const item of found.entities) if (!nodes.has(item.id)) nodes.set(item.id, { ...item });
  const pairs = new Map();
  for (const link of found.links) {
    if (link.subject === link.object || !nodes.has(link.subject) || !nodes.has(link.object)) continue;
    const key = pairKeyOf(link.subject, link.object);
    const [source, target] = [link.subject, link.object].sort();
    if (!pairs.has(key)) pairs.set(key, { key, source, target, predicates: new Set(), weight: 0, relations: null });
    const pair = pairs.get(key);
    pair.predicates.add(link.predicate);
    pair.weight += link.weight ?? 1;
  }
  for (const relation of found.relations) {
    const pair = pairs.get(pairKeyOf(relation.subject.id, relation.object.id));
    if (pair) (pair.relations ??= []).push(relation);
  }
  setDepths(center.id, nodes, pairs);
  return { center: nodes.get(center.id), nodes, pairs };
}

/** Every relation between the two entities of `pair`, with evidence; fetched once. */
export async function pairRelations(pair) {
  if (!pair.relations) {
    const all = await relationsOf(pair.source, { evidenceLimit: 20, max: 1000 });
    pair.relations = all.filter((r) => pairKeyOf(r.subject.id, r.object.id) === pair.key);
  }
  return pair.relations;
}

/** Hops from the centre (and the parent on the way), for the radial layout. */
function setDepths(centerId, nodes, pairs) {
  const adjacent = new Map([...nodes.keys()].map((k) => [k, []]));
  for (const { source, target } of pairs.values()) {
    adjacent.get(source).push(target);
    adjacent.get(target).push(source);
  }
  for (const node of nodes.values()) node.depth = Infinity;
  nodes.get(centerId).depth = 0;
  const queue = [centerId];
  while (queue.length) {
    const current = queue.shift();
    for (const other of adjacent.get(current)) {
      const node = nodes.get(other);
      if (node.depth === Infinity) {
        node.depth = nodes.get(current).depth + 1;
        node.parent = current;
        queue.push(other);
      }
    }
  }
}
