/**
 * Export-Clixml and Import-Clixml with .NET-shaped objects (a FileInfo, a Regex, a CultureInfo, a
 * Process): written as pwsh's serializer writes them, read back as Deserialized.* property bags
 * that keep their values and ToString text and display with the original type's view.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import '../../src/engine/index.js';
import { lines } from '../engine/runtime/run-script.js';
import { capturedClixml } from '../remoting/clixml/captured-clixml.js';

let root = '';
let xml = '';

test.before.each(() => {
  root = mkdtempSync(join(tmpdir(), 'psh-clixml-native-'));
  writeFileSync(join(root, 'a.txt'), 'abc');
  xml = join(root, 'out.xml');
});
test.after.each(() => rmSync(root, { recursive: true, force: true }));

/** The document as one line, without the indentation Export-Clixml adds. */
const compact = (path: string) => readFileSync(path, 'utf8').replace(/\n\s*/g, '');

test('Get-Item output: the FileInfo type hierarchy, its path as ToString, .NET properties in Props, provider notes then type members in MS', () => {
  lines(`Get-Item '${root}/a.txt' | Export-Clixml '${xml}'`);
  const text = compact(xml);
  assert.match(text, `<Obj RefId="0"><TN RefId="0"><T>System.IO.FileInfo</T><T>System.IO.FileSystemInfo</T><T>System.MarshalByRefObject</T><T>System.Object</T></TN><ToString>${root}/a.txt</ToString><Props><I64 N="Length">3</I64><S N="DirectoryName">${root}</S><Obj N="Directory" RefId=`);
  assert.match(text, `<MS><S N="PSPath">Microsoft.PowerShell.Core\\FileSystem::${root}/a.txt</S>`);
  // Hidden type members are written too (pwsh matches extended members with IncludeHidden).
  assert.match(text, '<S N="NameString">a.txt</S>');
  assert.match(text, '<S N="BaseName">a</S>');
});

test('-Depth 1 writes the Directory property as its text; the default depth 2 writes it in full', () => {
  lines(`Get-Item '${root}/a.txt' | Export-Clixml '${xml}' -Depth 1`);
  assert.match(compact(xml), `<S N="Directory">${root}</S>`);
  lines(`Get-Item '${root}/a.txt' | Export-Clixml '${xml}'`);
  assert.match(compact(xml), /<Obj N="Directory" RefId="\d+"><TN RefId="\d+"><T>System.IO.DirectoryInfo<\/T>/);
});

test('Import-Clixml gives the Deserialized property bag: type names, values, ToString, and the directory listing view', () => {
  const script = `$i = Get-Item '${root}/a.txt'; $i | Export-Clixml '${xml}'; $d = Import-Clixml '${xml}'`;
  assert.is(
    lines(`${script}; $d.pstypenames; $d.Length; $d.Name; $d.ToString(); $d.Directory.Name; $d.PSObject.Properties['Length'].MemberType`),
    ['Deserialized.System.IO.FileInfo', 'Deserialized.System.IO.FileSystemInfo', 'Deserialized.System.MarshalByRefObject', 'Deserialized.System.Object', '3', 'a.txt', `${root}/a.txt`, root.split('/').pop(), 'NoteProperty', ''].join('\n'),
  );
  assert.is(lines(`${script}; $d | Out-String`), lines(`${script}; $i | Out-String`));
});

test('a list property holds its items at its own depth: at -Depth 1 each file is its path text, the provider notes kept', () => {
  lines(`Get-ChildItem '${root}' | Group-Object Extension | Export-Clixml '${xml}' -Depth 2`);
  assert.match(compact(xml), /<Obj N="Group" RefId="\d+"><TN RefId="\d+">(<T>[^<]*<\/T>)+<\/TN><LST><Obj RefId="\d+"><TN RefId="\d+"><T>System.IO.FileInfo<\/T>/);
  lines(`Get-ChildItem '${root}' | Group-Object Extension | Export-Clixml '${xml}' -Depth 1`);
  assert.match(compact(xml), new RegExp(`<LST><Obj RefId="\\d+"><S>${root}/a.txt</S><MS><S N="PSPath">Microsoft.PowerShell.Core\\\\FileSystem::${root}/a.txt</S>`));
  assert.is(lines(`$g = Import-Clixml '${xml}'; $g.Group[0].PSChildName; $g.Group[0].ToString()`), `a.txt\n${root}/a.txt\n`);
});

