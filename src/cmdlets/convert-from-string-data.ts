/**
 * ConvertFrom-StringData: `name = value` lines (blank lines and `#` comments skipped) into a
 * case-insensitive Hashtable, one per input string; each value is Regex.Unescape'd, so `\n` and
 * `\t` become their characters. A line without the delimiter, or a name given twice, ends the command.
 */
import { formatMessage } from '../engine/conversion/index.js';
import { regexUnescape } from '../engine/dotnet/types/regex.js';
import { CmdletInfo } from '../engine/runtime/commands.js';
import type { CommandRuntime } from '../engine/runtime/command-runtime.js';
import { Hashtable } from '../engine/values/index.js';
import { terminatingError } from './cmdlet-errors.js';
import { convertFromStringDataStrings } from './data-messages.js';

function invalidOperation(runtime: CommandRuntime, message: string): Error {
  // pwsh throws a PSInvalidOperationException from ProcessRecord, whose error id is InvalidOperation.
  return terminatingError(runtime, { exceptionType: 'System.Management.Automation.PSInvalidOperationException', message, errorId: 'InvalidOperation', category: 'InvalidOperation' });
}

const convertFromStringData = new CmdletInfo(
  {
    name: 'ConvertFrom-StringData',
    implementingType: 'Microsoft.PowerShell.Commands.ConvertFromStringDataCommand',
    outputType: ['System.Collections.Hashtable'],
    parameters: [
      { name: 'StringData', type: 'string', position: 0, mandatory: true, valueFromPipeline: true, allowEmptyString: true },
      { name: 'Delimiter', type: 'char', position: 1 },
    ],
  },
  (runtime) => ({
    process() {
      const text = String(runtime.parameter('StringData') ?? '');
      const delimiter = runtime.has('Delimiter') ? String(runtime.parameter('Delimiter')) : '=';
      const result = new Hashtable();
      for (const untrimmed of text === '' ? [] : text.split('\n')) {
        const line = untrimmed.trim();
        if (line === '' || line.startsWith('#')) continue;
        const index = line.indexOf(delimiter);
        if (index <= 0) throw invalidOperation(runtime, formatMessage(convertFromStringDataStrings.InvalidDataLine, line));
        const name = line.slice(0, index).trim();
        if (result.has(name)) throw invalidOperation(runtime, formatMessage(convertFromStringDataStrings.DataItemAlreadyDefined, line, name));
        result.set(name, regexUnescape(line.slice(index + 1).trim()));
      }
      runtime.writeObject(result);
    },
  }),
);

export const convertFromStringDataCmdlets: readonly CmdletInfo[] = [convertFromStringData];
