/**
 * The -Property arguments of Select-Object, Sort-Object, Group-Object, Measure-Object,
 * Compare-Object and the Format-* cmdlets as pwsh reads them (its ParameterProcessor and PSPropertyExpression): a property
 * name (wildcards allowed), a script block run with $_ set to the object, or a hashtable whose
 * keys may be abbreviated (`@{n='Size'; e={$_.Length}}`, `@{e='Name'; Descending=$true}`),
 * checked key by key with pwsh's terminating errors.
 */
import { baseObject, formatMessage, toBoolean } from '../engine/conversion/index.js';
import { getMember, PSPropertyCollection } from '../engine/dotnet/index.js';
import type { CommandRuntime } from '../engine/runtime/command-runtime.js';
import { PSErrorException, type ErrorRecord } from '../engine/runtime/error-record.js';
import { Hashtable, PSNoteProperty, PSObject, ScriptBlock, typeNamesOf } from '../engine/values/index.js';
import { containsWildcardCharacters, WildcardPattern } from '../engine/wildcard/index.js';
import { mshParameterStrings } from './object-messages.js';

const stringType = 'System.String';
const scriptBlockType = 'System.Management.Automation.ScriptBlock';

/** One hashtable key: its full name, other names, the value types it takes (none: any, read as a boolean). */
export interface HashKeyDefinition {
  readonly key: string;
  readonly secondaryNames?: readonly string[];
  readonly types: readonly string[];
  /** The value's own check (pwsh's HashtableEntryDefinition.Verify): the value to keep, or `fail`'s error. */
  readonly verify?: (value: unknown, fail: (errorId: string, message: string) => never) => unknown;
}

export const expressionKey: HashKeyDefinition = { key: 'expression', types: [stringType, scriptBlockType] };

/** The keys each cmdlet's hashtables take, expression first (a bare argument is an expression). */
export const propertyKeys = {
  select: [expressionKey, { key: 'name', secondaryNames: ['label'], types: [stringType] }],
  sort: [expressionKey, { key: 'ascending', types: [] }, { key: 'descending', types: [] }],
  group: [expressionKey],
} as const satisfies Record<string, readonly HashKeyDefinition[]>;

/** What an expression gave for one object: the value, or the error a script block raised. */
export interface ExpressionResult {
  readonly expression: PropertyExpression;
  readonly value: unknown;
  readonly error?: ErrorRecord;
}

/** pwsh's PSPropertyExpression: a property name (maybe a wildcard pattern) or a script block. */
export class PropertyExpression {
  private constructor(
    readonly name: string | null,
    readonly script: ScriptBlock | null,
    /** A name already matched against an object's properties. */
    private readonly resolved: boolean,
  ) {}

  static named(name: string, resolved = false): PropertyExpression {
    return new PropertyExpression(name, null, resolved);
  }

  static scripted(script: ScriptBlock): PropertyExpression {
    return new PropertyExpression(null, script, true);
  }

  get hasWildcards(): boolean {
    return this.name !== null && !this.resolved && containsWildcardCharacters(this.name);
  }

  toString(): string {
    return this.script !== null ? this.script.text : this.name!;
  }

  /** The expressions this one stands for on `target`: itself, or each matching property's name. */
  resolveNames(target: unknown): PropertyExpression[] {
    if (this.resolved || this.name === null) return [this];
    if (!this.hasWildcards) {
      const name = propertyName(target, this.name);
      return name === undefined ? [] : [PropertyExpression.named(name, true)];
    }
    const pattern = new WildcardPattern(this.name);
    return propertyNames(target).filter((name) => pattern.isMatch(name)).map((name) => PropertyExpression.named(name, true));
  }

  /** The values for `target`: one per resolved name, or the script block's output. */
  values(target: unknown, runtime: CommandRuntime): ExpressionResult[] {
    if (this.script !== null) return [this.evaluate(target, runtime)];
    return this.resolveNames(target).map((resolved) => resolved.evaluate(target, runtime));
  }

  private evaluate(target: unknown, runtime: CommandRuntime): ExpressionResult {
    if (this.script === null) {
      const result = getMember(target, this.name!);
      return { expression: this, value: result.found ? result.value : null };
    }
    try {
      const output = runtime.evaluateInNewScope(this.script, target);
      return { expression: this, value: output.length === 0 ? null : output.length === 1 ? output[0] : output };
    } catch (error) {
      if (!(error instanceof PSErrorException)) throw error;
      return { expression: this, value: null, error: error.errorRecord };
    }
  }
}

/**
 * The names of a value's properties, as PSObject.Properties lists them; a hashtable's keys are
 * its properties (pwsh wraps it as a PSCustomObject to resolve names).
 */
export function propertyNames(target: unknown): string[] {
  const base = baseObject(target);
  if (base instanceof Hashtable) return [...base.keys()].map((key) => String(key));
  return new PSPropertyCollection(target).items.map((property) => property.name);
}

