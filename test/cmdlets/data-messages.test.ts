/** The data and utility cmdlets' message tables are pwsh's texts. */
import { test } from 'uvu';
import * as messages from '../../src/cmdlets/data-messages.js';
import { testTablesArePwshs } from '../support/pwsh-resources.js';

testTablesArePwshs([
  ['Microsoft.PowerShell.Commands.Utility/WebCmdletStrings.resx', messages.webCmdletStrings],
  ['System.Management.Automation/SessionStateStrings.resx', messages.sessionStateStrings],
  ['System.Management.Automation/AutomationExceptions.resx', messages.automationExceptions],
  ['Microsoft.PowerShell.Commands.Utility/VariableCommandStrings.resx', messages.variableCommandStrings],
  ['Microsoft.PowerShell.Commands.Utility/AliasCommandStrings.resx', messages.aliasCommandStrings],
  ['Microsoft.PowerShell.Commands.Utility/GetRandomCommandStrings.resx', messages.getRandomCommandStrings],
  ['Microsoft.PowerShell.Commands.Utility/StartSleepStrings.resx', messages.startSleepStrings],
  ['Microsoft.PowerShell.Commands.Utility/CsvCommandStrings.resx', messages.csvCommandStrings],
  ['Microsoft.PowerShell.ConsoleHost/ConsoleHostUserInterfaceSecurityResources.resx', messages.consoleHostSecurityStrings],
  ['Microsoft.PowerShell.Commands.Utility/WriteProgressResourceStrings.resx', messages.writeProgressStrings],
  ['Microsoft.PowerShell.Commands.Utility/MatchStringStrings.resx', messages.matchStringStrings],
  ['Microsoft.PowerShell.Commands.Utility/ConvertFromStringData.resx', messages.convertFromStringDataStrings],
]);

test.run();
