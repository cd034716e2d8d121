import { test } from 'uvu';
import {
  addMemberStrings,
  getMemberStrings,
  groupObjectStrings,
  internalCommandStrings,
  measureObjectStrings,
  newObjectStrings,
  selectObjectStrings,
  sortObjectStrings,
} from '../../src/cmdlets/object-messages.js';
import { testTablesArePwshs } from '../support/pwsh-resources.js';

testTablesArePwshs([
  ['Microsoft.PowerShell.Commands.Utility/SelectObjectStrings.resx', selectObjectStrings],
  ['Microsoft.PowerShell.Commands.Utility/SortObjectStrings.resx', sortObjectStrings],
  ['Microsoft.PowerShell.Commands.Utility/UtilityCommonStrings.resx', groupObjectStrings],
  ['Microsoft.PowerShell.Commands.Utility/MeasureObjectStrings.resx', measureObjectStrings],
  ['Microsoft.PowerShell.Commands.Utility/AddMember.resx', addMemberStrings],
  ['Microsoft.PowerShell.Commands.Utility/GetMember.resx', getMemberStrings],
  ['Microsoft.PowerShell.Commands.Utility/NewObjectStrings.resx', newObjectStrings],
  ['System.Management.Automation/InternalCommandStrings.resx', internalCommandStrings],
]);

test.run();
