/**
 * Set-Item (alias si): sets the value of the items a path names on the session-state drives
 * (Env:, Variable:, Alias:, Function:); the file system does not support it, as in pwsh.
 */
import { CmdletInfo } from '../../engine/runtime/commands.js';
import { filterParameters, givenPaths, pathParameters } from '../filesystem/paths.js';
import { setDriveItems } from './provider-items.js';

const notSupported = 'Provider operation stopped because the provider does not support this operation.';

export const setItem = new CmdletInfo(
  {
    name: 'Set-Item',
    aliases: ['si'],
    implementingType: 'Microsoft.PowerShell.Commands.SetItemCommand',
    defaultParameterSetName: 'Path',
    supportsShouldProcess: true,
    parameters: [
      ...pathParameters(true),
      { name: 'Value', type: 'object', position: 1, valueFromPipeline: true, valueFromPipelineByPropertyName: true, allowNull: true },
      { name: 'Force', type: 'switch' },
      { name: 'PassThru', type: 'switch' },
      ...filterParameters,
    ],
  },
  (runtime) => ({
    process() {
      const { paths, literal } = givenPaths(runtime);
      const value = runtime.has('Value') ? runtime.parameter('Value') : null;
      for (const path of paths) {
        if (setDriveItems(runtime, path, literal, value, runtime.switch('PassThru'))) continue;
        runtime.writeError(runtime.errorRecord('System.Management.Automation.PSNotSupportedException', notSupported, 'NotSupported', 'NotImplemented', path));
      }
    },
  }),
);
