/**
 * Get-Unique: drops each input equal to the one last written, so only adjacent duplicates go
 * (sort first for all). Equal means: as objects by Sort-Object's comparer (the default), by
 * ToString() with -AsString, or by first type name with -OnType; case-sensitive unless
 * -CaseInsensitive.
 */
import { objectToString } from '../engine/conversion/index.js';
import { psTypeNamesOf } from '../engine/dotnet/psobject-view.js';
import { compareStrings } from '../engine/operators/index.js';
import { CmdletInfo } from '../engine/runtime/commands.js';
import { compareObjects } from './object-comparer.js';

const getUnique = new CmdletInfo(
  {
    name: 'Get-Unique',
    aliases: ['gu'],
    implementingType: 'Microsoft.PowerShell.Commands.GetUniqueCommand',
    defaultParameterSetName: 'AsString',
    parameters: [
      { name: 'InputObject', type: 'psobject', valueFromPipeline: true },
      { name: 'AsString', type: 'switch', parameterSets: { AsString: {} } },
      { name: 'OnType', type: 'switch', parameterSets: { UniqueByType: {} } },
      { name: 'CaseInsensitive', type: 'switch' },
    ],
  },
  (runtime) => {
    const ignoreCase = runtime.switch('CaseInsensitive');
    const sameAsLast: (input: unknown, last: unknown) => boolean = runtime.switch('OnType')
      ? (input, last) => psTypeNamesOf(input)[0] === psTypeNamesOf(last)[0]
      : runtime.switch('AsString')
        ? (input, last) => compareStrings(objectToString(input), objectToString(last), ignoreCase) === 0
        : (input, last) => compareObjects(input, last, !ignoreCase) === 0;
    // pwsh treats a written $null as "nothing written yet": the next input is always written.
    let last: unknown = null;
    return {
      process() {
        if (!runtime.has('InputObject')) return;
        const input = runtime.parameter('InputObject');
        if (last !== null && last !== undefined && sameAsLast(input, last)) return;
        runtime.writeObject(input);
        last = input;
      },
    };
  },
);

export const getUniqueCmdlets: readonly CmdletInfo[] = [getUnique];
