// The Cypher editor: CodeMirror 5 with its Cypher mode, Ctrl+Enter to run, and a mark at an error's position.
/* global CodeMirror */

export class CypherEditor {
  constructor(textarea, { onRun }) {
    this.cm = CodeMirror.fromTextArea(textarea, {
      mode: 'application/x-cypher-query',
      lineNumbers: true,
      indentWithTabs: false,
      tabSize: 2,
      lineWrapping: true,
      viewportMargin: Infinity,
      extraKeys: { 'Ctrl-Enter': () => onRun(), 'Cmd-Enter': () => onRun() },
    });
    this.marks = [];
    this.errorLine = null;
    this.cm.on('change', () => this.clearError());
  }

  get value() { return this.cm.getValue(); }

  set value(text) { this.cm.setValue(text ?? ''); }

  /** Marks the character at a one-based line and column, and puts the cursor there. */
  markError(line, column) {
    this.clearError();
    const lineIndex = Math.max(0, Math.min(this.cm.lineCount() - 1, line - 1));
    const length = this.cm.getLine(lineIndex).length;
    const ch = Math.max(0, Math.min(length, column - 1));
    const to = { line: lineIndex, ch: Math.min(length, ch + 1) };
    const from = to.ch === ch && ch > 0 ? { line: lineIndex, ch: ch - 1 } : { line: lineIndex, ch };
    this.marks.push(this.cm.markText(from, to, { className: 'cm-error-mark', attributes: { 'data-testid': 'error-mark' } }));
    this.errorLine = this.cm.addLineClass(lineIndex, 'background', 'cm-error-line');
    this.cm.setCursor({ line: lineIndex, ch });
    this.cm.scrollIntoView({ line: lineIndex, ch }, 40);
  }

  clearError() {
    for (const mark of this.marks) mark.clear();
    this.marks = [];
    if (this.errorLine) {
      this.cm.removeLineClass(this.errorLine, 'background', 'cm-error-line');
      this.errorLine = null;
    }
  }
}
