/**
 * The objects Format-Table, Format-List, Format-Wide and Out-Default's implicit formatting
 * emit (pwsh's FormatStartData, GroupStartData, FormatEntryData, GroupEndData and
 * FormatEndData): already-rendered cell texts that the Out-* commands lay out as lines.
 */
import { baseObject } from '../engine/conversion/index.js';
import { psTypeNames } from '../engine/values/index.js';
import type { Alignment } from './table-writer.js';

const formatNamespace = 'Microsoft.PowerShell.Commands.Internal.Format';

export interface TableColumnInfo {
  readonly label: string;
  /** 0 lets the column be auto-sized or share the free room. */
  readonly width: number;
  readonly alignment: Alignment;
}

export type ShapeInfo =
  | { readonly kind: 'table'; readonly columns: readonly TableColumnInfo[]; readonly hideHeader: boolean }
  | { readonly kind: 'list' }
  | { readonly kind: 'wide'; readonly columns: number }
  | { readonly kind: 'complex' };

export type FormatEntry =
  | { readonly kind: 'tableRow'; readonly values: readonly string[]; readonly multiLine: boolean }
  | { readonly kind: 'listEntry'; readonly labels: readonly string[]; readonly values: readonly string[] }
  | { readonly kind: 'wideItem'; readonly value: string }
  | { readonly kind: 'rawText'; readonly text: string }
  /** A custom view's text, wrapped at the line width. */
  | { readonly kind: 'complex'; readonly text: string }
  /** The empty line pwsh writes between groups. */
  | { readonly kind: 'newLine' };

export abstract class FormatData {
  abstract readonly [psTypeNames]: readonly string[];
}

/** The format object `value` is, also when a parameter of type PSObject has wrapped it. */
export function asFormatData(value: unknown): FormatData | undefined {
  const base = baseObject(value);
  return base instanceof FormatData ? base : undefined;
}

export class FormatStartData extends FormatData {
  readonly [psTypeNames] = [`${formatNamespace}.FormatStartData`, `${formatNamespace}.StartData`, `${formatNamespace}.PacketInfoData`, 'System.Object'];

  constructor(
    readonly shape: ShapeInfo,
    /** -AutoSize: columns sized from the whole group's data. */
    readonly autoSize: boolean,
  ) {
    super();
  }
}

export class GroupStartData extends FormatData {
  readonly [psTypeNames] = [`${formatNamespace}.GroupStartData`, `${formatNamespace}.StartData`, `${formatNamespace}.PacketInfoData`, 'System.Object'];

  /** `label` is the group header text ("   Name: value"), absent without -GroupBy. */
  constructor(readonly label?: string) {
    super();
  }
}

export class FormatEntryData extends FormatData {
  readonly [psTypeNames] = [`${formatNamespace}.FormatEntryData`, `${formatNamespace}.PacketInfoData`, 'System.Object'];

  /** Out-of-band entries are written on their own, outside the current table or list. */
  constructor(
    readonly entry: FormatEntry,
    readonly outOfBand: boolean,
  ) {
    super();
  }
}

export class GroupEndData extends FormatData {
  readonly [psTypeNames] = [`${formatNamespace}.GroupEndData`, `${formatNamespace}.PacketInfoData`, 'System.Object'];
}

export class FormatEndData extends FormatData {
  readonly [psTypeNames] = [`${formatNamespace}.FormatEndData`, `${formatNamespace}.PacketInfoData`, 'System.Object'];
}
