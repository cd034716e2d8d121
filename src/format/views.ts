/**
 * Format views, as format.ps1xml defines them, and the registry that finds the view for an
 * object by its type names (most derived first, as pwsh's TypeMatch does).
 */
import type { Alignment } from './table-writer.js';

/**
 * How a column or list item gets its value: a property name, or a calculated property whose
 * expression the evaluator has already turned into a callback (`@{n=...; e={...}}`).
 */
export type PropertySelector = string | CalculatedProperty;

export interface CalculatedProperty {
  /** The Name/Label key; defaults to the expression's property name. */
  readonly label?: string;
  /** A property name, or the evaluated script block. */
  readonly expression: string | ((value: unknown) => unknown);
  /** Format-Table's Width and Alignment keys. */
  readonly width?: number;
  readonly alignment?: Alignment;
  /** The FormatString key. */
  readonly formatString?: string;
}

export interface TableViewColumn {
  /** The column header; the property name when absent. */
  readonly label?: string;
  /** Width in cells; 0 or absent lets the column share the free room (or be auto-sized). */
  readonly width?: number;
  readonly alignment?: Alignment;
  readonly value: PropertySelector;
}

/** A view's name, which Format-* -View selects it by (format.ps1xml's <Name>). */
interface NamedView {
  readonly name?: string;
}

/**
 * A grouped view's header for a group's key when the view gives its own (format.ps1xml's
 * GroupBy with a CustomControl, e.g. `    Directory: /tmp`) instead of `   Label: value`.
 */
interface GroupHeader {
  readonly groupHeader?: (key: unknown) => string;
}

export interface TableView extends NamedView, GroupHeader {
  readonly kind: 'table';
  readonly columns: readonly TableViewColumn[];
  readonly hideTableHeaders?: boolean;
  readonly wrap?: boolean;
  readonly autoSize?: boolean;
  readonly groupBy?: PropertySelector;
}

export interface ListViewItem {
  readonly label?: string;
  readonly value: PropertySelector;
}

export interface ListView extends NamedView, GroupHeader {
  readonly kind: 'list';
  readonly items: readonly ListViewItem[];
  /** Entries for some types only (format.ps1xml's EntrySelectedBy): the first whose type the object has replaces `items`. */
  readonly entries?: readonly { readonly typeName: string; readonly items: readonly ListViewItem[] }[];
  readonly groupBy?: PropertySelector;
}

export interface WideView extends NamedView, GroupHeader {
  readonly kind: 'wide';
  readonly value: PropertySelector;
  /** Items per row; 0 or absent picks pwsh's default (2, or the best fit with -AutoSize). */
  readonly columns?: number;
  readonly groupBy?: PropertySelector;
}

/**
 * A view that renders the whole object as text of its own (pwsh's custom controls): DateTime's
 * long date between blank lines, or, out of band, ErrorRecord's text written as is, outside
 * any table or list.
 */
export interface CustomView extends NamedView {
  readonly kind: 'custom';
  readonly outOfBand?: boolean;
  render(value: unknown): string;
}

export type FormatView = TableView | ListView | WideView | CustomView;
export type FormatShape = 'table' | 'list' | 'wide';

/** Views by type name; the first view registered for a name is its default. */
export class FormatViewRegistry {
  private readonly views = new Map<string, FormatView[]>();

  register(typeName: string, view: FormatView): void {
    const key = typeName.toLowerCase();
    const list = this.views.get(key) ?? [];
    list.push(view);
    this.views.set(key, list);
  }

  /** The view for the most derived of `typeNames` that has one (of `shape`, when given). */
  find(typeNames: readonly string[], shape?: FormatShape | 'custom'): { typeName: string; view: FormatView } | undefined {
    for (const typeName of typeNames) {
      const view = this.views.get(typeName.toLowerCase())?.find((v) => shape === undefined || v.kind === shape);
      if (view) return { typeName, view };
    }
    const original = withoutDeserializedPrefix(typeNames);
    return original && this.find(original, shape);
  }

  /** The `shape` view called `name` for the most derived of `typeNames` that has one. */
  findNamed(typeNames: readonly string[], name: string, shape: FormatShape): { typeName: string; view: FormatView } | undefined {
    const lower = name.toLowerCase();
    for (const typeName of typeNames) {
      const view = this.viewsOf(typeName).find((v) => v.kind === shape && v.name?.toLowerCase() === lower);
      if (view) return { typeName, view };
    }
    const original = withoutDeserializedPrefix(typeNames);
    return original && this.findNamed(original, name, shape);
  }

