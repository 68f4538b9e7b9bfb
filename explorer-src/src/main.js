// The explorer: search box -> neighbourhood graph -> side panel and article view.
// State lives in the URL hash (#entity=ID&article=ID) so views can be linked and
// the back button works.

import { entity as fetchEntity, searchEntities } from "./api.js";
import { showArticle } from "./article.js";
import { el, replace } from "./dom.js";
import { drawGraph, TYPE_COLOURS } from "./graph.js";
import { neighbourhood, pairKeyOf } from "./neighbourhood.js";
import { showEntity, showMessage, showPair, typeBadge } from "./panel.js";

const $ = (id) => document.getElementById(id);
const ui = {
  form: $("search-form"), input: $("search"), type: $("type"), depth: $("depth"),
  results: $("results"), graph: $("graph"), panel: $("panel"), status: $("status"),
  articleView: $("article-view"), articleBody: $("article-body"), legend: $("legend"),
  coMentions: $("co-mentions"),
};
const state = { hood: null, view: null, results: [], entityId: null, articleId: null, searchToken: 0 };

function setStatus(text, kind = "info") {
  ui.status.textContent = text;
  ui.status.dataset.kind = kind;
}

function report(error) {
  console.warn(error);
  setStatus(error?.message ?? String(error), "error");
}

// --- URL hash ---------------------------------------------------------------------

function readHash() {
  const params = new URLSearchParams(window.location.hash.slice(1));
  return { entity: params.get("entity"), article: params.get("article") };
}

function writeHash(entity, article) {
  const params = new URLSearchParams();
  if (entity) params.set("entity", entity);
  if (article) params.set("article", article);
  const hash = `#${params}`;
  if (window.location.hash !== hash) window.location.hash = hash;
  else route();
}

async function route() {
  const { entity, article } = readHash();
  try {
    if (entity && entity !== state.entityId) await loadEntity(entity);
    if (article) await openArticleView(article);
    else closeArticleView();
  } catch (error) {
    report(error);
  }
}

// --- search -----------------------------------------------------------------------

function resultItem(entity) {
  const other = [...new Set([...Object.values(entity.names ?? {}), ...(entity.aliases ?? [])])]
    .filter((n) => n !== entity.name);
  return el("li", {},
    el("button", {
      type: "button", class: "result", "data-entity": entity.id,
      on: { click: () => writeHash(entity.id, null) },
    },
    el("span", { class: "result-name" }, entity.name), " ", typeBadge(entity.type),
    other.length ? el("span", { class: "result-other" }, other.join(" · ")) : null,
    el("span", { class: "result-id muted" }, entity.id)));
}

async function search() {
  const q = ui.input.value.trim();
  const token = ++state.searchToken;
  if (!q) {
    replace(ui.results);
    return;
  }
  try {
    const page = await searchEntities(q, ui.type.value || null);
    if (token !== state.searchToken) return; // a later keystroke won
    state.results = page.data;
    replace(ui.results, page.data.length
      ? page.data.map(resultItem)
      : el("li", { class: "muted" }, `Nothing found for “${q}”.`));
  } catch (error) {
    report(error);
  }
}

let searchTimer = null;
ui.input.addEventListener("input", () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(search, 200);
});
ui.type.addEventListener("change", search);
ui.form.addEventListener("submit", async (event) => {
  event.preventDefault();
  clearTimeout(searchTimer);
  await search();
  if (state.results.length) writeHash(state.results[0].id, null);
});

// --- graph and panel ---------------------------------------------------------------

const actions = {
  openArticle: (id) => writeHash(state.entityId, id),
  closeArticle: () => writeHash(state.entityId, null),
  focusEntity: (id) => {
    if (state.hood?.nodes.has(id)) {
      writeHash(state.entityId, null);
      selectNode(id);
    } else {
      writeHash(id, null);
    }
  },
};

function hiddenPredicates() {
  return ui.coMentions.checked ? [] : ["MENTIONED_WITH"];
}

async function loadEntity(id) {
  setStatus("Loading neighbourhood…");
  const hood = await neighbourhood(id, Number(ui.depth.value));
  state.view?.kill();
  state.hood = hood;
  state.entityId = hood.center.id;
  ui.graph.dataset.center = hood.center.id;
  state.view = drawGraph(ui.graph, hood, {
    onNode: (node) => { actions.focusEntity(node); },
    onEdge: selectEdge,
    onStage: () => {},
  });
  state.view.sigma.on("doubleClickNode", (event) => {
    event.preventSigmaDefault();
    writeHash(event.node, null);
  });
  state.view.setHidden(hiddenPredicates());
  ui.graph.dataset.nodes = String(hood.nodes.size);
  ui.graph.dataset.edges = String(hood.pairs.size);
  setStatus(`${hood.center.name}: ${hood.nodes.size - 1} neighbour(s), ${hood.pairs.size} link(s). Click a node or an edge; double-click a node to centre on it.`);
  await selectNode(hood.center.id);
}

async function selectNode(id) {
  state.view?.selectNode(id);
  ui.panel.dataset.selected = id;
  try {
    const record = await fetchEntity(id);
    await showEntity(ui.panel, record, actions);
  } catch (error) {
    showMessage(ui.panel, `Could not load ${id}: ${error.message}`);
  }
}

function selectEdge(key) {
  const pair = state.hood?.pairs.get(key);
  if (!pair) return;
  state.view.selectEdge(key);
  ui.panel.dataset.selected = key;
  showPair(ui.panel, pair, state.hood.nodes, actions).catch(report);
}

ui.coMentions.addEventListener("change", () => state.view?.setHidden(hiddenPredicates()));
ui.depth.addEventListener("change", () => {
  if (state.entityId) loadEntity(state.entityId).catch(report);
});

// --- article view ------------------------------------------------------------------

async function openArticleView(id) {
  ui.articleView.hidden = false;
  if (state.articleId === id) return;
  state.articleId = id;
  await showArticle(ui.articleBody, id, actions);
}

function closeArticleView() {
  ui.articleView.hidden = true;
  state.articleId = null;
}

document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && !ui.articleView.hidden) actions.closeArticle();
});

// --- start ---------------------------------------------------------------------------

replace(ui.legend, Object.keys(TYPE_COLOURS).map((type) => el("span", { class: "chip" }, typeBadge(type))));

// For the browser test and for curious users in the console: where things are on screen.
window.newsgraphExplorer = {
  nodePosition: (id) => state.view?.nodePosition(id) ?? null,
  /** A point on an edge, `along` of the way from one end: off the label drawn at the middle. */
  edgePoint(key, along = 0.4) {
    const pair = state.hood?.pairs.get(key);
    const a = pair && state.view.nodePosition(pair.source);
    const b = pair && state.view.nodePosition(pair.target);
    return a && b ? { x: a.x + along * (b.x - a.x), y: a.y + along * (b.y - a.y) } : null;
  },
  pairKey: pairKeyOf,
};

window.addEventListener("hashchange", route);
route();
