/**
 * Text laid out as pwsh's ComplexWriter lays out a custom control: text and property values
 * are appended to a buffer, and each newline writes the buffer out as lines (one per embedded
 * line break, word-wrapped to the width the frames leave), every line padded with the
 * indentation of the frames open at that moment, so an empty line inside a frame is the
 * indentation alone. The entry's end writes what is left.
 */
import { defaultWindowWidth } from '../../format/index.js';
import { wrapLines } from '../../format/text-lines.js';

export class ComplexText {
  private readonly lines: string[] = [];
  private buffer = '';
  private indentation = 0;

  /** `width`: the screen's columns; lines longer than what a frame leaves are word-wrapped inside it. */
  constructor(private readonly width = defaultWindowWidth) {}

  text(value: string): this {
    this.buffer += value;
    return this;
  }

  newline(count = 1): this {
    for (let i = 0; i < count; i++) this.flush();
    return this;
  }

  /** A frame with a left indent: `body` writes inside it. */
  frame(leftIndent: number, body: (text: this) => void): this {
    this.indentation += leftIndent;
    body(this);
    this.indentation -= leftIndent;
    return this;
  }

  /** The entry's lines, the buffer written out last. */
  finish(): string[] {
    this.flush();
    return this.lines;
  }

  private flush(): void {
    const pad = ' '.repeat(this.indentation);
    const usefulWidth = this.width - this.indentation;
    for (const line of wrapLines(this.buffer, usefulWidth, usefulWidth)) this.lines.push(pad + line);
    this.buffer = '';
  }
}
