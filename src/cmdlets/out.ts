/** Out-Null (discards its input) and Out-String (the formatted text of its input). */
import { convertTo } from '../engine/conversion/index.js';
import { parameter } from '../engine/runtime/binder.js';
import { CmdletInfo } from '../engine/runtime/commands.js';
import { int32Type } from '../engine/types/index.js';
import { formatOutput, formatOutputLines } from '../format/index.js';

const outNull = new CmdletInfo(
  { name: 'Out-Null', isAdvanced: true, parameters: [parameter('InputObject', { valueFromPipeline: true })] },
  () => ({}),
);

const outString = new CmdletInfo(
  {
    name: 'Out-String',
    isAdvanced: true,
    parameters: [
      parameter('InputObject', { valueFromPipeline: true }),
      parameter('Stream', { isSwitch: true }),
      parameter('Width', { type: int32Type }),
      parameter('NoNewline', { isSwitch: true }),
    ],
  },
  (runtime) => {
    const items: unknown[] = [];
    return {
      process(input) {
        const value = input !== undefined ? input : runtime.parameter('InputObject');
        if (value !== undefined) items.push(value);
      },
      end() {
        const width = runtime.parameter('Width');
        const options = { width: width === undefined ? undefined : (convertTo(width, int32Type) as number), noNewline: runtime.switch('NoNewline') };
        if (runtime.switch('Stream')) {
          for (const line of formatOutputLines(items, options)) runtime.writeObject(line);
        } else {
          runtime.writeObject(formatOutput(items, options));
        }
      },
    };
  },
);

export const outCmdlets: readonly CmdletInfo[] = [outNull, outString];
