/**
 * What the formatter needs to know about values, supplied by the engine so that formatting
 * does not depend on the evaluator: string rendering, properties, collections and type names.
 */
export interface FormatHost {
  /** The value's string form (PSObject.ToString / the conversion module's toPSString). */
  toDisplayString(value: unknown): string;
  /** The value's properties in display order; empty for values without any. */
  propertyNames(value: unknown): readonly string[];
  /** A property's value (case-insensitive name), or undefined when the value has no such property. */
  propertyValue(value: unknown, name: string): unknown;
  /** The PSStandardMembers.DefaultDisplayPropertySet names, when the value's type defines one. */
  defaultDisplayPropertySet?(value: unknown): readonly string[] | undefined;
  /**
   * The items formatting enumerates (pwsh's PSObjectHelper.GetEnumerable): collections, and
   * dictionaries as DictionaryEntry objects; undefined for a single object (strings included).
   */
  enumerate(value: unknown): readonly unknown[] | undefined;
  /** `$value.pstypenames`, most derived first; empty for $null. */
  typeNames(value: unknown): readonly string[];
}
