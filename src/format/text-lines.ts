/**
 * Breaking a value's text into screen lines, as pwsh's StringManipulationHelper does: one line
 * per embedded newline (carriage returns dropped), then word wrap at spaces, tabs and soft
 * hyphens, splitting words longer than a whole line between characters.
 */
import { cellLength, charCells } from './display-cells.js';

/** The ellipsis pwsh appends to truncated text (U+2026). */
export const ellipsis = '\u2026';

const softHyphen = '\u00ad';
const hardHyphen = '\u2011';
const noBreakSpace = '\u00a0';

/** The lines of `text` split at '\n', with every '\r' removed. */
export function splitLines(text: string): string[] {
  return text.replace(/\r/g, '').split('\n');
}

/** The text before the first line break, with an ellipsis when something was cut. */
export function truncateAtNewLine(text: string): string {
  const lineBreak = text.search(/[\r\n]/);
  return lineBreak < 0 ? text : text.slice(0, lineBreak) + ellipsis;
}

/** Words each ending with the delimiter that followed it (hard hyphen and no-break space end a word without one). */
function words(line: string): { word: string; delimiter: string }[] {
  const result: { word: string; delimiter: string }[] = [];
  let word = '';
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (char === ' ' || char === '\t' || char === softHyphen) {
      result.push({ word, delimiter: char });
      word = '';
    } else if (char === hardHyphen || char === noBreakSpace) {
      result.push({ word, delimiter: '' });
      word = '';
    } else {
      word += char;
    }
  }
  result.push({ word, delimiter: '' });
  return result;
}

/**
 * The screen lines for `text`: the first at most `firstLineCells` wide, the others at most
 * `followingLinesCells` (pwsh's GenerateLinesWithWordWrap, used for English cultures).
 */
export function wrapLines(text: string, firstLineCells: number, followingLinesCells: number): string[] {
  if (text === '') return [''];
  const lines: string[] = [];
  for (const line of splitLines(text)) {
    if (cellLength(line) <= firstLineCells) {
      lines.push(line);
      continue;
    }
    let spacesLeft = firstLineCells;
    let lineWidth = firstLineCells;
    let firstLine = true;
    let current = '';
    for (const { word, delimiter } of words(line)) {
      let wordToAdd = word;
      if (delimiter === softHyphen) {
        if (cellLength(word) + 1 === spacesLeft) wordToAdd += '-';
      } else {
        wordToAdd += delimiter;
      }
      const wordWidth = cellLength(wordToAdd);
      if (lineWidth === 0) {
        if (firstLine) {
          firstLine = false;
          lineWidth = followingLinesCells;
        }
        if (lineWidth === 0) break;
        spacesLeft = lineWidth;
      }
      if (wordWidth > lineWidth) {
        // A word longer than a whole line is split between characters.
        for (let i = 0; i < wordToAdd.length; i++) {
          let char = wordToAdd[i]!;
          let width = charCells(wordToAdd.charCodeAt(i));
          if (width > lineWidth) {
            char = '?';
            width = 1;
          }
          if (width > spacesLeft) {
            lines.push(current);
            current = char;
            if (firstLine) {
              firstLine = false;
              lineWidth = followingLinesCells;
            }
            spacesLeft = lineWidth - width;
          } else {
            current += char;
            spacesLeft -= width;
          }
        }
      } else if (wordWidth > spacesLeft) {
        lines.push(current);
        current = wordToAdd;
        if (firstLine) {
          firstLine = false;
          lineWidth = followingLinesCells;
        }
        spacesLeft = lineWidth - wordWidth;
      } else {
        current += wordToAdd;
        spacesLeft -= wordWidth;
      }
    }
    lines.push(current);
  }
  return lines;
}

/** Spaces filling `cells` screen cells. */
export function padding(cells: number): string {
  return cells > 0 ? ' '.repeat(cells) : '';
}
