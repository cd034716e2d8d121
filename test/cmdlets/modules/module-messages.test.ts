/** The module cmdlets' message table is pwsh's texts. */
import { test } from 'uvu';
import { moduleStrings } from '../../../src/cmdlets/modules/module-loading.js';
import { testTablesArePwshs } from '../../support/pwsh-resources.js';

testTablesArePwshs([['System.Management.Automation/Modules.resx', moduleStrings]]);

test.run();
