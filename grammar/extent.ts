/**
 * Source extents as pwsh reports them: 0-based offsets in UTF-16 code units, 1-based line and
 * column numbers. The text is read from the source on demand so that a large AST does not hold
 * a copy of every node's text.
 */
export class SourceText {
  /** Offsets at which each line starts (line 1 starts at 0). */
  private lineStarts: number[] | undefined;
  constructor(readonly text: string, readonly file: string | undefined) {}

  private starts(): number[] {
    if (this.lineStarts) return this.lineStarts;
    const starts = [0];
    const s = this.text;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (s.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    return (this.lineStarts = starts);
  }

  /** Index of the last line found by `lineIndexAt`: most look-ups move forward a little from it. */
  private lineHint = 0;

  /** 0-based index of the line holding an offset. */
  lineIndexAt(offset: number): number {
    const starts = this.starts();
    let i = this.lineHint;
    if (starts[i] <= offset) {
      // Walk forward a few lines before falling back to a binary search.
      for (let steps = 0; steps < 8; steps++) {
        if (i + 1 >= starts.length || starts[i + 1] > offset) return (this.lineHint = i);
        i++;
      }
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return (this.lineHint = lo);
  }

  /** Offset at which a 0-based line index starts. */
  lineStart(index: number): number {
    return this.starts()[index];
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    const index = this.lineIndexAt(offset);
    return { line: index + 1, column: offset - this.starts()[index] + 1 };
  }

  /** The text of a 1-based line, without its line terminator. */
  line(lineNumber: number): string {
    const starts = this.starts();
    const start = starts[lineNumber - 1] ?? this.text.length;
    let end = starts[lineNumber] ?? this.text.length;
    while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return this.text.slice(start, end);
  }

  /**
   * The names read from the text (of variables, commands, parameters), one string per distinct
   * name: names repeat, and the AST of a parse keeps every one it holds.
   */
  private names: Map<string, string> | undefined;

  /** The text between two offsets, as the one string kept for that name. */
  name(startOffset: number, endOffset: number): string {
    const text = this.text.slice(startOffset, endOffset);
    const names = (this.names ??= new Map());
    const known = names.get(text);
    if (known !== undefined) return known;
    names.set(text, text);
    return text;
  }

  extent(startOffset: number, endOffset: number): Extent {
    return new Extent(this, startOffset, endOffset);
  }
}

export class Extent {
  constructor(readonly source: SourceText, readonly startOffset: number, readonly endOffset: number) {}
  get file(): string | undefined { return this.source.file; }
  get text(): string { return this.source.text.slice(this.startOffset, this.endOffset); }
  get startLineNumber(): number { return this.source.position(this.startOffset).line; }
  get startColumnNumber(): number { return this.source.position(this.startOffset).column; }
  get endLineNumber(): number { return this.source.position(this.endOffset).line; }
  get endColumnNumber(): number { return this.source.position(this.endOffset).column; }
  toJSON(): object {
    const start = this.source.position(this.startOffset);
    const end = this.source.position(this.endOffset);
    return {
      startOffset: this.startOffset, endOffset: this.endOffset,
      startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column,
      text: this.text,
    };
  }
}
