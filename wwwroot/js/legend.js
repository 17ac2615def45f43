// The legend as one SVG drawing: shown beside the network and drawn into PNG and SVG exports,
// because an exported picture travels without its page.
import { STATUS_MARKS } from './style.js';

const ROW = 18;
const WIDTH = 260;
const esc = s => String(s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
const DASH = { dashed: '8 4', dotted: '2 3' };

function shapeSvg(shape, colour, x, y) {
  const r = 6;
  switch (shape) {
    case 'round-rectangle': return `<rect x="${x - r}" y="${y - r}" width="${2 * r}" height="${2 * r}" rx="3" fill="${colour}"/>`;
    case 'rectangle': return `<rect x="${x - r}" y="${y - r}" width="${2 * r}" height="${2 * r}" fill="${colour}"/>`;
    case 'triangle': return `<polygon points="${x},${y - r} ${x + r},${y + r} ${x - r},${y + r}" fill="${colour}"/>`;
    case 'hexagon': {
      const pts = [0, 1, 2, 3, 4, 5].map(i => {
        const a = (Math.PI / 3) * i;
        return `${(x + r * Math.cos(a)).toFixed(1)},${(y + r * Math.sin(a)).toFixed(1)}`;
      });
      return `<polygon points="${pts.join(' ')}" fill="${colour}"/>`;
    }
    default: return `<circle cx="${x}" cy="${y}" r="${r}" fill="${colour}"/>`;
  }
}

function markSvg(mark, x, y) {
  if (!mark) return '';
  if (mark.shape === 'diamond') return `<polygon points="${x},${y - 5} ${x + 5},${y} ${x},${y + 5} ${x - 5},${y}" fill="${mark.colour}"/>`;
  if (mark.shape === 'tee') return `<rect x="${x - 1.5}" y="${y - 6}" width="3" height="12" fill="${mark.colour}"/>`;
  return `<rect x="${x - 4}" y="${y - 4}" width="8" height="8" fill="${mark.colour}"/>`;
}

/** Returns { svg, width, height } for the given registry; only the types and kinds in use when `used` is given. */
export function legendSvg(registry, used) {
  const parts = [];
  let y = 14;
  const heading = text => {
    parts.push(`<text x="8" y="${y}" font-size="10" font-weight="bold" fill="#5f6b7a">${esc(text.toUpperCase())}</text>`);
    y += ROW - 4;
  };
  const label = text => `<text x="44" y="${y + 4}" font-size="11" fill="#1d2430">${esc(text)}</text>`;

  heading('Tie types');
  for (const t of registry.tieTypes.filter(t => !used || used.types.has(t.type))) {
    const arrow = t.symmetric ? '' : `<polygon points="36,${y} 30,${y - 4} 30,${y + 4}" fill="${t.colour}"/>`;
    parts.push(`<line x1="8" y1="${y}" x2="31" y2="${y}" stroke="${t.colour}" stroke-width="3"/>${arrow}${label(`${t.label}${t.symmetric ? ' (mutual)' : ''}`)}`);
    y += ROW;
  }
  heading('Status');
  for (const s of registry.statuses) {
    const dash = DASH[s.line] ? ` stroke-dasharray="${DASH[s.line]}"` : '';
    const opacity = s.mark === 'retracted' ? ' opacity="0.35"' : '';
    parts.push(`<line x1="8" y1="${y}" x2="36" y2="${y}" stroke="#455a64" stroke-width="2.5"${dash}${opacity}/>${markSvg(s.mark ? STATUS_MARKS[s.mark] : null, 22, y)}${label(s.label)}`);
    y += ROW;
  }
  const faded = registry.phases.filter(p => p.faded);
  if (faded.length) {
    parts.push(`<line x1="8" y1="${y}" x2="36" y2="${y}" stroke="#455a64" stroke-width="2.5" opacity="0.45"/>${label(`Faded: ${faded.map(p => p.label.toLowerCase()).join(', ')}`)}`);
    y += ROW;
  }
  heading('Actors');
  for (const k of registry.actorKinds.filter(k => !used || used.kinds.has(k.kind))) {
    parts.push(`${shapeSvg(k.shape, k.colour, 22, y)}${label(k.label)}`);
    y += ROW;
  }
  const height = y;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">`
    + `<rect width="${WIDTH}" height="${height}" fill="#ffffff" stroke="#d7dce3"/>`
    + `<g font-family="system-ui, sans-serif">${parts.join('')}</g></svg>`;
  return { svg, width: WIDTH, height };
}

export function renderLegend(container, registry) {
  container.innerHTML = legendSvg(registry).svg;
}