test('native lists (List[int], ArrayList) are containers: type names and <LST>, even out of depth', () => {
  lines(`$l = [System.Collections.Generic.List[int]]::new(); $l.Add(1); $l.Add(2); $a = [System.Collections.ArrayList]::new(); [void]$a.Add('x'); [pscustomobject]@{ L = $l; A = $a } | Export-Clixml '${xml}' -Depth 1`);
  const text = compact(xml);
  assert.match(text, '<Obj N="L" RefId="1"><TN RefId="1"><T>System.Collections.Generic.List`1[[System.Int32, System.Private.CoreLib, Version=9.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e]]</T><T>System.Object</T></TN><LST><I32>1</I32><I32>2</I32></LST></Obj>');
  assert.match(text, '<Obj N="A" RefId="2"><TN RefId="2"><T>System.Collections.ArrayList</T><T>System.Object</T></TN><LST><S>x</S></LST></Obj>');
  assert.is(lines(`$b = Import-Clixml '${xml}'; $b.L.Count; $b.L[1]; $b.A[0]`), '2\n2\nx\n');
});

test('a generic Dictionary is a <DCT> of its entries, as pwsh writes an IDictionary; it comes back as a Hashtable', () => {
  lines(`$d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d['a'] = 1; $d['b'] = 2; [pscustomobject]@{ D = $d } | Export-Clixml '${xml}' -Depth 1`);
  assert.match(compact(xml), '<T>System.Object</T></TN><DCT><En><S N="Key">a</S><I32 N="Value">1</I32></En><En><S N="Key">b</S><I32 N="Value">2</I32></En></DCT></Obj>');
  assert.is(lines(`$b = Import-Clixml '${xml}'; $b.D['b']; $b.D.GetType().Name; $b.D.pstypenames[0] -like 'Deserialized.System.Collections.Generic.Dictionary*'`), '2\nHashtable\nTrue\n');
});

test('a Regex: its pattern as ToString, its options as an enum', () => {
  lines(`[regex]'a+b' | Export-Clixml '${xml}'`);
  assert.match(compact(xml), '<TN RefId="0"><T>System.Text.RegularExpressions.Regex</T><T>System.Object</T></TN><ToString>a+b</ToString><Props><Obj N="Options" RefId="1"><TN RefId="1"><T>System.Text.RegularExpressions.RegexOptions</T>');
  assert.is(lines(`$r = Import-Clixml '${xml}'; $r.ToString(); $r.Options.ToString(); $r.RightToLeft`), 'a+b\nNone\nFalse\n');
});

test('a CultureInfo is written as in the Windows capture (types.ps1xml SpecificProperties)', () => {
  const captured = capturedClixml().find((body) => body.xml.includes('<T>System.Globalization.CultureInfo</T>'))!.xml;
  lines(`[cultureinfo]'en-US' | Export-Clixml '${xml}'`);
  // psh's CultureInfo has no ThreeLetterWindowsLanguageName.
  assert.is(compact(xml).replace(/^<Objs[^>]*>|<\/Objs>$/g, '').replaceAll(' />', '/>'), captured.replace('<S N="ThreeLetterWindowsLanguageName">ENU</S>', ''));
});

test('a Process (psh itself): a getter that throws (ExitCode of a running process) is left out', () => {
  lines(`Get-Process -Id $PID | Export-Clixml '${xml}' -Depth 1`);
  const text = compact(xml);
  assert.match(text, `<I32 N="Id">${process.pid}</I32>`);
  assert.match(text, '<TN RefId="0"><T>System.Diagnostics.Process</T><T>System.ComponentModel.Component</T><T>System.MarshalByRefObject</T><T>System.Object</T></TN>');
  assert.not.match(text, 'ExitCode');
  assert.is(lines(`$p = Import-Clixml '${xml}'; $p.Id -eq $PID; $p.ProcessName -eq (Get-Process -Id $PID).ProcessName`), 'True\nTrue\n');
});

test.run();
