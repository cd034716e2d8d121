/**
 * The `prompt` function every session starts with: pwsh's InitialSessionState.DefaultPromptFunctionText,
 * `PS <location>` and one `>` per nested prompt level. A profile or the user may redefine it; the
 * interactive console shows what it returns (src/repl/prompt-text.ts).
 */
import { registerBuiltinFunction } from './commands.js';

const defaultPromptFunctionText = `
"PS $($executionContext.SessionState.Path.CurrentLocation)$('>' * ($nestedPromptLevel + 1)) ";
# .Link
# https://go.microsoft.com/fwlink/?LinkID=225750
# .ExternalHelp System.Management.Automation.dll-help.xml
`;

registerBuiltinFunction('prompt', defaultPromptFunctionText);
