/** Streams and redirections: Write-* cmdlets, preferences, 2>&1, 3>$null, > file, >> file. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, scriptCases } from './run-script.js';

const cases: [string, string, string][] = [
  ['Write-Output "a" "b"', 'a\nb\n', ''],
  ['Write-Output 1, 2 | Out-Null', '', ''],
  ['Write-Host "hi" "there"', 'hi there\n', ''],
  ['Write-Host "a" -NoNewline; Write-Host "b"', 'ab\n', ''],
  ['Write-Host 1, 2 -Separator ","', '1,2\n', ''],
  ['Write-Warning "careful"', 'WARNING: careful\n', ''],
  ['Write-Warning "hidden" 3>$null; "after"', 'after\n', ''],
  ['$WarningPreference = "SilentlyContinue"; Write-Warning "hidden"', '', ''],
  ['Write-Verbose "quiet"', '', ''],
  ['Write-Verbose "loud" -Verbose', 'VERBOSE: loud\n', ''],
  ['$VerbosePreference = "Continue"; Write-Verbose "loud"', 'VERBOSE: loud\n', ''],
  ['function f { [CmdletBinding()] param() Write-Verbose "in f" }; f -Verbose', 'VERBOSE: in f\n', ''],
  ['Write-Debug "dbg"', '', ''],
  ['Write-Debug "dbg" -Debug', 'DEBUG: dbg\n', ''],
  ['Write-Information "info"', '', ''],
  ['Write-Information "info" -InformationAction Continue', 'info\n', ''],
  ['$r = Write-Host "captured" 6>&1; "[$r]"', '[captured]\n', ''],
  ['$r = & { Write-Warning "w"; "out" } 3>&1; $r.Count; "$($r[0])"; $r[0] -is [System.Management.Automation.WarningRecord]', '2\nw\nTrue\n', ''],
  ['$r = & { Write-Error "e"; "out" } 2>&1; $r.Count', '2\n', ''],
  ['$r = & { Write-Verbose "v" -Verbose; Write-Warning "w" } *>&1; $r.Count', '2\n', ''],
  ['$r = & { Write-Error "e" } 2>$null; $null -eq $r', 'True\n', ''],
  ['1, 2 | Out-String', '1\n2\n\n', ''],
  ['(1, 2 | Out-String -Stream).Count', '2\n', ''],
  ['& { Write-Warning "shown"; Write-Verbose "v" -Verbose; "out" } *>&1', 'WARNING: shown\nVERBOSE: v\nout\n', ''],
  ['"abc" | Out-String -NoNewline', 'abc\n', ''],
  ['echo "via alias"', 'via alias\n', ''],
  ['Write-Error "e" -ErrorVariable ev 2>$null; $ev.Count; "$($ev[0])"', '1\ne\n', ''],
  // -ErrorVariable collects what SilentlyContinue hides (from the command and the commands it runs), not what Ignore drops
  ['function W { [CmdletBinding()] param() Write-Error "p" }; W -ErrorAction SilentlyContinue -ErrorVariable ev; Write-Error "q" -ErrorAction SilentlyContinue -ErrorVariable +ev; "$ev"', 'p q\n', ''],
  ['function W { [CmdletBinding()] param() Write-Error "p" }; W -ErrorAction Ignore -ErrorVariable ev; $ev.Count', '0\n', ''],
  ['function f { [CmdletBinding()] param() "x"; Write-Warning "w" }; f -OutVariable o -WarningVariable w 3>$null; "$o|$w"', 'x\nx|w\n', ''],
  ['$o = 1; Write-Output 2 -OutVariable +o | Out-Null; "$o"', '1 2\n', ''],
];

scriptCases(cases);

test('> writes the formatted output to a file, >> appends, 2> takes errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'psh-redirect-'));
  try {
    const file = join(dir, 'out.txt').replaceAll("'", "''");
    const result = run(`"one" > '${file}'; "two", 3 >> '${file}'; Write-Error "bad" 2> '${file}.err'; "done"`);
    assert.is(result.out, 'done\n');
    assert.is(result.err, '');
    assert.is(readFileSync(join(dir, 'out.txt'), 'utf8'), 'one\ntwo\n3\n');
    assert.is(readFileSync(join(dir, 'out.txt.err'), 'utf8'), 'Write-Error: bad\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
