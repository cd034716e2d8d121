/**
 * What psh knows about a .NET type: the name pwsh reports, how to recognise its instances, and
 * the conversions into it that the type itself provides (LanguagePrimitives finds these through
 * constructors, Parse methods and implicit operators; psh types list them here).
 */
export interface PSTypeInfo {
  /** Type.FullName as pwsh shows it in messages, e.g. 'System.Int32', 'System.Int32[]'. */
  readonly fullName: string;
  /** Type.Name, e.g. 'Int32', 'Int32[]', 'List`1'. */
  readonly name: string;
  /** Full names of the base classes (most derived first) and interfaces, for -is and conversions. */
  readonly baseTypeNames: string[];
  /** True when `value` (a psh value, not a PSObject wrapper) is an instance of this type. */
  isInstance(value: unknown): boolean;
  /** Value types convert $null to their default value instead of staying $null. */
  readonly isValueType?: boolean;
  /** default(T) for a value type. */
  defaultValue?(): unknown;
  /** For an array type T[]: T. */
  readonly elementType?: PSTypeInfo;
  /** For a closed generic type such as List[string]: its type arguments. */
  readonly genericArguments?: readonly PSTypeInfo[];
  /** For a generic type definition (List`1): how many type arguments it takes. */
  readonly genericParameterCount?: number;
  /** For a generic type definition: the closed type for these arguments. */
  makeGenericType?(typeArguments: readonly PSTypeInfo[]): PSTypeInfo;
  /**
   * The conversion this type offers from `value` (a constructor, a static Parse, op_Implicit...),
   * or `noConversion` when it has none for that value. It may throw a conversion's own error.
   */
  convertFrom?(value: unknown): unknown;
  /** For an enum type: its constants, in declaration order. */
  readonly enumConstants?: readonly { name: string; value: number | bigint }[];
  /** For a [Flags] enum. */
  readonly isFlagsEnum?: boolean;
}

/** What `convertFrom` returns when the type has no conversion for the value. */
export const noConversion: unique symbol = Symbol('noConversion');
