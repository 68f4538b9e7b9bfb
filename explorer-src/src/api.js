// The newsgraph API, same origin. Errors arrive as RFC 9457 problem+json bodies.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

export async function getJson(path, params = {}) {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") url.searchParams.set(key, String(value));
  }
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

const entityCache = new Map();

/** One entity, fetched once per page load. */
export function entity(id) {
  if (!entityCache.has(id)) {
    const promise = getJson(`/v1/entities/${encodeURIComponent(id)}`);
    promise.catch(() => entityCache.delete(id));
    entityCache.set(id, promise);
  }
  return entityCache.get(id);
}

/** Many entities, a few requests at a time; missing ones are left out. */
export async function entities(ids, concurrency = 6) {
  const queue = [...new Set(ids)];
  const found = new Map();
  async function worker() {
    while (queue.length) {
      const id = queue.shift();
      try {
        found.set(id, await entity(id));
      } catch {
        // an entity merged or deleted since the list was made: skip it
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return found;
}

export function searchEntities(q, type, limit = 20) {
  return getJson("/v1/entities", { q, type, limit });
}

/** All relations of an entity (up to `max`), following cursors. */
export async function relationsOf(id, { predicate, evidenceLimit = 5, max = 200 } = {}) {
  const found = [];
  let cursor = null;
  do {
    const page = await getJson(`/v1/entities/${encodeURIComponent(id)}/relations`, {
      predicate, evidence_limit: evidenceLimit, limit: 100, cursor,
    });
    found.push(...page.data);
    cursor = page.next;
  } while (cursor && found.length < max);
  return found.slice(0, max);
}

export function article(id) {
  return getJson(`/v1/articles/${encodeURIComponent(id)}`);
}
