/**
 * LanguagePrimitives.ConvertTo: converting a value to a type by pwsh's rules, in pwsh's order:
 * $null to the type's null value, identity, the language conversions (to bool, string, arrays,
 * hashtable, PSObject, type, xml), numeric conversions (strings parsed as PowerShell numbers),
 * Parse-style conversions of strings, enums, and finally whatever conversion the type itself
 * offers. A value that does not convert throws PSInvalidCastException with pwsh's text.
 */
import { createEnumValue, Char, DateTime, Hashtable, isEnumValue, NumericValue, PSObject, PSReference, psTypeNames, TimeSpan, Uri, XmlDocument } from '../values/index.js';
import {
  arrayType,
  booleanType,
  charType,
  hashtableType,
  noConversion,
  objectType,
  orderedDictionaryType,
  psObjectType,
  psReferenceType,
  resolveType,
  stringType,
  switchParameterType,
  typeOf,
  typeType,
  uriType,
  voidType,
  xmlDocumentType,
  type PSTypeInfo,
} from '../types/index.js';
import { baseObject, enumerableItems } from './enumerable.js';
import {
  ConversionFailure,
  invalidCast,
  invalidCastFromNull,
  invalidCastWithInner,
  PSInvalidCastException,
} from './errors.js';
import { enumExpressionEvaluatorStrings, extendedTypeSystemStrings, formatMessage, parserStrings } from './messages.js';
import { convertNumeric, integerOf, isNumeric, isNumericTypeName, numericFromInteger, numericTypeNameOf, type NumericTypeFullName } from './numeric.js';
import { parseDateTime, parseGuid, parseTimeSpan, parseVersion } from './parse-value.js';
import { parseNumber } from './string-to-number.js';
import { toBoolean } from './to-boolean.js';
import { objectToString, toPSString } from './to-string.js';

export interface ConversionOptions {
  /** $OFS, for arrays converted to string. */
  ofs?: string;
}

/** The value converted to `type`; throws PSInvalidCastException when it does not convert. */
export function convertTo(value: unknown, type: PSTypeInfo, options: ConversionOptions = {}): unknown {
  if (value === undefined) value = null;
  if (type === objectType) return value;
  if (type === psObjectType) return value === null || value instanceof PSObject ? value : new PSObject(value);
  if (type === voidType) return null;
  const base = baseObject(value);
  if (base === null) return convertNull(type);
  if (type === booleanType || type === switchParameterType) return toBoolean(base);
  if (type === stringType) return typeof base === 'string' ? base : toPSString(base, options.ofs);
  if (type.elementType) return type.isInstance(base) ? base : convertToArray(base, type.elementType, options);
  if (type.isInstance(base) && !type.enumConstants) return base;
  const numericTarget = type.fullName;
  if (isNumericTypeName(numericTarget)) return convertToNumeric(base, numericTarget);
  if (type === charType) return convertToChar(base);
  if (type.enumConstants) return convertToEnum(base, type);
  if (type === arrayType) return enumerableItems(base) ?? [value];
  if (type === hashtableType) return convertToHashtable(base);
  if (type === orderedDictionaryType) throw cannotConvert(base, type);
  if (type === typeType) return convertToType(base);
  if (type === psReferenceType) return value instanceof PSReference ? value : PSReference.ofValue(value);
  if (typeof base === 'string') {
    const parsed = parseString(base, type);
    if (parsed !== noConversion) return parsed;
  }
  if ((type.fullName === 'System.DateTime' || type.fullName === 'System.TimeSpan') && ticksSources.has(numericTypeNameOf(base) ?? '')) {
    return convertFromTicks(base as number | bigint | NumericValue, type.fullName);
  }
  if (type.convertFrom) {
    const converted = type.convertFrom(base);
    if (converted !== noConversion) return converted;
  }
  throw cannotConvert(base, type);
}

/** The integer types that widen to the (long ticks) constructor LanguagePrimitives finds for DateTime and TimeSpan. */
const ticksSources = new Set(['System.SByte', 'System.Byte', 'System.Int16', 'System.UInt16', 'System.Int32', 'System.UInt32', 'System.Int64']);

