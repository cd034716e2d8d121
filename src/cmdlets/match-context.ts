/**
 * Select-String's -Context: the lines before and after each match, tracked as the lines go by.
 * Each match gets its full context (PreContext/PostContext, which may hold other matching
 * lines) and its display context (DisplayPreContext/DisplayPostContext), which never shows a
 * line twice: it starts after the previous match's display and stops at the next match. A match
 * is ready to write once its post context is complete (or the input ended).
 */
import type { MatchInfo } from './match-info.js';

interface ContextEntry {
  readonly line: string;
  readonly match?: MatchInfo;
}

/** The display context: collected before a match, then after it until it has enough lines or the next match comes. */
class DisplayContext {
  private preLines: string[] = [];
  private postLines: string[] = [];
  private pending: MatchInfo | undefined;

  constructor(
    private readonly before: number,
    private readonly after: number,
  ) {}

  trackLine(line: string): void {
    if (this.pending === undefined) {
      if (this.before === 0) return;
      this.preLines.push(line);
      if (this.preLines.length > this.before) this.preLines.shift();
      return;
    }
    this.postLines.push(line);
    if (this.postLines.length >= this.after) this.complete();
  }

  trackMatch(match: MatchInfo): void {
    this.complete();
    this.pending = match;
    if (this.after === 0) this.complete();
  }

  complete(): void {
    if (this.pending === undefined) return;
    if (this.pending.context) {
      this.pending.context.displayPreContext = this.preLines;
      this.pending.context.displayPostContext = this.postLines;
    }
    this.preLines = [];
    this.postLines = [];
    this.pending = undefined;
  }
}

export class MatchContextTracker {
  /** Matches whose context is complete, in input order, for the command to write. */
  readonly ready: MatchInfo[] = [];
  private readonly display: DisplayContext;
  /** The last before + after + 1 lines; the one `before` lines from the start is the one whose context just completed. */
  private readonly window: ContextEntry[] = [];
  private windowFilled = false;

  constructor(
    private readonly before: number,
    private readonly after: number,
  ) {
    this.display = new DisplayContext(before, after);
  }

  trackLine(line: string): void {
    this.display.trackLine(line);
    this.add({ line });
  }

  trackMatch(match: MatchInfo): void {
    this.display.trackMatch(match);
    this.add({ line: match.line, match });
  }

  /** The input ended: the matches still waiting for post context are ready with what they have. */
  trackEnd(): void {
    this.display.complete();
    this.readyRange(this.windowFilled ? this.before + 1 : 0, this.window.length - 1);
  }

  private add(entry: ContextEntry): void {
    this.window.push(entry);
    const capacity = this.before + this.after + 1;
    if (this.window.length > capacity) this.window.shift();
    if (this.window.length < capacity) return;
    // The first time the window fills, the matches in its first lines (which have less pre context) are ready too.
    this.readyRange(this.windowFilled ? this.before : 0, this.before);
    this.windowFilled = true;
  }

  private readyRange(first: number, last: number): void {
    for (let i = first; i <= last; i++) {
      const match = this.window[i].match;
      if (match === undefined) continue;
      if (match.context) {
        match.context.preContext = this.window.slice(Math.max(i - this.before, 0), i).map((entry) => entry.line);
        match.context.postContext = this.window.slice(i + 1, i + 1 + this.after).map((entry) => entry.line);
      }
      this.ready.push(match);
    }
  }
}
