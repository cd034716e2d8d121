/**
 * The progress pane on a terminal (-c and -File with stdout on a terminal), as pwsh's console
 * draws it in the Minimal view: the live activities' lines where the next output will go,
 * hidden before anything is written and drawn again after it, cleared when the command ends.
 * The cursor stays at the pane's first line, so output simply replaces the pane.
 */
import { PendingProgress, progressMaxWidth, progressThrottle, type ProgressData } from './progress-view.js';

const hideCursor = '\x1b[?25l';
const showCursor = '\x1b[?25h';
const eraseBelow = '\x1b[J';

export class TerminalProgressPane {
  private pending = new PendingProgress();
  private readonly shouldRedraw: (record: ProgressData) => boolean;
  private showing = false;
  /** The pane is drawn only at the start of a line (pwsh moves below unfinished text; psh leaves such text alone). */
  private atLineStart = true;

  /** `now` is the clock the redraw throttle reads (tests give their own). */
  constructor(private readonly terminal: (text: string) => void, private readonly columns: () => number, now: () => number = Date.now) {
    this.shouldRedraw = progressThrottle(now);
  }

  progress(record: ProgressData): void {
    this.pending.update(record);
    if (!this.shouldRedraw(record)) return;
    this.hide();
    this.show();
  }

  /** Writes text through `write` with the pane out of its way. */
  output(text: string, write: (text: string) => void): void {
    if (text === '') return;
    this.hide();
    write(text);
    this.atLineStart = text.endsWith('\n');
    this.show();
  }

  /** The command has ended: its activities go away. */
  clear(): void {
    this.hide();
    this.pending = new PendingProgress();
  }

  private show(): void {
    if (this.pending.isEmpty || !this.atLineStart) return;
    const lines = this.pending.render(Math.min(this.columns(), progressMaxWidth));
    // Back to the first line: the pane's lines are all shorter than the terminal, so none wraps.
    const back = lines.length > 1 ? `\x1b[${lines.length - 1}A` : '';
    this.terminal(hideCursor + lines.join('\n') + back + '\r' + showCursor);
    this.showing = true;
  }

  private hide(): void {
    if (!this.showing) return;
    this.terminal('\r' + eraseBelow);
    this.showing = false;
  }
}
