/**
 * Command metadata the binding tests share: Disconnect-PSSession as pwsh declares it
 * (DisconnectPSSessionCommand and its PSRunspaceCmdlet base), in the declaration order its
 * reference page lists the parameters.
 */
import { defineCommand, type CommandSpec } from '../../src/binding/index.js';
import { defineEnum } from '../../src/engine/dotnet/enums.js';
import { resolveType } from '../../src/engine/types/index.js';

// The remoting enum the -OutputBufferingMode parameter is typed with.
if (!resolveType('System.Management.Automation.Runspaces.OutputBufferingMode')) {
  defineEnum('System.Management.Automation.Runspaces.OutputBufferingMode', { None: 0, Drop: 1, Block: 2 });
}

const allFourSets = { Session: {}, Name: {}, InstanceId: {}, Id: {} };

export const disconnectPSSessionSpec: CommandSpec = {
  name: 'Disconnect-PSSession',
  implementingType: 'Microsoft.PowerShell.Commands.DisconnectPSSessionCommand',
  defaultParameterSetName: 'Session',
  supportsShouldProcess: true,
  outputType: ['System.Management.Automation.Runspaces.PSSession'],
  parameters: [
    {
      name: 'Session',
      type: 'System.Management.Automation.Runspaces.PSSession[]',
      parameterSets: { Session: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } },
      validation: [{ kind: 'ValidateNotNullOrEmpty' }],
    },
    { name: 'IdleTimeoutSec', type: 'int', parameterSets: allFourSets, validation: [{ kind: 'ValidateRange', min: 0, max: 2147483647 }] },
    { name: 'OutputBufferingMode', type: 'System.Management.Automation.Runspaces.OutputBufferingMode', parameterSets: allFourSets },
    { name: 'ThrottleLimit', type: 'int', parameterSets: allFourSets },
    {
      name: 'Name',
      type: 'string[]',
      parameterSets: { Name: { mandatory: true, valueFromPipelineByPropertyName: true } },
      validation: [{ kind: 'ValidateNotNullOrEmpty' }],
    },
    {
      name: 'InstanceId',
      type: 'guid[]',
      parameterSets: { InstanceId: { mandatory: true, valueFromPipelineByPropertyName: true } },
      validation: [{ kind: 'ValidateNotNull' }],
    },
    {
      name: 'Id',
      type: 'int[]',
      parameterSets: { Id: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } },
      validation: [{ kind: 'ValidateNotNull' }],
    },
  ],
};

export const disconnectPSSession = defineCommand(disconnectPSSessionSpec);
