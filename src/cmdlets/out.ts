/** Out-Null (discards its input) and Out-String (the formatted text of its input). */
import { CmdletInfo } from '../engine/runtime/commands.js';
import { engineLineFormatter } from '../format/index.js';
import { formatEnumerationLimit } from './format.js';

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
      { name: 'Width', type: 'int', validation: [{ kind: 'ValidateRange', min: 2, max: 2147483647 }] },
      { name: 'NoNewline', type: 'switch', parameterSets: { NoNewLineFormatting: {} } },
      { name: 'InputObject', type: 'psobject', valueFromPipeline: true },
    ],
  },
  (runtime) => {
    // Without -Width the text is not limited (tables still fit the 120-column window).
    const formatter = engineLineFormatter({ columnNumber: (runtime.parameter('Width') as number | undefined) ?? Infinity, enumerationLimit: formatEnumerationLimit(runtime) });
    const stream = runtime.switch('Stream');
    const lines: string[] = [];
    // -Stream writes each line as soon as it is complete; otherwise one string at the end.
    const emit = (complete: readonly string[]) => {
      if (stream) for (const line of complete) runtime.writeObject(line);
      else lines.push(...complete);
    };
    return {
      process() {
        const value = runtime.parameter('InputObject');
        if (value !== undefined) emit(formatter.write(value));
      },
      end() {
        emit(formatter.end());
        if (!stream) runtime.writeObject(runtime.switch('NoNewline') ? lines.join('') : lines.map((line) => line + '\n').join(''));
      },
    };
  },
);

export const outCmdlets: readonly CmdletInfo[] = [outNull, outString];
