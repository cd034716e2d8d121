/** The web cmdlets' message table is pwsh's texts. */
import { test } from 'uvu';
import { webRequestStrings } from '../../../src/cmdlets/web/web-messages.js';
import { testTablesArePwshs } from '../../support/pwsh-resources.js';

testTablesArePwshs([['Microsoft.PowerShell.Commands.Utility/WebCmdletStrings.resx', webRequestStrings]]);

test.run();
