// The side panel: one entity (names, type, Wikidata, roles, articles) or one
// edge (every relation between two entities, with its evidence sentences).

import { entity as fetchEntity, relationsOf } from "./api.js";
import { append, el, replace, wikidataUrl } from "./dom.js";
import { typeColour } from "./graph.js";
import { pairRelations } from "./neighbourhood.js";

const LANGUAGE_NAMES = { fr: "français", en: "English" };

export function typeBadge(type) {
  const badge = el("span", { class: "badge", "data-type": type ?? "?" }, type ?? "?");
  badge.style.backgroundColor = typeColour(type);
  return badge;
}

function section(title, ...content) {
  return el("section", { class: "panel-section" }, el("h3", {}, title), ...content);
}

function namesList(entity) {
  const rows = Object.entries(entity.names ?? {}).sort(([a], [b]) => a.localeCompare(b));
  if (!rows.length) rows.push(["—", entity.name]);
  return el("dl", { class: "names" },
    rows.map(([lang, name]) => [el("dt", { lang }, LANGUAGE_NAMES[lang] ?? lang), el("dd", { lang }, name)]));
}

function articleButton(articleId, actions, extra = "") {
  return el("button", {
    type: "button", class: "link article-link", "data-article": articleId,
    on: { click: () => actions.openArticle(articleId) },
  }, articleId, extra);
}

export function entityButton(ref, actions) {
  const button = el("button", {
    type: "button", class: "link entity-link", "data-entity": ref.id,
    on: { click: () => actions.focusEntity(ref.id) },
  }, ref.name ?? ref.id);
  if (!ref.name) fetchEntity(ref.id).then((e) => { button.textContent = e.name; }, () => {});
  return button;
}

const statusText = (status) => (status ? ` (${status})` : "");

/** "regional director (current) of WHO" for the person; "Amina Diallo: regional director (current)" for the organisation. */
function roleItem(relation, entityId, actions) {
  const role = `${relation.role ?? "leads"}${statusText(relation.status)}`;
  const weight = el("span", { class: "muted" }, ` · ${relation.weight} article(s)`);
  const item = relation.subject.id === entityId
    ? [el("span", { class: "role-name" }, role), " of ", entityButton(relation.object, actions)]
    : [entityButton(relation.subject, actions), ": ", el("span", { class: "role-name" }, role)];
  return el("li", { class: "role", "data-relation": relation.id }, item, weight);
}

/** Article ids in the evidence of `relations`, newest first. */
function evidenceArticles(relations) {
  const found = new Map();
  for (const relation of relations) {
    for (const item of relation.evidence ?? []) {
      if (!found.has(item.article_id)) found.set(item.article_id, item.published ?? "");
    }
  }
  return [...found.entries()].sort((a, b) => b[1].localeCompare(a[1]) || a[0].localeCompare(b[0]));
}

function eventFacts(entity, actions) {
  if (entity.type !== "EVENT") return null;
  return section("Event",
    el("p", {}, "Date: ", entity.date ?? "unknown"),
    entity.place ? el("p", {}, "Place: ", entityButton({ id: entity.place }, actions)) : null,
    entity.participants?.length
      ? el("p", {}, "Participants: ", entity.participants.map((id) => [entityButton({ id }, actions), " "]))
      : null);
}

/** Fills `panel` with one entity; its relations load after the header shows. */
export async function showEntity(panel, entity, actions) {
  const wikidata = wikidataUrl(entity.wikidata);
  const body = el("div", { class: "panel-body", "data-kind": "entity", "data-entity": entity.id });
  replace(panel, body);
  append(body, [
    el("header", {},
      el("h2", { class: "entity-name" }, entity.name), " ", typeBadge(entity.type),
      el("p", { class: "muted entity-id" }, entity.id),
      wikidata
        ? el("p", {}, el("a", { href: wikidata, target: "_blank", rel: "noopener noreferrer", class: "wikidata" }, `Wikidata ${entity.wikidata}`))
        : null),
    section("Names", namesList(entity),
      entity.aliases?.length ? el("p", { class: "aliases" }, "Also: ", entity.aliases.join(" · ")) : null),
    el("p", { class: "muted" }, `${entity.mentions} mention(s) in ${entity.articles} article(s)`),
    eventFacts(entity, actions)]);
  const loading = el("p", { class: "muted" }, "Loading relations…");
  body.append(loading);
  const relations = await relationsOf(entity.id, { evidenceLimit: 50 });
  loading.remove();
  const leads = relations.filter((r) => r.predicate === "LEADS");
  append(body, [
    section("Roles", leads.length
      ? el("ul", { class: "roles" }, leads.map((r) => roleItem(r, entity.id, actions)))
      : el("p", { class: "muted" }, "No leadership role known.")),
    section("Articles", el("ul", { class: "articles" },
      evidenceArticles(relations).map(([id, published]) =>
        el("li", {}, articleButton(id, actions), published ? el("span", { class: "muted" }, ` ${published}`) : null))))]);
}

function evidenceItem(item, actions) {
  return el("li", { class: "evidence" },
    el("blockquote", { class: "sentence" }, item.sentence),
    el("p", { class: "muted" }, articleButton(item.article_id, actions),
      ` · ${item.published ?? "undated"} · ${item.rule} · ${Number(item.confidence).toFixed(2)}`));
}

function relationBlock(relation, actions) {
  const role = relation.role ? ` — ${relation.role}${statusText(relation.status)}` : statusText(relation.status);
  return el("li", { class: "relation", "data-relation": relation.id },
    el("p", { class: "relation-head" },
      entityButton(relation.subject, actions), " ",
      el("strong", { class: "predicate" }, relation.predicate), " ",
      entityButton(relation.object, actions), role,
      el("span", { class: "muted" }, ` · weight ${relation.weight}`)),
    el("ul", { class: "evidence-list" }, relation.evidence.map((item) => evidenceItem(item, actions))));
}

/** Fills `panel` with the relations of one pair of entities, evidence included. */
export async function showPair(panel, pair, nodes, actions) {
  const name = (id) => nodes.get(id)?.name ?? id;
  const count = el("p", { class: "muted" }, "Loading evidence…");
  const body = el("div", { class: "panel-body", "data-edge": pair.key },
    el("header", {}, el("h2", {}, name(pair.source), " — ", name(pair.target)), count));
  replace(panel, body);
  const relations = await pairRelations(pair);
  if (panel.firstChild !== body) return; // another selection replaced this one meanwhile
  count.textContent = `${relations.length} relation(s)`;
  body.append(el("ul", { class: "relations" }, relations.map((r) => relationBlock(r, actions))));
  body.dataset.kind = "edge"; // set last: the browser test waits for it
}

export function showMessage(panel, text) {
  replace(panel, el("div", { class: "panel-body" }, el("p", { class: "muted" }, text)));
}
