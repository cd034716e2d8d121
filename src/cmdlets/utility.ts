/**
 * Get-Random, Start-Sleep, Measure-Command and Invoke-Expression.
 */
import { baseObject, enumerableItems, formatMessage, scanLiteral, toDouble, toPSString } from '../engine/conversion/index.js';
import { CmdletInfo } from '../engine/runtime/commands.js';
import type { CommandRuntime } from '../engine/runtime/command-runtime.js';
import type { ExecutionContext } from '../engine/runtime/frame.js';
import { isInt32, NumericValue, ScriptBlock, TimeSpan } from '../engine/values/index.js';
import { terminatingError } from './cmdlet-errors.js';
import { getRandomCommandStrings, startSleepStrings } from './data-messages.js';
import { RandomNumberGenerator } from './random-generator.js';
import { engineViews } from '../format/index.js';

// DotNetTypes.format.ps1xml shows a TimeSpan (Measure-Command's result) as this list.
engineViews.register('System.TimeSpan', {
  kind: 'list',
  items: ['Days', 'Hours', 'Minutes', 'Seconds', 'Milliseconds', 'Ticks', 'TotalDays', 'TotalHours', 'TotalMinutes', 'TotalSeconds', 'TotalMilliseconds'].map((value) => ({ value })),
});

const getRandomType = 'Microsoft.PowerShell.Commands.GetRandomCommand';

/** Each session's generator: -SetSeed replaces it, and later calls go on with the seeded sequence. */
const generators = new WeakMap<ExecutionContext, RandomNumberGenerator>();

function generator(runtime: CommandRuntime): RandomNumberGenerator {
  const context = runtime.frame.context;
  if (runtime.has('SetSeed')) generators.set(context, new RandomNumberGenerator(Number(runtime.parameter('SetSeed'))));
  let found = generators.get(context);
  if (!found) generators.set(context, (found = new RandomNumberGenerator()));
  return found;
}

/** A -Minimum/-Maximum operand: strings are read as number literals (Int32, Int64 or Double). */
function operand(value: unknown): unknown {
  const base = baseObject(value);
  if (typeof base !== 'string') return base ?? null;
  return scanLiteral(base.trim()) ?? base;
}

const isInt = (value: unknown) => value === null || (typeof value === 'number' && isInt32(value));
const isInt64 = (value: unknown) => value === null || typeof value === 'bigint';

function asDouble(value: unknown, ifNull: number): number {
  if (value === null) return ifNull;
  if (typeof value === 'number' || typeof value === 'bigint' || value instanceof NumericValue) return toDouble(value);
  return Number(toPSString(value));
}

const getRandom = new CmdletInfo(
  {
    name: 'Get-Random',
    implementingType: getRandomType,
    defaultParameterSetName: 'RandomNumberParameterSet',
    outputType: ['System.Int32', 'System.Int64', 'System.Double'],
    parameters: [
      { name: 'SetSeed', type: 'int' },
      { name: 'Maximum', type: 'object', parameterSets: { RandomNumberParameterSet: { position: 0 } } },
      { name: 'Minimum', type: 'object', parameterSets: { RandomNumberParameterSet: {} } },
      { name: 'InputObject', type: 'object[]', allowNull: true, parameterSets: { RandomListItemParameterSet: { position: 0, mandatory: true, valueFromPipeline: true }, ShuffleParameterSet: { position: 0, mandatory: true, valueFromPipeline: true } } },
      { name: 'Count', type: 'int', validation: [{ kind: 'ValidateRange', min: 1, max: 2147483647 }], parameterSets: { RandomNumberParameterSet: {}, RandomListItemParameterSet: {} } },
      { name: 'Shuffle', type: 'switch', parameterSets: { ShuffleParameterSet: { mandatory: true } } },
    ],
  },
  (runtime) => {
    const random = generator(runtime);
    const count = runtime.has('Count') ? Number(runtime.parameter('Count')) : 1;
    const maximum = runtime.parameter('Maximum');
    // `Get-Random 1,2,3` binds the list to -Maximum; pwsh then picks from it.
    const listGivenAsMaximum = runtime.parameterSetName === 'RandomNumberParameterSet' && Array.isArray(baseObject(maximum));
    const pickFromList = runtime.parameterSetName !== 'RandomNumberParameterSet' || listGivenAsMaximum;
    const chosen: unknown[] = [];
    let processed = 0;
    const offer = (items: readonly unknown[]) => {
      for (const item of items) {
        if (runtime.switch('Shuffle') || processed < count) chosen.push(item);
        else if (random.nextInRange(0, processed + 1) < count) chosen[random.nextInRange(0, chosen.length)] = item;
        processed++;
      }
    };
    return {
      begin() {
        if (!pickFromList) writeNumbers(runtime, random, count);
        else if (listGivenAsMaximum) offer(enumerableItems(baseObject(maximum)) ?? []);
      },
      process() {
        if (!pickFromList || listGivenAsMaximum) return;
        const input = runtime.parameter('InputObject');
        offer(input === null ? [null] : (enumerableItems(input) ?? (input === undefined ? [] : [input])));
      },
      end() {
        if (!pickFromList) return;
        // Output in random order: each remaining item equally likely next.
        for (let i = 0; i < chosen.length; i++) {
          const j = random.nextInRange(i, chosen.length);
          runtime.writeObject(chosen[j]);
          if (i !== j) chosen[j] = chosen[i];
        }
      },
    };
  },
);

