/** Out-Null (discards its input) and Out-String (the formatted text of its input). */
import { CmdletInfo } from '../engine/runtime/commands.js';
import { formatOutput, formatOutputLines } from '../format/index.js';

const outNull = new CmdletInfo(
  { name: 'Out-Null', implementingType: 'Microsoft.PowerShell.Commands.OutNullCommand', parameters: [{ name: 'InputObject', type: 'psobject', valueFromPipeline: true }] },
  () => ({}),
);

const outString = new CmdletInfo(
  {
    name: 'Out-String',
    implementingType: 'Microsoft.PowerShell.Commands.OutStringCommand',
    defaultParameterSetName: 'NoNewLineFormatting',
    parameters: [
      { name: 'Stream', type: 'switch', parameterSets: { StreamFormatting: {} } },
      { name: 'NoNewline', type: 'switch', parameterSets: { NoNewLineFormatting: {} } },
      { name: 'Width', type: 'int' },
      { name: 'InputObject', type: 'psobject', valueFromPipeline: true },
    ],
  },
  (runtime) => {
    const items: unknown[] = [];
    return {
      process() {
        const value = runtime.parameter('InputObject');
        if (value !== undefined) items.push(value);
      },
      end() {
        const options = { width: runtime.parameter('Width') as number | undefined, noNewline: runtime.switch('NoNewline') };
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
