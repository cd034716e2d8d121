import { test } from 'uvu';
import { enumExpressionEvaluatorStrings, extendedTypeSystemStrings, parserStrings } from '../../../src/engine/conversion/messages.js';
import { testTablesArePwshs } from '../../support/pwsh-resources.js';

testTablesArePwshs([
  ['System.Management.Automation/ExtendedTypeSystem.resx', extendedTypeSystemStrings],
  ['System.Management.Automation/ParserStrings.resx', parserStrings],
  ['System.Management.Automation/EnumExpressionEvaluatorStrings.resx', enumExpressionEvaluatorStrings],
]);

test.run();
