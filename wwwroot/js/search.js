// Type-ahead over actor names and aliases.
import { el } from './dom.js';

export function attachSearch(input, list, { search, onPick, onError }) {
  let items = [];
  let active = -1;
  let timer = null;
  let seq = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };

  const render = () => {
    list.replaceChildren(...items.map((a, i) => {
      const alias = a.aliases?.find(x => x.toLowerCase().includes(input.value.trim().toLowerCase()) && !a.name.toLowerCase().includes(input.value.trim().toLowerCase()));
      return el('li', {
        role: 'option', id: `search-option-${i}`, 'data-actor': a.id, 'aria-selected': i === active ? 'true' : 'false',
        onmousedown: ev => { ev.preventDefault(); pick(i); },
      }, a.name, el('span', { class: 'kind' }, a.kind), alias ? el('span', { class: 'alias' }, `also “${alias}”`) : null);
    }));
    if (!items.length) list.replaceChildren(el('li', { class: 'muted', role: 'option', 'aria-disabled': 'true' }, 'No actor matches.'));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  const pick = i => {
    const actor = items[i];
    if (!actor) return;
    input.value = actor.name;
    close();
    onPick(actor);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) { close(); return; }
    timer = setTimeout(async () => {
      const mine = ++seq;
      try {
        const found = await search(q);
        if (mine !== seq) return;
        items = found;
        active = items.length ? 0 : -1;
        render();
      } catch (err) {
        onError(err);
      }
    }, 150);
  });
  input.addEventListener('keydown', ev => {
    if (list.hidden) return;
    if (ev.key === 'ArrowDown') { active = Math.min(active + 1, items.length - 1); render(); ev.preventDefault(); }
    else if (ev.key === 'ArrowUp') { active = Math.max(active - 1, 0); render(); ev.preventDefault(); }
    else if (ev.key === 'Enter') { pick(active); ev.preventDefault(); }
    else if (ev.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}
