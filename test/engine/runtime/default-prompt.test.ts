/** The session's built-in `prompt` function: pwsh's default text, a Function command the user may replace. */
import { test } from 'uvu';
import { scriptCases } from './run-script.js';
import { defaultPromptFunctionText } from '../../../src/engine/runtime/default-prompt.js';

const cwd = process.cwd();

scriptCases([
  ['prompt', `PS ${cwd}> \n`],
  ['$NestedPromptLevel = 2; prompt', `PS ${cwd}>>> \n`],
  ['(Get-Command prompt).CommandType', 'Function\n'],
  ['${function:prompt}', `${defaultPromptFunctionText}\n`],
  ['${function:prompt}.ToString().Trim().Split("\n")[0]', `"PS $($executionContext.SessionState.Path.CurrentLocation)$('>' * ($nestedPromptLevel + 1)) ";\n`],
  ['function prompt { "X> " }; prompt', 'X> \n'],
]);

test.run();
