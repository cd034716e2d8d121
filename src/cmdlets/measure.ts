/**
 * Measure-Object: counts objects (or -Property values, per property) and, on request, their
 * sum, average, standard deviation, minimum and maximum (GenericMeasureInfo, or
 * GenericObjectMeasureInfo when the extremes are not numbers), or the lines, words and
 * characters of their text (TextMeasureInfo), as pwsh's MeasureObjectCommand does.
 */
import { baseObject, formatMessage, objectToString, realValue, toPSString, tryConvertTo } from '../engine/conversion/index.js';
import { defineType } from '../engine/dotnet/member-table.js';
import { registerNativeType } from '../engine/dotnet/type-registration.js';
import { psCompare } from '../engine/operators/index.js';
import { CmdletInfo } from '../engine/runtime/commands.js';
import type { CommandRuntime } from '../engine/runtime/command-runtime.js';
import { doubleType } from '../engine/types/builtin-types.js';
import { psTypeNames, ScriptBlock, typeNamesOf, type HasPSTypeNames } from '../engine/values/index.js';
import { adaptedObject } from './adapted-object.js';
import { measureObjectStrings } from './object-messages.js';
import { PropertyExpression } from './property-expression.js';
import { argumentList } from './parameter-lists.js';

const commandsNamespace = 'Microsoft.PowerShell.Commands';
const genericInfoType = `${commandsNamespace}.GenericMeasureInfo`;
const genericObjectInfoType = `${commandsNamespace}.GenericObjectMeasureInfo`;
const textInfoType = `${commandsNamespace}.TextMeasureInfo`;
const measureInfoType = `${commandsNamespace}.MeasureInfo`;

/** The running figures for one property (or for the objects themselves, under `$_`). */
class Statistics {
  count = 0;
  sum = 0;
  sumPrevious = 0;
  variance = 0;
  max: unknown = null;
  min: unknown = null;
  characters = 0;
  words = 0;
  lines = 0;
}

/** A double as psh holds one (an integral Double must not read back as Int32); $null stays $null. */
function doubleOrNull(value: number | null): unknown {
  return value === null ? null : realValue('System.Double', value);
}

/** GenericMeasureInfo (numeric extremes as doubles) or GenericObjectMeasureInfo (extremes as they came). */
class GenericMeasureInfo implements HasPSTypeNames {
  readonly [psTypeNames]: readonly string[];
  property: string | null = null;

  constructor(
    readonly objectExtremes: boolean,
    readonly count: number,
    readonly average: number | null,
    readonly sum: number | null,
    readonly maximum: unknown,
    readonly minimum: unknown,
    readonly standardDeviation: number | null,
  ) {
    this[psTypeNames] = [objectExtremes ? genericObjectInfoType : genericInfoType, measureInfoType, 'System.Object'];
  }
}

class TextMeasureInfo implements HasPSTypeNames {
  readonly [psTypeNames] = [textInfoType, measureInfoType, 'System.Object'];
  property: string | null = null;

  constructor(
    readonly lines: number | null,
    readonly words: number | null,
    readonly characters: number | null,
  ) {}
}

for (const typeName of [genericInfoType, genericObjectInfoType, textInfoType]) registerNativeType(typeName, [measureInfoType, 'System.Object']);
const propertyMember = { type: 'string', get: (info: { property: string | null }) => info.property };
const nullableDouble = 'System.Nullable[double]';
const extreme = (type: string, read: (info: GenericMeasureInfo) => unknown) => ({ type, get: (info: GenericMeasureInfo) => (info.objectExtremes ? read(info) : doubleOrNull(read(info) as number | null)) });
for (const [fullName, extremeType] of [[genericInfoType, nullableDouble], [genericObjectInfoType, 'System.Object']] as const) {
  defineType({
    fullName,
    properties: {
      Count: { type: 'int', get: (info: GenericMeasureInfo) => info.count },
      Average: { type: nullableDouble, get: (info: GenericMeasureInfo) => doubleOrNull(info.average) },
      Sum: { type: nullableDouble, get: (info: GenericMeasureInfo) => doubleOrNull(info.sum) },
      Maximum: extreme(extremeType, (info) => info.maximum),
      Minimum: extreme(extremeType, (info) => info.minimum),
      StandardDeviation: { type: nullableDouble, get: (info: GenericMeasureInfo) => doubleOrNull(info.standardDeviation) },
      Property: propertyMember,
    },
  });
}
const nullableInt = 'System.Nullable[int]';
defineType({
  fullName: textInfoType,
  properties: {
    Lines: { type: nullableInt, get: (info: TextMeasureInfo) => info.lines },
    Words: { type: nullableInt, get: (info: TextMeasureInfo) => info.words },
    Characters: { type: nullableInt, get: (info: TextMeasureInfo) => info.characters },
    Property: propertyMember,
  },
});

