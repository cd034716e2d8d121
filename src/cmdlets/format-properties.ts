/**
 * The -Property and -GroupBy arguments of the Format-* cmdlets as pwsh's ParameterProcessor
 * reads them: a property name (wildcards allowed), a script block, or a hashtable whose keys
 * may be abbreviated (`@{n='Size'; e={$_.Length}; w=10; a='right'; f='N2'}`), checked key by
 * key with pwsh's terminating errors.
 */
import { baseObject, formatMessage, toBoolean } from '../engine/conversion/index.js';
import type { CommandRuntime } from '../engine/runtime/command-runtime.js';
import { ExceptionValue, newErrorRecord, PSErrorException } from '../engine/runtime/error-record.js';
import { Hashtable, ScriptBlock, typeNamesOf } from '../engine/values/index.js';
import type { Alignment, CalculatedProperty, PropertySelector } from '../format/index.js';
import { mshParameterStrings } from './object-messages.js';

const stringType = 'System.String';
const scriptBlockType = 'System.Management.Automation.ScriptBlock';

/** One hashtable key a Format-* cmdlet accepts: its full name, other names, and the value types it takes. */
interface KeyDefinition {
  readonly key: 'expression' | 'formatString' | 'width' | 'alignment' | 'label';
  readonly secondaryNames?: readonly string[];
  readonly types: readonly string[];
}

const expressionKey: KeyDefinition = { key: 'expression', types: [stringType, scriptBlockType] };
const formatStringKey: KeyDefinition = { key: 'formatString', types: [stringType] };
const labelKey: KeyDefinition = { key: 'label', secondaryNames: ['name'], types: [stringType] };
const widthKey: KeyDefinition = { key: 'width', types: ['System.Int32'] };
const alignmentKey: KeyDefinition = { key: 'alignment', types: [stringType] };

/** The keys each cmdlet's hashtables take, in pwsh's order (which decides ambiguity errors). */
export const formatParameterKeys = {
  table: [expressionKey, formatStringKey, widthKey, alignmentKey, labelKey],
  list: [expressionKey, formatStringKey, labelKey],
  wide: [expressionKey, formatStringKey],
  groupBy: [expressionKey, formatStringKey, labelKey],
} as const satisfies Record<string, readonly KeyDefinition[]>;

/** pwsh's FindPartialMatch: the key is the name or a prefix of it, ignoring case. */
function isKeyMatch(key: string, definition: KeyDefinition): boolean {
  const lower = key.toLowerCase();
  return [definition.key, ...(definition.secondaryNames ?? [])].some((name) => name.toLowerCase().startsWith(lower));
}

const alignments: readonly Alignment[] = ['left', 'center', 'right'];

/** `{a, b, c}`, as pwsh lists allowed types and values. */
function braceList(items: readonly string[]): string {
  return `{${items.join(', ')}}`;
}

export class FormatParameterReader {
  constructor(
    private readonly runtime: CommandRuntime,
    private readonly keys: readonly KeyDefinition[],
    /** The cmdlet's implementing type, which ends the FullyQualifiedErrorId. */
    private readonly implementingType: string,
  ) {}

  /** Each -Property argument as a selector. */
  read(values: readonly unknown[]): PropertySelector[] {
    return values.map((value) => this.readOne(value));
  }

  readOne(value: unknown): PropertySelector {
    const actual = baseObject(value);
    if (actual instanceof Hashtable) return this.fromHashtable(actual);
    const expressionTypes = this.keys[0]!.types;
    if (typeof actual === 'string') {
      if (actual === '') this.fail('ExpressionEmptyString2', mshParameterStrings.MshExEmptyStringError);
      return actual;
    }
    if (actual instanceof ScriptBlock) return { expression: this.evaluator(actual) };
    if (actual === null || actual === undefined) this.fail('DictionaryKeyUnknownType', formatMessage(mshParameterStrings.NullParameterTypeError, braceList(expressionTypes)));
    return this.fail('DictionaryKeyUnknownType', formatMessage(mshParameterStrings.UnknownParameterTypeError, typeNamesOf(actual)[0], braceList(expressionTypes)));
  }

