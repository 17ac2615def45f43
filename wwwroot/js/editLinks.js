// Links from the explorer's details panel to the editing pages: an actor's form, a tie's form with its evidence
// and the history of its status, phase and confidence.
import { el } from './dom.js';

export function editActorLink(id) {
  return el('p', { class: 'edit-links' },
    el('a', { href: `/edit/actors/${encodeURIComponent(id)}`, 'data-testid': 'edit-actor' }, 'Edit actor'));
}

export function editTieLink(id) {
  return el('p', { class: 'edit-links' },
    el('a', { href: `/edit/ties/${encodeURIComponent(id)}`, 'data-testid': 'edit-tie' }, 'Edit tie, evidence and history'));
}
