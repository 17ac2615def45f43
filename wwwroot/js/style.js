// The network's look, derived from the registry: colour by tie type, line style and marks by status,
// shape and colour by actor kind, faded phases. The legend (legend.js) draws the same marks.

export const MARK_COLOUR = '#b71c1c';

const LINE = { solid: 'solid', dashed: 'dashed', dotted: 'dotted' };

// Mid-edge marks for the statuses that must stand out even in a black-and-white print.
export const STATUS_MARKS = {
  disputed: { shape: 'diamond', colour: MARK_COLOUR, text: '?' },
  denied: { shape: 'tee', colour: MARK_COLOUR, text: '✕' },
  retracted: { shape: 'square', colour: '#757575', text: '⊘' },
};

export function edgeLabel(data, registry) {
  const type = registry.tieTypes.find(t => t.type === data.type);
  const mark = STATUS_MARKS[data.status]?.text;
  const status = data.status && data.status !== 'confirmed' ? ` · ${mark ? `${mark} ` : ''}${data.status}` : '';
  return `${type?.label ?? data.type}${status}`;
}

export function nodeLabel(data) {
  return data.more ? `${data.label}\n+${data.more} more` : data.label;
}

export function buildStyle(registry, { large = false } = {}) {
  const style = [
    {
      selector: 'node',
      style: {
        label: 'data(display)',
        'text-wrap': 'wrap',
        'text-max-width': 120,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'font-size': 11,
        color: '#1d2430',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        width: 34,
        height: 34,
        'border-width': 1,
        'border-color': '#ffffff',
        'background-color': '#9e9e9e',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 2.5,
        'curve-style': 'bezier',
        'control-point-step-size': 36,
        label: 'data(display)',
        'font-size': 8,
        'text-rotation': 'autorotate',
        'text-margin-y': -7,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': 1,
        'min-zoomed-font-size': 7,
        color: '#37474f',
        'line-color': '#9e9e9e',
        'target-arrow-color': '#9e9e9e',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
      },
    },
  ];
  for (const kind of registry.actorKinds) {
    style.push({ selector: `node[kind = "${kind.kind}"]`, style: { shape: kind.shape, 'background-color': kind.colour } });
  }
  for (const type of registry.tieTypes) {
    style.push({
      selector: `edge[type = "${type.type}"]`,
      style: { 'line-color': type.colour, 'target-arrow-color': type.colour, 'target-arrow-shape': type.symmetric ? 'none' : 'triangle' },
    });
  }
  for (const status of registry.statuses) {
    const s = { 'line-style': LINE[status.line] ?? 'solid' };
    if (status.line === 'dashed') s['line-dash-pattern'] = [8, 4];
    if (status.line === 'dotted') s['line-dash-pattern'] = [2, 3];
    const mark = STATUS_MARKS[status.mark ?? status.status];
    if (status.mark && mark) {
      s['mid-target-arrow-shape'] = mark.shape;
      s['mid-target-arrow-color'] = mark.colour;
      s['mid-target-arrow-fill'] = 'filled';
    }
    if (status.mark === 'retracted') s.opacity = 0.35;
    style.push({ selector: `edge[status = "${status.status}"]`, style: s });
  }
  for (const phase of registry.phases.filter(p => p.faded)) {
    style.push({ selector: `edge[phase = "${phase.phase}"]`, style: { opacity: 0.45 } });
  }
  if (large) style.push(...largeViewStyle(registry));
  style.push(
    { selector: '.filtered', style: { display: 'none' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#263238' } },
    { selector: 'edge:selected', style: { width: 5 } },
    { selector: 'node.highlight', style: { 'border-width': 6, 'border-color': '#ffb300', 'underlay-color': '#ffe082', 'underlay-opacity': 0.6, 'underlay-padding': 8 } },
    { selector: '.dimmed', style: { opacity: 0.15 } },
    { selector: 'edge.on-path', style: { width: 6, opacity: 1 } },
    { selector: 'node.on-path', style: { 'border-width': 5, 'border-color': '#263238', opacity: 1 } },
  );
  return style;
}

/**
 * Coarser drawing for the large view (network.js): no edge labels, actor labels only once they would be legible,
 * thin straight edges. The WebGL renderer draws neither dashes nor mid-edge marks, so a tie that is not confirmed
 * is also drawn faint: doubt stays visible at any size. Status and phase opacities still multiply with this.
 */
export function largeViewStyle(registry) {
  const unconfirmed = registry.statuses.filter(s => s.status !== 'confirmed').map(s => `edge[status = "${s.status}"]`);
  return [
    { selector: 'node', style: { 'min-zoomed-font-size': 9, 'text-outline-width': 1 } },
    { selector: 'edge', style: { label: '', width: 1.5, 'curve-style': 'straight', 'arrow-scale': 0.7 } },
    ...(unconfirmed.length ? [{ selector: unconfirmed.join(', '), style: { 'line-opacity': 0.35 } }] : []),
    { selector: 'edge:selected', style: { label: 'data(display)', width: 4 } },
  ];
}
