/**
 * Get-Culture and Get-UICulture, as pwsh's GetCultureCommand and GetUICultureCommand: the host's
 * current culture (en-US in psh), cultures by name (-Name, from the pipeline too), or every
 * culture psh knows (-ListAvailable).
 */
import { knownCultureNames } from '../engine/conversion/cultures.js';
import { currentCultureInfo, getCultureInfo } from '../engine/dotnet/types/culture-info.js';
import { CmdletInfo } from '../engine/runtime/commands.js';
import { toPSString } from '../engine/conversion/index.js';

const cultureNames = ['', ...knownCultureNames];

const getCulture = new CmdletInfo(
  {
    name: 'Get-Culture',
    implementingType: 'Microsoft.PowerShell.Commands.GetCultureCommand',
    defaultParameterSetName: 'CurrentCulture',
    outputType: ['System.Globalization.CultureInfo'],
    parameters: [
      {
        name: 'Name',
        type: 'string[]',
        parameterSets: { Name: { position: 0, valueFromPipeline: true } },
        validation: [{ kind: 'ValidateSet', values: cultureNames, ignoreCase: true }, { kind: 'ValidateNotNull' }],
      },
      // GetCultureInfo's cultures carry no user overrides, and psh's current culture has none either.
      { name: 'NoUserOverrides', type: 'switch', parameterSets: { CurrentCulture: {}, Name: {} } },
      { name: 'ListAvailable', type: 'switch', parameterSets: { ListAvailable: {} } },
    ],
  },
  (runtime) => ({
    process() {
      switch (runtime.parameterSetName) {
        case 'Name':
          for (const name of runtime.parameter('Name') as unknown[]) runtime.writeObject(getCultureInfo(toPSString(name)));
          return;
        case 'ListAvailable':
          for (const name of cultureNames) runtime.writeObject(getCultureInfo(name));
          return;
        default:
          runtime.writeObject(currentCultureInfo());
      }
    },
  }),
);

const getUICulture = new CmdletInfo(
  {
    name: 'Get-UICulture',
    implementingType: 'Microsoft.PowerShell.Commands.GetUICultureCommand',
    outputType: ['System.Globalization.CultureInfo'],
    parameters: [],
  },
  (runtime) => ({
    begin() {
      runtime.writeObject(currentCultureInfo());
    },
  }),
);

export const cultureCmdlets: readonly CmdletInfo[] = [getCulture, getUICulture];
