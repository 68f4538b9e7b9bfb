// Building DOM nodes without HTML strings. Every piece of API data is untrusted
// (a press release can carry <script>): it only ever reaches the page as a text
// node or through setAttribute on a fixed, safe attribute; never parsed as HTML.

const SAFE_ATTRIBUTES = new Set([
  "class", "id", "href", "target", "rel", "title", "type", "role", "lang",
  "tabindex", "aria-label", "aria-live", "aria-selected", "aria-expanded",
]);

/**
 * el("li", {class: "x", dataset: {id}}, "text", childNode, [more...])
 * Strings become text nodes; attributes are limited to a known list; `on` holds listeners.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "dataset") Object.assign(node.dataset, value);
    else if (key === "on") for (const [type, fn] of Object.entries(value)) node.addEventListener(type, fn);
    else if (SAFE_ATTRIBUTES.has(key) || key.startsWith("data-")) node.setAttribute(key, String(value));
    else throw new Error(`attribute not allowed: ${key}`);
  }
  append(node, children);
  return node;
}

/** Appends strings (as text), nodes and nested arrays; skips null/undefined/false. */
export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces all children of `parent`. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/** An external link, only for http(s) URLs; anything else is shown as text. */
export function externalLink(url, label) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return el("span", {}, label ?? url);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return el("span", {}, label ?? url);
  return el("a", { href: parsed.href, target: "_blank", rel: "noopener noreferrer" }, label ?? url);
}

/** Wikidata page of a Q-id; null for anything that is not one. */
export function wikidataUrl(qid) {
  return typeof qid === "string" && /^Q[1-9][0-9]*$/.test(qid)
    ? `https://www.wikidata.org/wiki/${qid}`
    : null;
}
