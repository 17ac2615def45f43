// The form built from a saved query's typed parameters: an actor picker with type-ahead, a date picker,
// registry enums as selects. It reads and writes the same object the parameters JSON shows.
import { api } from '../api.js';
import { el } from '../dom.js';
import { attachSearch } from '../search.js';

function typeAhead(input, onPick, onError) {
  const list = el('ul', { class: 'typeahead', role: 'listbox', hidden: true });
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  attachSearch(input, list, { search: q => api.searchActors(q), onPick, onError });
  return el('div', { class: 'typeahead-box' }, input, list);
}

function select(name, options, current) {
  const box = el('select', { name, 'data-param': name },
    el('option', { value: '' }, '(any)'),
    options.map(o => el('option', { value: o.value }, o.label)));
  box.value = current ?? '';
  return box;
}

export class ParameterForm {
  constructor(form, registry, { onChange, onError }) {
    this.form = form;
    this.registry = registry;
    this.onChange = onChange;
    this.onError = onError;
    this.parameters = [];
    this.inputs = new Map();
    form.addEventListener('submit', ev => ev.preventDefault());
  }

  /** Builds the fields for the given parameter declarations, filled from `values` or the defaults. */
  show(parameters, values = {}) {
    this.parameters = parameters ?? [];
    this.inputs.clear();
    const fields = this.parameters.map(p => this.field(p, Object.hasOwn(values, p.name) ? values[p.name] : p.default ?? null));
    this.form.replaceChildren(...fields);
    this.form.hidden = fields.length === 0;
  }

  field(p, value) {
    const id = `param-${p.name}`;
    let control;
    let body;
    const changed = () => this.onChange(this.values());
    switch (p.type) {
      case 'actor':
        control = el('input', { id, type: 'text', 'data-param': p.name, placeholder: 'actor id — type a name', value: value ?? '' });
        body = typeAhead(control, actor => { control.value = actor.id; changed(); }, this.onError);
        break;
      case 'actors': {
        control = el('input', { id, type: 'text', 'data-param': p.name, placeholder: 'ids, comma-separated', value: (value ?? []).join(', ') });
        const adder = el('input', { type: 'text', placeholder: 'add an actor…', 'aria-label': `Add an actor to ${p.name}` });
        const box = typeAhead(adder, actor => {
          const ids = control.value.split(',').map(s => s.trim()).filter(Boolean);
          if (!ids.includes(actor.id)) ids.push(actor.id);
          control.value = ids.join(', ');
          adder.value = '';
          changed();
        }, this.onError);
        body = el('div', { class: 'actors-field' }, control, box);
        break;
      }
      case 'tieType':
        control = select(p.name, this.registry.tieTypes.map(t => ({ value: t.type, label: t.label })), value);
        control.id = id;
        body = control;
        break;
      case 'status':
        control = select(p.name, this.registry.statuses.map(s => ({ value: s.status, label: s.label })), value);
        control.id = id;
        body = control;
        break;
      case 'date':
        control = el('input', { id, type: 'date', 'data-param': p.name, value: value ?? '' });
        body = control;
        break;
      case 'integer':
        control = el('input', { id, type: 'number', step: '1', 'data-param': p.name, value: value ?? '' });
        body = control;
        break;
      case 'boolean':
        control = el('input', { id, type: 'checkbox', 'data-param': p.name });
        control.checked = value === true;
        body = control;
        break;
      default:
        control = el('input', { id, type: 'text', 'data-param': p.name, value: value ?? '' });
        body = control;
    }
    control.addEventListener('change', changed);
    control.addEventListener('input', changed);
    this.inputs.set(p.name, { p, control });
    return el('div', { class: 'param-field' },
      el('label', { for: id }, p.name, p.required ? el('span', { class: 'required', title: 'required' }, ' *') : null),
      body,
      p.description ? el('span', { class: 'muted param-help' }, p.description) : null);
  }

  /** The form's values as the run's parameters object; an empty optional field is null. */
  values() {
    const values = {};
    for (const [name, { p, control }] of this.inputs) {
      const raw = control.type === 'checkbox' ? control.checked : control.value.trim();
      if (p.type === 'boolean') values[name] = raw;
      else if (raw === '') values[name] = null;
      else if (p.type === 'integer') values[name] = Number.isSafeInteger(Number(raw)) ? Number(raw) : raw;
      else if (p.type === 'actors') values[name] = raw.split(',').map(s => s.trim()).filter(Boolean);
      else values[name] = raw;
    }
    return values;
  }
}
