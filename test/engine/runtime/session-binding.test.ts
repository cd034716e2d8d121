/**
 * A cmdlet declared exactly as Disconnect-PSSession (sets Session (default), Name, InstanceId,
 * Id), driven through the engine: pipeline objects binding by property name to -Id, -Name and
 * -InstanceId, positional ids, ShouldProcess, and pwsh's binding errors.
 */
import { test } from 'uvu';
import { toPSString } from '../../../src/engine/conversion/index.js';
import { CmdletInfo, registerCmdlet } from '../../../src/engine/runtime/commands.js';
import { disconnectPSSessionSpec } from '../../binding/fixtures.js';
import { scriptCases } from './run-script.js';

const name = 'Disconnect-ShapedSession';
const bySet: Record<string, string> = { Id: 'Id', Name: 'Name', InstanceId: 'InstanceId', Session: 'Session' };

registerCmdlet(
  new CmdletInfo({ ...disconnectPSSessionSpec, name }, (runtime) => ({
    process() {
      const set = runtime.parameterSetName;
      const values = runtime.parameter(bySet[set]!) as unknown[];
      for (const value of values) {
        const target = toPSString(value);
        if (runtime.shouldProcess(target, 'Disconnect')) runtime.writeObject(`${set} ${target}`);
      }
    },
  })),
);

const cases: [string, string, string][] = [
  // script, stdout, stderr
  [`${name} 1, 2`, 'Id 1\nId 2\n', ''],
  [`${name} -Name ITTask`, 'Name ITTask\n', ''],
  [`[pscustomobject]@{ Id = 3 }, [pscustomobject]@{ Name = 'ITTask' } | ${name}`, 'Id 3\nName ITTask\n', ''],
  [`[pscustomobject]@{ InstanceId = '9c3f5e8a-1f0e-4a53-9d6e-0b1f5c2e7a10' } | ${name}`, 'InstanceId 9c3f5e8a-1f0e-4a53-9d6e-0b1f5c2e7a10\n', ''],
  [`[pscustomobject]@{ Id = '7' } | ${name}`, 'Id 7\n', ''],
  [`${name} -Id 1 -WhatIf`, 'What if: Performing the operation "Disconnect" on target "1".\n', ''],
  [`${name} -Name a -Id 1`, '', `${name}: Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.\n`],
  [`${name}`, '', `${name}: Cannot process command because of one or more missing mandatory parameters: Session.\n`],
  [`${name} -IdleTimeoutSec -5 -Id 1`, '', `${name}: Cannot validate argument on parameter 'IdleTimeoutSec'. The -5 argument is less than the minimum allowed range of 0. Supply an argument that is greater than or equal to 0 and then try the command again.\n`],
  [`${name} -OutputBufferingMode Sideways -Id 1`, '', `${name}: Cannot bind parameter 'OutputBufferingMode'. Cannot convert value "Sideways" to type "System.Management.Automation.Runspaces.OutputBufferingMode". Error: "Unable to match the identifier name Sideways to a valid enumerator name. Specify one of the following enumerator names and try again:\nNone, Drop, Block"\n`],
  [`[pscustomobject]@{ Color = 'red' } | ${name}`, '', `${name}: The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.\n`],
];

scriptCases(cases);

test.run();