/** [datetime]0, [timespan]10000000: the constructor taking ticks, its range error wrapped as the conversion's. */
function convertFromTicks(value: number | bigint | NumericValue, typeName: 'System.DateTime' | 'System.TimeSpan'): DateTime | TimeSpan {
  const ticks = integerOf(value);
  if (typeName === 'System.TimeSpan') return new TimeSpan(ticks);
  try {
    return new DateTime(ticks);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const inner = new ConversionFailure('System.ArgumentOutOfRangeException', "Ticks must be between DateTime.MinValue.Ticks and DateTime.MaxValue.Ticks. (Parameter 'ticks')");
    throw invalidCastWithInner(objectToString(value), typeName, inner, 'InvalidCastConstructorException');
  }
}

/** `-as`: the converted value, or $null when it does not convert. */
export function tryConvertTo(value: unknown, type: PSTypeInfo): unknown {
  try {
    return convertTo(value, type);
  } catch (error) {
    if (error instanceof PSInvalidCastException) return null;
    throw error;
  }
}

/** [pscustomobject]@{...}: a property bag with the dictionary's keys, in its order. */
export function toPSCustomObject(dictionary: Hashtable): PSObject {
  return PSObject.customObject(Array.from(dictionary, ([key, value]) => [toPSString(key), value] as const));
}

function convertNull(type: PSTypeInfo): unknown {
  if (type === stringType) return '';
  if (type === booleanType || type === switchParameterType) return false;
  if (type === charType) return new Char(0);
  if (type === psReferenceType) return PSReference.ofValue(null);
  if (isNumericTypeName(type.fullName)) return numericFromInteger(type.fullName, 0n);
  if (type.enumConstants) {
    throw new PSInvalidCastException(
      formatMessage(extendedTypeSystemStrings.InvalidCastExceptionEnumerationNull, type.fullName, enumNames(type)),
      'InvalidCastFromNull',
    );
  }
  if (type.isValueType) throw invalidCastFromNull(type.fullName);
  return null;
}

function convertToArray(value: unknown, elementType: PSTypeInfo, options: ConversionOptions): unknown {
  const items = typeof value === 'string' && elementType === charType ? Array.from(value, (character) => Char.fromString(character)) : enumerableItems(value);
  const elements = (items ?? [value]).map((item) => convertTo(item, elementType, options));
  if (elementType.fullName === 'System.Byte') return Uint8Array.from(elements, (element) => (element as NumericValue).toNumber());
  if (elementType !== objectType) {
    // The array remembers its element type, for GetType() and -is (a JS array is object[] otherwise).
    Object.defineProperty(elements, psTypeNames, { value: [`${elementType.fullName}[]`, 'System.Array', 'System.Object'] });
  }
  return elements;
}

function convertToNumeric(value: unknown, typeName: NumericTypeFullName): unknown {
  if (typeof value === 'string') return parseNumber(value, typeName);
  if (isEnumValue(value)) value = value.baseObject;
  try {
    if (isNumeric(value)) return convertNumeric(value, typeName);
    if (typeof value === 'boolean') return numericFromInteger(typeName, value ? 1n : 0n);
    if (value instanceof Char) return numericFromInteger(typeName, BigInt(value.code));
  } catch (error) {
    if (error instanceof ConversionFailure) throw invalidCastWithInner(objectToString(value), typeName, error, 'InvalidCastIConvertible');
    throw error;
  }
  throw cannotConvert(value, resolveType(typeName)!);
}

function convertToChar(value: unknown): Char {
  let failure: ConversionFailure | undefined;
  if (typeof value === 'string') {
    if (value.length === 1) return Char.fromString(value);
    failure = new ConversionFailure('System.FormatException', 'String must be exactly one character long.');
  } else if (isNumeric(value)) {
    const typeName = numericTypeNameOf(value)!;
    if (typeName === 'System.Single' || typeName === 'System.Double' || typeName === 'System.Decimal') {
      failure = new ConversionFailure('System.InvalidCastException', `Invalid cast from '${typeName.slice(7)}' to 'Char'.`);
    } else {
      const code = integerOf(value);
      if (code >= 0n && code <= 0xffffn) return new Char(Number(code));
      failure = new ConversionFailure('System.OverflowException', 'Value was either too large or too small for a character.');
    }
  }
  if (failure) throw invalidCastWithInner(objectToString(value), 'System.Char', failure, 'InvalidCastIConvertible');
  throw cannotConvert(value, charType);
}

