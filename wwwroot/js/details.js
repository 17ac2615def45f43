// The details panel: an actor with its ties grouped by type, or a tie with its evidence.
import { el, formatDate } from './dom.js';
import { editActorLink, editTieLink } from './editLinks.js';

function definitions(pairs) {
  return el('dl', {}, pairs.filter(([, v]) => v !== null && v !== undefined && v !== '').flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
}

export class DetailsPanel {
  constructor(container, registry, { onOpenTie, onOpenActor }) {
    this.container = container;
    this.registry = registry;
    this.onOpenTie = onOpenTie;
    this.onOpenActor = onOpenActor;
  }

  typeLabel(type) {
    return this.registry.tieTypes.find(t => t.type === type)?.label ?? type;
  }

  kindLabel(kind) {
    return this.registry.actorKinds.find(k => k.kind === kind)?.label ?? kind;
  }

  clear() {
    this.container.replaceChildren(el('p', { class: 'muted' }, 'Click an actor or a tie to see its details and evidence.'));
  }

  message(text) {
    this.container.replaceChildren(el('p', { class: 'muted' }, text));
  }

  showActor(actor) {
    const groups = new Map();
    for (const tie of actor.ties) {
      if (!groups.has(tie.type)) groups.set(tie.type, []);
      groups.get(tie.type).push(tie);
    }
    const sections = [...groups.entries()].map(([type, ties]) => el('section', {},
      el('h3', {}, `${this.typeLabel(type)} (${ties.length})`),
      el('ul', {}, ties.map(tie => {
        const outgoing = tie.source === actor.id;
        const other = outgoing ? tie.targetName : tie.sourceName;
        const symmetric = this.registry.tieTypes.find(t => t.type === tie.type)?.symmetric;
        const arrow = symmetric ? '↔' : outgoing ? '→' : '←';
        return el('li', {},
          el('button', { type: 'button', class: 'tie-link', onclick: () => this.onOpenTie(tie.id) }, `${arrow} ${other}`),
          ' ', el('span', { class: 'badge' }, tie.status ?? 'unknown'),
          tie.phase ? el('span', { class: 'muted' }, ` ${tie.phase}`) : null);
      }))));
    this.container.replaceChildren(
      el('h2', {}, this.kindLabel(actor.kind)),
      el('h3', { 'data-testid': 'details-title' }, actor.name),
      editActorLink(actor.id),
      definitions([
        ['Id', actor.id],
        ['Aliases', actor.aliases?.join(', ')],
        ['Country', actor.country],
        ['About', actor.description],
      ]),
      el('h2', {}, `Ties (${actor.ties.length})`),
      ...(actor.ties.length ? sections : [el('p', { class: 'muted' }, 'No ties recorded.')]));
  }

  showTie(details) {
    const tie = details.tie;
    const arrow = details.symmetric ? '↔' : '→';
    const extra = Object.entries(tie.properties ?? {}).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v)]);
    this.container.replaceChildren(
      el('h2', {}, this.typeLabel(tie.type)),
      el('h3', { 'data-testid': 'details-title' },
        el('button', { type: 'button', class: 'tie-link', onclick: () => this.onOpenActor(tie.source) }, tie.sourceName),
        ` ${arrow} `,
        el('button', { type: 'button', class: 'tie-link', onclick: () => this.onOpenActor(tie.target) }, tie.targetName)),
      editTieLink(tie.id),
      definitions([
        ['Status', tie.status],
        ['Phase', tie.phase],
        ['From', formatDate(tie.validFrom, tie.validFromPrecision)],
        ['Until', formatDate(tie.validTo, tie.validToPrecision)],
        ['Reported', tie.reportedOn?.slice(0, 10)],
        ['Confidence', tie.confidence === null || tie.confidence === undefined ? null : `${tie.confidence} / 100`],
        ['Summary', tie.summary],
        ['Id', tie.id],
        ...extra,
      ]),
      el('h2', {}, `Evidence (${details.evidence.length})`),
      ...(details.evidence.length
        ? details.evidence.map(e => el('div', { class: 'evidence' },
          el('span', { class: `badge ${e.stance}` }, e.stance), ' ',
          e.by ? el('button', { type: 'button', class: 'tie-link', onclick: () => this.onOpenActor(e.by.id) }, e.by.name) : el('span', { class: 'muted' }, 'the source itself'),
          e.quote ? el('blockquote', {}, e.quote) : null,
          definitions([
            ['Source', e.source ? (e.source.url ? el('a', { href: e.source.url, target: '_blank', rel: 'noopener noreferrer' }, e.source.title ?? e.source.id) : (e.source.title ?? e.source.id)) : null],
            ['Publisher', e.source?.publisher],
            ['Reliability', e.source?.reliability],
            ['Published', e.source?.published?.slice(0, 10)],
            ['Accessed', e.accessed?.slice(0, 10)],
          ])))
        : [el('p', { class: 'muted' }, 'No evidence recorded for this tie.')]));
  }
}