/** A value as a double, or undefined when LanguagePrimitives cannot convert it. */
function asDouble(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  const converted = tryConvertTo(value, doubleType);
  if (converted === null) return undefined;
  return typeof converted === 'number' ? converted : Number((converted as { value: number }).value);
}

/** pwsh's Compare for -Minimum/-Maximum: numbers as doubles, values of different types as strings. */
function extremeOf(value: unknown, current: unknown, isMin: boolean): unknown {
  if (current === null) return value;
  let left: unknown = asDouble(current) ?? current;
  let right: unknown = value === null ? null : (asDouble(value) ?? value);
  if (right !== null && typeNamesOf(baseObject(left))[0] !== typeNamesOf(baseObject(right))[0]) {
    left = objectToString(left);
    right = objectToString(right);
  }
  const comparison = psCompare(left, right, false);
  return (isMin ? comparison : -comparison) > 0 ? value : current;
}

function countWords(text: string): number {
  let words = 0;
  let afterSpace = true;
  for (const c of text) {
    if (/\s/.test(c)) afterSpace = true;
    else {
      if (afterSpace) words++;
      afterSpace = false;
    }
  }
  return words;
}

/** 'abc\nd' has two lines, 'abc\n' one. */
function countLines(text: string): number {
  if (text === '') return 0;
  let lines = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lines++;
  return text.endsWith('\n') ? lines : lines + 1;
}

function countCharacters(text: string, ignoreWhiteSpace: boolean): number {
  return ignoreWhiteSpace ? text.replace(/\s/g, '').length : text.length;
}

const thisObject = '$_';

class Measurement {
  readonly statistics = new Map<string, { name: string; stats: Statistics }>();
  nonNumericError = false;
  private readonly sum: boolean;
  private readonly average: boolean;
  private readonly deviation: boolean;
  private readonly maximum: boolean;
  private readonly minimum: boolean;
  private readonly numeric: boolean;
  private readonly text: boolean;

  constructor(
    private readonly runtime: CommandRuntime,
    readonly generic: boolean,
  ) {
    const all = runtime.switch('AllStats');
    this.sum = all || runtime.switch('Sum');
    this.average = all || runtime.switch('Average');
    this.deviation = all || runtime.switch('StandardDeviation');
    this.maximum = all || runtime.switch('Maximum');
    this.minimum = all || runtime.switch('Minimum');
    this.numeric = this.sum || this.average || this.deviation;
    this.text = runtime.switch('Line') || runtime.switch('Word') || runtime.switch('Character');
  }

  /** The figures for a property name (any case: the first spelling seen names the result). */
  entry(name: string): Statistics {
    const key = name.toLowerCase();
    let found = this.statistics.get(key);
    if (found === undefined) {
      found = { name, stats: new Statistics() };
      this.statistics.set(key, found);
    }
    return found.stats;
  }

  analyze(name: string, value: unknown): void {
    const stats = this.entry(name);
    stats.count++;
    if (this.text) {
      const text = value === null || value === undefined ? '' : toPSString(value);
      if (this.runtime.switch('Character')) stats.characters += countCharacters(text, this.runtime.switch('IgnoreWhiteSpace'));
      if (this.runtime.switch('Word')) stats.words += countWords(text);
      if (this.runtime.switch('Line')) stats.lines += countLines(text);
    }
    if (this.numeric) {
      const number = asDouble(value);
      if (number === undefined) {
        this.nonNumericError = true;
        const message = formatMessage(measureObjectStrings.NonNumericInputObject, objectToString(value));
        this.runtime.writeError(this.runtime.errorRecord('System.InvalidOperationException', message, 'NonNumericInputObject', 'InvalidType', value));
        return;
      }
      stats.sumPrevious = stats.sum;
      stats.sum += number;
      if (this.deviation && stats.count > 1) {
        // Welford's running variance, as pwsh computes it.
        const previousAverage = stats.sumPrevious / (stats.count - 1);
        stats.variance *= (stats.count - 2) / (stats.count - 1);
        stats.variance += ((number - previousAverage) * (number - previousAverage)) / stats.count;
      }
    }
    if (this.minimum) stats.min = extremeOf(value, stats.min, true);
    if (this.maximum) stats.max = extremeOf(value, stats.max, false);
  }

