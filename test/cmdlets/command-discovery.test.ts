/** Get-Command: CommandInfo objects, pwsh's CommandInfo table, -Syntax text, the filters and pwsh's errors. */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import '../../src/engine/index.js';
import { lines, scriptCases } from '../engine/runtime/run-script.js';

const table = (...rows: string[]) =>
  '\nCommandType     Name                                               Version    Source\n-----------     ----                                               -------    ------\n' + rows.map((row) => row + '\n').join('') + '\n';

const getAliasSyntax = [
  'Get-Alias [[-Name] <string[]>] [-Exclude <string[]>] [-Scope <string>] [<CommonParameters>]',
  'Get-Alias [-Exclude <string[]>] [-Scope <string>] [-Definition <string[]>] [<CommonParameters>]',
];

const shape =
  'function Get-Shape { [CmdletBinding(DefaultParameterSetName = "Circle")] param([Parameter(Mandatory, ParameterSetName = "Circle")] [double] $Radius, ' +
  '[Parameter(ParameterSetName = "Rectangle", Position = 0, ValueFromPipeline, HelpMessage = "how wide")] [double] $Width, [Alias("t")] [string[]] $Tag) }; $c = gcm Get-Shape; ';

/** CommandInfo.ParameterSets (CommandParameterSetInfo, CommandParameterInfo) and CommandInfo.Parameters (ParameterMetadata, ParameterSetMetadata). */
const parameterSetCases: [string, string][] = [
  [shape + '$c.ParameterSets | % { "$($_.Name) $($_.IsDefault) $($_.Parameters.Count)" }', 'Circle True 14\nRectangle False 14\n'],
  [shape + '$c.ParameterSets | % ToString', '-Radius <double> [-Tag <string[]>] [<CommonParameters>]\n[[-Width] <double>] [-Tag <string[]>] [<CommonParameters>]\n'],
  [shape + '"$($c.ParameterSets[1])"; $c.ParameterSets[0] -is [System.Management.Automation.CommandParameterSetInfo]', '[[-Width] <double>] [-Tag <string[]>] [<CommonParameters>]\nTrue\n'],
  [
    shape + '$w = $c.ParameterSets[1].Parameters[0]; $w.Name; $w.ParameterType.FullName; $w.IsMandatory; $w.Position; $w.ValueFromPipeline; $w.HelpMessage; $c.ParameterSets[0].Parameters[0].Position',
    'Width\nSystem.Double\nFalse\n0\nTrue\nhow wide\n-2147483648\n',
  ],
  [shape + '$c.ParameterSets[0].Parameters | % Name | select -Last 2', 'OutBuffer\nPipelineVariable\n'],
  [shape + '$c.Parameters.Count; $c.Parameters["tag"].Name; $c.Parameters.Tag.Aliases; $c.Parameters.Tag.ParameterType.Name; $c.Parameters.Verbose.SwitchParameter', '15\nTag\nt\nString[]\nTrue\n'],
  [shape + '$c.Parameters.Tag.ParameterSets.Keys; $c.Parameters.Width.ParameterSets["rectangle"].Position; $c.Parameters.Radius.ParameterSets.Circle.IsMandatory', '__AllParameterSets\n0\nTrue\n'],
  ['function f($a) { }; (gcm f).Parameters.Keys; (gcm f).ParameterSets[0].Name', 'a\n__AllParameterSets\n'],
  ['(gcm Get-Alias).Parameters.Name.ParameterSets.Keys -join ","', 'Default\n'],
];

