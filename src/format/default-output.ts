/**
 * Out-Default and Out-String for the engine: psh's values through the formatting module
 * (out-text.ts) with error records in ConciseView, the way pwsh's registered ErrorRecord view
 * renders them out of band, dates as pwsh's DateTime view shows them, and methods as a list of
 * their overloads.
 */
import { ErrorRecord } from '../engine/runtime/error-record.js';
import { engineFormatHost } from './engine-host.js';
import { dateTimeViewText } from './date-time-view.js';
import { conciseErrorRecordView } from './error-view.js';
import { LineFormatter, outString, type OutputOptions, type OutStringOptions } from './out-text.js';
import { defaultViewRegistry, type FormatViewRegistry } from './views.js';

/** The engine's views: pwsh's defaults plus ErrorRecord in ConciseView. */
function engineViewRegistry(): FormatViewRegistry {
  const registry = defaultViewRegistry();
  registry.register('System.Management.Automation.ErrorRecord', {
    kind: 'custom',
    outOfBand: true,
    render: (value) => (value instanceof ErrorRecord ? conciseErrorRecordView(value) : engineFormatHost.toDisplayString(value)),
  });
  registry.register('System.DateTime', { kind: 'custom', render: (value) => dateTimeViewText(value) ?? engineFormatHost.toDisplayString(value) });
  // DotNetTypes.format.ps1xml: one wrapped column, `$_.OverloadDefinitions | Out-String` (each line ended).
  registry.register('System.Management.Automation.PSMethod', {
    kind: 'table',
    wrap: true,
    columns: [{ label: 'OverloadDefinitions', value: { expression: (method) => outString(engineFormatHost, [engineFormatHost.propertyValue(method, 'OverloadDefinitions')]) } }],
  });
  return registry;
}

/** The views Out-Default and Out-String use; other parts register theirs here (e.g. PSSession's table). */
export const engineViews = engineViewRegistry();

/**
 * Out-Default, Out-Host and Out-String formatting over the engine's views: Format-* output is
 * laid out as it is, anything else goes through the implicit format-default step first.
 */
export function engineLineFormatter(options: Omit<OutputOptions, 'registry'> = {}): LineFormatter {
  return new LineFormatter(engineFormatHost, { registry: engineViews, ...options });
}

/** Out-Default's text as objects arrive: a table is written once its group is complete. */
export class OutputFormatter {
  private readonly formatter: LineFormatter;

  /** `width` is the console's width (120 when there is none); `enumerationLimit` is $FormatEnumerationLimit. */
  constructor(options: { readonly width?: number; readonly enumerationLimit?: number } = {}) {
    this.formatter = engineLineFormatter({ columnNumber: options.width, enumerationLimit: options.enumerationLimit });
  }

  /** The text that is complete after `value`. */
  write(value: unknown): string {
    return linesText(this.formatter.write(value));
  }

  /** Ends the current table or list (before other output interleaves) and returns its text. */
  flush(): string {
    return linesText(this.formatter.end());
  }
}

function linesText(lines: readonly string[]): string {
  return lines.map((line) => line + '\n').join('');
}

/** Out-String's text for these objects (-Width and -NoNewline in `options`). */
export function formatOutput(values: readonly unknown[], options: OutStringOptions = {}): string {
  return outString(engineFormatHost, values, { registry: engineViews, ...options });
}
