// The canvas: the Cytoscape instance, adding and removing elements, filters and layouts.
/* global cytoscape */
import { buildStyle, edgeLabel, nodeLabel } from './style.js';
import { inForceOn } from './validity.js';

export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst', 'circle', 'grid'];

export class Network {
  constructor(container, registry) {
    this.registry = registry;
    this.cy = cytoscape({
      container,
      style: buildStyle(registry),
      wheelSensitivity: 0.3,
      boxSelectionEnabled: true,
      selectionType: 'additive',
      minZoom: 0.1,
      maxZoom: 4,
    });
  }

  /** Adds nodes and edges (API shape) that are not on the canvas yet; returns the added collection. */
  add(elements, near) {
    const cy = this.cy;
    const fresh = [];
    const centre = near ? { ...near.position() } : null;
    for (const n of elements.nodes) {
      const existing = cy.getElementById(n.data.id);
      const more = elements.more?.[n.data.id] ?? 0;
      if (existing.nonempty()) {
        existing.data('more', more);
        existing.data('display', nodeLabel(existing.data()));
        continue;
      }
      const data = { ...n.data, more };
      data.display = nodeLabel(data);
      fresh.push({ group: 'nodes', data, position: centre ? { ...centre } : undefined });
    }
    for (const e of elements.edges) {
      if (cy.getElementById(e.data.id).nonempty()) continue;
      fresh.push({ group: 'edges', data: { ...e.data, display: edgeLabel(e.data, this.registry) } });
    }
    return fresh.length ? cy.add(fresh) : cy.collection();
  }

  /** Hides what the filters exclude (classes, not removal, so turning a filter off brings elements back). */
  applyFilters({ types, statuses, kinds, date }) {
    this.cy.batch(() => {
      this.cy.nodes().forEach(n => n.toggleClass('filtered', !kinds.has(n.data('kind'))));
      this.cy.edges().forEach(e => {
        const d = e.data();
        e.toggleClass('filtered', !types.has(d.type) || !statuses.has(d.status) || !inForceOn(date, d));
      });
    });
  }

  visible() {
    return this.cy.elements().not('.filtered').filter(el => !el.isEdge() || (!el.source().hasClass('filtered') && !el.target().hasClass('filtered')));
  }

  layoutOptions(name, eles) {
    const count = eles.nodes().length;
    switch (name) {
      case 'concentric':
        return { name, concentric: n => n.degree(), levelWidth: () => 2, minNodeSpacing: 70, spacingFactor: 1.1, avoidOverlap: true, animate: false };
      case 'breadthfirst': {
        const selected = this.cy.nodes(':selected');
        const roots = selected.nonempty() ? selected : eles.nodes().max(n => n.degree()).ele;
        return { name, roots, directed: false, spacingFactor: 1.1, animate: false };
      }
      case 'circle':
      case 'grid':
        return { name, avoidOverlap: true, animate: false };
      default:
        return {
          name: 'fcose', quality: count > 2000 ? 'draft' : 'default', randomize: true, animate: false,
          nodeRepulsion: () => 9000, idealEdgeLength: () => 110, nodeSeparation: 80, packComponents: true,
        };
    }
  }

  /** Runs a layout over the visible elements; returns a promise that settles when it stops. */
  runLayout(name) {
    const eles = this.visible();
    if (eles.nodes().empty()) return Promise.resolve();
    const layout = eles.layout(this.layoutOptions(LAYOUTS.includes(name) ? name : 'fcose', eles));
    const done = layout.promiseOn('layoutstop');
    layout.run();
    return done.then(() => this.cy.fit(eles, 40));
  }

  /** Places new nodes on a ring around the node they came from; everything else stays where it is. */
  placeAround(centre, added) {
    const nodes = added.nodes();
    if (nodes.empty()) return;
    const p = centre.position();
    const radius = 110 + 8 * nodes.length;
    nodes.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / nodes.length;
      n.position({ x: p.x + radius * Math.cos(angle), y: p.y + radius * Math.sin(angle) });
    });
  }

  focus(id) {
    const node = this.cy.getElementById(id);
    if (node.empty()) return false;
    this.cy.elements().unselect();
    node.select();
    this.cy.nodes('.highlight').removeClass('highlight');
    node.addClass('highlight');
    // Centre on the node itself, not its bounding box (which includes the label below it).
    const zoom = this.cy.zoom();
    const p = node.position();
    this.cy.stop();
    this.cy.pan({ x: this.cy.width() / 2 - p.x * zoom, y: this.cy.height() / 2 - p.y * zoom });
    return true;
  }

  clearPath() {
    this.cy.elements().removeClass('dimmed on-path');
  }

  showPath(ids) {
    this.clearPath();
    const onPath = this.cy.collection();
    for (const id of ids) onPath.merge(this.cy.getElementById(id));
    this.cy.elements().not(onPath).addClass('dimmed');
    onPath.addClass('on-path');
    this.cy.fit(onPath, 60);
  }
}
