/**
 * The -OutVariable, -ErrorVariable, -WarningVariable and -InformationVariable common
 * parameters: the command's output or records are also collected, as they are written, into
 * an ArrayList in the caller's variable of that name (`+name` appends to what it holds).
 * -PipelineVariable holds the object the command last wrote.
 */
import { toPSString } from '../conversion/index.js';
import { ArrayList } from '../dotnet/index.js';
import type { Frame } from './frame.js';
import type { StreamSinks } from './streams.js';
import { assignVariable, readVariable } from './variables.js';

function collector(caller: Frame, bound: ReadonlyMap<string, unknown>, parameter: string): ArrayList | null {
  const given = bound.get(parameter);
  if (given === undefined || given === null) return null;
  let name = toPSString(given);
  const append = name.startsWith('+');
  if (append) name = name.slice(1);
  const existing = append ? readVariable(caller, null, name) : null;
  const list = existing instanceof ArrayList ? existing : new ArrayList(existing === null ? [] : [existing]);
  assignVariable(caller, null, name, list);
  return list;
}

/** The frame a command writes through, with its common-parameter collectors attached. */
export function withCommonVariables(frame: Frame, caller: Frame, bound: ReadonlyMap<string, unknown>): Frame {
  const out = collector(caller, bound, 'OutVariable');
  const errors = collector(caller, bound, 'ErrorVariable');
  const warnings = collector(caller, bound, 'WarningVariable');
  const information = collector(caller, bound, 'InformationVariable');
  const pipelineVariable = bound.get('PipelineVariable');
  if (!out && !errors && !warnings && !information && (pipelineVariable === undefined || pipelineVariable === null)) return frame;
  const streams: StreamSinks = { ...frame.streams };
  if (errors) {
    streams.error = (record) => { errors.items.push(record); frame.streams.error(record); };
    streams.silencedError = (record) => { errors.items.push(record); frame.streams.silencedError?.(record); };
  }
  if (warnings) streams.warning = (message) => { warnings.items.push(message); frame.streams.warning(message); };
  if (information) streams.information = (message) => { information.items.push(message.messageData); frame.streams.information(message); };
  let output = out ? (value: unknown) => { out.items.push(value); frame.out(value); } : frame.out;
  if (pipelineVariable !== undefined && pipelineVariable !== null) {
    // -PipelineVariable: each object this command writes is in the variable while later commands run on it.
    const name = toPSString(pipelineVariable);
    const write = output;
    output = (value) => {
      assignVariable(caller, null, name, value);
      write(value);
    };
  }
  return frame.withStreams(output, streams);
}
