/** The process cmdlets' texts are pwsh's. */
import { test } from 'uvu';
import { processResources } from '../../../src/cmdlets/process/process-messages.js';
import { testTablesArePwshs } from '../../support/pwsh-resources.js';

testTablesArePwshs([['Microsoft.PowerShell.Commands.Management/ProcessResources.resx', processResources]]);

test.run();
