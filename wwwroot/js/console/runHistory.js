// What was run, newest first, kept in the browser (localStorage) across visits.
const KEY = 'relationsGraph.console.history';
const MAX = 30;

export function readHistory() {
  try {
    const items = JSON.parse(window.localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(items) ? items : [];
  } catch {
    return [];
  }
}

export function remember(entry) {
  const items = readHistory().filter(i => !(i.query === entry.query && JSON.stringify(i.parameters) === JSON.stringify(entry.parameters)));
  items.unshift({ ...entry, at: new Date().toISOString() });
  try {
    window.localStorage.setItem(KEY, JSON.stringify(items.slice(0, MAX)));
  } catch {
    // Storage full or switched off: history is a convenience, the run itself succeeded.
  }
  return items.slice(0, MAX);
}
