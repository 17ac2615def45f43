// The view as a URL: focus, root, expansions (including actors picked in the search), paths found, removals, filters,
// date and layout. The address bar always holds
// the current view, so copying it (or the "Copy link" button) reopens exactly this view, even after a restart.

const listParam = (params, key) => {
  const v = params.get(key);
  return v === null ? null : v.split(',').filter(Boolean);
};

export function readViewState(search, registry) {
  const params = new URLSearchParams(search);
  const all = {
    types: registry.tieTypes.map(t => t.type),
    statuses: registry.statuses.map(s => s.status),
    kinds: registry.actorKinds.map(k => k.kind),
  };
  const date = params.get('date');
  return {
    root: params.get('root') || null,
    depth: Math.max(0, Math.min(4, parseInt(params.get('depth') ?? '1', 10) || 1)),
    expanded: listParam(params, 'expanded') ?? [],
    paths: listParam(params, 'paths') ?? [],
    removed: listParam(params, 'removed') ?? [],
    focus: params.get('focus') || null,
    types: new Set(listParam(params, 'types') ?? all.types),
    statuses: new Set(listParam(params, 'statuses') ?? all.statuses),
    kinds: new Set(listParam(params, 'kinds') ?? all.kinds),
    date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
    layout: params.get('layout') || 'fcose',
    // How many actors the whole view may show (the server's default when absent).
    maxActors: parseInt(params.get('maxActors') ?? '', 10) > 0 ? parseInt(params.get('maxActors'), 10) : null,
  };
}

export function writeViewState(state, registry) {
  const params = new URLSearchParams();
  const setList = (key, set, all) => {
    if (set.size !== all.length || all.some(x => !set.has(x))) params.set(key, [...set].join(','));
  };
  if (state.root) params.set('root', state.root);
  if (state.root && state.depth !== 1) params.set('depth', String(state.depth));
  if (state.expanded.length) params.set('expanded', state.expanded.join(','));
  if (state.paths.length) params.set('paths', state.paths.join(','));
  if (state.removed.length) params.set('removed', state.removed.join(','));
  if (state.focus) params.set('focus', state.focus);
  setList('types', state.types, registry.tieTypes.map(t => t.type));
  setList('statuses', state.statuses, registry.statuses.map(s => s.status));
  setList('kinds', state.kinds, registry.actorKinds.map(k => k.kind));
  if (state.date) params.set('date', state.date);
  if (state.layout !== 'fcose') params.set('layout', state.layout);
  if (state.maxActors) params.set('maxActors', String(state.maxActors));
  const query = params.toString();
  return `${window.location.pathname}${query ? `?${query}` : ''}`;
}
