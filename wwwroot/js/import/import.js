// The import page: upload a file, pick a preset or map its columns, dry-run it, then import with a progress bar.
import { api } from '../api.js';
import { el } from '../dom.js';
import { importApi } from './importApi.js';
import { buildMapping } from './mapping.js';

const $ = id => document.getElementById(id);
const PAGE = 50;
const state = { upload: null, presets: [], job: null, offset: 0, busy: 0, jsonEdited: false };

function setBusy(delta) {
  state.busy += delta;
  document.body.dataset.ready = state.busy === 0 ? 'true' : 'false';
  for (const id of ['btn-upload', 'btn-dry-run', 'btn-apply']) $(id).disabled = state.busy > 0;
}

function showError(err) {
  const box = $('import-error');
  box.replaceChildren(
    el('strong', {}, err?.problem?.title ?? 'The import failed'),
    el('div', { 'data-testid': 'error-message' }, err?.message ?? String(err)),
    err?.code ? el('div', { class: 'muted', 'data-testid': 'error-code' }, err.code) : null);
  box.hidden = false;
}

const clearError = () => { $('import-error').hidden = true; $('import-error').replaceChildren(); };

function fillSelect(select, values, { optional = false, blank = '—' } = {}) {
  const current = select.value;
  select.replaceChildren(...(optional ? [el('option', { value: '' }, blank)] : []), ...values.map(v => el('option', { value: v.value ?? v }, v.label ?? v.value ?? v)));
  if ([...select.options].some(o => o.value === current)) select.value = current;
}

function guess(columns, ...names) {
  const lower = columns.map(c => c.toLowerCase());
  for (const name of names) {
    const i = lower.indexOf(name);
    if (i >= 0) return columns[i];
  }
  return '';
}

function showUpload(upload) {
  state.upload = upload;
  const parts = [`${upload.fileName}: ${upload.format.toUpperCase()}`, `${upload.rowCount.toLocaleString('en')} rows`, upload.encoding];
  if (upload.byteOrderMark) parts.push('byte order mark');
  if (upload.delimiter) parts.push(`delimiter ${upload.delimiter === ',' ? 'comma' : upload.delimiter === ';' ? 'semicolon' : upload.delimiter === '\\t' ? 'tab' : upload.delimiter}`);
  if (upload.lineEnding) parts.push(`${upload.lineEnding} line ends`);
  if (upload.sections) parts.push(Object.entries(upload.sections).map(([k, v]) => `${v} ${k}`).join(', '));
  $('file-info').textContent = parts.join(' · ');

  const table = $('preview-table');
  table.replaceChildren();
  if (upload.columns.length) {
    table.append(
      el('thead', {}, el('tr', {}, el('th', {}, 'line'), ...upload.columns.map(c => el('th', {}, c)))),
      el('tbody', {}, ...upload.preview.map(r => el('tr', {}, el('td', { class: 'muted' }, r.line ?? r.row), ...r.cells.map(c => el('td', { title: c ?? '' }, c ?? ''))))));
  }

  const graph = upload.format === 'graph';
  $('mapping-section').hidden = graph;
  $('run-section').hidden = false;
  if (graph) return;
  const columns = upload.columns;
  for (const select of document.querySelectorAll('[data-columns]')) {
    fillSelect(select, columns, { optional: select.hasAttribute('data-optional') });
  }
  $('map-from-column').value = guess(columns, 'source', 'from', 'src', 'donor', 'member', 'country');
  $('map-to-column').value = guess(columns, 'target', 'to', 'dst', 'recipient');
  $('map-type-column').value = guess(columns, 'type', 'tie type');
  $('map-status-column').value = guess(columns, 'status');
  $('map-phase-column').value = guess(columns, 'phase');
  $('map-valid-from').value = guess(columns, 'validfrom', 'since', 'from date', 'start', 'date');
  $('map-valid-to').value = guess(columns, 'validto', 'until', 'end');
  $('map-summary').value = guess(columns, 'summary', 'description');
  $('map-actor-id').value = guess(columns, 'id', 'code', 'ccode');
  $('map-actor-name').value = guess(columns, 'name', 'statenme') || columns[0];
  $('map-actor-kind-column').value = guess(columns, 'kind');
  const preset = $('preset');
  for (const option of preset.options) {
    if (!option.value) continue;
    const summary = state.presets.find(p => p.id === option.value);
    option.textContent = (upload.suggestedPresets.includes(option.value) ? '★ ' : '') + (summary?.name ?? option.value);
  }
  preset.value = upload.suggestedPresets.find(id => !id.startsWith('relationsgraph-')) ?? upload.suggestedPresets[0] ?? '';
  onPresetChange();
}

