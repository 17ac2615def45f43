// The query console page: saved queries (list, search, tags, forms), the editor, runs, history, links and saving.
import { api } from '../api.js';
import { el } from '../dom.js';
import { consoleApi } from './consoleApi.js';
import { CypherEditor } from './editor.js';
import { ParameterForm } from './form.js';
import { readLink, writeLink } from './link.js';
import { Results } from './results.js';
import { readHistory, remember } from './runHistory.js';
import { session } from '../session.js';

const $ = id => document.getElementById(id);
let busy = 1;

function setBusy(delta) {
  busy += delta;
  document.body.dataset.ready = busy === 0 ? 'true' : 'false';
}

// saveDraft: what the save dialog held when a save failed, so reopening it gives the user their text back.
const state = { queries: [], selected: null, tag: null, saveDraft: null };

function showError(err) {
  const box = $('query-error');
  const problem = err?.problem ?? {};
  const where = problem.line ? `line ${problem.line}, column ${problem.column ?? 1}` : null;
  box.replaceChildren(
    el('strong', {}, problem.title ?? 'The query failed'),
    el('div', { 'data-testid': 'error-message' }, err?.message ?? String(err)),
    err?.code ? el('div', { class: 'muted', 'data-testid': 'error-code' }, err.code) : null,
    where ? el('div', { 'data-testid': 'error-position' }, `At ${where}`) : null);
  box.hidden = false;
  document.body.dataset.state = 'error';
  return problem;
}

function clearError() {
  $('query-error').hidden = true;
  $('query-error').replaceChildren();
  document.body.dataset.state = '';
}

function parseParamsJson() {
  const text = $('params-json').value.trim();
  if (!text) return {};
  const value = JSON.parse(text);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('Parameters must be a JSON object, e.g. {"actor": "russia"}.');
  return value;
}

