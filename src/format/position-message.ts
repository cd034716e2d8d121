/**
 * pwsh's position message for an extent ("At line:1 char:8", the source line, and a row of `~`
 * under the extent) and the ConciseView block built from it ("Line |", numbered source line,
 * squiggle, message), as pwsh 7 prints parse errors and script errors.
 */
import type { Extent } from '../../grammar/extent.js';

const MAX_LINE_LENGTH = 69;

/** The source line and the `~` marker line for an extent, truncated with `…` as pwsh does. */
function positionLines(extent: Extent): { line: string; marker: string } | null {
  let sourceLine = extent.source.line(extent.startLineNumber).trimEnd();
  if (!sourceLine) return null;
  let spacesBeforeError = extent.startColumnNumber - 1;
  let errorLength = extent.startLineNumber === extent.endLineNumber && extent.endColumnNumber <= sourceLine.length + 1
    ? extent.endColumnNumber - extent.startColumnNumber
    : sourceLine.length - extent.startColumnNumber + 1;
  if (sourceLine.includes('\t')) {
    const before = sourceLine.slice(0, spacesBeforeError).replaceAll('\t', '    ');
    const error = sourceLine.slice(spacesBeforeError, spacesBeforeError + errorLength).replaceAll('\t', '    ');
    sourceLine = before + error + sourceLine.slice(spacesBeforeError + errorLength).replaceAll('\t', '    ');
    spacesBeforeError = before.length;
    errorLength = error.length;
  }
  let prefixDots = false;
  let suffixDots = false;
  if (sourceLine.length > MAX_LINE_LENGTH) {
    const totalPrefix = spacesBeforeError;
    let prefix = Math.min(totalPrefix, 12);
    const totalSuffix = sourceLine.length - errorLength - spacesBeforeError;
    let suffix = Math.min(totalSuffix, 8);
    let candidate = prefix + errorLength + suffix;
    if (candidate >= MAX_LINE_LENGTH) {
      if (prefix + errorLength >= MAX_LINE_LENGTH) errorLength = MAX_LINE_LENGTH - prefix;
      suffixDots = true;
    } else {
      const prefixAvailable = totalPrefix - prefix;
      if (prefixAvailable > 0) {
        prefix += Math.min(prefixAvailable, MAX_LINE_LENGTH - candidate);
        candidate = prefix + errorLength + suffix;
      }
      if (candidate < MAX_LINE_LENGTH && totalSuffix > 0) suffix += Math.min(totalSuffix, MAX_LINE_LENGTH - candidate);
      suffixDots = suffix < totalSuffix;
    }
    prefixDots = prefix < totalPrefix;
    const startIndex = Math.max(spacesBeforeError - prefix, 0);
    sourceLine = sourceLine.substr(startIndex, MAX_LINE_LENGTH);
    spacesBeforeError = Math.min(spacesBeforeError, prefix);
    errorLength = Math.min(errorLength, MAX_LINE_LENGTH - spacesBeforeError);
  }
  const line = (prefixDots ? '\u2026 ' : '') + sourceLine + (suffixDots ? ' \u2026' : '');
  const marker = ' '.repeat(spacesBeforeError + (prefixDots ? 2 : 0)) + '~'.repeat(errorLength > 0 ? errorLength : 1);
  return { line, marker };
}

/** pwsh's `InvocationInfo.PositionMessage`: `At file:line char:col`, `+ line`, `+ ~~~`. */
export function positionMessage(extent: Extent): string {
  const lines = positionLines(extent);
  const head = `At ${extent.file ?? 'line'}:${extent.startLineNumber} char:${extent.startColumnNumber}`;
  return lines ? `${head}\n+ ${lines.line}\n+ ${lines.marker}` : head;
}

/**
 * The ConciseView of an error with a position:
 * ```
 * ParserError: /path/file.ps1:3
 * Line |
 *    3 |  if ($x {
 *      |         ~
 *      | Missing closing ')' after expression in 'if' statement.
 * ```
 */
export function conciseErrorView(category: string, extent: Extent, message: string, windowWidth = 120): string {
  const lineNumber = extent.startLineNumber;
  const digits = String(lineNumber).length;
  const headerPad = digits > 4 ? ' '.repeat(digits - 4) : '';
  const linePad = digits < 4 ? ' '.repeat(4 - digits) : '';
  const out: string[] = [];
  out.push(`${category}: ${extent.file ? `${extent.file}:${lineNumber}` : ''}`);
  out.push(`${headerPad}Line |`);
  const lines = positionLines(extent);
  const prefix = `${headerPad}     | `;
  if (lines) {
    out.push(`${linePad}${lineNumber} |  ${lines.line}`);
    out.push(`${prefix} ${lines.marker}`);
  }
  out.push(wrapMessage(prefix, message.replace(/\r?\n|\t/g, ' '), windowWidth));
  return out.join('\n');
}

/** The message after its prefix, broken at whitespace to fit the window, each line prefixed. */
function wrapMessage(prefix: string, text: string, width: number): string {
  const message = prefix + text;
  if (width <= 0 || message.length <= width) return message;
  const truncate = (s: string, length: number) => {
    if (s.length <= length) return s;
    const head = s.slice(0, length);
    const cut = head.search(/\s\S*$/);
    return cut > 0 ? head.slice(0, cut) : head;
  };
  const parts: string[] = [];
  const first = truncate(message, width);
  parts.push(first);
  let remaining = message.slice(first.length).trim();
  while (remaining.length + prefix.length > width) {
    const line = truncate(prefix + remaining, width);
    if (line.length - prefix.length <= 0) break;
    parts.push(line);
    remaining = remaining.slice(line.length - prefix.length).trim();
  }
  parts.push(prefix + remaining);
  return parts.join('\n');
}
