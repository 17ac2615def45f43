// A link that reopens the console on a saved query (or on query text) with its parameter values.

export function writeLink({ savedId, query, parameters }) {
  const params = new URLSearchParams();
  if (savedId) params.set('query', savedId);
  else if (query) params.set('cypher', query);
  if (parameters && Object.keys(parameters).length) params.set('params', JSON.stringify(parameters));
  const search = params.toString();
  return `${window.location.origin}${window.location.pathname}${search ? `?${search}` : ''}`;
}

export function readLink(search) {
  const params = new URLSearchParams(search);
  let parameters = null;
  try {
    parameters = params.has('params') ? JSON.parse(params.get('params')) : null;
  } catch {
    parameters = null;
  }
  return { savedId: params.get('query'), query: params.get('cypher'), parameters };
}