  private fromHashtable(table: Hashtable): CalculatedProperty {
    const entries = new Map<KeyDefinition['key'], unknown>();
    for (const [key, value] of table) {
      if (typeof key !== 'string') this.fail('DictionaryKeyNonString', formatMessage(mshParameterStrings.DictionaryKeyNonStringError, typeNamesOf(key)[0]!.split('.').pop()));
      const definition = this.match(key as string);
      if (entries.has(definition.key)) this.fail('DictionaryKeyDuplicate', formatMessage(mshParameterStrings.DuplicateKeyError, key, definition.key));
      if (value === null || value === undefined) this.fail('DictionaryKeyMissingValue', formatMessage(mshParameterStrings.MissingKeyValueError, key));
      const typeName = typeNamesOf(baseObject(value))[0]!;
      if (!definition.types.includes(typeName)) {
        if (definition.types.length > 1) {
          this.fail('DictionaryKeyIllegalValue1', formatMessage(mshParameterStrings.IllegalTypeMultiError, key, typeName, braceList(definition.types)));
        }
        this.fail('DictionaryKeyIllegalValue2', formatMessage(mshParameterStrings.IllegalTypeSingleError, key, typeName, definition.types[0]));
      }
      entries.set(definition.key, baseObject(value));
    }
    const expression = entries.get('expression');
    if (expression === undefined) this.fail('DictionaryKeyMandatoryEntry', formatMessage(mshParameterStrings.MissingKeyMandatoryEntryError, 'expression'));
    if (expression === '') this.fail('ExpressionEmptyString1', formatMessage(mshParameterStrings.MshExEmptyStringHashError, 'expression'));
    const width = entries.get('width') as number | undefined;
    if (width !== undefined && width <= 0) this.fail('WidthOutOfRange', formatMessage(mshParameterStrings.OutOfRangeWidthValueError, width, 'width'));
    const formatString = entries.get('formatString') as string | undefined;
    if (formatString === '') this.fail('FormatStringEmpty', formatMessage(mshParameterStrings.EmptyFormatStringValueError, 'formatString'));
    return {
      label: entries.get('label') as string | undefined,
      expression: expression instanceof ScriptBlock ? this.evaluator(expression) : (expression as string),
      width,
      alignment: entries.has('alignment') ? this.alignment(entries.get('alignment') as string) : undefined,
      formatString,
    };
  }

  private match(key: string): KeyDefinition {
    let found: KeyDefinition | undefined;
    for (const definition of this.keys) {
      if (!isKeyMatch(key, definition)) continue;
      if (found) this.fail('DictionaryKeyAmbiguous', formatMessage(mshParameterStrings.AmbiguousKeyError, key, found.key, definition.key));
      found = definition;
    }
    return found ?? this.fail('DictionaryKeyIllegal', formatMessage(mshParameterStrings.IllegalKeyError, key));
  }

  private alignment(text: string): Alignment {
    const lower = text.toLowerCase();
    const found = text === '' ? undefined : alignments.find((name) => name.startsWith(lower));
    return found ?? this.fail('AlignmentIllegalValue', formatMessage(mshParameterStrings.IllegalAlignmentValueError, text, 'alignment', braceList(alignments)));
  }

  /** A script block as a calculated value: $_ is the object; no output is $null, several an array. */
  private evaluator(block: ScriptBlock): (value: unknown) => unknown {
    return (value) => {
      const output = this.runtime.evaluateInCallerScope(block, value);
      return output.length === 0 ? null : output.length === 1 ? output[0] : output;
    };
  }

  /** pwsh's ThrowParameterBindingException: a terminating InvalidArgument error with the text as its details. */
  private fail(errorId: string, message: string): never {
    const record = newErrorRecord(new ExceptionValue('System.NotSupportedException', message), `${errorId},${this.implementingType}`, 'InvalidArgument', null, this.runtime.invocation);
    throw new PSErrorException(record);
  }
}

/** `-GroupBy`, `-Wrap`-style switches left unset read as undefined so that a view's own setting holds. */
export function optionalSwitch(runtime: CommandRuntime, name: string): boolean | undefined {
  const value = runtime.parameter(name);
  return value === undefined ? undefined : toBoolean(value);
}
