/** The built-in aliases' options, as InitialSessionState gives them (ReadOnly unless it says otherwise). */
import '../../../src/engine/index.js';
import { test } from 'uvu';
import { scriptCases } from './run-script.js';

const options = (names: string[]) => `foreach ($n in ${names.map((name) => `'${name}'`).join(', ')}) { "$n $((Get-Alias $n).Options)" }`;

scriptCases([
  [options(['gc', 'gl', '%', 'cd', 'md']), 'gc ReadOnly\ngl ReadOnly\n% ReadOnly, AllScope\ncd AllScope\nmd AllScope\n'],
  // No options at all for these.
  [options(['pwd', 'type', 'chdir']), 'pwd None\ntype None\nchdir None\n'],
]);

test.run();