async function onPresetChange() {
  const id = $('preset').value;
  const summary = state.presets.find(p => p.id === id);
  $('preset-description').textContent = summary?.description ?? '';
  $('mapping-form').hidden = Boolean(id);
  state.jsonEdited = false;
  if (id) {
    setBusy(1);
    try { $('mapping-json').value = JSON.stringify(await importApi.preset(id), null, 2); } catch (err) { showError(err); } finally { setBusy(-1); }
  } else {
    refreshJson();
  }
}

function refreshJson() {
  if ($('preset').value) return;
  const target = document.querySelector('input[name="target"]:checked').value;
  document.querySelector('.map-ties').hidden = target !== 'ties';
  document.querySelector('.map-actors').hidden = target !== 'actors';
  $('mapping-json').value = JSON.stringify(buildMapping(readForm()), null, 2);
  state.jsonEdited = false;
}

function readForm() {
  const value = id => $(id).value.trim();
  return {
    target: document.querySelector('input[name="target"]:checked').value,
    fromColumn: value('map-from-column'), toColumn: value('map-to-column'), toFixed: value('map-to-fixed'),
    match: value('map-match'), prefix: value('map-prefix'), numeric: $('map-numeric').checked, aliases: $('map-aliases').value,
    createKind: value('map-create'),
    typeColumn: value('map-type-column'), typeFixed: value('map-type-fixed'),
    statusColumn: value('map-status-column'), statusFixed: value('map-status-fixed'),
    phaseColumn: value('map-phase-column'), phaseFixed: value('map-phase-fixed'),
    validFrom: value('map-valid-from'), validTo: value('map-valid-to'),
    confidenceColumn: value('map-confidence'), confidenceFixed: value('map-confidence-fixed'),
    summary: value('map-summary'), key: [...$('map-key').selectedOptions].map(o => o.value),
    actorId: value('map-actor-id'), actorPrefix: value('map-actor-prefix'), actorNumeric: $('map-actor-numeric').checked,
    actorName: value('map-actor-name'), actorKindColumn: value('map-actor-kind-column'), actorKindFixed: value('map-actor-kind-fixed'),
    actorAliases: value('map-actor-aliases'), actorSeparator: $('map-actor-separator').value, actorCountry: value('map-actor-country'),
    actorDescription: value('map-actor-description'),
    source: { title: value('src-title'), publisher: value('src-publisher'), url: value('src-url'), reliability: value('src-reliability') },
  };
}

async function upload(event) {
  event.preventDefault();
  clearError();
  const file = $('import-file').files[0];
  if (!file) { showError(new Error('Choose a file first.')); return; }
  const form = new FormData();
  form.append('file', file);
  if ($('import-delimiter').value) form.append('delimiter', $('import-delimiter').value);
  setBusy(1);
  try { showUpload(await importApi.upload(form)); } catch (err) { showError(err); } finally { setBusy(-1); }
}

function mappingRequest() {
  if (state.upload.format === 'graph') return {};
  const preset = $('preset').value;
  if (preset && !state.jsonEdited) return { preset };
  try { return { mapping: JSON.parse($('mapping-json').value) }; } catch (err) { throw new Error(`The mapping JSON does not parse: ${err.message}`); }
}

async function run(dryRun) {
  clearError();
  if (!state.upload) return;
  setBusy(1);
  try {
    const job = await importApi.start({ uploadId: state.upload.id, ...mappingRequest(), dryRun, skipRejected: $('skip-rejected').checked });
    state.job = job;
    state.offset = 0;
    let current = job;
    while (current.state === 'queued' || current.state === 'running') {
      showProgress(current);
      await new Promise(resolve => setTimeout(resolve, 200));
      current = await importApi.job(job.id);
    }
    showProgress(current);
    showCounts(current);
    if (current.error) showError(Object.assign(new Error(current.error.message), { code: current.error.code }));
    $('rows-toolbar').hidden = !current.counts;
    if (current.counts) {
      $('rows-action').value = current.counts.reject > 0 ? 'reject' : '';
      await showRows();
    }
  } catch (err) {
    showError(err);
  } finally {
    setBusy(-1);
  }
}

