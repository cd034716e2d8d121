/**
 * Lays format data out as text lines, as pwsh's OutCommandInner does for Out-Default,
 * Out-String and Out-File: an empty line before each table, list or wide document and after
 * tables and wide views (lists end each entry with one), group headers, and column widths taken
 * from the whole group's data when the view leaves them open (or with -AutoSize).
 */
import { cellLength } from './display-cells.js';
import {
  type FormatEntry,
  type FormatData,
  FormatEndData,
  FormatEntryData,
  FormatStartData,
  GroupEndData,
  GroupStartData,
  type ShapeInfo,
} from './format-data.js';
import { listEntryLines } from './list-writer.js';
import { type Alignment, TableWriter } from './table-writer.js';
import { wrapLines } from './text-lines.js';

/** The window width pwsh assumes when there is no console to ask (non-interactive output). */
export const defaultWindowWidth = 120;

export interface LineOutputOptions {
  /** The line output's width: Out-String -Width, the console width; Infinity for none (Out-String's default). */
  readonly columnNumber?: number;
  /** The console window's width, used for tables and wide views when `columnNumber` is Infinity. */
  readonly windowWidth?: number;
}

/** pwsh's ComputeWideViewBestItemsPerRowFit: how many items of `itemWidth` cells fit on a line. */
export function wideItemsPerRow(itemWidth: number, screenColumns: number): number {
  if (itemWidth <= 0 || screenColumns < 1 || itemWidth >= screenColumns) return 1;
  let columns = 1;
  while (itemWidth * (columns + 1) + columns < screenColumns) columns++;
  return columns;
}

type Hint = { readonly kind: 'table'; readonly widths: number[] } | { readonly kind: 'wide'; readonly maxWidth: number };

interface GroupContext {
  start(): string[];
  entry(entry: FormatEntry): string[];
  end(): string[];
}

export class FormatWriter {
  private readonly columnNumber: number;
  private readonly screenWidth: number;
  private shape: ShapeInfo | undefined;
  /** Once a document asks for auto-sizing, pwsh keeps caching every later group too. */
  private groupCaching = false;
  private cache: FormatData[] | undefined;
  private hint: Hint | undefined;
  private context: GroupContext | undefined;

  constructor(options: LineOutputOptions = {}) {
    this.columnNumber = options.columnNumber ?? defaultWindowWidth;
    this.screenWidth = Number.isFinite(this.columnNumber) ? this.columnNumber : (options.windowWidth ?? defaultWindowWidth);
  }

  /** The lines ready for `packet` (none while a group is held back for auto-sizing). */
  write(packet: FormatData): string[] {
    if (packet instanceof FormatStartData) {
      const shape = packet.shape;
      if (packet.autoSize || (shape.kind === 'table' && shape.columns.length > 0 && shape.columns[0]!.width === 0)) this.groupCaching = true;
    }
    if (this.cache) {
      this.cache.push(packet);
      if (!(packet instanceof GroupEndData)) return [];
      const cached = this.cache;
      this.cache = undefined;
      this.hint = this.computeHint(cached);
      return cached.flatMap((p) => this.process(p));
    }
    if (this.groupCaching && packet instanceof GroupStartData) {
      this.cache = [packet];
      return [];
    }
    return this.process(packet);
  }

  /** Whatever is still held back (a group that was never closed), without auto-sizing. */
  flush(): string[] {
    const cached = this.cache ?? [];
    this.cache = undefined;
    return cached.flatMap((p) => this.process(p));
  }

  private computeHint(packets: readonly FormatData[]): Hint | undefined {
    const shape = this.shape;
    const entries = packets.flatMap((p) => (p instanceof FormatEntryData && !p.outOfBand ? [p.entry] : []));
    if (shape?.kind === 'table') {
      if (shape.columns.length === 0) return undefined;
      const widths = shape.columns.map((c) => cellLength(c.label));
      for (const entry of entries) {
        if (entry.kind !== 'tableRow') continue;
        entry.values.forEach((value, k) => {
          if (k < widths.length) widths[k] = Math.max(widths[k]!, cellLength(value));
        });
      }
      return { kind: 'table', widths };
    }
    if (shape?.kind === 'wide') {
      if (shape.columns !== 0) return undefined;
      const maxWidth = Math.max(0, ...entries.map((e) => (e.kind === 'wideItem' ? cellLength(e.value) : 0)));
      return { kind: 'wide', maxWidth };
    }
    return undefined;
  }

