// The one module that talks to the server. Every failure becomes an ApiError carrying the ProblemDetails.
// Requests that can change something carry the page's anti-forgery token; a lost session goes back to sign-in.
import { storeAnswered, storeUnavailable } from './availability.js';
import { session } from './session.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `The server answered ${status}.`);
    this.status = status;
    this.code = problem?.code ?? null;
    this.problem = problem;
  }
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

// A 503 means the graph store is down (or the Neo4j breaker is open): the banner says so and watches /health.
// A FormData body (a file upload) is sent as it is, with the browser's multipart content type.
export async function request(method, path, { params = {}, body } = {}) {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null) url.searchParams.set(key, value);
  }
  const headers = { Accept: 'application/json' };
  const form = body instanceof FormData;
  if (body !== undefined && !form) headers['Content-Type'] = 'application/json';
  if (!SAFE.has(method)) {
    const token = session.csrfToken();
    if (token) headers['X-CSRF-TOKEN'] = token;
  }
  let response;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined || form ? body : JSON.stringify(body),
    });
  } catch (err) {
    throw new ApiError(0, { title: 'The server cannot be reached', detail: String(err?.message ?? err) });
  }
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = null; }
  if (response.status === 401) {
    const back = window.location.pathname + window.location.search;
    window.location.assign(`/account/signin?returnUrl=${encodeURIComponent(back)}`);
  }
  if (response.status === 503) storeUnavailable(json?.detail ?? json?.title);
  else if (response.ok) storeAnswered();
  if (!response.ok) throw new ApiError(response.status, json);
  return json;
}

const getJson = (path, params) => request('GET', path, { params });

const list = values => (values == null ? undefined : values.join(','));

export const api = {
  registry: () => getJson('/api/registry'),
  health: () => getJson('/health'),
  searchActors: q => getJson('/api/actors', { q }),
  actor: id => getJson(`/api/actors/${encodeURIComponent(id)}`),
  tie: id => getJson(`/api/ties/${encodeURIComponent(id)}`),
  neighbourhood: ({ actor, depth = 1, types, statuses, date, limit, shown, maxActors } = {}) =>
    getJson('/api/graph/neighbourhood', { actor, depth, types: list(types), statuses: list(statuses), date, limit, shown: list(shown), maxActors }),
  path: (from, to, confirmedOnly) => getJson('/api/graph/path', { from, to, confirmedOnly }),
};
