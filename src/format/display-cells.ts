/**
 * Screen cells a text occupies, as pwsh's DisplayCells counts them: East Asian wide and
 * full-width characters take two cells, every other UTF-16 code unit one.
 */

/** 2 for the wide ranges pwsh's CharLengthInBufferCells lists, else 1. */
export function charCells(code: number): number {
  const wide =
    code >= 0x1100 &&
    (code <= 0x115f ||
      code === 0x2329 ||
      code === 0x232a ||
      (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe10 && code <= 0xfe19) ||
      (code >= 0xfe30 && code <= 0xfe6f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6));
  return wide ? 2 : 1;
}

/** Cells taken by `text` from `offset` on. */
export function cellLength(text: string, offset = 0): number {
  let cells = 0;
  for (let i = offset; i < text.length; i++) cells += charCells(text.charCodeAt(i));
  return cells;
}

/** How many characters from `offset` fit in `cells` (pwsh's TruncateTail). */
export function fitFromHead(text: string, cells: number, offset = 0): number {
  let used = 0;
  let count = 0;
  for (let i = offset; i < text.length; i++) {
    const width = charCells(text.charCodeAt(i));
    if (used + width > cells) break;
    used += width;
    count++;
    if (used === cells) break;
  }
  return count;
}

/** The index where the longest tail of `text` fitting in `cells` starts (pwsh's TruncateHead). */
export function tailStart(text: string, cells: number): number {
  let used = 0;
  let count = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const width = charCells(text.charCodeAt(i));
    if (used + width > cells) break;
    used += width;
    count++;
    if (used === cells) break;
  }
  return text.length - count;
}
