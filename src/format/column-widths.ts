/**
 * pwsh's ColumnWidthManager: fits table columns into the screen. Columns of width 0 share
 * the room left by the others one cell at a time; when the table is too wide the last
 * visible column is narrowed, or hidden (width -1) when it would drop below one cell.
 */

const minimumColumnWidth = 1;
const separatorWidth = 1;

function tableWidth(widths: readonly number[]): number {
  const visible = widths.filter((w) => w > 0);
  return visible.reduce((sum, w) => sum + w, 0) + separatorWidth * (visible.length - 1);
}

/** Returns true when the columns fit without trimming. */
function assignColumnWidths(widths: number[], screenWidth: number): boolean {
  if (widths.every((w) => w > 0)) return tableWidth(widths) <= screenWidth;
  const fixed = widths.map((w) => w > 0);
  for (let k = 0; k < widths.length; k++) if (widths[k] === 0) widths[k] = minimumColumnWidth;
  let available = screenWidth - tableWidth(widths);
  if (available < 0) return false;
  while (available > 0) {
    for (let k = 0; k < widths.length && available > 0; k++) {
      if (fixed[k]) continue;
      widths[k]!++;
      available--;
    }
  }
  return true;
}

function lastVisibleColumn(widths: readonly number[]): number {
  const hidden = widths.findIndex((w) => w < 0);
  return hidden < 0 ? widths.length - 1 : hidden - 1;
}

function trimToFit(widths: number[], screenWidth: number): void {
  for (;;) {
    const excess = tableWidth(widths) - screenWidth;
    if (excess <= 0) return;
    const last = lastVisibleColumn(widths);
    if (last < 0) return;
    const narrowed = widths[last]! - excess;
    widths[last] = narrowed < minimumColumnWidth ? -1 : narrowed;
  }
}

/** The widths the columns get on a screen `screenWidth` cells wide (0 = share the free room). */
export function fitColumnWidths(requested: readonly number[], screenWidth: number): number[] {
  const widths = [...requested];
  if (!assignColumnWidths(widths, screenWidth)) trimToFit(widths, screenWidth);
  return widths;
}
