/**
 * Parse errors as pwsh reports them: an ErrorId from ParserStrings, the message text with its
 * placeholders filled, the extent, and whether the input merely stopped early (so an
 * interactive prompt can ask for more lines instead of failing).
 */
import type { Extent } from './extent.js';
import { parserStrings, type ParserErrorId } from './parser-strings.js';

export interface ParseError {
  errorId: ParserErrorId;
  message: string;
  extent: Extent;
  /** True when more input could complete the script: an open `{`, `(`, string or here-string at the end. */
  incomplete: boolean;
}

/**
 * Whether a script only stopped early, so a prompt should ask for more lines. pwsh decides by
 * its first error (AutomationEngine.ParseScriptBlock): `{ 1 2` is wrong, not unfinished.
 */
export function isIncompleteInput(errors: readonly ParseError[]): boolean {
  return errors.length > 0 && errors[0].incomplete;
}

export function parseError(errorId: ParserErrorId, extent: Extent, incomplete: boolean, ...args: string[]): ParseError {
  return { errorId, message: formatMessage(parserStrings[errorId], ...args), extent, incomplete };
}

/**
 * Fills .NET composite-format placeholders `{0}` and unescapes `{{` `}}`, as String.Format does
 * for pwsh's resource strings. The one message formatter for parse and run-time errors.
 */
export function formatMessage(template: string, ...args: readonly unknown[]): string {
  return template.replace(/\{\{|\}\}|\{(\d+)\}/g, (m, index: string | undefined) => {
    if (m === '{{') return '{';
    if (m === '}}') return '}';
    const value = args[Number(index)];
    return value === undefined || value === null ? '' : String(value);
  });
}
