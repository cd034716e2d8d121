/** The session's built-in `prompt` function: pwsh's default text, a Function command the user may replace. */
import { test } from 'uvu';
import { scriptCases } from './run-script.js';

const cwd = process.cwd();

/** pwsh 7's default prompt function, as ${function:prompt} shows it. */
const pwshPromptText = `
"PS $($executionContext.SessionState.Path.CurrentLocation)$('>' * ($nestedPromptLevel + 1)) ";
# .Link
# https://go.microsoft.com/fwlink/?LinkID=225750
# .ExternalHelp System.Management.Automation.dll-help.xml
`;

scriptCases([
  ['prompt', `PS ${cwd}> \n`],
  ['$NestedPromptLevel = 2; prompt', `PS ${cwd}>>> \n`],
  ['(Get-Command prompt).CommandType', 'Function\n'],
  ['${function:prompt}', `${pwshPromptText}\n`],
  ['${function:prompt}.ToString().Trim().Split("\n")[0]', `"PS $($executionContext.SessionState.Path.CurrentLocation)$('>' * ($nestedPromptLevel + 1)) ";\n`],
  ['function prompt { "X> " }; prompt', 'X> \n'],
]);

test.run();