  result(stats: Statistics): GenericMeasureInfo | TextMeasureInfo {
    if (!this.generic) {
      const sw = (name: string, value: number) => (this.runtime.switch(name) ? value : null);
      return new TextMeasureInfo(sw('Line', stats.lines), sw('Word', stats.words), sw('Character', stats.characters));
    }
    const numericExtremes = (stats.min === null || asDouble(stats.min) !== undefined) && (stats.max === null || asDouble(stats.max) !== undefined);
    const extremeValue = (value: unknown, wanted: boolean) => (!wanted || value === null ? null : numericExtremes ? asDouble(value)! : value);
    const numbers = !this.nonNumericError;
    return new GenericMeasureInfo(
      !numericExtremes,
      stats.count,
      numbers && this.average && stats.count > 0 ? stats.sum / stats.count : null,
      numbers && this.sum ? stats.sum : null,
      extremeValue(stats.max, this.maximum),
      extremeValue(stats.min, this.minimum),
      numbers && this.deviation && numericExtremes ? Math.sqrt(stats.variance) : null,
    );
  }
}

const measureObject = new CmdletInfo(
  {
    name: 'Measure-Object',
    aliases: ['measure'],
    implementingType: 'Microsoft.PowerShell.Commands.MeasureObjectCommand',
    defaultParameterSetName: 'GenericMeasure',
    outputType: [genericInfoType, textInfoType, genericObjectInfoType],
    parameters: [
      { name: 'InputObject', type: 'psobject', valueFromPipeline: true },
      { name: 'Property', type: 'object[]', position: 0, validation: [{ kind: 'ValidateNotNullOrEmpty' }] },
      ...['StandardDeviation', 'Sum', 'AllStats', 'Average', 'Maximum', 'Minimum'].map((name) => ({ name, type: 'switch', parameterSets: { GenericMeasure: {} } })),
      ...['Line', 'Word', 'Character', 'IgnoreWhiteSpace'].map((name) => ({ name, type: 'switch', parameterSets: { TextMeasure: {} } })),
    ],
  },
  (runtime) => {
    const measurement = new Measurement(runtime, runtime.parameterSetName !== 'TextMeasure');
    const properties = runtime.has('Property')
      ? argumentList(runtime.parameter('Property')).map((value) => {
          const actual = baseObject(value);
          return actual instanceof ScriptBlock ? PropertyExpression.scripted(actual) : PropertyExpression.named(toPSString(actual));
        })
      : undefined;
    let records = 0;
    const analyzeProperties = (input: unknown) => {
      const counted = new Set<string>();
      for (const expression of properties!) {
        const resolved = expression.resolveNames(input);
        // A missing property still gets an entry, so that it can be told apart from no input.
        if (resolved.length === 0 && !expression.hasWildcards) measurement.entry(expression.toString());
        for (const name of resolved) {
          const key = name.toString().toLowerCase();
          if (counted.has(key)) continue;
          const [result] = name.values(input, runtime);
          if (result === undefined) continue;
          measurement.analyze(name.toString(), result.value);
          counted.add(key);
        }
      }
    };
    return {
      process() {
        const input = runtime.parameter('InputObject');
        if (input === undefined || input === null) return;
        records++;
        if (properties === undefined) measurement.analyze(thisObject, baseObject(input));
        else analyzeProperties(input);
      },
      end() {
        // No input and no -Property: zeros, as wc gives.
        if (records === 0 && properties === undefined) measurement.entry(thisObject);
        for (const { name, stats } of measurement.statistics.values()) {
          if (stats.count === 0 && properties !== undefined) continue;
          const info = measurement.result(stats);
          if (properties !== undefined) info.property = name;
          runtime.writeObject(adaptedObject(info));
        }
      },
    };
  },
);

export const measureCmdlets: readonly CmdletInfo[] = [measureObject];