function convertToHashtable(value: unknown): Hashtable {
  if (value instanceof Hashtable) return Hashtable.from(value);
  throw cannotConvert(value, hashtableType);
}

function convertToType(value: unknown): PSTypeInfo {
  if (typeof value === 'string') {
    const resolved = resolveType(value);
    if (resolved) return resolved;
    throw invalidCastWithInner(value, 'System.Type', new ConversionFailure('System.Management.Automation.RuntimeException', formatMessage(parserStrings.TypeNotFound, value)), 'InvalidCastFromStringToType');
  }
  throw cannotConvert(value, typeType);
}

/** The Parse-method conversions of a string, or noConversion when the type has none. */
function parseString(text: string, type: PSTypeInfo): unknown {
  const parsers: Record<string, (text: string) => unknown> = {
    'System.DateTime': parseDateTime,
    'System.TimeSpan': parseTimeSpan,
    'System.Guid': parseGuid,
    'System.Version': parseVersion,
  };
  const parse = parsers[type.fullName];
  if (parse) {
    try {
      return parse(text);
    } catch (error) {
      if (error instanceof ConversionFailure) throw invalidCastWithInner(text, type.fullName, error, 'InvalidCastParseTargetInvocationWithFormatProvider');
      throw error;
    }
  }
  if (type === uriType) return new Uri(text);
  if (type === xmlDocumentType) {
    if (!text.trimStart().startsWith('<')) {
      throw invalidCastWithInner(text, type.fullName, new ConversionFailure('System.Xml.XmlException', 'Data at the root level is invalid. Line 1, position 1.'), 'InvalidCastToXmlDocument');
    }
    return new XmlDocument(text);
  }
  return noConversion;
}

function convertToEnum(value: unknown, type: PSTypeInfo): PSObject {
  const constants = type.enumConstants!;
  if (isEnumValue(value) && value.typeNames[0] === type.fullName) return value;
  if (typeof value !== 'string' && !isEnumValue(value)) {
    const items = enumerableItems(value);
    if (items) return convertToEnum(enumListText(items, type), type);
  }
  let numeric: bigint;
  if (typeof value === 'string') {
    numeric = parseEnumText(value, type) ?? BigInt(constants.find((c) => c.name === disambiguateEnumName(value, type))!.value);
    if (!isDefinedEnum(numeric, type)) throw enumValueNotValid(value, type);
  } else {
    const underlying = isEnumValue(value) ? value.baseObject : value;
    if (!isNumeric(underlying) || !isIntegralValue(underlying)) throw cannotConvert(value, type);
    numeric = integerOf(underlying);
    if (!type.isFlagsEnum && !constants.some((constant) => BigInt(constant.value) === numeric)) throw enumValueNotValid(objectToString(value), type);
  }
  return enumValue(type, numeric);
}

/**
 * ConvertEnumerableToEnum: the items joined with commas (strings as they are, other items as the
 * enum value they convert to), which then parse as one string, so `('ReadOnly', 'Hidden')` and
 * `'ReadOnly, Hidden'` give the same flags.
 */
function enumListText(items: readonly unknown[], type: PSTypeInfo): string {
  return items.map((item) => {
    const base = baseObject(item);
    return typeof base === 'string' ? base : objectToString(convertTo(base, type));
  }).join(',');
}

/** The enum value of `type` with this underlying value, defined or not (what a C# cast gives). */
export function enumValue(type: PSTypeInfo, value: bigint): PSObject {
  return createEnumValue(type.fullName, enumValueName(value, type), enumUnderlyingValue(value, type.enumConstants!));
}

function isIntegralValue(value: number | bigint | NumericValue): boolean {
  const typeName = numericTypeNameOf(value)!;
  return typeName !== 'System.Single' && typeName !== 'System.Double' && typeName !== 'System.Decimal';
}

/** Enum.ToString(): the constant's name, flags as 'A, B', an undefined value as its number. */
function enumValueName(value: bigint, type: PSTypeInfo): string {
  const constants = type.enumConstants!;
  const exact = constants.find((constant) => BigInt(constant.value) === value);
  if (exact) return exact.name;
  if (type.isFlagsEnum) {
    const names: string[] = [];
    let remaining = value;
    for (const constant of [...constants].reverse()) {
      const bits = BigInt(constant.value);
      if (bits !== 0n && (remaining & bits) === bits) {
        names.unshift(constant.name);
        remaining &= ~bits;
      }
    }
    if (remaining === 0n) return names.join(', ');
  }
  return value.toString();
}