const cases: [string, string][] = [
  ['Get-Command Get-Alias', table('Cmdlet          Get-Alias                                          7.0.0.0    Microsoft.PowerShell.Utility')],
  ['gcm gal', table('Alias           gal -> Get-Alias                                              ')],
  ['gcm gal -All -CommandType "Cmdlet, Alias" | % Name', 'gal\n'],
  ['gcm Get-Date, Get-Alias | % Name', 'Get-Date\nGet-Alias\n'],
  ['gcm Get-Da*, Get-Al* | % Name', 'Get-Alias\nGet-Date\n'],
  ['gcm -Verb Get -Noun Alias, Date | % Name', 'Get-Alias\nGet-Date\n'],
  ['gcm -Noun Alias -Verb New, Set | % { "$($_.CommandType) $($_.Verb) $($_.Noun)" }', 'Cmdlet New Alias\nCmdlet Set Alias\n'],
  ['gcm g*al -CommandType Alias | % Name', 'gal\n'],
  ['gcm nosuch* ; "none"', 'none\n'],
  ['gcm ForEach-Object | % { "$($_.Version) $($_.Source) $($_.ModuleName)" }', '7.4.6.500 Microsoft.PowerShell.Core Microsoft.PowerShell.Core\n'],
  ['(gcm Get-Alias).Source; (gcm Get-Alias).Version.ToString()', 'Microsoft.PowerShell.Utility\n7.0.0.0\n'],
  ['$c = gcm Get-Alias; $c -is [System.Management.Automation.CmdletInfo]; $c.CommandType; $c.ParameterSets.Name', 'True\nCmdlet\nDefault\nDefinition\n'],
  ...parameterSetCases,
  ['(gcm Get-Alias).Definition', getAliasSyntax.map((s) => `\n${s}\n`).join('') + '\n'],
  ['gcm Get-Alias -Syntax', getAliasSyntax.map((s) => `\n${s}\n`).join('') + '\n'],
  ['gcm gal -Syntax', `gal (alias) -> Get-Alias\n${getAliasSyntax.map((s) => `\n${s.replace('Get-Alias', 'gal')}\n`).join('')}\n`],
  ['function Get-Thing($a, [switch]$s) { 1 }; gcm Get-Thing', table('Function        Get-Thing                                                     ')],
  ['function Get-Thing($a, [switch]$s) { 1 }; gcm Get-Thing -Syntax', '\nGet-Thing [[-a] <Object>] [-s]\n\n'],
  ['function Get-Thing { 1 }; $f = gcm Get-Thing; $f -is [System.Management.Automation.FunctionInfo]; $f.Definition; $f.Verb', 'True\n 1 \nGet\n'],
  ['filter Get-Filtered { $_ }; (gcm Get-Filtered).CommandType', 'Filter\n'],
  ['function Get-Alias { "mine" }; (gcm Get-Alias).CommandType; (gcm Get-Alias -All).CommandType', 'Function\nFunction\nCmdlet\n'],
  ['gcm *-Alias -TotalCount 2 | % Name', 'Get-Alias\nNew-Alias\n'],
];

scriptCases(cases);

/** -Module against pwsh's module names, -ParameterName (names and aliases), -ParameterType (resolved types convert implicitly; other names are wildcards), the aliases left out of a bare Get-Command. */
const filterCases: [string, string][] = [
  ['gcm -Module *Core -Name Get-* | % Name', 'Get-Command\nGet-Help\nGet-History\nGet-Job\nGet-Module\n'],
  ['gcm -Module Microsoft.PowerShell.Security | % Name', 'ConvertFrom-SecureString\nConvertTo-SecureString\nGet-Credential\n'],
  ['gcm -Module nosuch; "none"', 'none\n'],
  ['function Get-Alias2 { }; gcm -Module Microsoft.PowerShell.Utility -Name Get-Alias* | % Name', 'Get-Alias\n'],
  ['gcm Clear-Host, Describe | % { "[$($_.Source)] [$($_.Version)]" }', '[] []\n[Pester] [5.7.1]\n'],
  ['gcm -ParameterName Definition, Na* -Noun Alias | % Name', 'Get-Alias\nNew-Alias\nSet-Alias\n'],
  ['gcm -ParameterName ea -Noun Alias -Verb Get | % Name', 'Get-Alias\n'],
  ['gcm gal -ParameterName Definition | % Name', 'gal\n'],
  // An alias of an alias has the parameters of the command the chain ends at.
  ['Set-Alias zz gal; gcm zz -ParameterName Definition | % Name', 'zz\n'],
  ['gcm -ParameterType CommandTypes | % Name', 'Get-Command\n'],
  ['gcm -ParameterType Sys*Types -Verb Get | % Name', 'Get-Command\nGet-Member\n'],
  // An advanced function matches through its -Value [object] and the common -OutBuffer [int].
  ['function f([int[]]$n) { }; function g([object]$o) { }; function h([double]$d) { }; function s([string]$t) { }; function v { [CmdletBinding()] param([object]$Value) }; gcm -ParameterType int -CommandType Function | % Name', 'f\nh\nv\n'],
  ['function f([int[]]$n) { }; function g([object]$o) { }; function h([double]$d) { }; function v { [CmdletBinding()] param([object]$Value) }; gcm -ParameterType object -CommandType Function | % Name', 'g\nv\n'],
  ['function f([int[]]$n) { }; function g([object]$o) { }; function v { [CmdletBinding()] param([object]$Value) }; gcm -ParameterType Int32 -CommandType Function | % Name', 'f\nv\n'],
  ['(gcm | ? Name -eq "%" | measure).Count; (gcm -All | ? Name -eq "%" | measure).Count; (gcm -CommandType Alias | ? Name -eq "%" | measure).Count', '0\n1\n1\n'],
  ['(gcm -ListImported -Name Get-Alias).Name', 'Get-Alias\n'],
];