  /** Every view registered for exactly this type name. */
  viewsOf(typeName: string): readonly FormatView[] {
    return this.views.get(typeName.toLowerCase()) ?? [];
  }
}

const deserializedPrefix = 'deserialized.';

/**
 * A deserialized object's type names without their "Deserialized." prefix, or undefined when none
 * has it: pwsh looks a view up again with these (Deserializer.MaskDeserializationPrefix), so an
 * imported FileInfo shows as a directory listing.
 */
function withoutDeserializedPrefix(typeNames: readonly string[]): string[] | undefined {
  if (!typeNames.some((typeName) => typeName.toLowerCase().startsWith(deserializedPrefix))) return undefined;
  return typeNames.map((typeName) => (typeName.toLowerCase().startsWith(deserializedPrefix) ? typeName.slice(deserializedPrefix.length) : typeName));
}

/** True when `typeNames` hold `typeName`, or its deserialized form (whose view it also takes). */
export function hasTypeName(typeNames: readonly string[], typeName: string): boolean {
  const key = typeName.toLowerCase();
  const deserializedKey = deserializedPrefix + key;
  return typeNames.some((name) => {
    const lower = name.toLowerCase();
    return lower === key || lower === deserializedKey;
  });
}

/**
 * The views pwsh's DotNetTypes.format.ps1xml gives a hashtable's entries (the "Name  Value"
 * table) and cultures (LCID, Name, DisplayName), with those of the object cmdlets and jobs.
 */
export function defaultViewRegistry(): FormatViewRegistry {
  const registry = new FormatViewRegistry();
  registry.register('System.Collections.DictionaryEntry', {
    kind: 'table',
    columns: [
      { width: 30, value: 'Name' },
      { value: 'Value' },
    ],
  });
  registry.register('System.Collections.DictionaryEntry', { kind: 'list', items: [{ value: 'Name' }, { value: 'Value' }] });
  registry.register('System.Globalization.CultureInfo', {
    kind: 'table',
    columns: [
      { width: 16, value: 'LCID' },
      { width: 16, value: 'Name' },
      { value: 'DisplayName' },
    ],
  });
  registerObjectCmdletViews(registry);
  registerJobView(registry);
  return registry;
}

/** PowerShellCore.format.ps1xml's views for Group-Object's and Get-Member's results. */
function registerObjectCmdletViews(registry: FormatViewRegistry): void {
  const groupInfo = 'Microsoft.PowerShell.Commands.GroupInfo';
  const noElement = 'Microsoft.PowerShell.Commands.GroupInfoNoElement';
  const countAndName: TableViewColumn[] = [
    { label: 'Count', width: 5, alignment: 'right', value: 'Count' },
    { width: 25, value: 'Name' },
  ];
  registry.register(noElement, { kind: 'table', columns: countAndName });
  registry.register(noElement, { kind: 'list', items: [{ value: 'Name' }, { value: 'Count' }, { value: 'Values' }] });
  registry.register(groupInfo, { kind: 'table', columns: [...countAndName, { value: 'Group' }] });
  registry.register(groupInfo, { kind: 'list', items: [{ value: 'Name' }, { value: 'Count' }, { value: 'Group' }, { value: 'Values' }] });
  registry.register('Microsoft.PowerShell.Commands.MemberDefinition', {
    kind: 'table',
    autoSize: true,
    groupBy: 'TypeName',
    columns: [{ value: 'Name' }, { value: 'MemberType' }, { value: 'Definition' }],
  });
}

/** PowerShellCore.format.ps1xml's table for jobs (Get-Job, Start-Job, `pipeline &`). */
function registerJobView(registry: FormatViewRegistry): void {
  const column = (name: string, width: number): TableViewColumn => ({ label: name, width, alignment: 'left', value: name });
  registry.register('System.Management.Automation.Job', {
    kind: 'table',
    columns: [column('Id', 6), column('Name', 15), column('PSJobTypeName', 15), column('State', 13), column('HasMoreData', 15), column('Location', 20), column('Command', 25)],
  });
}
