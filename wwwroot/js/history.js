// Undo and redo of changes to what is on the canvas (expansions, removals). Each entry knows both ways.
export class History {
  constructor(onChange) {
    this.done = [];
    this.undone = [];
    this.onChange = onChange;
  }

  push(entry) {
    this.done.push(entry);
    this.undone = [];
    this.onChange();
  }

  undo() {
    const entry = this.done.pop();
    if (!entry) return;
    entry.undo();
    this.undone.push(entry);
    this.onChange();
  }

  redo() {
    const entry = this.undone.pop();
    if (!entry) return;
    entry.redo();
    this.done.push(entry);
    this.onChange();
  }

  clear() {
    this.done = [];
    this.undone = [];
    this.onChange();
  }

  get canUndo() { return this.done.length > 0; }

  get canRedo() { return this.undone.length > 0; }
}
