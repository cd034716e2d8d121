import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../runtime/run-script.js';

/** Runs `script` with the process in a fresh temporary folder; `check` sees the folder and the output. */
function inTempDir(check: (dir: string, script: (text: string) => { out: string; err: string }) => void): void {
  const previous = process.cwd();
  const dir = mkdtempSync(join(tmpdir(), 'psh-io-'));
  try {
    process.chdir(dir);
    check(dir, run);
  } finally {
    process.chdir(previous);
    rmSync(dir, { recursive: true, force: true });
  }
}

const results: readonly (readonly [name: string, setup: (dir: string) => void, script: string, out: string])[] = [
  ['Exists: a file, not a folder or a missing path', (dir) => { writeFileSync(join(dir, 'a'), ''); mkdirSync(join(dir, 'sub')); },
    "[IO.File]::Exists('a'); [IO.File]::Exists('sub'); [IO.File]::Exists('none'); [IO.File]::Exists($null)", 'True\nFalse\nFalse\nFalse\n'],
  ['ReadAllText drops a UTF-8 mark', (dir) => writeFileSync(join(dir, 'a'), Buffer.from([0xef, 0xbb, 0xbf, 0x68, 0x69])), "[IO.File]::ReadAllText('a').Length", '2\n'],
  ['ReadAllText decodes UTF-16 LE and BE by their marks', (dir) => {
    writeFileSync(join(dir, 'le'), Buffer.from([0xff, 0xfe, 0x68, 0, 0x69, 0]));
    writeFileSync(join(dir, 'be'), Buffer.from([0xfe, 0xff, 0, 0x68, 0, 0x69]));
  }, "[IO.File]::ReadAllText('le'); [IO.File]::ReadAllText('be')", 'hi\nhi\n'],
  ['ReadAllText with an encoding reads unmarked bytes in it', (dir) => writeFileSync(join(dir, 'a'), Buffer.from([0x68, 0, 0x69, 0])),
    "[IO.File]::ReadAllText('a', [Text.Encoding]::Unicode)", 'hi\n'],
  ['ReadAllLines splits on \\r\\n, \\n and \\r, a final break ends the last line', (dir) => writeFileSync(join(dir, 'a'), 'a\r\nb\nc\rd\n'),
    "$l = [IO.File]::ReadAllLines('a'); $l.Count; $l -join '|'", '4\na|b|c|d\n'],
  ['ReadAllBytes gives a byte[]', (dir) => writeFileSync(join(dir, 'a'), Buffer.from([1, 2, 255])),
    "$b = [IO.File]::ReadAllBytes('a'); $b.GetType().FullName; $b -join ','", 'System.Byte[]\n1,2,255\n'],
  ['Copy, Move and Delete', (dir) => writeFileSync(join(dir, 'a'), 'x'),
    "[IO.File]::Copy('a', 'b'); [IO.File]::Move('b', 'c'); [IO.File]::Exists('b'); [IO.File]::ReadAllText('c'); [IO.File]::Delete('c'); [IO.File]::Exists('c'); [IO.File]::Delete('c')", 'False\nx\nFalse\n'],
  ['Copy and Move with overwrite replace the target', (dir) => { writeFileSync(join(dir, 'a'), 'new'); writeFileSync(join(dir, 'b'), 'old'); writeFileSync(join(dir, 'c'), 'old'); },
    "[IO.File]::Copy('a', 'b', $true); [IO.File]::ReadAllText('b'); [IO.File]::Move('b', 'c', $true); [IO.File]::ReadAllText('c')", 'new\nnew\n'],
];

for (const [name, setup, script, out] of results) {
  test(`File: ${name}`, () => inTempDir((dir, script_) => {
    setup(dir);
    const result = script_(script);
    assert.is(result.err, '');
    assert.is(result.out, out);
  }));
}

