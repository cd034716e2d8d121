/**
 * Turns objects into format data, as pwsh's format-default and Format-Table/-List/-Wide do:
 * the view is chosen from the first object (a registered view for its type, else a table for up
 * to four properties and a list for more), scalars and property-less objects are written out of
 * band as their string, objects a registered view does not apply to are written out of band as
 * a list, and -GroupBy starts a new group (with its header) whenever the key's value changes.
 */
import { containsWildcardCharacters, WildcardPattern } from '../engine/wildcard/index.js';
import { defaultEnumerationLimit, displayNameProperty, fieldText, isScalarType } from './field-text.js';
import {
  asFormatData,
  type FormatEntry,
  type FormatData,
  FormatEndData,
  FormatEntryData,
  FormatStartData,
  GroupEndData,
  GroupStartData,
  type TableColumnInfo,
} from './format-data.js';
import type { FormatHost } from './format-host.js';
import type { Alignment } from './table-writer.js';
import { viewNotFound } from './view-not-found.js';
import {
  defaultViewRegistry,
  hasTypeName,
  type CalculatedProperty,
  type FormatShape,
  type FormatView,
  type FormatViewRegistry,
  type ListView,
  type PropertySelector,
  type TableView,
  type WideView,
} from './views.js';

export interface FormatCommandOptions {
  /** Format-Table, Format-List or Format-Wide; absent for Out-Default's own choice. */
  readonly shape?: FormatShape;
  readonly property?: readonly PropertySelector[];
  /** -View: a registered view's name (with `shape`). */
  readonly view?: string;
  readonly groupBy?: PropertySelector;
  readonly autoSize?: boolean;
  readonly wrap?: boolean;
  readonly hideTableHeaders?: boolean;
  /** Format-Wide -Column. */
  readonly column?: number;
  /** -Force: scalars are formatted by the view too. */
  readonly force?: boolean;
  /** $FormatEnumerationLimit. */
  readonly enumerationLimit?: number;
  readonly registry?: FormatViewRegistry;
}

/** pwsh's PropertyCountForTable: objects with more properties are shown as a list. */
const propertyCountForTable = 4;
/** A table built from all of an object's properties shows at most this many columns. */
const maxAutomaticColumns = 10;

function isCalculated(selector: PropertySelector): selector is CalculatedProperty {
  return typeof selector !== 'string';
}

/** The column header or list label for a selector. */
function selectorLabel(selector: PropertySelector): string {
  if (!isCalculated(selector)) return selector;
  return selector.label ?? (typeof selector.expression === 'string' ? selector.expression : '');
}

/** The selector's value for `value`, or undefined when the property does not exist or the expression failed. */
function selectorValue(host: FormatHost, value: unknown, selector: PropertySelector): unknown {
  const expression = isCalculated(selector) ? selector.expression : selector;
  if (typeof expression === 'string') return host.propertyValue(value, expression);
  try {
    return expression(value);
  } catch {
    // pwsh shows an empty cell when a calculated property's expression fails.
    return undefined;
  }
}

interface ActiveView {
  readonly groupBy: PropertySelector | undefined;
  /** The registered view's own group header, when the grouping is the view's. */
  readonly groupHeader?: (key: unknown) => string;
  /** The registered view's type name; undefined for views made from the object's properties. */
  readonly typeName: string | undefined;
  start(first: unknown): FormatStartData;
  entry(value: unknown): FormatEntry;
}

export class FormatShaper {
  private readonly registry: FormatViewRegistry;
  private readonly enumerationLimit: number;
  private view: ActiveView | undefined;
  private inGroup = false;
  private groupKey: unknown;

  constructor(
    private readonly host: FormatHost,
    private readonly options: FormatCommandOptions = {},
  ) {
    this.registry = options.registry ?? defaultViewRegistry();
    this.enumerationLimit = options.enumerationLimit ?? defaultEnumerationLimit;
  }

  /** The format data for one pipeline input (collections are enumerated one level). */
  process(value: unknown): FormatData[] {
    const out: FormatData[] = [];
    const packet = asFormatData(value);
    if (packet) return [packet];
    for (const item of this.host.enumerate(value) ?? [value]) this.processObject(item, out);
    return out;
  }

  /** Closes the open group and document. */
  end(): FormatData[] {
    const out: FormatData[] = [];
    if (this.inGroup) out.push(new GroupEndData());
    if (this.view) out.push(new FormatEndData());
    this.inGroup = false;
    this.view = undefined;
    return out;
  }

  private get processOutOfBand(): boolean {
    return this.options.shape === undefined || !this.options.force;
  }

