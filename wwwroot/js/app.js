// The network explorer page: wires the API, the canvas, filters, search, details, history and exports.
import { api } from './api.js';
import { el } from './dom.js';
import { DetailsPanel } from './details.js';
import { exportCsv, exportJson, exportPng, exportSvg } from './exporter.js';
import { History } from './history.js';
import { renderLegend } from './legend.js';
import { Network } from './network.js';
import { attachSearch } from './search.js';
import { readViewState, writeViewState } from './viewstate.js';

const $ = id => document.getElementById(id);
const banner = $('state-banner');
let busy = 1; // the page starts busy until the first view is drawn

function setBusy(delta) {
  busy += delta;
  document.body.dataset.ready = busy === 0 ? 'true' : 'false';
}

function showBanner(text, kind = 'info') {
  banner.hidden = false;
  banner.classList.toggle('error', kind === 'error');
  banner.replaceChildren(...(Array.isArray(text) ? text : [text]));
  document.body.dataset.state = kind === 'error' ? 'error' : document.body.dataset.state;
}

function hideBanner() {
  banner.hidden = true;
  banner.classList.remove('error');
}

function showError(err, what) {
  const code = err?.code ? el('div', { class: 'muted' }, `Code: ${err.code}`) : null;
  const retry = el('button', { type: 'button', onclick: () => window.location.reload() }, 'Try again');
  showBanner([el('strong', {}, what ?? 'Something went wrong'), el('div', {}, err?.message ?? String(err)), code, retry], 'error');
}

async function task(fn, what) {
  setBusy(1);
  try {
    return await fn();
  } catch (err) {
    showError(err, what);
    return undefined;
  } finally {
    setBusy(-1);
  }
}

function checklist(container, items, selected, swatch, onChange) {
  container.replaceChildren(...items.map(item => {
    const box = el('input', { type: 'checkbox', value: item.value, 'data-filter': item.value });
    box.checked = selected.has(item.value);
    box.addEventListener('change', () => {
      if (box.checked) selected.add(item.value); else selected.delete(item.value);
      onChange();
    });
    return el('label', {}, box, swatch ? swatch(item) : null, item.label);
  }));
}

