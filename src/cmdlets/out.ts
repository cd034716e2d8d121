/** Out-Null (discards its input) and Out-String (the formatted text of its input). */
import { parameter } from '../engine/runtime/binder.js';
import { CmdletInfo } from '../engine/runtime/commands.js';
import { formatOutput } from '../format/default-output.js';

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
      parameter('Width'),
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
        const text = formatOutput(items);
        if (runtime.switch('Stream')) {
          const lines = text.split('\n');
          if (lines[lines.length - 1] === '') lines.pop();
          for (const line of lines) runtime.writeObject(line);
        } else if (runtime.switch('NoNewline')) {
          runtime.writeObject(text.replace(/\n/g, ''));
        } else {
          runtime.writeObject(text);
        }
      },
    };
  },
);

export const outCmdlets: readonly CmdletInfo[] = [outNull, outString];
