// The one module that talks to the server. Every failure becomes an ApiError carrying the ProblemDetails.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `The server answered ${status}.`);
    this.status = status;
    this.code = problem?.code ?? null;
    this.problem = problem;
  }
}

async function getJson(path, params = {}) {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null) url.searchParams.set(key, value);
  }
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (err) {
    throw new ApiError(0, { title: 'The server cannot be reached', detail: String(err?.message ?? err) });
  }
  const text = await response.text();
  let body = null;
  try { body = text ? JSON.parse(text) : null; } catch { body = null; }
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

const list = values => (values == null ? undefined : values.join(','));

export const api = {
  registry: () => getJson('/api/registry'),
  health: () => getJson('/health'),
  searchActors: q => getJson('/api/actors', { q }),
  actor: id => getJson(`/api/actors/${encodeURIComponent(id)}`),
  tie: id => getJson(`/api/ties/${encodeURIComponent(id)}`),
  neighbourhood: ({ actor, depth = 1, types, statuses, date, limit, shown } = {}) =>
    getJson('/api/graph/neighbourhood', { actor, depth, types: list(types), statuses: list(statuses), date, limit, shown: list(shown) }),
  path: (from, to, confirmedOnly) => getJson('/api/graph/path', { from, to, confirmedOnly }),
};
