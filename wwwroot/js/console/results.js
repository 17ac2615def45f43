// A run's results: the graph (the explorer's canvas, style, legend and details panel), the table, the raw
// JSON, the status line with counters and time, cap messages, and the table as CSV.
import { api } from '../api.js';
import { el } from '../dom.js';
import { DetailsPanel } from '../details.js';
import { download } from '../exporter.js';
import { renderLegend } from '../legend.js';
import { Network } from '../network.js';

const cellText = v => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

function describe(value) {
  if (value && typeof value === 'object' && 'elementId' in value && 'labels' in value) {
    const p = value.properties ?? {};
    return `(${value.labels.map(l => `:${l}`).join('')} ${p.name ?? p.title ?? p.id ?? value.elementId})`;
  }
  if (value && typeof value === 'object' && 'elementId' in value && 'type' in value) {
    return `[:${value.type}${value.properties?.id ? ` ${value.properties.id}` : ''}]`;
  }
  if (value && typeof value === 'object' && Array.isArray(value.nodes) && Array.isArray(value.relationships)) {
    return `path of ${value.relationships.length}: ${value.nodes.map(n => n.properties?.name ?? n.elementId).join(' – ')}`;
  }
  return cellText(value);
}

export function toCsv(result) {
  const cell = v => {
    const s = cellText(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [result.columns.map(cell).join(','), ...result.rows.map(r => r.map(cell).join(','))].join('\r\n') + '\r\n';
}

export class Results {
  constructor(registry, root) {
    this.registry = registry;
    this.root = root;
    this.network = new Network(root.querySelector('#result-graph'), registry);
    this.result = null;
    renderLegend(root.querySelector('#legend'), registry);
    this.details = new DetailsPanel(document.getElementById('details'), registry, {
      onOpenTie: id => this.openTie(id),
      onOpenActor: id => this.openActor(id),
    });
    // Through the network, so the listeners follow it when a big result moves it to its large view.
    this.network.on('tap', 'node', ev => this.showElement(ev.target));
    this.network.on('tap', 'edge', ev => this.showElement(ev.target));
    for (const tab of root.querySelectorAll('[data-tab]')) tab.addEventListener('click', () => this.showTab(tab.dataset.tab));
    root.querySelector('#btn-csv').addEventListener('click', () => this.exportCsv());
  }

  async openActor(id) {
    try { this.details.showActor(await api.actor(id)); } catch (err) { this.details.message(err.message); }
  }

  async openTie(id) {
    try { this.details.showTie(await api.tie(id)); } catch (err) { this.details.message(err.message); }
  }

  showElement(element) {
    const data = element.data();
    if (element.isNode() && data.actor) return this.openActor(data.id);
    if (element.isEdge() && data.tie) return this.openTie(data.id);
    const title = element.isNode() ? (data.labels ?? []).map(l => `:${l}`).join('') || 'Node' : `:${data.type}`;
    const rows = Object.entries(data.properties ?? {}).flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, cellText(v))]);
    this.details.container.replaceChildren(
      el('h2', {}, element.isNode() ? 'Node' : 'Relationship'),
      el('h3', { 'data-testid': 'details-title' }, title),
      el('dl', {}, el('dt', {}, 'Element id'), el('dd', {}, data.elementId), rows));
    return undefined;
  }

  showTab(name) {
    for (const tab of this.root.querySelectorAll('[data-tab]')) tab.setAttribute('aria-selected', String(tab.dataset.tab === name));
    for (const pane of this.root.querySelectorAll('[data-pane]')) pane.hidden = pane.dataset.pane !== name;
    if (name === 'graph') {
      this.network.cy.resize();
      if (this.network.cy.elements().nonempty()) this.network.cy.fit(undefined, 40);
    }
  }

  clear() {
    this.result = null;
    this.network.cy.elements().remove();
    this.root.querySelector('#result-table').replaceChildren();
    this.root.querySelector('#result-json').textContent = '';
    this.root.querySelector('#run-status').textContent = '';
    this.root.querySelector('#btn-csv').disabled = true;
    this.showMessages([]);
    this.details.message('Run a query, then click a node or a relationship to see its details.');
  }

  showMessages(messages) {
    const box = this.root.querySelector('#run-messages');
    box.hidden = messages.length === 0;
    box.replaceChildren(...messages.map(m => el('div', {}, m)));
  }

  async show(result) {
    this.clear();
    this.result = result;
    const c = result.counters ?? {};
    const changes = Object.entries(c).filter(([k, v]) => k !== 'containsUpdates' && v > 0).map(([k, v]) => `${v} ${k}`);
    this.root.querySelector('#run-status').textContent =
      `${result.rows.length} row${result.rows.length === 1 ? '' : 's'} · ${result.elapsedMs} ms` + (changes.length ? ` · ${changes.join(', ')}` : '');
    this.showMessages(result.messages ?? []);
    this.root.querySelector('#btn-csv').disabled = result.columns.length === 0;

    const table = this.root.querySelector('#result-table');
    table.replaceChildren(
      el('thead', {}, el('tr', {}, result.columns.map(col => el('th', { scope: 'col' }, col)))),
      el('tbody', {}, result.rows.map(row => el('tr', {}, row.map(v => el('td', { title: cellText(v) }, describe(v)))))));
    this.root.querySelector('#result-json').textContent = JSON.stringify(result, null, 2);

    const graph = result.graph ?? { nodes: [], edges: [] };
    if (graph.nodes.length) {
      this.network.add({ nodes: graph.nodes, edges: graph.edges });
      await this.network.runLayout('fcose');
      this.showTab('graph');
    } else {
      this.showTab('table');
    }
  }

  exportCsv() {
    if (!this.result) return;
    const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
    download(`relationsgraph-query-${stamp}.csv`, new Blob([toCsv(this.result)], { type: 'text/csv' }));
  }
}
