// The canvas: the Cytoscape instance, adding and removing elements, filters and layouts.
/* global cytoscape */
import { buildStyle, edgeLabel, nodeLabel } from './style.js';
import { inForceOn } from './validity.js';

export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst', 'circle', 'grid'];

// From this many elements on, the canvas switches to its large view: the WebGL renderer where the browser has a
// hardware WebGL 2 (else the canvas renderer with edges hidden and a bitmap of the view while panning), no edge labels,
// actor labels only when zoomed in, straight edges, a cheaper layout. Measured (bench/README.md): the detailed
// canvas drew 2,000 elements at interactive rates but not 10,000.
export const LARGE_VIEW_ELEMENTS = 3000;

// fcose's spectral pass alone ('draft') stays near a second up to a few thousand actors; past this many, the
// force-directed default gives way to a concentric layout, which is linear in the actors.
export const CHEAP_LAYOUT_NODES = 4000;

/**
 * Settles after the next frame's animation callbacks. Cytoscape draws in its own requestAnimationFrame loop, whose
 * callback for that frame was queued before this one, so the view is drawn by then (the WebGL renderer emits no
 * 'render' event to wait for). A hidden page gets no frames, hence the time limit.
 */
export function nextFrame() {
  return new Promise(resolve => {
    requestAnimationFrame(() => resolve());
    setTimeout(resolve, 1000);
  });
}

/**
 * What WebGL 2 this browser offers: 'hardware', 'software' (a CPU emulation such as SwiftShader or llvmpipe, as in
 * headless Chromium without a GPU) or 'none'. On a software GL the WebGL renderer is slower than the canvas one:
 * every hover runs a picking pass and reads pixels back (measured: bench/README.md).
 */
export function webglSupport() {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return 'none';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return /swiftshader|llvmpipe|softpipe|software/i.test(name) ? 'software' : 'hardware';
  } catch {
    return 'none';
  }
}

export class Network {
  /**
   * renderer: 'auto' (WebGL for the large view on a hardware GL, else the simplified canvas), 'webgl' (WebGL for
   * the large view whenever the browser has it) or 'canvas' (never WebGL).
   */
  constructor(container, registry, { renderer = 'auto' } = {}) {
    this.container = container;
    this.registry = registry;
    this.renderer = renderer;
    this.handlers = [];
    this.rebuildListeners = [];
    this.lastLayout = null;
    this.cy = this.create(false);
  }

  create(large) {
    const support = large && this.renderer !== 'canvas' ? webglSupport() : 'none';
    const webgl = support === 'hardware' || (support === 'software' && this.renderer === 'webgl');
    this.mode = { large, webgl };
    const coarse = large
      ? {
        pixelRatio: 1,
        motionBlur: false,
        // The canvas renderer's own shortcuts while the view moves; the WebGL renderer draws everything fast enough.
        hideEdgesOnViewport: !webgl,
        textureOnViewport: !webgl,
        renderer: webgl ? { name: 'canvas', webgl: true } : { name: 'canvas' },
      }
      : {};
    return cytoscape({
      container: this.container,
      style: buildStyle(this.registry, { large }),
      wheelSensitivity: 0.3,
      boxSelectionEnabled: true,
      selectionType: 'additive',
      minZoom: 0.05,
      maxZoom: 4,
      ...coarse,
    });
  }

  /** Listens on the canvas (Cytoscape's on() arguments); the listener survives a switch to the large view. */
  on(...args) {
    this.handlers.push(args);
    this.cy.on(...args);
  }

  /** Called with the new Cytoscape instance whenever the canvas is rebuilt for the large view. */
  onRebuild(listener) {
    this.rebuildListeners.push(listener);
  }

  /**
   * Switches to the large view before the canvas would hold LARGE_VIEW_ELEMENTS or more. A renderer cannot be
   * changed on a live instance, so the elements (with positions, classes and selection) move to a new one.
   * It never switches back: Cytoscape keeps the WebGL layer count on its prototype, and a smaller view is drawn
   * well by either renderer; a reload starts small again.
   */
  ensureCapacity(count) {
    if (this.mode.large || count < LARGE_VIEW_ELEMENTS) return false;
    const old = this.cy;
    const elements = old.elements().jsons();
    const viewport = { zoom: old.zoom(), pan: { ...old.pan() } };
    old.destroy();
    this.cy = this.create(true);
    if (elements.length) this.cy.add(elements);
    this.cy.viewport(viewport);
    for (const args of this.handlers) this.cy.on(...args);
    for (const listener of this.rebuildListeners) listener(this.cy);
    return true;
  }

  /** Adds nodes and edges (API shape) that are not on the canvas yet; returns the added collection. */
  add(elements, near) {
    const centre = near ? { ...near.position() } : null;
    this.ensureCapacity(this.cy.elements().length + elements.nodes.length + elements.edges.length);
    const cy = this.cy;
    const fresh = [];
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
        if (count > CHEAP_LAYOUT_NODES) return this.layoutOptions('concentric', eles);
        return {
          name: 'fcose', quality: count > 2000 || this.mode.large ? 'draft' : 'default', randomize: true, animate: false,
          nodeRepulsion: () => 9000, idealEdgeLength: () => 110, nodeSeparation: 80, packComponents: true,
        };
    }
  }

  /**
   * Runs a layout over the visible elements; the promise settles once the laid-out view has been drawn. Marks
   * rg:layout-start and rg:layout-done for timing.
   */
  runLayout(name) {
    const eles = this.visible();
    if (eles.nodes().empty()) return Promise.resolve();
    const options = this.layoutOptions(LAYOUTS.includes(name) ? name : 'fcose', eles);
    this.lastLayout = options.quality ? `${options.name} (${options.quality})` : options.name;
    performance.mark('rg:layout-start');
    const layout = eles.layout(options);
    const done = layout.promiseOn('layoutstop');
    layout.run();
    return done.then(() => {
      performance.mark('rg:layout-done');
      this.cy.fit(eles, 40);
      return nextFrame();
    });
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
