// The console's calls to the server: saved queries and Cypher runs. Failures are the explorer's ApiError,
// carrying the ProblemDetails (code, line, column) so the editor can mark the place.
import { ApiError } from '../api.js';

async function send(method, path, body) {
  let response;
  try {
    response = await fetch(new URL(path, window.location.origin), {
      method,
      headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (err) {
    throw new ApiError(0, { title: 'The server cannot be reached', detail: String(err?.message ?? err) });
  }
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = null; }
  if (!response.ok) throw new ApiError(response.status, json);
  return json;
}

export const consoleApi = {
  queries: () => send('GET', '/api/queries'),
  query: id => send('GET', `/api/queries/${encodeURIComponent(id)}`),
  create: query => send('POST', '/api/queries', query),
  update: (id, query) => send('PUT', `/api/queries/${encodeURIComponent(id)}`, query),
  remove: id => send('DELETE', `/api/queries/${encodeURIComponent(id)}`),
  runSaved: (id, parameters) => send('POST', `/api/queries/${encodeURIComponent(id)}/run`, { parameters }),
  run: (query, parameters, write) => send('POST', '/api/cypher', { query, parameters, write }),
};