function showProgress(job) {
  $('import-progress').value = job.percent;
  const what = job.dryRun ? 'Dry run' : 'Import';
  const status = {
    queued: `${what} queued…`,
    running: `${what}: ${job.phase} ${job.total ? `${job.done.toLocaleString('en')} of ${job.total.toLocaleString('en')}` : ''} (${job.percent}%)`,
    succeeded: `${what} finished in ${((job.elapsedMs ?? 0) / 1000).toFixed(1)} s${job.dryRun ? ': nothing was written' : ''}.`,
    failed: `${what} failed: nothing was written.`,
  }[job.state];
  $('import-status').textContent = status;
  document.body.dataset.importState = job.state;
}

function showCounts(job) {
  const c = job.counts;
  const box = $('import-counts');
  box.replaceChildren();
  if (!c) return;
  const item = (label, n, cls) => el('span', { class: cls, 'data-count': label }, `${label}: ${n.toLocaleString('en')}`);
  box.append(
    item('rows', c.rows), item('filtered out', c.filtered), item('create', c.create), item('update', c.update),
    item('unchanged', c.unchanged), item('duplicate', c.duplicate), item('skip', c.skip), item('reject', c.reject, c.reject ? 'reject' : ''),
    item('actors created', c.actorsCreated), item('ties created', c.tiesCreated), item('ties updated', c.tiesUpdated));
}

async function showRows() {
  const action = $('rows-action').value || undefined;
  const page = await importApi.rows(state.job.id, { action, offset: state.offset, limit: PAGE });
  $('rows-page').textContent = page.total ? `${page.offset + 1}–${page.offset + page.rows.length} of ${page.total.toLocaleString('en')}` : 'none';
  $('rows-prev').disabled = page.offset === 0;
  $('rows-next').disabled = page.offset + page.rows.length >= page.total;
  const table = $('rows-table');
  table.replaceChildren(
    el('thead', {}, el('tr', {}, ...['where', 'action', 'what', 'id', 'type', 'from', 'to', 'why / changes'].map(h => el('th', {}, h)))),
    el('tbody', {}, ...page.rows.map(r => el('tr', { class: `action-${r.action}`, 'data-action': r.action },
      el('td', {}, r.where), el('td', {}, r.action), el('td', {}, r.entity), el('td', {}, r.id ?? ''), el('td', {}, r.type ?? r.name ?? ''),
      el('td', {}, r.from ?? ''), el('td', {}, r.to ?? ''),
      el('td', { class: 'reasons' }, [...(r.reasons ?? []), ...(r.changes ?? [])].join('; '))))));
}

async function pageRows(delta) {
  state.offset = Math.max(0, state.offset + delta);
  setBusy(1);
  try { await showRows(); } catch (err) { showError(err); } finally { setBusy(-1); }
}

async function boot() {
  const [registry, presets] = await Promise.all([api.registry(), importApi.presets()]);
  state.presets = presets;
  fillSelect($('preset'), presets.map(p => ({ value: p.id, label: p.name ?? p.id })), { optional: true, blank: '— map the columns myself —' });
  for (const s of document.querySelectorAll('[data-tie-types]')) fillSelect(s, registry.tieTypes.map(t => ({ value: t.type, label: t.label })), { optional: true });
  for (const s of document.querySelectorAll('[data-statuses]')) fillSelect(s, registry.statuses.map(t => ({ value: t.status, label: t.label })), { optional: true });
  for (const s of document.querySelectorAll('[data-phases]')) fillSelect(s, registry.phases.map(t => ({ value: t.phase, label: t.label })), { optional: true });
  for (const s of document.querySelectorAll('[data-kinds]')) fillSelect(s, registry.actorKinds.map(t => ({ value: t.kind, label: t.label })), { optional: true });
  fillSelect($('map-create'), registry.actorKinds.map(k => ({ value: k.kind, label: `create as ${k.label.toLowerCase()}` })), { optional: true, blank: 'reject the row' });
  $('map-status-fixed').value = 'reported';
  $('upload-form').addEventListener('submit', upload);
  $('preset').addEventListener('change', onPresetChange);
  $('mapping-form').addEventListener('input', refreshJson);
  $('mapping-form').addEventListener('change', refreshJson);
  $('mapping-json').addEventListener('input', () => { state.jsonEdited = true; });
  $('btn-dry-run').addEventListener('click', () => run(true));
  $('btn-apply').addEventListener('click', () => run(false));
  $('rows-action').addEventListener('change', () => pageRows(-state.offset));
  $('rows-prev').addEventListener('click', () => pageRows(-PAGE));
  $('rows-next').addEventListener('click', () => pageRows(PAGE));
  window.relationsGraph = { importState: state };
}

setBusy(1);
boot().catch(showError).finally(() => setBusy(-1));