const written: readonly (readonly [name: string, script: string, bytes: number[]])[] = [
  ['WriteAllText writes UTF-8 without a mark', "[IO.File]::WriteAllText('f', 'é')", [0xc3, 0xa9]],
  ['WriteAllText with Encoding.UTF8 writes its mark', "[IO.File]::WriteAllText('f', 'é', [Text.Encoding]::UTF8)", [0xef, 0xbb, 0xbf, 0xc3, 0xa9]],
  ['WriteAllText with Encoding.Unicode writes UTF-16 LE with its mark', "[IO.File]::WriteAllText('f', 'h', [Text.Encoding]::Unicode)", [0xff, 0xfe, 0x68, 0]],
  ['WriteAllLines ends each line with a newline', "[IO.File]::WriteAllLines('f', [string[]]('a', 'b'))", [0x61, 0x0a, 0x62, 0x0a]],
  ['WriteAllLines takes any enumerable of strings', "[IO.File]::WriteAllLines('f', ('a', 'b'))", [0x61, 0x0a, 0x62, 0x0a]],
  ['AppendAllText adds to the end, AppendAllLines a line', "[IO.File]::WriteAllText('f', 'a'); [IO.File]::AppendAllText('f', 'b'); [IO.File]::AppendAllLines('f', [string[]]'c')", [0x61, 0x62, 0x63, 0x0a]],
  ['AppendAllText with an encoding writes the mark only into an empty file', "[IO.File]::AppendAllText('f', 'a', [Text.Encoding]::UTF8); [IO.File]::AppendAllText('f', 'b', [Text.Encoding]::UTF8)", [0xef, 0xbb, 0xbf, 0x61, 0x62]],
  ['WriteAllBytes writes the bytes as given', "[IO.File]::WriteAllBytes('f', [byte[]](0, 128, 255))", [0, 128, 255]],
];

for (const [name, script, bytes] of written) {
  test(`File: ${name}`, () => inTempDir((dir, script_) => {
    assert.is(script_(script).err, '');
    assert.equal([...readFileSync(join(dir, 'f'))], bytes);
  }));
}

const failures: readonly (readonly [script: string, error: (dir: string) => string])[] = [
  ["[IO.File]::ReadAllText('none')", (dir) => `Exception calling "ReadAllText" with "1" argument(s): "Could not find file '${dir}/none'."`],
  ["[IO.File]::ReadAllBytes('no/none')", (dir) => `Exception calling "ReadAllBytes" with "1" argument(s): "Could not find a part of the path '${dir}/no/none'."`],
  ["[IO.File]::ReadAllText('')", () => `Exception calling "ReadAllText" with "1" argument(s): "The value cannot be an empty string. (Parameter 'path')"`],
  ['[IO.File]::ReadAllLines($null)', () => `Exception calling "ReadAllLines" with "1" argument(s): "Value cannot be null. (Parameter 'path')"`],
  ["[IO.File]::ReadAllText('sub')", (dir) => `Exception calling "ReadAllText" with "1" argument(s): "Access to the path '${dir}/sub' is denied."`],
  ["[IO.File]::Copy('a', 'b')", (dir) => `Exception calling "Copy" with "2" argument(s): "The file '${dir}/b' already exists."`],
  ["[IO.File]::Copy('none', 'c')", (dir) => `Exception calling "Copy" with "2" argument(s): "Could not find file '${dir}/none'."`],
  ["[IO.File]::Move('a', 'b')", (dir) => `Exception calling "Move" with "2" argument(s): "The file '${dir}/b' already exists."`],
  ["[IO.File]::Delete('no/none')", (dir) => `Exception calling "Delete" with "1" argument(s): "Could not find a part of the path '${dir}/no/none'."`],
];

for (const [script, error] of failures) {
  test(`File error: ${script}`, () => inTempDir((dir, script_) => {
    writeFileSync(join(dir, 'a'), '');
    writeFileSync(join(dir, 'b'), '');
    mkdirSync(join(dir, 'sub'));
    assert.ok(script_(script).err.includes(error(dir)), script_(script).err);
  }));
}

test('File: a relative path follows the process directory, not Set-Location', () => inTempDir((dir, script_) => {
  mkdirSync(join(dir, 'elsewhere'));
  assert.is(script_("Set-Location elsewhere; [IO.File]::WriteAllText('f', 'x'); [Environment]::CurrentDirectory -eq (Get-Location).ProviderPath").err, '');
  assert.is(readFileSync(join(dir, 'f'), 'utf8'), 'x');
}));