  private processObject(value: unknown, out: FormatData[]): void {
    if (value === null || value === undefined) return;
    const packet = asFormatData(value);
    if (packet) {
      out.push(packet);
      return;
    }
    const typeNames = this.host.typeNames(value);
    if (this.processOutOfBand) {
      const custom = this.registry.find(typeNames, 'custom');
      if (custom?.view.kind === 'custom' && custom.view.outOfBand) {
        out.push(new FormatEntryData({ kind: 'rawText', text: custom.view.render(value) }, true));
        return;
      }
      // A type with a registered view, or explicit -Property names, format it even when the host
      // lists none of its properties.
      const propertyLess = this.host.propertyNames(value).length === 0 && !this.options.property && !this.registry.find(typeNames);
      if (isScalarType(typeNames) || propertyLess) {
        out.push(new FormatEntryData({ kind: 'rawText', text: this.host.toDisplayString(value) }, true));
        return;
      }
    }
    if (!this.view) {
      this.view = this.selectView(value);
      out.push(this.view.start(value));
    }
    const view = this.view;
    if (this.processOutOfBand && view.typeName !== undefined && !hasTypeName(typeNames, view.typeName)) {
      // A registered view does not apply to other types: pwsh shows them as a list of their own
      // (here their string when the host knows none of their properties).
      const selectors = this.defaultSelectors(value, false);
      const entry: FormatEntry = selectors.length > 0 ? this.listEntry(value, selectors) : { kind: 'rawText', text: this.host.toDisplayString(value) };
      out.push(new FormatEntryData(entry, true));
      return;
    }
    if (view.groupBy !== undefined) {
      const key = selectorValue(this.host, value, view.groupBy);
      if (!this.inGroup) {
        out.push(this.groupStart(view, key));
      } else if (!this.sameKey(this.groupKey, key)) {
        out.push(new FormatEntryData({ kind: 'newLine' }, true), new GroupEndData(), this.groupStart(view, key));
      }
      this.groupKey = key;
    } else if (!this.inGroup) {
      out.push(new GroupStartData());
    }
    this.inGroup = true;
    out.push(new FormatEntryData(view.entry(value), false));
  }

  private groupStart({ groupBy, groupHeader }: ActiveView, key: unknown): GroupStartData {
    if (key === undefined || groupBy === undefined) return new GroupStartData();
    if (groupHeader) return new GroupStartData(groupHeader(key));
    const text = fieldText(this.host, key, { enumerationLimit: this.enumerationLimit, isTable: false });
    return new GroupStartData(`   ${selectorLabel(groupBy)}: ${text}`);
  }

  private sameKey(a: unknown, b: unknown): boolean {
    if (a === undefined || a === null || b === undefined || b === null) return (a ?? null) === (b ?? null);
    return this.host.toDisplayString(a).toLowerCase() === this.host.toDisplayString(b).toLowerCase();
  }

  /** -Property selectors with wildcards expanded against `value`'s properties. */
  private expand(selectors: readonly PropertySelector[], value: unknown): PropertySelector[] {
    return selectors.flatMap((selector) => {
      if (isCalculated(selector) || !containsWildcardCharacters(selector)) return [selector];
      const pattern = new WildcardPattern(selector);
      return this.host.propertyNames(value).filter((name) => pattern.isMatch(name));
    });
  }

  /** The default display property set, else every property (at most ten for a table). */
  private defaultSelectors(value: unknown, forTable: boolean): PropertySelector[] {
    const set = this.host.defaultDisplayPropertySet?.(value);
    if (set && set.length > 0) return [...set];
    const all = this.host.propertyNames(value);
    return forTable ? all.slice(0, maxAutomaticColumns) : [...all];
  }

  private selectView(first: unknown): ActiveView {
    const { shape, property } = this.options;
    const typeNames = this.host.typeNames(first);
    if (this.options.view !== undefined && shape !== undefined) {
      const named = this.registry.findNamed(typeNames, this.options.view, shape);
      if (!named) throw viewNotFound(this.registry, this.options.view, shape, typeNames[0] ?? 'System.Object');
      return this.fromRegisteredView(named.typeName, named.view);
    }
    if (!property || property.length === 0) {
      const registered = this.registry.find(typeNames, shape);
      if (registered) return this.fromRegisteredView(registered.typeName, registered.view);
    }
    let chosen = shape;
    if (chosen === undefined) {
      const count = this.defaultSelectors(first, false).length;
      chosen = count <= propertyCountForTable ? 'table' : 'list';
    }
    if (chosen === 'table') return this.tableFromProperties(first);
    if (chosen === 'wide') return this.wideFromProperties();
    return this.listFromProperties();
  }

  private fromRegisteredView(typeName: string, view: FormatView): ActiveView {
    if (view.kind === 'custom') {
      return {
        groupBy: this.options.groupBy,
        typeName,
        start: () => new FormatStartData({ kind: 'complex' }, false),
        entry: (value) => ({ kind: 'complex', text: view.render(value) }),
      };
    }
    const groupBy = this.options.groupBy ?? view.groupBy;
    const autoSize = this.options.autoSize ?? (view.kind === 'table' ? view.autoSize ?? false : false);
    const active = view.kind === 'table' ? this.registeredTable(typeName, view, groupBy, autoSize) : view.kind === 'wide' ? this.registeredWide(typeName, view, groupBy, autoSize) : this.registeredList(typeName, view, groupBy, autoSize);
    return this.options.groupBy === undefined && view.groupHeader ? { ...active, groupHeader: view.groupHeader } : active;
  }