scriptCases(filterCases);

const errors: [script: string, out: string, err: string][] = [
  [
    'gcm nosuch',
    '',
    "Get-Command: The term 'nosuch' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.\n",
  ],
  [
    'gcm -ParameterName zzz, Na* -Noun Alias -Verb Get | % Name',
    'Get-Alias\n',
    "Get-Command: No matching commands include a parameter named 'zzz'.  Check the spelling of the parameter name, and then try again. (Parameter 'zzz')\n",
  ],
];

scriptCases(errors);

test('a missing command is CommandNotFoundException from Get-Command, and the rest still run', () => {
  assert.is(lines('gcm nosuch, Get-Date -ErrorAction SilentlyContinue | % Name; $Error[0].FullyQualifiedErrorId'), 'Get-Date\nCommandNotFoundException,Microsoft.PowerShell.Commands.GetCommandCommand\n');
});

/** Runs `body` with a PATH directory holding the programs psh-probe-a and psh-probe-b and a file that is not executable. */
function withPrograms(body: (directory: string) => void): void {
  const directory = mkdtempSync(join(tmpdir(), 'psh-path-'));
  const path = process.env.PATH;
  try {
    for (const name of ['psh-probe-a', 'psh-probe-b']) {
      writeFileSync(join(directory, name), `#!/bin/sh\necho ${name} "$@"\n`);
      chmodSync(join(directory, name), 0o755);
    }
    writeFileSync(join(directory, 'psh-probe-data'), 'not a program');
    process.env.PATH = directory + delimiter + (path ?? '');
    body(directory);
  } finally {
    process.env.PATH = path;
    rmSync(directory, { recursive: true, force: true });
  }
}

// (Programs here are shell scripts, which Windows does not start.)
const unixTest = process.platform === 'win32' ? test.skip : test;

unixTest('a program on PATH is an ApplicationInfo: file name, full path as Source and Definition, version 0.0.0.0, in the CommandInfo table', () => {
  withPrograms((directory) => {
    const a = join(directory, 'psh-probe-a');
    assert.is(lines('Get-Command psh-probe-a'), table(`Application     psh-probe-a${' '.repeat(40)}0.0.0.0    ${a}`));
    assert.is(lines('$c = Get-Command psh-probe-a; $c.Name, $c.Source, $c.Definition, $c.Path, $c.Extension, $c.CommandType -join "|"; Get-Command psh-probe-a -Syntax'), `psh-probe-a|${a}|${a}|${a}||Application\n${a}\n`);
    // Wildcards and -CommandType Application search PATH; a file that is not executable is no program.
    assert.is(lines('(Get-Command psh-probe-*).Name; (Get-Command -CommandType Application | Where-Object Name -like psh-probe-*).Name'), 'psh-probe-a\npsh-probe-b\npsh-probe-a\npsh-probe-b\n');
    assert.is(lines('Get-Command psh-probe-data -ErrorAction SilentlyContinue; (Get-Command -CommandType Cmdlet, Function -Name psh-probe-*).Count'), '0\n');
    // A command of the same name comes first; -All lists the program too.
    assert.is(lines('function psh-probe-a { "function" }; (Get-Command psh-probe-a).CommandType; (Get-Command psh-probe-a -All).CommandType -join ","; psh-probe-b x'), 'Function\nFunction,Application\npsh-probe-b x\n');
  });
});

unixTest('an alias runs the program it names', () => {
  withPrograms(() => {
    assert.is(lines('Set-Alias pa psh-probe-a; pa 1 2; (Get-Command pa).Definition'), 'psh-probe-a 1 2\npsh-probe-a\n');
  });
});

test.run();