/** The property's own spelling when `target` has a property of that name (any case). */
function propertyName(target: unknown, name: string): string | undefined {
  if (target instanceof PSObject) {
    const member = target.members.get(name);
    if (member instanceof PSNoteProperty) return member.name;
  }
  const base = baseObject(target);
  if (base instanceof Hashtable) {
    for (const key of base.keys()) if (String(key).toLowerCase() === name.toLowerCase()) return String(key);
    return undefined;
  }
  return new PSPropertyCollection(target).find(name)?.name;
}

/** One -Property argument: its expression and the other hashtable entries by key. */
export interface PropertyParameter {
  readonly expression: PropertyExpression;
  readonly entries: ReadonlyMap<string, unknown>;
}

/** pwsh's FindPartialMatch: the key is the name or a prefix of it, ignoring case. */
function isKeyMatch(key: string, definition: HashKeyDefinition): boolean {
  const lower = key.toLowerCase();
  return [definition.key, ...(definition.secondaryNames ?? [])].some((name) => name.toLowerCase().startsWith(lower));
}

/** `{a, b, c}`, as pwsh lists allowed types. */
function braceList(items: readonly string[]): string {
  return `{${items.join(', ')}}`;
}

/** Reads -Property arguments for the cmdlet whose hashtables take `keys`; `noGlobbing` refuses wildcards (Group-Object). */
export function readPropertyParameters(
  runtime: CommandRuntime,
  values: readonly unknown[],
  keys: readonly HashKeyDefinition[],
  noGlobbing = false,
): PropertyParameter[] {
  const fail = (errorId: string, message: string): never => {
    throw new PSErrorException(runtime.errorRecord('System.NotSupportedException', message, errorId, 'InvalidArgument'));
  };
  const expressionOf = (value: unknown, fromHashtable: boolean): PropertyExpression => {
    if (value instanceof ScriptBlock) return PropertyExpression.scripted(value);
    const text = value as string;
    if (text === '') {
      if (fromHashtable) fail('ExpressionEmptyString1', formatMessage(mshParameterStrings.MshExEmptyStringHashError, 'expression'));
      fail('ExpressionEmptyString2', mshParameterStrings.MshExEmptyStringError);
    }
    const expression = PropertyExpression.named(text);
    if (noGlobbing && expression.hasWildcards) {
      if (fromHashtable) fail('ExpressionGlobbing1', formatMessage(mshParameterStrings.MshExGlobbingHashError, 'expression', text));
      fail('ExpressionGlobbing2', formatMessage(mshParameterStrings.MshExGlobbingStringError, text));
    }
    return expression;
  };
  const fromHashtable = (table: Hashtable): PropertyParameter => {
    const entries = new Map<string, unknown>();
    for (const [key, value] of table) {
      if (typeof key !== 'string') fail('DictionaryKeyNonString', formatMessage(mshParameterStrings.DictionaryKeyNonStringError, typeNamesOf(key)[0]!.split('.').pop()));
      const matches = keys.filter((definition) => isKeyMatch(key as string, definition));
      if (matches.length > 1) fail('DictionaryKeyAmbiguous', formatMessage(mshParameterStrings.AmbiguousKeyError, key, matches[0]!.key, matches[1]!.key));
      const definition = matches[0] ?? fail('DictionaryKeyIllegal', formatMessage(mshParameterStrings.IllegalKeyError, key));
      if (entries.has(definition.key)) fail('DictionaryKeyDuplicate', formatMessage(mshParameterStrings.DuplicateKeyError, key, definition.key));
      if (definition.types.length === 0) {
        entries.set(definition.key, toBoolean(value));
        continue;
      }
      if (value === null || value === undefined) fail('DictionaryKeyMissingValue', formatMessage(mshParameterStrings.MissingKeyValueError, key));
      const typeName = typeNamesOf(baseObject(value))[0]!;
      if (!definition.types.includes(typeName)) {
        if (definition.types.length > 1) fail('DictionaryKeyIllegalValue1', formatMessage(mshParameterStrings.IllegalTypeMultiError, key, typeName, braceList(definition.types)));
        fail('DictionaryKeyIllegalValue2', formatMessage(mshParameterStrings.IllegalTypeSingleError, key, typeName, definition.types[0]));
      }
      entries.set(definition.key, definition.verify ? definition.verify(baseObject(value), fail) : baseObject(value));
    }
    if (!entries.has('expression')) fail('DictionaryKeyMandatoryEntry', formatMessage(mshParameterStrings.MissingKeyMandatoryEntryError, 'expression'));
    return { expression: expressionOf(entries.get('expression'), true), entries };
  };
  return values.map((value) => {
    const actual = baseObject(value);
    if (actual instanceof Hashtable) return fromHashtable(actual);
    if (typeof actual === 'string' || actual instanceof ScriptBlock) return { expression: expressionOf(actual, false), entries: new Map() };
    const allowed = braceList(keys[0]!.types);
    if (actual === null || actual === undefined) return fail('DictionaryKeyUnknownType', formatMessage(mshParameterStrings.NullParameterTypeError, allowed));
    return fail('DictionaryKeyUnknownType', formatMessage(mshParameterStrings.UnknownParameterTypeError, typeNamesOf(actual)[0], allowed));
  });
}