function writeNumbers(runtime: CommandRuntime, random: RandomNumberGenerator, count: number): void {
  const max = operand(runtime.parameter('Maximum') ?? null);
  const min = operand(runtime.parameter('Minimum') ?? null);
  const fail = (low: unknown, high: unknown): never => {
    throw terminatingError(runtime, {
      exceptionType: 'System.ArgumentException',
      message: formatMessage(getRandomCommandStrings.MinGreaterThanOrEqualMax, low, high),
      errorId: 'MinGreaterThanOrEqualMax',
      category: 'InvalidArgument',
    });
  };
  if (isInt(max) && isInt(min)) {
    const low = (min as number | null) ?? 0;
    const high = (max as number | null) ?? 0x7fffffff;
    if (low >= high) fail(low, high);
    for (let i = 0; i < count; i++) runtime.writeObject(random.nextInRange(low, high));
  } else if ((isInt(max) || isInt64(max)) && (isInt(min) || isInt64(min))) {
    const low = min === null ? 0n : BigInt(min as number | bigint);
    const high = max === null ? 2n ** 63n - 1n : BigInt(max as number | bigint);
    if (low >= high) fail(low, high);
    for (let i = 0; i < count; i++) runtime.writeObject(random.nextInt64InRange(low, high));
  } else {
    const low = asDouble(min, 0);
    const high = asDouble(max, Number.MAX_VALUE);
    if (low >= high) fail(low, high);
    for (let i = 0; i < count; i++) runtime.writeObject(randomDouble(random, low, high));
  }
}

/** pwsh's GetRandomDouble: retried while rounding lands on the upper bound. */
function randomDouble(random: RandomNumberGenerator, min: number, max: number): number {
  let difference = max - min;
  let value: number;
  do {
    const r = random.nextDouble();
    if (Number.isFinite(difference)) {
      value = min + r * difference;
      difference *= r;
    } else {
      value = min + r * max - r * min;
    }
  } while (value >= max);
  return value;
}

const startSleep = new CmdletInfo(
  {
    name: 'Start-Sleep',
    aliases: ['sleep'],
    implementingType: 'Microsoft.PowerShell.Commands.StartSleepCommand',
    defaultParameterSetName: 'Seconds',
    parameters: [
      { name: 'Seconds', type: 'double', parameterSets: { Seconds: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } }, validation: [{ kind: 'ValidateRange', min: 0, max: 2147483 }] },
      { name: 'Milliseconds', type: 'int', aliases: ['ms'], parameterSets: { Milliseconds: { mandatory: true, valueFromPipelineByPropertyName: true } }, validation: [{ kind: 'ValidateRange', min: 0, max: 2147483647 }] },
      { name: 'Duration', type: 'timespan', aliases: ['ts'], parameterSets: { FromTimeSpan: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } }, validation: [{ kind: 'ValidateRange', rangeKind: 'NonNegative' }] },
    ],
  },
  (runtime) => ({
    process() {
      // Sleeps without returning to the event loop (the engine runs synchronously); Ctrl+C wakes it.
      const sleep = (milliseconds: number) => runtime.frame.context.stop.sleep(milliseconds);
      switch (runtime.parameterSetName) {
        case 'Milliseconds':
          return sleep(Number(runtime.parameter('Milliseconds')));
        case 'FromTimeSpan': {
          const duration = runtime.parameter('Duration') as TimeSpan;
          if (duration.totalMilliseconds > 0x7fffffff) {
            throw terminatingError(runtime, {
              exceptionType: 'System.Management.Automation.PSArgumentException',
              message: formatMessage(startSleepStrings.MaximumDurationExceeded, '24.20:31:23.6470000', duration),
              errorId: 'MaximumDurationExceeded',
              category: 'InvalidArgument',
            });
          }
          return sleep(Math.floor(duration.totalMilliseconds));
        }
        default:
          return sleep(Math.trunc(Number(runtime.parameter('Seconds')) * 1000));
      }
    },
  }),
);

const measureCommand = new CmdletInfo(
  {
    name: 'Measure-Command',
    implementingType: 'Microsoft.PowerShell.Commands.MeasureCommandCommand',
    outputType: ['System.TimeSpan'],
    parameters: [
      { name: 'InputObject', type: 'psobject', valueFromPipeline: true },
      { name: 'Expression', type: 'scriptblock', position: 0, mandatory: true },
    ],
  },
  (runtime) => {
    let elapsed = 0n;
    return {
      process() {
        const expression = runtime.parameter('Expression') as ScriptBlock;
        const started = process.hrtime.bigint();
        // The block runs in the caller's scope with $_ set; its output is discarded.
        try {
          runtime.evaluateInCallerScope(expression, runtime.parameter('InputObject'));
        } finally {
          elapsed += process.hrtime.bigint() - started;
        }
      },
      end() {
        runtime.writeObject(new TimeSpan(elapsed / 100n));
      },
    };
  },
);

const invokeExpression = new CmdletInfo(
  {
    name: 'Invoke-Expression',
    aliases: ['iex'],
    implementingType: 'Microsoft.PowerShell.Commands.InvokeExpressionCommand',
    parameters: [{ name: 'Command', type: 'string', position: 0, mandatory: true, valueFromPipeline: true }],
  },
  (runtime) => ({
    process() {
      const block = runtime.frame.context.runner.create(toPSString(runtime.parameter('Command')));
      runtime.invokeInCallerScope(block, undefined);
    },
  }),
);

export const utilityCmdlets: readonly CmdletInfo[] = [getRandom, startSleep, measureCommand, invokeExpression];
