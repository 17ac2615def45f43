// Links from the explorer's details panel to the editing pages (an actor's form; a tie's form with its evidence and
// the history of its status, phase and confidence), offered to the roles that may edit.
import { el } from './dom.js';
import { session } from './session.js';

export function editActorLink(id) {
  if (!session.atLeast('Analyst')) return null;
  return el('p', { class: 'edit-links' },
    el('a', { href: `/edit/actors/${encodeURIComponent(id)}`, 'data-testid': 'edit-actor' }, 'Edit actor'));
}

export function editTieLink(id) {
  if (!session.atLeast('Analyst')) return null;
  return el('p', { class: 'edit-links' },
    el('a', { href: `/edit/ties/${encodeURIComponent(id)}`, 'data-testid': 'edit-tie' }, 'Edit tie, evidence and history'));
}