async function boot() {
  const registry = await api.registry();
  const state = readViewState(window.location.search, registry);
  // ?renderer=webgl|canvas overrides the large view's choice of renderer (for comparisons; see bench/README.md).
  const network = new Network($('network'), registry, { renderer: new URLSearchParams(window.location.search).get('renderer') ?? 'auto' });
  let cy = network.cy;
  const history = new History(() => {
    $('btn-undo').disabled = !history.canUndo;
    $('btn-redo').disabled = !history.canRedo;
  });
  const details = new DetailsPanel($('details'), registry, {
    onOpenTie: id => openTie(id),
    onOpenActor: id => { const node = cy.getElementById(id); if (node.nonempty()) network.focus(id); openActor(id); },
  });
  // A handle for the browser tests and for analysts at the console.
  window.relationsGraph = { cy, network, state, registry };
  network.onRebuild(next => {
    cy = next;
    window.relationsGraph.cy = next;
  });

  const limit = () => Math.max(1, Math.min(500, parseInt($('expand-limit').value, 10) || 10));
  const updateUrl = () => window.history.replaceState(null, '', writeViewState(state, registry));

  // What the view note says besides the large view's drawing: a link naming actors that are gone, a capped whole view.
  const notes = { missing: '', capped: '' };

  function refreshViewNote() {
    const note = $('view-note');
    const lines = [notes.missing, notes.capped];
    if (network.mode.large) {
      lines.push(`Large view, ${cy.elements().length.toLocaleString('en')} elements, drawn with ${network.mode.webgl ? 'WebGL' : 'a simplified canvas'}: tie labels hidden (select a tie to see its label), actor labels shown when zoomed in, unconfirmed ties faint.`);
    }
    const shown = lines.filter(Boolean);
    note.hidden = shown.length === 0;
    note.replaceChildren(...shown.map(line => el('div', {}, line)));
  }

  function refreshEmptyState() {
    refreshViewNote();
    if (cy.nodes().empty()) showBanner('The store has no actors yet.');
    else if (network.visible().nodes().empty()) showBanner('Nothing matches the filters.');
    else hideBanner();
    document.body.dataset.state = cy.nodes().empty() ? 'empty' : 'ready';
  }

  function applyFilters() {
    network.applyFilters(state);
    $('date-label').textContent = state.date ? `in force on ${state.date}` : 'any date';
    $('filter-date').value = state.date ?? '';
    refreshPathOptions();
    refreshEmptyState();
    updateUrl();
  }

  function refreshPathOptions() {
    const nodes = cy.nodes().sort((a, b) => a.data('label').localeCompare(b.data('label')));
    for (const select of [$('path-from'), $('path-to')]) {
      const current = select.value;
      select.replaceChildren(...nodes.map(n => el('option', { value: n.id() }, n.data('label'))));
      if (current && cy.getElementById(current).nonempty()) select.value = current;
    }
  }

  async function openActor(id) {
    state.focus = id;
    updateUrl();
    details.showActor(await api.actor(id));
  }

  async function openTie(id) {
    details.showTie(await api.tie(id));
  }

  // Adds an actor's neighbours; an actor not on the canvas yet (picked in the search) comes with them, in the middle
  // of the view. Either way the view state and the history record it, so a link and undo both know of it.
  async function expand(id, record = true) {
    const node = cy.getElementById(id);
    const elements = await api.neighbourhood({
      actor: id, depth: 1, types: [...state.types], statuses: [...state.statuses], date: state.date ?? undefined, limit: limit(),
      // What is on the canvas does not use up the cap (kept short for the URL on big canvases).
      shown: (cy.nodes().length <= 300 ? cy.nodes() : node.neighborhood().nodes()).map(n => n.id()),
    });
    const middle = cy.extent();
    const added = network.add(elements, node.nonempty() ? node : null);
    // Looked up again: adding may have moved the canvas to a new (large view) instance.
    const centre = cy.getElementById(id);
    if (centre.nonempty()) {
      if (node.empty()) centre.position({ x: (middle.x1 + middle.x2) / 2, y: (middle.y1 + middle.y2) / 2 });
      network.placeAround(centre, added.not(centre));
    }
    state.expanded.push(id);
    if (record) {
      const json = added.jsons();
      const ids = added.map(e => e.id());
      history.push({
        label: 'expand',
        undo: () => { cy.remove(cy.collection(ids.map(x => cy.getElementById(x)))); removeLast(state.expanded, id); afterChange(); },
        redo: () => { cy.add(json); state.expanded.push(id); afterChange(); },
      });
    }
    afterChange();
    return added;
  }

  // Adds a shortest path's actors and ties; the link keeps the question (from, to, confirmed only), not the answer.
  async function addPath(path, record = true) {
    const result = await api.path(path.from, path.to, path.confirmedOnly);
    if (!result.found) return result;
    const added = network.add(result.elements);
    const spot = cy.extent();
    added.nodes().positions(() => ({ x: (spot.x1 + spot.x2) / 2 + Math.random() * 80, y: (spot.y1 + spot.y2) / 2 + Math.random() * 80 }));
    const key = pathKey(path);
    state.paths.push(key);
    if (record && added.nonempty()) {
      const json = added.jsons();
      const ids = added.map(e => e.id());
      history.push({
        label: 'path',
        undo: () => { network.clearPath(); cy.remove(cy.collection(ids.map(x => cy.getElementById(x)))); removeLast(state.paths, key); afterChange(); },
        redo: () => { cy.add(json); state.paths.push(key); afterChange(); },
      });
    }
    afterChange();
    return result;
  }

  function removeElements(collection, label) {
    const gone = collection.union(collection.nodes().connectedEdges());
    if (gone.empty()) return;
    const json = gone.jsons();
    const ids = gone.map(e => e.id());
    const apply = () => { cy.remove(cy.collection(ids.map(x => cy.getElementById(x)))); state.removed.push(...ids.filter(x => !state.removed.includes(x))); afterChange(); };
    apply();
    history.push({
      label,
      undo: () => { cy.add(json); state.removed = state.removed.filter(x => !ids.includes(x)); afterChange(); },
      redo: apply,
    });
  }

  function collapse(id) {
    const node = cy.getElementById(id);
    const leaves = node.neighborhood().nodes().filter(n => n.degree(false) === n.edgesWith(node).length);
    removeElements(leaves, 'collapse');
  }

  function afterChange() {
    network.applyFilters(state);
    refreshPathOptions();
    refreshEmptyState();
    updateUrl();
  }

  async function loadView() {
    cy.elements().remove();
    // A link outlives the actors it names: one deleted since is left out with a note, and the rest of the view opens.
    const missing = new Set();
    const unsure = new Set(); // a path answers 404 when either end is gone
    const skipMissing = async (ids, fn) => {
      try {
        return await fn();
      } catch (err) {
        if (err?.status !== 404) throw err;
        ids.forEach(id => (ids.length === 1 ? missing : unsure).add(id));
        return undefined;
      }
    };
    let elements = state.root
      ? await skipMissing([state.root], () => api.neighbourhood({ actor: state.root, depth: state.depth, limit: limit() }))
      : undefined;
    if (!elements) {
      state.root = null;
      elements = await api.neighbourhood({ depth: state.depth, limit: limit(), maxActors: state.maxActors ?? undefined });
    }
    network.add(elements);
    notes.capped = elements.totalActors > elements.nodes.length
      ? `Showing the ${elements.nodes.length.toLocaleString('en')} most connected of ${elements.totalActors.toLocaleString('en')} actors (+${(elements.totalActors - elements.nodes.length).toLocaleString('en')} more): search for an actor or expand one to see others.`
      : '';
    performance.mark('rg:data-loaded');
    for (const id of state.expanded.splice(0)) {
      await skipMissing([id], () => expand(id, false));
    }
    for (const key of state.paths.splice(0)) {
      const path = parsePathKey(key);
      if (path) await skipMissing([path.from, path.to], () => addPath(path, false));
    }
    for (const id of unsure) {
      if (!missing.has(id) && cy.getElementById(id).empty() && (await api.actor(id).then(() => false, err => err?.status === 404))) missing.add(id);
    }
    notes.missing = missing.size === 0 ? ''
      : `${missing.size} ${missing.size === 1 ? 'actor' : 'actors'} in this link no longer ${missing.size === 1 ? 'exists' : 'exist'} (${[...missing].join(', ')}); the rest of the view is shown.`;
    if (state.focus && missing.has(state.focus)) state.focus = null;
    const removed = state.removed;
    cy.remove(cy.collection(removed.map(x => cy.getElementById(x))));
    network.applyFilters(state);
    await network.runLayout(state.layout);
    setupDateRange();
    applyFilters();
    if (state.focus && network.focus(state.focus)) await openActor(state.focus);
  }

  // Filters
  const swatchFor = colour => el('span', { class: 'swatch', style: `border-top-color:${colour}` });
  checklist($('filter-types'), registry.tieTypes.map(t => ({ value: t.type, label: t.label, colour: t.colour })), state.types, i => swatchFor(i.colour), applyFilters);
  checklist($('filter-statuses'), registry.statuses.map(s => ({ value: s.status, label: s.label })), state.statuses, null, applyFilters);
  checklist($('filter-kinds'), registry.actorKinds.map(k => ({ value: k.kind, label: k.label, colour: k.colour })), state.kinds, null, applyFilters);
  renderLegend($('legend'), registry);
  $('layout-select').value = state.layout;

  // Date control: a date input, a slider over the months the loaded ties span, and a play button.
  let months = [];
  function setupDateRange() {
    const starts = cy.edges().map(e => e.data('validFrom')).filter(Boolean).map(d => d.slice(0, 7)).sort();
    const first = starts.find(d => d >= '2000-01') ?? starts[0] ?? '2022-01';
    const end = new Date().toISOString().slice(0, 7);
    months = [];
    for (let [y, m] = first.split('-').map(Number); `${y}-${String(m).padStart(2, '0')}` <= end; m === 12 ? (y++, m = 1) : m++) {
      months.push(`${y}-${String(m).padStart(2, '0')}-01`);
    }
    const slider = $('filter-date-range');
    slider.max = String(Math.max(0, months.length - 1));
    slider.value = state.date ? String(Math.max(0, months.findIndex(d => d >= state.date))) : slider.max;
  }
  const setDate = date => { state.date = date; applyFilters(); };
  $('filter-date').addEventListener('change', ev => setDate(ev.target.value || null));
  $('btn-date-clear').addEventListener('click', () => { stopPlay(); setDate(null); $('filter-date-range').value = $('filter-date-range').max; });
  $('filter-date-range').addEventListener('input', ev => setDate(months[Number(ev.target.value)] ?? null));
  let playTimer = null;
  function stopPlay() {
    clearInterval(playTimer);
    playTimer = null;
    $('btn-play').textContent = '▶ Play';
  }
  $('btn-play').addEventListener('click', () => {
    if (playTimer) { stopPlay(); return; }
    const slider = $('filter-date-range');
    let i = Number(slider.value) >= months.length - 1 ? 0 : Number(slider.value);
    $('btn-play').textContent = '⏸ Pause';
    const step = () => {
      slider.value = String(i);
      setDate(months[i]);
      if (++i >= months.length) stopPlay();
    };
    step();
    playTimer = setInterval(step, 600);
  });

  // Canvas interactions
  network.on('tap', 'node', ev => { network.clearPath(); task(() => openActor(ev.target.id()), 'The actor could not be loaded'); });
  network.on('tap', 'edge', ev => task(() => openTie(ev.target.id()), 'The tie could not be loaded'));
  network.on('tap', ev => { if (ev.target === cy) { network.clearPath(); cy.nodes('.highlight').removeClass('highlight'); } });
  network.on('dbltap', 'node', ev => task(() => expand(ev.target.id()), 'The neighbours could not be loaded'));
  network.on('cxttap', 'node', ev => showContextMenu(ev));
  document.addEventListener('keydown', ev => {
    if (ev.target instanceof HTMLInputElement || ev.target instanceof HTMLSelectElement) return;
    if ((ev.ctrlKey || ev.metaKey) && ev.key.toLowerCase() === 'z') { history.undo(); ev.preventDefault(); }
    else if ((ev.ctrlKey || ev.metaKey) && ev.key.toLowerCase() === 'y') { history.redo(); ev.preventDefault(); }
    else if (ev.key === 'Delete' || ev.key === 'Backspace') removeElements(cy.$(':selected'), 'remove');
  });

  // Context actions for an actor (right-click): expand, collapse, remove, path ends.
  let menu = null;
  function closeMenu() { menu?.remove(); menu = null; }
  function showContextMenu(ev) {
    closeMenu();
    const id = ev.target.id();
    const pos = ev.renderedPosition;
    const item = (label, fn) => el('button', { type: 'button', onclick: () => { closeMenu(); fn(); } }, label);
    menu = el('div', { class: 'menu-items', style: `left:${pos.x}px;top:${pos.y}px`, role: 'menu' },
      item('Expand neighbours', () => task(() => expand(id), 'The neighbours could not be loaded')),
      item('Collapse neighbours', () => collapse(id)),
      item('Remove from view', () => removeElements(cy.getElementById(id), 'remove')),
      item('Path from here', () => { $('path-from').value = id; }),
      item('Path to here', () => { $('path-to').value = id; }));
    $('network').parentElement.append(menu);
  }
  document.addEventListener('click', ev => { if (menu && !menu.contains(ev.target)) closeMenu(); });

  // Toolbar
  $('layout-select').addEventListener('change', ev => { state.layout = ev.target.value; updateUrl(); task(() => network.runLayout(state.layout)); });
  $('btn-layout').addEventListener('click', () => task(() => network.runLayout(state.layout)));
  $('btn-fit').addEventListener('click', () => cy.fit(network.visible(), 40));
  $('btn-reset').addEventListener('click', () => {
    Object.assign(state, { root: null, expanded: [], removed: [], paths: [], focus: null });
    notes.missing = '';
    history.clear();
    details.clear();
    task(loadView, 'The network could not be loaded');
  });
  $('btn-undo').addEventListener('click', () => history.undo());
  $('btn-redo').addEventListener('click', () => history.redo());
  const closeExportMenu = () => $('btn-export-png').closest('details').removeAttribute('open');
  $('btn-export-png').addEventListener('click', () => { closeExportMenu(); task(() => exportPng(network), 'The PNG export failed'); });
  $('btn-export-svg').addEventListener('click', () => { closeExportMenu(); task(async () => exportSvg(network), 'The SVG export failed'); });
  $('btn-export-json').addEventListener('click', () => { closeExportMenu(); exportJson(network, writeViewState(state, registry)); });
  $('btn-export-csv').addEventListener('click', () => { closeExportMenu(); exportCsv(network); });
  $('btn-share').addEventListener('click', async () => {
    const link = window.location.href;
    try {
      await navigator.clipboard.writeText(link);
      $('btn-share').textContent = 'Link copied ✓';
    } catch {
      $('btn-share').textContent = 'Link is in the address bar';
    }
    setTimeout(() => { $('btn-share').textContent = 'Copy link'; }, 2500);
  });

  // Search: picking a result centres and highlights the actor, loading its neighbourhood if it is not shown.
  attachSearch($('search-input'), $('search-results'), {
    search: q => api.searchActors(q),
    onError: err => showError(err, 'Search failed'),
    onPick: actor => task(async () => {
      if (cy.getElementById(actor.id).empty()) await expand(actor.id);
      network.focus(actor.id);
      await openActor(actor.id);
    }, 'The actor could not be shown'),
  });

  // Shortest path
  $('btn-path').addEventListener('click', () => task(async () => {
    const from = $('path-from').value;
    const to = $('path-to').value;
    if (!from || !to) return;
    const result = await addPath({ from, to, confirmedOnly: $('path-confirmed').checked });
    if (!result.found) {
      network.clearPath();
      $('path-result').textContent = `No path within six ties${$('path-confirmed').checked ? ' over confirmed ties' : ''}.`;
      return;
    }
    network.showPath([...result.actors, ...result.ties]);
    const names = result.actors.map(a => cy.getElementById(a).data('label'));
    $('path-result').textContent = `${names.join(' → ')} (${result.ties.length} ${result.ties.length === 1 ? 'tie' : 'ties'})`;
  }, 'The path could not be found'));
  $('btn-path-clear').addEventListener('click', () => { network.clearPath(); $('path-result').textContent = ''; });

  await loadView();
  // Laid out and drawn, every control wired: what a benchmark times from navigation (bench/README.md).
  performance.mark('rg:view-ready');
}

boot()
  .catch(async err => {
    // When start-up could not prepare the store, its own words say more than the failed request.
    const health = await api.health().catch(e => e.problem ?? null);
    const why = health?.initializationError;
    showError(why ? { message: why, code: err?.code } : err, 'The network could not be loaded');
  })
  .finally(() => setBusy(-1));

// A path in the link: "from~to" or "from~to~confirmed".
function pathKey({ from, to, confirmedOnly }) {
  return [from, to, ...(confirmedOnly ? ['confirmed'] : [])].join('~');
}

function parsePathKey(key) {
  const [from, to, flag] = key.split('~');
  return from && to ? { from, to, confirmedOnly: flag === 'confirmed' } : null;
}

function removeLast(list, value) {
  const i = list.lastIndexOf(value);
  if (i >= 0) list.splice(i, 1);
}