async function boot() {
  const registry = await api.registry();
  const results = new Results(registry, document.querySelector('.console-results'));
  const editor = new CypherEditor($('editor'), { onRun: () => run() });
  const form = new ParameterForm($('param-form'), registry, {
    onChange: values => { $('params-json').value = JSON.stringify(values, null, 1); },
    onError: err => showError(err),
  });
  window.relationsGraph = { cy: results.network.cy, network: results.network, registry, editor, results, form };
  results.network.onRebuild(next => { window.relationsGraph.cy = next; });

  // The page offers what the role allows (the server refuses the rest anyway): Viewers run saved queries as they
  // are, Analysts also write and save their own read queries, Admins may also run writes.
  const canEdit = session.atLeast('Analyst');
  if (!session.atLeast('Admin')) $('run-write').closest('label').hidden = true;
  if (!canEdit) {
    for (const id of ['btn-save', 'btn-save-as', 'btn-delete', 'btn-new']) $(id).hidden = true;
    editor.cm.setOption('readOnly', true);
  }

  function renderTags() {
    const tags = [...new Set(state.queries.flatMap(q => q.tags ?? []))].sort();
    $('query-tags').replaceChildren(...tags.map(tag => el('button', {
      type: 'button', class: `tag${state.tag === tag ? ' active' : ''}`, 'data-tag': tag, 'aria-pressed': String(state.tag === tag),
      onclick: () => { state.tag = state.tag === tag ? null : tag; renderTags(); renderList(); },
    }, tag)));
  }

  function renderList() {
    const text = $('query-search').value.trim().toLowerCase();
    const shown = state.queries.filter(q => (!state.tag || (q.tags ?? []).includes(state.tag))
      && (!text || q.name.toLowerCase().includes(text) || (q.description ?? '').toLowerCase().includes(text) || (q.tags ?? []).some(t => t.toLowerCase().includes(text))));
    $('query-list').replaceChildren(...shown.map(q => el('li', {},
      el('button', {
        type: 'button', class: `query-item${state.selected?.id === q.id ? ' active' : ''}`, 'data-query': q.id,
        onclick: () => task(() => select(q.id)),
      }, q.name, q.origin === 'user' ? el('span', { class: 'badge' }, 'mine') : null),
      q.description ? el('div', { class: 'muted query-item-description' }, q.description) : null)));
    if (!shown.length) $('query-list').replaceChildren(el('li', { class: 'muted' }, 'No saved query matches.'));
  }

  async function loadQueries() {
    state.queries = await consoleApi.queries();
    renderTags();
    renderList();
  }

  function showSelected() {
    const q = state.selected;
    $('query-title').textContent = q ? q.name : 'New query';
    $('query-description').textContent = q?.description ?? '';
    $('btn-save').disabled = !q || q.origin !== 'user';
    $('btn-delete').disabled = !q || q.origin !== 'user';
    renderList();
  }

  async function select(id, values) {
    const q = await consoleApi.query(id);
    state.selected = q;
    editor.value = q.query;
    form.show(q.parameters, values ?? {});
    $('params-json').value = JSON.stringify(form.values(), null, 1);
    clearError();
    showSelected();
  }

  function renderHistory(items = readHistory()) {
    $('run-history').replaceChildren(el('option', { value: '' }, '—'),
      ...items.map((h, i) => el('option', {
        value: String(i),
        'data-failed': h.failed ? 'true' : null,
        title: h.failed ? `Failed: ${h.error ?? 'error'}` : null,
      }, `${h.failed ? '✗ ' : ''}${h.at?.slice(11, 19) ?? ''} ${h.name ?? h.query.replace(/\s+/g, ' ').slice(0, 60)}${h.failed ? ' (failed)' : ''}`)));
  }

  async function run() {
    clearError();
    editor.clearError();
    let parameters;
    try {
      parameters = parseParamsJson();
    } catch (err) {
      showError(new Error(`The parameters are not valid JSON: ${err.message}`));
      return;
    }
    const query = editor.value;
    const saved = state.selected && state.selected.query === query ? state.selected : null;
    setBusy(1);
    $('btn-run').disabled = true;
    try {
      const result = saved
        ? await consoleApi.runSaved(saved.id, parameters)
        : await consoleApi.run(query, parameters, $('run-write').checked);
      renderHistory(remember({ query, parameters, savedId: saved?.id ?? null, name: saved?.name ?? null, failed: false }));
      await results.show(result);
    } catch (err) {
      // A failed run is history too: it is what the user tried, and rerunning it after a fix is the common case.
      renderHistory(remember({ query, parameters, savedId: saved?.id ?? null, name: saved?.name ?? null, failed: true, error: err?.code ?? err?.message ?? null }));
      results.clear();
      const problem = showError(err);
      if (problem.line) editor.markError(problem.line, problem.column ?? 1);
    } finally {
      $('btn-run').disabled = false;
      setBusy(-1);
    }
  }

  async function task(fn) {
    setBusy(1);
    try {
      await fn();
    } catch (err) {
      const problem = showError(err);
      if (problem.line) editor.markError(problem.line, problem.column ?? 1);
    } finally {
      setBusy(-1);
    }
  }

  function openSaveDialog(asNew) {
    const q = state.selected;
    const mode = asNew ? 'new' : 'update';
    const draft = state.saveDraft;
    if (draft && draft.mode === mode && draft.selectedId === (q?.id ?? null)) {
      // The last save of this query failed: give back what was typed, with the reason.
      $('save-name').value = draft.name;
      $('save-description').value = draft.description;
      $('save-tags').value = draft.tags;
      $('save-parameters').value = draft.parameters;
      $('save-error').textContent = draft.error ?? '';
      $('save-error').hidden = !draft.error;
    } else {
      $('save-name').value = asNew && q ? `${q.name} (copy)` : q?.name ?? '';
      $('save-description').value = q?.description ?? '';
      $('save-tags').value = (q?.tags ?? []).join(', ');
      $('save-parameters').value = JSON.stringify(q?.parameters ?? [], null, 1);
      $('save-error').textContent = '';
      $('save-error').hidden = true;
    }
    $('save-dialog').dataset.mode = mode;
    $('save-dialog').showModal();
  }

  async function save(mode) {
    const draft = {
      mode,
      selectedId: state.selected?.id ?? null,
      name: $('save-name').value,
      description: $('save-description').value,
      tags: $('save-tags').value,
      parameters: $('save-parameters').value,
      error: null,
    };
    const keepDraft = err => {
      state.saveDraft = { ...draft, error: err?.message ?? String(err) };
      throw err;
    };
    let parameters;
    try {
      parameters = JSON.parse(draft.parameters || '[]');
    } catch (err) {
      keepDraft(new Error(`The parameter declarations are not valid JSON: ${err.message}`));
    }
    const body = {
      name: draft.name,
      description: draft.description,
      tags: draft.tags.split(',').map(t => t.trim()).filter(Boolean),
      query: editor.value,
      parameters,
    };
    const saved = await (mode === 'update' && state.selected?.origin === 'user'
      ? consoleApi.update(state.selected.id, body)
      : consoleApi.create(body)).catch(keepDraft);
    state.saveDraft = null;
    await loadQueries();
    await select(saved.id);
  }

  $('btn-run').addEventListener('click', () => run());
  $('query-search').addEventListener('input', () => renderList());
  $('btn-new').addEventListener('click', () => {
    state.selected = null;
    editor.value = '';
    form.show([]);
    $('params-json').value = '{}';
    clearError();
    results.clear();
    showSelected();
  });
  $('btn-save').addEventListener('click', () => openSaveDialog(false));
  $('btn-save-as').addEventListener('click', () => openSaveDialog(true));
  $('save-dialog').addEventListener('close', () => {
    if ($('save-dialog').returnValue === 'save') task(() => save($('save-dialog').dataset.mode));
  });
  $('btn-delete').addEventListener('click', () => task(async () => {
    if (!state.selected || state.selected.origin !== 'user') return;
    if (!window.confirm(`Delete the saved query “${state.selected.name}”?`)) return;
    await consoleApi.remove(state.selected.id);
    state.selected = null;
    await loadQueries();
    showSelected();
  }));
  $('btn-link').addEventListener('click', async () => {
    let parameters = {};
    try { parameters = parseParamsJson(); } catch { parameters = {}; }
    const saved = state.selected && state.selected.query === editor.value ? state.selected : null;
    const link = writeLink({ savedId: saved?.id, query: saved ? null : editor.value, parameters });
    window.history.replaceState(null, '', link);
    try {
      await navigator.clipboard.writeText(link);
      $('run-status').textContent = 'Link copied.';
    } catch {
      $('run-status').textContent = 'The link is in the address bar.';
    }
  });
  $('run-history').addEventListener('change', () => {
    const item = readHistory()[Number($('run-history').value)];
    if (!item) return;
    task(async () => {
      if (item.savedId) await select(item.savedId, item.parameters);
      else {
        state.selected = null;
        editor.value = item.query;
        form.show([]);
        showSelected();
      }
      $('params-json').value = JSON.stringify(item.parameters ?? {}, null, 1);
    });
  });

  await loadQueries();
  renderHistory();
  showSelected();
  const link = readLink(window.location.search);
  if (link.savedId) {
    await select(link.savedId, link.parameters ?? undefined);
    if (link.parameters) $('params-json').value = JSON.stringify({ ...form.values(), ...link.parameters }, null, 1);
    await run();
  } else if (link.query) {
    editor.value = link.query;
    $('params-json').value = JSON.stringify(link.parameters ?? {}, null, 1);
  }
}

boot()
  .catch(err => showError(err))
  .finally(() => setBusy(-1));