function enumUnderlyingValue(value: bigint, constants: PSTypeInfo['enumConstants'] & object): number | bigint {
  return typeof constants[0]?.value === 'bigint' ? value : Number(value);
}

function enumNames(type: PSTypeInfo): string {
  return type.enumConstants!.map((constant) => constant.name).join(', ');
}

/**
 * Enum.Parse (exact case first, then ignoring case): names or integers separated by commas,
 * OR-ed together whatever the enum; null when a part is neither.
 */
function parseEnumText(text: string, type: PSTypeInfo): bigint | null {
  const constants = type.enumConstants!;
  let numeric = 0n;
  for (const part of text.split(',')) {
    const name = part.trim();
    const constant = constants.find((c) => c.name === name) ?? constants.find((c) => c.name.toLowerCase() === name.toLowerCase());
    if (constant) numeric |= BigInt(constant.value);
    else if (/^[+-]?\d+$/.test(name)) numeric |= BigInt(name);
    else return null;
  }
  return numeric;
}

/**
 * EnumMinimumDisambiguation's special cases: for these enums an ambiguous prefix of one of these
 * names means it (`-Attributes D` is Directory, not Device).
 */
const preferredEnumNames: Readonly<Record<string, readonly string[]>> = {
  'System.IO.FileAttributes': ['Directory', 'ReadOnly', 'System'],
};

/**
 * EnumMinimumDisambiguation.EnumDisambiguate: a unique prefix names the member (`-ErrorAction
 * Si`), and so does an ambiguous one its special cases settle; otherwise a RuntimeException with
 * pwsh's NoEnumNameMatch / MultipleEnumNameMatch text.
 */
export function enumDisambiguate(text: string, type: PSTypeInfo): string {
  const names = type.enumConstants!.map((c) => c.name);
  const lower = text.toLowerCase();
  const matching = names.filter((name) => name.toLowerCase().startsWith(lower));
  const exact = matching.find((name) => name.toLowerCase() === lower);
  if (matching.length === 1 || exact) return exact ?? matching[0]!;
  const preferred = preferredEnumNames[type.fullName]?.find((name) => name.toLowerCase().startsWith(lower));
  if (preferred) return preferred;
  const message = matching.length === 0
    ? formatMessage(enumExpressionEvaluatorStrings.NoEnumNameMatch, text, names.join(', '))
    : formatMessage(enumExpressionEvaluatorStrings.MultipleEnumNameMatch, text, matching.join(', '));
  throw new ConversionFailure('System.Management.Automation.RuntimeException', message);
}

/** EnumDisambiguate's failure wrapped as the conversion's error. */
function disambiguateEnumName(text: string, type: PSTypeInfo): string {
  try {
    return enumDisambiguate(text, type);
  } catch (error) {
    if (!(error instanceof ConversionFailure)) throw error;
    throw new PSInvalidCastException(formatMessage(extendedTypeSystemStrings.InvalidCastExceptionWithInnerException, text, type.fullName, error.message), 'SubstringDisambiguationEnumParseThrewAnException');
  }
}

/** IsDefinedEnum: a defined member, or for a flags enum bits that defined members cover (any value when a member is negative). */
function isDefinedEnum(numeric: bigint, type: PSTypeInfo): boolean {
  const values = type.enumConstants!.map((c) => BigInt(c.value));
  if (values.some((v) => v < 0n)) return true;
  if (!type.isFlagsEnum) return values.includes(numeric);
  const covered = values.reduce((all, v) => all | v, 0n);
  return (numeric & ~covered) === 0n;
}

function enumValueNotValid(valueText: string, type: PSTypeInfo): PSInvalidCastException {
  return new PSInvalidCastException(
    formatMessage(extendedTypeSystemStrings.InvalidCastExceptionEnumerationNoValue, valueText, type.fullName, enumNames(type)),
    'InvalidCastEnumStringNotFound',
  );
}

/** `Cannot convert the "x" value of type "T" to type "U".` */
export function cannotConvert(value: unknown, type: PSTypeInfo): PSInvalidCastException {
  return invalidCast(objectToString(value), typeOf(value)?.fullName ?? 'null', type.fullName);
}
