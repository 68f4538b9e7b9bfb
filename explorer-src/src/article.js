// One article: its text with entity mentions and relation sentences highlighted.
// The API gives the article's entity and relation ids; mention spans are found
// by the entities' names and aliases, relation sentences by evidence offsets.

import { article as fetchArticle, entities as fetchEntities, relationsOf } from "./api.js";
import { el, externalLink, replace } from "./dom.js";
import { entityButton, typeBadge } from "./panel.js";

/** Names worth searching for: all names and aliases, longest first (so they win overlaps). */
function namesOf(entity) {
  const names = [entity.name, ...Object.values(entity.names ?? {}), ...(entity.aliases ?? [])];
  return [...new Set(names.filter((n) => typeof n === "string" && n.trim().length >= 2))];
}

const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Non-overlapping [start, end, entity] spans of entity names in `text`. */
export function mentionSpans(text, entities) {
  const candidates = [];
  for (const entity of entities) {
    for (const name of namesOf(entity)) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const end = at + name.length;
        // whole words only: "OMS" must not light up inside "NOMS"
        if (!isWordChar(text[at - 1]) && !isWordChar(text[end])) candidates.push([at, end, entity]);
      }
    }
  }
  candidates.sort((a, b) => (b[1] - b[0]) - (a[1] - a[0]) || a[0] - b[0]);
  const taken = [];
  for (const span of candidates) {
    if (!taken.some(([s, e]) => span[0] < e && s < span[1])) taken.push(span);
  }
  return taken.sort((a, b) => a[0] - b[0]);
}

/** Evidence spans {start, end, relations} of this article's relations. */
async function relationSpans(articleRecord) {
  const wanted = new Set(articleRecord.relations);
  const lists = await Promise.all(articleRecord.entities.map((id) => relationsOf(id, { evidenceLimit: 1000 }).catch(() => [])));
  const spans = new Map();
  for (const relation of lists.flat()) {
    if (!wanted.has(relation.id)) continue;
    for (const item of relation.evidence) {
      if (item.article_id !== articleRecord.id) continue;
      const key = `${item.start}:${item.end}`;
      if (!spans.has(key)) spans.set(key, { start: item.start, end: item.end, relations: new Map() });
      spans.get(key).relations.set(relation.id, relation);
    }
  }
  return [...spans.values()];
}

const relationLabel = (r) => `${r.subject.name} ${r.predicate} ${r.object.name}${r.role ? ` (${r.role})` : ""}`;

/** The text cut at every span boundary; each piece knows its entity and relations. */
function pieces(text, mentions, sentences) {
  const cuts = new Set([0, text.length]);
  for (const [s, e] of mentions) { cuts.add(s); cuts.add(e); }
  for (const { start, end } of sentences) { cuts.add(Math.max(0, start)); cuts.add(Math.min(text.length, end)); }
  const points = [...cuts].sort((a, b) => a - b);
  return points.slice(0, -1).map((start, i) => {
    const end = points[i + 1];
    const mention = mentions.find(([s, e]) => s <= start && end <= e);
    const inside = sentences.filter((s) => s.start <= start && end <= s.end);
    return { start, end, entity: mention?.[2], relations: inside.flatMap((s) => [...s.relations.values()]) };
  });
}

function renderPiece(text, piece, actions) {
  const content = text.slice(piece.start, piece.end);
  let node = document.createTextNode(content);
  if (piece.entity) {
    node = el("span", {
      class: `mention type-${piece.entity.type}`, "data-entity": piece.entity.id, role: "button", tabindex: 0,
      title: `${piece.entity.name} (${piece.entity.type})`,
      on: { click: () => actions.focusEntity(piece.entity.id) },
    }, content);
  }
  if (piece.relations.length) {
    node = el("mark", {
      class: "relation-sentence", "data-relations": piece.relations.map((r) => r.id).join(" "),
      title: piece.relations.map(relationLabel).join("\n"),
    }, node);
  }
  return node;
}

function header(record, actions) {
  return el("header", {},
    el("button", { type: "button", class: "close", "aria-label": "Close article", on: { click: actions.closeArticle } }, "×"),
    el("h2", { class: "article-title", lang: record.lang }, record.title ?? record.id),
    el("p", { class: "muted" },
      `${record.id} · ${record.lang} · ${record.published ?? "undated"}`,
      record.url ? [" · ", externalLink(record.url, "source")] : null));
}

/** Fills `view` with article `id`. */
export async function showArticle(view, id, actions) {
  replace(view, el("p", { class: "muted" }, "Loading article…"));
  const record = await fetchArticle(id);
  const known = await fetchEntities(record.entities);
  const entities = [...known.values()];
  const sentences = await relationSpans(record);
  const mentions = mentionSpans(record.text, entities);
  const text = el("div", { class: "article-text", lang: record.lang },
    pieces(record.text, mentions, sentences).map((p) => renderPiece(record.text, p, actions)));
  const relations = [...new Map(sentences.flatMap((s) => [...s.relations.entries()])).values()];
  replace(view, el("article", { "data-article": record.id },
    header(record, actions),
    el("div", { class: "legend" }, "Entities: ",
      entities.map((e) => el("span", { class: "chip" }, typeBadge(e.type), " ", entityButton(e, actions)))),
    text,
    el("section", { class: "panel-section" }, el("h3", {}, `Relations (${relations.length})`),
      el("ul", { class: "article-relations" }, relations.map((r) => el("li", { "data-relation": r.id }, relationLabel(r)))))));
}
