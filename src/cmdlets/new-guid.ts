/** New-Guid as pwsh 7.4 has it: no parameters, one new random (version 4) Guid, written at the end. */
import { CmdletInfo } from '../engine/runtime/commands.js';
import { Guid } from '../engine/values/index.js';

const newGuid = new CmdletInfo(
  {
    name: 'New-Guid',
    implementingType: 'Microsoft.PowerShell.Commands.NewGuidCommand',
    outputType: ['System.Guid'],
    parameters: [],
  },
  (runtime) => ({
    end() {
      runtime.writeObject(Guid.newGuid());
    },
  }),
);

export const newGuidCmdlets: readonly CmdletInfo[] = [newGuid];
