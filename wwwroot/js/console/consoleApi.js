// The console's calls to the server: saved queries and Cypher runs. Failures are the explorer's ApiError,
// carrying the ProblemDetails (code, line, column) so the editor can mark the place.
import { request } from '../api.js';

const send = (method, path, body) => request(method, path, { body });

export const consoleApi = {
  queries: () => send('GET', '/api/queries'),
  query: id => send('GET', `/api/queries/${encodeURIComponent(id)}`),
  create: query => send('POST', '/api/queries', query),
  update: (id, query) => send('PUT', `/api/queries/${encodeURIComponent(id)}`, query),
  remove: id => send('DELETE', `/api/queries/${encodeURIComponent(id)}`),
  runSaved: (id, parameters) => send('POST', `/api/queries/${encodeURIComponent(id)}/run`, { parameters }),
  run: (query, parameters, write) => send('POST', '/api/cypher', { query, parameters, write }),
};
