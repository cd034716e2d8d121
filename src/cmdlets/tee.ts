/**
 * Tee-Object: passes its input on and also saves it, as pwsh does by driving Out-File (-FilePath,
 * -LiteralPath, -Append, -Encoding) or Set-Variable (-Variable) alongside.
 */
import { CmdletInfo } from '../engine/runtime/commands.js';
import { CommandWrapper } from './command-wrapper.js';
import { encodingParameter } from './encoding-parameter.js';
import { outFileCmdlets } from './filesystem/out-file.js';
import { variableCmdlets } from './variable.js';

const outFile = outFileCmdlets.find((cmdlet) => cmdlet.name === 'Out-File')!;
const setVariable = variableCmdlets.find((cmdlet) => cmdlet.name === 'Set-Variable')!;

const teeObject = new CmdletInfo(
  {
    name: 'Tee-Object',
    aliases: ['tee'],
    implementingType: 'Microsoft.PowerShell.Commands.TeeObjectCommand',
    defaultParameterSetName: 'File',
    parameters: [
      { name: 'InputObject', type: 'psobject', valueFromPipeline: true },
      { name: 'FilePath', type: 'string', aliases: ['Path'], parameterSets: { File: { mandatory: true, position: 0 } } },
      { name: 'LiteralPath', type: 'string', aliases: ['PSPath', 'LP'], parameterSets: { LiteralFile: { mandatory: true } } },
      { name: 'Append', type: 'switch', parameterSets: { File: {} } },
      { ...encodingParameter, parameterSets: { File: {}, LiteralFile: {} } },
      { name: 'Variable', type: 'string', parameterSets: { Variable: { mandatory: true } } },
    ],
  },
  (runtime) => {
    let wrapper: CommandWrapper;
    return {
      begin() {
        const set = runtime.parameterSetName;
        if (set === 'Variable') {
          wrapper = new CommandWrapper(runtime, setVariable, { Name: runtime.parameter('Variable') });
          return;
        }
        const parameters: Record<string, unknown> = set === 'File' ? { FilePath: runtime.parameter('FilePath') } : { LiteralPath: runtime.parameter('LiteralPath') };
        parameters.Append = runtime.switch('Append');
        if (runtime.has('Encoding')) parameters.Encoding = runtime.parameter('Encoding');
        wrapper = new CommandWrapper(runtime, outFile, parameters);
      },
      process() {
        const input = runtime.parameter('InputObject');
        if (input === undefined) return;
        wrapper.process(input);
        runtime.writeObject(input);
      },
      end() {
        wrapper.end();
      },
    };
  },
);

export const teeCmdlets: readonly CmdletInfo[] = [teeObject];