  private process(packet: FormatData): string[] {
    if (packet instanceof FormatStartData) {
      this.shape = packet.shape;
      return [''];
    }
    if (packet instanceof FormatEndData) {
      const wasList = this.shape?.kind === 'list';
      this.shape = undefined;
      // Each list entry already ended with an empty line.
      return wasList ? [] : [''];
    }
    if (packet instanceof GroupStartData) {
      const hint = this.hint;
      this.hint = undefined;
      this.context = this.createContext(hint);
      const header = packet.label !== undefined ? [...wrapLines(packet.label, this.columnNumber, this.columnNumber), ''] : [];
      return [...header, ...(this.context?.start() ?? [])];
    }
    if (packet instanceof GroupEndData) {
      const lines = this.context?.end() ?? [];
      this.context = undefined;
      return lines;
    }
    if (packet instanceof FormatEntryData) {
      if (packet.outOfBand || !this.context) return this.outOfBand(packet.entry);
      return this.context.entry(packet.entry);
    }
    return [];
  }

  private outOfBand(entry: FormatEntry): string[] {
    switch (entry.kind) {
      case 'rawText':
        return [entry.text];
      case 'newLine':
        return [''];
      case 'listEntry':
        return ['', ...listEntryLines(entry.labels, entry.values, this.columnNumber), ''];
      default:
        return [];
    }
  }

  private createContext(hint: Hint | undefined): GroupContext | undefined {
    const shape = this.shape;
    if (shape?.kind === 'table') return this.tableContext(shape, hint?.kind === 'table' ? hint.widths : undefined);
    if (shape?.kind === 'wide') return this.wideContext(shape.columns, hint?.kind === 'wide' ? hint.maxWidth : 0);
    if (shape?.kind === 'list') {
      return {
        start: () => [],
        entry: (entry) => (entry.kind === 'listEntry' ? [...listEntryLines(entry.labels, entry.values, this.columnNumber), ''] : []),
        end: () => [],
      };
    }
    if (shape?.kind === 'complex') {
      return {
        start: () => [],
        entry: (entry) => (entry.kind === 'complex' ? wrapLines(entry.text, this.columnNumber, this.columnNumber) : []),
        end: () => [],
      };
    }
    return undefined;
  }

  private tableContext(shape: Extract<ShapeInfo, { kind: 'table' }>, hintWidths: number[] | undefined): GroupContext | undefined {
    const columns = shape.columns;
    if (columns.length === 0) return undefined;
    const writer = new TableWriter(
      hintWidths ?? columns.map((c) => c.width),
      columns.map((c) => c.alignment),
      this.screenWidth,
      shape.hideHeader,
    );
    return {
      start: () => writer.header(columns.map((c) => c.label)),
      entry: (entry) => {
        if (entry.kind !== 'tableRow') return [];
        const values = columns.map((_, k) => entry.values[k] ?? '');
        return writer.rowLines(values, entry.multiLine);
      },
      end: () => [],
    };
  }

  private wideContext(columns: number, maxWidth: number): GroupContext {
    const itemsPerRow = maxWidth > 0 ? wideItemsPerRow(maxWidth, this.screenWidth) : columns > 0 ? columns : 2;
    const writer = new TableWriter(new Array<number>(itemsPerRow).fill(0), new Array<Alignment>(itemsPerRow).fill('left'), this.screenWidth);
    let buffer: string[] = [];
    const flushRow = (): string[] => {
      if (buffer.length === 0) return [];
      const values = Array.from({ length: itemsPerRow }, (_, k) => buffer[k] ?? '');
      buffer = [];
      return writer.rowLines(values, false);
    };
    return {
      start: () => [],
      entry: (entry) => {
        if (entry.kind !== 'wideItem') return [];
        buffer.push(entry.value);
        return buffer.length === itemsPerRow ? flushRow() : [];
      },
      end: flushRow,
    };
  }
}
