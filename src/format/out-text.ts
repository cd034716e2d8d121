/**
 * Out-Default / Out-Host / Out-String text for a stream of objects: each object goes through
 * the implicit format-default step (format data passes through unchanged, so the output of
 * Format-Table and friends is laid out as it is) and the line writer.
 */
import { asFormatData, FormatStartData } from './format-data.js';
import type { FormatHost } from './format-host.js';
import { type FormatCommandOptions, FormatShaper } from './format-shaper.js';
import { type LineOutputOptions, FormatWriter } from './format-writer.js';

export type OutputOptions = LineOutputOptions & Pick<FormatCommandOptions, 'enumerationLimit' | 'registry'>;

/** Formats objects as they arrive; lines of a table may wait for the end of its group. */
export class LineFormatter {
  private readonly shaper: FormatShaper;
  private readonly writer: FormatWriter;

  constructor(host: FormatHost, options: OutputOptions = {}) {
    this.shaper = new FormatShaper(host, { enumerationLimit: options.enumerationLimit, registry: options.registry });
    this.writer = new FormatWriter(options);
  }

  /** The lines that are complete after `value`. */
  write(value: unknown): string[] {
    // Format-* output starting while Out-Default's own table is open closes that table first,
    // as pwsh's OutCommandInner does with a FormatStartData that arrives inside a group.
    const packet = asFormatData(value);
    const packets = packet instanceof FormatStartData ? [...this.shaper.end(), packet] : this.shaper.process(value);
    return packets.flatMap((packet) => this.writer.write(packet));
  }

  /** The remaining lines at the end of the pipeline. */
  end(): string[] {
    return [...this.shaper.end().flatMap((packet) => this.writer.write(packet)), ...this.writer.flush()];
  }
}

/** All the lines Out-Default writes for `values`. */
export function formatLines(host: FormatHost, values: Iterable<unknown>, options: OutputOptions = {}): string[] {
  const formatter = new LineFormatter(host, options);
  const lines: string[] = [];
  for (const value of values) lines.push(...formatter.write(value));
  lines.push(...formatter.end());
  return lines;
}

export interface OutStringOptions extends OutputOptions {
  /** -Width: the line width (no limit by default; tables then use the window width). */
  readonly width?: number;
  readonly noNewline?: boolean;
}

/** Out-String without -Stream: every line followed by a newline (none with -NoNewline). */
export function outString(host: FormatHost, values: Iterable<unknown>, options: OutStringOptions = {}): string {
  const lines = outStringStream(host, values, options);
  return options.noNewline ? lines.join('') : lines.map((line) => line + '\n').join('');
}

/** Out-String -Stream: one string per line (a multi-line string stays one). */
export function outStringStream(host: FormatHost, values: Iterable<unknown>, options: OutStringOptions = {}): string[] {
  return formatLines(host, values, { ...options, columnNumber: options.width ?? options.columnNumber ?? Infinity });
}
