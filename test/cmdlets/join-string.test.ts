/** Join-String: separators, quoting, format strings, -Property and $OFS, as pwsh 7.4 prints them. */
import { test } from 'uvu';
import '../../src/engine/index.js';
import { scriptCases } from '../engine/runtime/run-script.js';

scriptCases([
  ['1, 2, 3 | Join-String', '123\n'],
  ["1, 2, 3 | Join-String -Separator ', '", '1, 2, 3\n'],
  ["'a', 'b' | Join-String -SingleQuote -Separator ','", "'a','b'\n"],
  ["'a', 'b' | Join-String -DoubleQuote -OutputPrefix '[' -OutputSuffix ']' -Separator ','", '["a","b"]\n'],
  ["1.5, 2 | Join-String -FormatString '{0:N2}' -Separator ';'", '1.50;2.00\n'],
  ["[pscustomobject]@{ N = 'x' }, [pscustomobject]@{ N = 'y' } | Join-String N -", 'x-y\n'],
  ['1, 2 | Join-String { $_ * 10 } +', '10+20\n'],
  ["$OFS = '|'; 1, 2 | Join-String", '1|2\n'],
  ["Join-String -InputObject 4, 5 -op '<' -os '>' -Separator ' '", '<4 5>\n'],
  ["@() | Join-String -OutputPrefix 'p' -OutputSuffix 's'", 'ps\n'],
  ["'a', $null, 'b' | Join-String -Separator ','", 'a,b\n'],
  ['(Get-Command Join-String).Source', 'Microsoft.PowerShell.Utility\n'],
]);

test.run();
