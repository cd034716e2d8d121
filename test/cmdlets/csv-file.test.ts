/** Export-Csv, Import-Csv, Export-Clixml and Import-Clixml on files in a fresh temporary directory. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import '../../src/engine/index.js';
import { lines, run } from '../engine/runtime/run-script.js';

let dir = '';
test.before.each(() => {
  dir = mkdtempSync(join(tmpdir(), 'psh-csv-'));
});
test.after.each(() => {
  rmSync(dir, { recursive: true, force: true });
});

const file = (name: string) => join(dir, name);
const text = (name: string) => readFileSync(file(name), 'utf8');

test('Export-Csv writes the header and one line per object; Import-Csv reads them back', () => {
  lines(`[pscustomobject]@{a=1;b="x,y"}, [pscustomobject]@{a=2;b=$null} | Export-Csv '${file('t.csv')}'`);
  assert.is(text('t.csv'), '"a","b"\n"1","x,y"\n"2",\n');
  assert.is(lines(`Import-Csv '${file('t.csv')}' | ForEach-Object { "$($_.a)|$($_.b)" }`), '1|x,y\n2|\n');
  assert.is(lines(`ipcsv -LiteralPath '${file('t.csv')}' -Header p, q | Select-Object -First 1 | ForEach-Object { "$($_.p)|$($_.q)" }`), 'a|b\n');
});

test('-Append keeps the file\'s columns; a missing one needs -Force', () => {
  writeFileSync(file('t.csv'), '"a","b"\n"1","x"\n');
  lines(`[pscustomobject]@{b="y";c=3;a=2} | Export-Csv '${file('t.csv')}' -Append`);
  assert.is(text('t.csv'), '"a","b"\n"1","x"\n"2","y"\n');
  const result = run(`[pscustomobject]@{c=9} | Export-Csv '${file('t.csv')}' -Append`);
  assert.is(result.err, `Export-Csv: Cannot append CSV content to the following file: ${file('t.csv')}. The appended object does not have a property that corresponds to the following column: a. To continue with mismatched properties, add the -Force parameter, and then retry the command.\n`);
  lines(`[pscustomobject]@{c=9} | Export-Csv '${file('t.csv')}' -Append -Force`);
  assert.is(text('t.csv'), '"a","b"\n"1","x"\n"2","y"\n,\n');
});

test('-IncludeTypeInformation, -Delimiter, -UseQuotes and -Encoding', () => {
  lines(`[pscustomobject]@{a=1;b=2} | epcsv '${file('t.csv')}' -IncludeTypeInformation -Delimiter ';' -UseQuotes Never -Encoding utf8BOM`);
  assert.is(text('t.csv'), '\ufeff#TYPE System.Management.Automation.PSCustomObject\na;b\n1;2\n');
  assert.is(lines(`(Import-Csv '${file('t.csv')}' -Delimiter ';').pstypenames -join ','`), 'System.Management.Automation.PSCustomObject,CSV:System.Management.Automation.PSCustomObject\n');
});

test('file errors are pwsh\'s', () => {
  writeFileSync(file('t.csv'), 'a\n1\n');
  assert.is(run(`[pscustomobject]@{a=1} | Export-Csv '${file('t.csv')}' -NoClobber`).err, `Export-Csv: File ${file('t.csv')} already exists and NoClobber was specified.\n`);
  assert.is(run(`[pscustomobject]@{a=1} | Export-Csv '${file('no/t.csv')}'`).err, `Export-Csv: Could not find a part of the path '${file('no/t.csv')}'.\n`);
  assert.is(run(`Import-Csv '${file('none.csv')}'`).err, `Import-Csv: Could not find file '${file('none.csv')}'.\n`);
  assert.is(run('[pscustomobject]@{a=1} | Export-Csv').err, 'Export-Csv: You must specify either the -Path or -LiteralPath parameters, but not both.\n');
  assert.is(run(`[pscustomobject]@{a=1} | Export-Csv '${file('t.csv')}' -Append -NoHeader`).err, 'Export-Csv: You must specify either the -Append or -NoHeader parameters, but not both.\n');
  assert.is(run(`try { Import-Csv '${file('none.csv')}' } catch { $_.FullyQualifiedErrorId }`).out, 'FileOpenFailure,Microsoft.PowerShell.Commands.ImportCsvCommand\n');
});

test('-WhatIf writes nothing', () => {
  assert.is(lines(`[pscustomobject]@{a=1} | Export-Csv '${file('t.csv')}' -WhatIf; Test-Path '${file('t.csv')}'`), `What if: Performing the operation "Export-Csv" on target "${file('t.csv')}".\nFalse\n`);
});

test('Export-Clixml writes pwsh\'s indented document; Import-Clixml gives Deserialized objects', () => {
  lines(`[pscustomobject]@{a=1;b=$null;s="x"} | Export-Clixml '${file('c.xml')}'`);
  assert.is(text('c.xml'), [
    '<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">',
    '  <Obj RefId="0">',
    '    <TN RefId="0">',
    '      <T>System.Management.Automation.PSCustomObject</T>',
    '      <T>System.Object</T>',
    '    </TN>',
    '    <MS>',
    '      <I32 N="a">1</I32>',
    '      <Nil N="b" />',
    '      <S N="s">x</S>',
    '    </MS>',
    '  </Obj>',
    '</Objs>',
  ].join('\n'));
  assert.is(lines(`$o = Import-Clixml '${file('c.xml')}'; $o.pstypenames[0]; $o.a + 1; $o.s`), 'Deserialized.System.Management.Automation.PSCustomObject\n2\nx\n');
  lines(`1, "two" | Export-Clixml -LiteralPath '${file('d.xml')}'`);
  assert.is(lines(`(Import-Clixml '${file('d.xml')}').Count`), '2\n');
  assert.is(run(`1 | Export-Clixml '${file('d.xml')}' -NoClobber`).err, `Export-Clixml: File ${file('d.xml')} already exists and NoClobber was specified.\n`);
  assert.is(run(`Import-Clixml '${file('none.xml')}'`).err, `Import-Clixml: Could not find file '${file('none.xml')}'.\n`);
});

test.run();