const tree = (dir: string) => {
  mkdirSync(join(dir, 'a', 'b', 'c'), { recursive: true });
  writeFileSync(join(dir, 'a', 'x.txt'), '');
  writeFileSync(join(dir, 'a', 'b', 'y.txt'), '');
  writeFileSync(join(dir, 'a', 'b', 'z.log'), '');
};

const directoryResults: readonly (readonly [script: string, out: string])[] = [
  ["[IO.Directory]::Exists('a'); [IO.Directory]::Exists('a/x.txt'); [IO.Directory]::Exists('none')", 'True\nFalse\nFalse\n'],
  ["[IO.Directory]::GetFiles('a')", 'a/x.txt\n'],
  ["[IO.Directory]::GetFiles('a/', '*.txt', 'AllDirectories')", 'a/x.txt\na/b/y.txt\n'],
  ["[IO.Directory]::GetFiles('a', '?.log', [IO.SearchOption]::AllDirectories)", 'a/b/z.log\n'],
  ["[IO.Directory]::GetFiles('a', 'X*')", ''],
  ["[IO.Directory]::GetDirectories('a'); [IO.Directory]::GetDirectories('a', '*', 'AllDirectories').Count", 'a/b\n2\n'],
  ["[IO.Directory]::EnumerateFiles('a', '*.*', 'AllDirectories').Count; [IO.Directory]::EnumerateDirectories('a').Count", '3\n1\n'],
  ["$d = [IO.Directory]::CreateDirectory('n/m'); $d.GetType().FullName; $d.Name; [IO.Directory]::Exists('n/m')", 'System.IO.DirectoryInfo\nm\nTrue\n'],
  ["[IO.Directory]::Move('a', 'moved'); [IO.Directory]::Exists('a'); [IO.Directory]::GetFiles('moved')", 'False\nmoved/x.txt\n'],
  ["[IO.Directory]::Delete('a/b/c'); [IO.Directory]::Exists('a/b/c'); [IO.Directory]::Delete('a', $true); [IO.Directory]::Exists('a')", 'False\nFalse\n'],
];

for (const [script, out] of directoryResults) {
  test(`Directory: ${script}`, () => inTempDir((dir, script_) => {
    tree(dir);
    const result = script_(script);
    assert.is(result.err, '');
    assert.is(result.out, out);
  }));
}

const directoryFailures: readonly (readonly [script: string, error: (dir: string) => string])[] = [
  ["[IO.Directory]::GetFiles('none')", (dir) => `Exception calling "GetFiles" with "1" argument(s): "Could not find a part of the path '${dir}/none'."`],
  ["[IO.Directory]::Delete('none')", (dir) => `Exception calling "Delete" with "1" argument(s): "Could not find a part of the path '${dir}/none'."`],
  ["[IO.Directory]::Delete('a')", (dir) => `Exception calling "Delete" with "1" argument(s): "Directory not empty : '${dir}/a'"`],
  ["[IO.Directory]::CreateDirectory('a/x.txt')", (dir) => `Exception calling "CreateDirectory" with "1" argument(s): "The file '${dir}/a/x.txt' already exists."`],
  ["[IO.Directory]::Move('a', 'a/b')", (dir) => `Exception calling "Move" with "2" argument(s): "Cannot create '${dir}/a/b' because a file or directory with the same name already exists."`],
  ["[IO.Directory]::GetFiles('')", () => `Exception calling "GetFiles" with "1" argument(s): "The value cannot be an empty string. (Parameter 'path')"`],
];

for (const [script, error] of directoryFailures) {
  test(`Directory error: ${script}`, () => inTempDir((dir, script_) => {
    tree(dir);
    const { err } = script_(script);
    assert.ok(err.includes(error(dir)), err);
  }));
}

test('Directory: GetCurrentDirectory is the process directory, not Set-Location', () => inTempDir((dir, script_) => {
  mkdirSync(join(dir, 'elsewhere'));
  assert.is(script_('Set-Location elsewhere; [IO.Directory]::GetCurrentDirectory()').out, `${process.cwd()}\n`);
}));

test.run();
