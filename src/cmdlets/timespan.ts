/**
 * New-TimeSpan, as pwsh's NewTimeSpanCommand: the span from -Start to -End (either one defaults
 * to now), or one made of -Days, -Hours, -Minutes, -Seconds and -Milliseconds.
 */
import { CmdletInfo } from '../engine/runtime/commands.js';
import type { CommandRuntime } from '../engine/runtime/command-runtime.js';
import { terminatingError } from './cmdlet-errors.js';
import { DateTime, PSObject, TimeSpan } from '../engine/values/index.js';
import { ticksPerMillisecond } from '../engine/values/ticks.js';

const newTimeSpan = new CmdletInfo(
  {
    name: 'New-TimeSpan',
    implementingType: 'Microsoft.PowerShell.Commands.NewTimeSpanCommand',
    defaultParameterSetName: 'Date',
    outputType: ['System.TimeSpan'],
    parameters: [
      { name: 'Start', type: 'datetime', aliases: ['LastWriteTime'], parameterSets: { Date: { position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } },
      { name: 'End', type: 'datetime', parameterSets: { Date: { position: 1, valueFromPipelineByPropertyName: true } } },
      ...['Days', 'Hours', 'Minutes', 'Seconds', 'Milliseconds'].map((name) => ({ name, type: 'int', parameterSets: { Time: {} } })),
    ],
  },
  (runtime) => ({
    process() {
      runtime.writeObject(runtime.parameterSetName === 'Time' ? spanOfUnits(runtime) : spanBetweenDates(runtime));
    },
  }),
);

function spanBetweenDates(runtime: CommandRuntime): TimeSpan {
  const now = DateTime.now();
  const start = dateParameter(runtime, 'Start') ?? now;
  const end = dateParameter(runtime, 'End') ?? now;
  return new TimeSpan(end.ticks - start.ticks);
}

function dateParameter(runtime: CommandRuntime, name: string): DateTime | undefined {
  if (!runtime.has(name)) return undefined;
  const value = runtime.parameter(name);
  return value instanceof PSObject ? (value.baseObject as DateTime) : (value as DateTime);
}

/** new TimeSpan(days, hours, minutes, seconds, milliseconds): each unit may be any int, even negative. */
function spanOfUnits(runtime: CommandRuntime): TimeSpan {
  const unit = (name: string) => BigInt(runtime.has(name) ? Number(runtime.parameter(name)) : 0);
  const milliseconds = (((unit('Days') * 24n + unit('Hours')) * 60n + unit('Minutes')) * 60n + unit('Seconds')) * 1000n + unit('Milliseconds');
  try {
    return new TimeSpan(milliseconds * ticksPerMillisecond);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    // The constructor's exception escapes ProcessRecord; pwsh names the error by its type.
    const exceptionType = 'System.ArgumentOutOfRangeException';
    throw terminatingError(runtime, { exceptionType, message: 'TimeSpan overflowed because the duration is too long.', errorId: exceptionType, category: 'NotSpecified' });
  }
}

export const timeSpanCmdlets: readonly CmdletInfo[] = [newTimeSpan];
