/**
 * Write-Progress as pwsh 7 shows it on a terminal by default ($PSStyle.Progress.View = Minimal):
 * one line per live activity, children indented under their parent, each line the activity in
 * $PSStyle.Progress.Style (bold yellow) then a bracketed bar whose filled part is reverse video,
 * holding the status and the seconds remaining. pwsh's ProgressNode.RenderAnsi and
 * PendingProgress; widths are counted in UTF-16 units (psh has no East Asian width table).
 */

/** What a progress line needs of a ProgressRecord (plain data, so it can cross to another thread). */
export interface ProgressData {
  readonly activityId: number;
  readonly parentActivityId: number;
  readonly activity: string;
  readonly statusDescription: string;
  readonly percentComplete: number;
  readonly secondsRemaining: number;
  readonly recordType: 'Processing' | 'Completed';
}

/** Only a record's ProgressData fields, as plain data (a ProgressRecord carries more, and its class does not cross threads). */
export function progressData(record: ProgressData): ProgressData {
  const { activityId, parentActivityId, activity, statusDescription, percentComplete, secondsRemaining, recordType } = record;
  return { activityId, parentActivityId, activity, statusDescription, percentComplete, secondsRemaining, recordType };
}

/** $PSStyle's defaults: Progress.Style, Progress.MaxWidth, Reverse, ReverseOff and Reset. */
const progressStyle = '\x1b[33;1m';
export const progressMaxWidth = 120;
const reverse = '\x1b[7m';
const reverseOff = '\x1b[27m';
const reset = '\x1b[0m';
const ellipsis = '…';

/** One activity's line, `indentation` spaces in, at most `maxWidth` columns (pwsh's RenderAnsi). */
export function renderProgressLine(record: ProgressData, indentation: number, maxWidth: number): string {
  const width = Math.min(maxWidth, progressMaxWidth);
  const secondsRemaining = record.secondsRemaining >= 0 ? `${record.secondsRemaining}s` : '';
  // A long activity takes at most half the line.
  const half = Math.trunc(width / 2);
  const activity = record.activity.length > half ? record.activity.slice(0, Math.max(0, half - 1)) + ellipsis : record.activity;
  // The brackets and the spaces around them.
  const barWidth = width - activity.length - indentation - 4;
  const maxStatusWidth = barWidth - (secondsRemaining.length + 1);
  const status = maxStatusWidth <= 0 || record.statusDescription.length <= maxStatusWidth
    ? record.statusDescription
    : record.statusDescription.slice(0, maxStatusWidth - ellipsis.length) + ellipsis;
  const inside = status + ' '.repeat(Math.max(0, barWidth - status.length - secondsRemaining.length - 1)) + secondsRemaining;
  const percent = Math.min(record.percentComplete, 100);
  let bar: string;
  if (percent < 0 || percent >= 100 || barWidth <= 0) {
    bar = reverse + inside + reverseOff;
  } else {
    // The filled part ends after percent% of the bar, never at its very end while unfinished.
    const filled = Math.min(Math.trunc((percent * barWidth) / 100), barWidth - 1);
    bar = reverse + inside.slice(0, filled) + reverseOff + inside.slice(filled);
  }
  return `${' '.repeat(indentation)}${progressStyle}${activity} [${bar}]${reset}`;
}

interface ProgressNode {
  record: ProgressData;
  children: ProgressNode[];
}

/**
 * The live activities (pwsh's PendingProgress): a record updates its activity or adds it under
 * its parent (at the top when the parent is unknown); a Completed record removes it, its
 * children taking its place.
 */
export class PendingProgress {
  private readonly topLevel: ProgressNode[] = [];

  get isEmpty(): boolean {
    return this.topLevel.length === 0;
  }

  update(record: ProgressData): void {
    const found = this.find(this.topLevel, record.activityId);
    if (record.recordType === 'Completed') {
      if (found) found.siblings.splice(found.siblings.indexOf(found.node), 1, ...found.node.children);
      return;
    }
    if (found) {
      found.node.record = record;
      return;
    }
    const parent = record.parentActivityId >= 0 ? this.find(this.topLevel, record.parentActivityId) : undefined;
    (parent ? parent.node.children : this.topLevel).push({ record, children: [] });
  }

  /** The lines to show, parents before their children (indented by 2). */
  render(maxWidth: number): string[] {
    const lines: string[] = [];
    const visit = (nodes: readonly ProgressNode[], indentation: number) => {
      for (const node of nodes) {
        lines.push(renderProgressLine(node.record, indentation, maxWidth));
        visit(node.children, indentation + 2);
      }
    };
    visit(this.topLevel, 0);
    return lines;
  }

  private find(nodes: ProgressNode[], activityId: number): { node: ProgressNode; siblings: ProgressNode[] } | undefined {
    for (const node of nodes) {
      if (node.record.activityId === activityId) return { node, siblings: nodes };
      const inChildren = this.find(node.children, activityId);
      if (inChildren) return inChildren;
    }
    return undefined;
  }
}

/** pwsh's UpdateTimerThreshold: the pane is redrawn at most this often while activities go on. */
const redrawMilliseconds = 200;

/** Whether a record should redraw: the first, any Completed one, and others at most every 200 ms. */
export function progressThrottle(now: () => number = Date.now): (record: ProgressData) => boolean {
  let last = -Infinity;
  return (record) => {
    const time = now();
    if (record.recordType !== 'Completed' && time - last < redrawMilliseconds) return false;
    last = time;
    return true;
  };
}
