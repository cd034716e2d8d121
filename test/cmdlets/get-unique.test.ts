/** Get-Unique: adjacent duplicates only, compared as objects, as strings or by type, as pwsh 7.4 does. */
import { test } from 'uvu';
import '../../src/engine/index.js';
import { scriptCases } from '../engine/runtime/run-script.js';

scriptCases([
  ["(1, 1, 2, 2, 1, 3 | Get-Unique) -join ','", '1,2,1,3\n'],
  ["('a', 'A', 'b' | Get-Unique) -join ','", 'a,A,b\n'],
  ["('a', 'A', 'b' | Get-Unique -CaseInsensitive) -join ','", 'a,b\n'],
  ["(1, '1', 2 | Get-Unique -AsString) -join ','", '1,2\n'],
  ["(1, 2, 'a', 'b', 3 | Get-Unique -OnType) -join ','", '1,a,3\n'],
  ['($null, $null, 1 | Get-Unique).Count', '3\n'],
  ['Get-Unique', ''],
  ["(1, 1 | gu) -join ','", '1\n'],
  ['(Get-Alias gu).Definition', 'Get-Unique\n'],
  ['Get-Unique -AsString -OnType', '', "Get-Unique: Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.\n"],
]);

test.run();
