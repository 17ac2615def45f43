// Exports of the current view: PNG and SVG with the legend drawn in, JSON of the elements, CSV of visible ties.
import { legendSvg } from './legend.js';

export function download(name, blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');

function usedVocabulary(network) {
  const visible = network.visible();
  return {
    types: new Set(visible.edges().map(e => e.data('type'))),
    kinds: new Set(visible.nodes().map(n => n.data('kind'))),
  };
}

function loadImage(src) {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('The legend could not be drawn.'));
    img.src = src;
  });
}

export async function exportPng(network) {
  const scale = 2;
  const graphBlob = await network.cy.png({ full: true, scale, bg: '#ffffff', output: 'blob-promise' });
  const graph = await createImageBitmap(graphBlob);
  const legend = legendSvg(network.registry, usedVocabulary(network));
  const legendImg = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(legend.svg)}`);
  const pad = 16 * scale;
  const canvas = document.createElement('canvas');
  canvas.width = graph.width + legend.width * scale + 3 * pad;
  canvas.height = Math.max(graph.height, legend.height * scale) + 2 * pad;
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(graph, pad, pad);
  ctx.drawImage(legendImg, graph.width + 2 * pad, pad, legend.width * scale, legend.height * scale);
  const blob = await new Promise(resolve => canvas.toBlob(resolve, 'image/png'));
  download(`relationsgraph-${stamp()}.png`, blob);
}

export function exportSvg(network) {
  const graphSvg = network.cy.svg({ full: true, scale: 1, bg: '#ffffff' });
  const doc = new DOMParser().parseFromString(graphSvg, 'image/svg+xml');
  const root = doc.documentElement;
  const gw = parseFloat(root.getAttribute('width')) || 800;
  const gh = parseFloat(root.getAttribute('height')) || 600;
  const legend = legendSvg(network.registry, usedVocabulary(network));
  const pad = 16;
  const width = gw + legend.width + 3 * pad;
  const height = Math.max(gh, legend.height) + 2 * pad;
  const inner = new XMLSerializer().serializeToString(root);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`
    + `<rect width="${width}" height="${height}" fill="#ffffff"/>`
    + `<g transform="translate(${pad},${pad})">${inner}</g>`
    + `<g transform="translate(${gw + 2 * pad},${pad})">${legend.svg}</g></svg>`;
  download(`relationsgraph-${stamp()}.svg`, new Blob([svg], { type: 'image/svg+xml' }));
}

export function exportJson(network, view) {
  const visible = network.visible();
  const body = {
    exportedAt: new Date().toISOString(),
    view,
    elements: {
      nodes: visible.nodes().map(n => ({ data: n.data(), position: n.position() })),
      edges: visible.edges().map(e => ({ data: e.data() })),
    },
  };
  download(`relationsgraph-${stamp()}.json`, new Blob([JSON.stringify(body, null, 2)], { type: 'application/json' }));
}

const csvCell = v => {
  const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join('; ') : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function exportCsv(network) {
  const columns = ['id', 'type', 'source', 'target', 'status', 'phase', 'validFrom', 'validFromPrecision', 'validTo', 'validToPrecision', 'confidence', 'sources', 'assertedBy', 'deniedBy', 'summary'];
  const rows = network.visible().edges().map(e => {
    const d = e.data();
    return columns.map(c => csvCell(c === 'source' ? e.source().data('label') : c === 'target' ? e.target().data('label') : d[c])).join(',');
  });
  download(`relationsgraph-ties-${stamp()}.csv`, new Blob([[columns.join(','), ...rows].join('\r\n') + '\r\n'], { type: 'text/csv' }));
}
