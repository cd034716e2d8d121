import { test } from 'uvu';
import {
  commandBaseStrings,
  consoleHostStrings,
  helpDisplayStrings,
  metadataStrings,
  parameterBinderStrings,
} from '../../src/binding/messages.js';
import { testTablesArePwshs } from '../support/pwsh-resources.js';

testTablesArePwshs([
  ['System.Management.Automation/ParameterBinderStrings.resx', parameterBinderStrings],
  ['System.Management.Automation/Metadata.resx', metadataStrings],
  ['System.Management.Automation/CommandBaseStrings.resx', commandBaseStrings],
  ['System.Management.Automation/HelpDisplayStrings.resx', helpDisplayStrings],
  ['Microsoft.PowerShell.ConsoleHost/ConsoleHostUserInterfaceStrings.resx', consoleHostStrings],
]);

test.run();