  private registeredTable(typeName: string, view: TableView, groupBy: PropertySelector | undefined, autoSize: boolean): ActiveView {
    const columns: TableColumnInfo[] = view.columns.map((c) => ({ label: c.label ?? selectorLabel(c.value), width: c.width ?? 0, alignment: c.alignment ?? 'left' }));
    const hideHeader = this.options.hideTableHeaders ?? view.hideTableHeaders ?? false;
    const multiLine = this.options.wrap ?? view.wrap ?? false;
    return {
      groupBy,
      typeName,
      start: () => new FormatStartData({ kind: 'table', columns, hideHeader }, autoSize),
      entry: (value) => ({
        kind: 'tableRow',
        multiLine,
        // Registered views do not give floating point numbers the table's two decimals.
        values: view.columns.map((c) => this.text(selectorValue(this.host, value, c.value), false, c.value)),
      }),
    };
  }

  private registeredList(typeName: string, view: ListView, groupBy: PropertySelector | undefined, autoSize: boolean): ActiveView {
    return {
      groupBy,
      typeName,
      start: () => new FormatStartData({ kind: 'list' }, autoSize),
      entry: (value) => {
        const typeNames = view.entries ? this.host.typeNames(value).map((name) => name.toLowerCase()) : [];
        const items = view.entries?.find((entry) => typeNames.includes(entry.typeName.toLowerCase()))?.items ?? view.items;
        return {
          kind: 'listEntry',
          labels: items.map((item) => item.label ?? selectorLabel(item.value)),
          values: items.map((item) => this.text(selectorValue(this.host, value, item.value), false, item.value)),
        };
      },
    };
  }

  private registeredWide(typeName: string, view: WideView, groupBy: PropertySelector | undefined, autoSize: boolean): ActiveView {
    return {
      groupBy,
      typeName,
      start: () => new FormatStartData({ kind: 'wide', columns: this.options.column ?? view.columns ?? 0 }, autoSize),
      entry: (value) => ({ kind: 'wideItem', value: this.text(selectorValue(this.host, value, view.value), false, view.value) }),
    };
  }

  private tableFromProperties(first: unknown): ActiveView {
    const selectors = this.options.property ? this.expand(this.options.property, first) : this.defaultSelectors(first, true);
    const columns: TableColumnInfo[] = selectors.map((selector) => ({
      label: selectorLabel(selector),
      width: (isCalculated(selector) ? selector.width : undefined) ?? 0,
      alignment: (isCalculated(selector) ? selector.alignment : undefined) ?? this.defaultAlignment(first, selector),
    }));
    const multiLine = this.options.wrap ?? false;
    return {
      groupBy: this.options.groupBy,
      typeName: undefined,
      start: () => new FormatStartData({ kind: 'table', columns, hideHeader: this.options.hideTableHeaders ?? false }, this.options.autoSize ?? false),
      entry: (value) => ({
        kind: 'tableRow',
        multiLine,
        values: selectors.map((selector) => this.text(selectorValue(this.host, value, selector), true, selector)),
      }),
    };
  }

  private listFromProperties(): ActiveView {
    return {
      groupBy: this.options.groupBy,
      typeName: undefined,
      start: () => new FormatStartData({ kind: 'list' }, this.options.autoSize ?? false),
      entry: (value) => this.listEntry(value, this.options.property ? this.expand(this.options.property, value) : this.defaultSelectors(value, false)),
    };
  }

  private wideFromProperties(): ActiveView {
    const selectorFor = (value: unknown): PropertySelector | undefined =>
      this.options.property ? this.expand(this.options.property, value)[0] : displayNameProperty(this.host, value) ?? this.defaultSelectors(value, false)[0];
    return {
      groupBy: this.options.groupBy,
      typeName: undefined,
      start: () => new FormatStartData({ kind: 'wide', columns: this.options.column ?? 0 }, this.options.autoSize ?? false),
      entry: (value) => {
        const selector = selectorFor(value);
        return { kind: 'wideItem', value: selector === undefined ? '' : this.text(selectorValue(this.host, value, selector), false, selector) };
      },
    };
  }

  private listEntry(value: unknown, selectors: readonly PropertySelector[]): FormatEntry {
    return {
      kind: 'listEntry',
      labels: selectors.map(selectorLabel),
      values: selectors.map((selector) => this.text(selectorValue(this.host, value, selector), false, selector)),
    };
  }

  private text(value: unknown, isTable: boolean, selector: PropertySelector): string {
    const formatString = isCalculated(selector) ? selector.formatString : undefined;
    return fieldText(this.host, value, { enumerationLimit: this.enumerationLimit, isTable, formatString });
  }

  /** pwsh's ComputeDefaultAlignment: right for scalar values other than strings, from the first object. */
  private defaultAlignment(first: unknown, selector: PropertySelector): Alignment {
    const value = selectorValue(this.host, first, selector);
    if (value === null || value === undefined) return 'left';
    const typeNames = this.host.typeNames(value);
    if (typeNames[0] === 'System.String') return 'left';
    return isScalarType(typeNames) ? 'right' : 'left';
  }
}
