/**
 * The file-system and location cmdlets, run in a fresh temporary directory (removed at the
 * end): listings and their default view, content, items, paths, locations, and pwsh's errors.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import '../../src/engine/index.js';
import { sessionStateStrings, fileSystemProviderStrings, navigationResources, testPathResources, pathUtilsStrings } from '../../src/cmdlets/filesystem/messages.js';
import { mkdirFunctionText } from '../../src/cmdlets/filesystem/mkdir-function.js';
import { run } from '../engine/runtime/run-script.js';
import { testTablesArePwshs } from '../support/pwsh-resources.js';

testTablesArePwshs([
  ['System.Management.Automation/SessionStateStrings.resx', sessionStateStrings],
  ['System.Management.Automation/FileSystemProviderStrings.resx', fileSystemProviderStrings],
  ['System.Management.Automation/PathUtilsStrings.resx', pathUtilsStrings],
  ['Microsoft.PowerShell.Commands.Management/NavigationResources.resx', navigationResources],
  ['Microsoft.PowerShell.Commands.Management/TestPathResources.resx', testPathResources],
]);

let root = '';
/** 2 January 2024, 03:04 local time: the listing's LastWriteTime column shows `01/02/2024 03:04` (psh's culture formats). */
const written = new Date(2024, 0, 2, 3, 4);

/** A fresh tree: a.txt, b.log (three lines, mixed line ends), .hidden, sub/c.txt, sub/deep/d.txt. */
function makeTree(): void {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'sub', 'deep'), { recursive: true });
  writeFileSync(join(root, 'a.txt'), 'hello\n');
  writeFileSync(join(root, 'b.log'), 'l1\nl2\r\nl3');
  writeFileSync(join(root, '.hidden'), 'x\n');
  writeFileSync(join(root, 'sub', 'c.txt'), 'c\n');
  writeFileSync(join(root, 'sub', 'deep', 'd.txt'), 'd\n');
  for (const path of ['a.txt', 'b.log', '.hidden', 'sub', 'sub/c.txt', 'sub/deep', 'sub/deep/d.txt']) utimesSync(join(root, path), written, written);
}

test.before(() => {
  root = mkdtempSync(join(tmpdir(), 'psh-fs-'));
});
test.before.each(makeTree);
test.after(() => rmSync(root, { recursive: true, force: true }));

/** Runs the script in the tree's directory; `<root>` in the expectations stands for it. */
function inTree(script: string): { out: string; err: string } {
  const result = run(`Set-Location '${root}'; ${script}`);
  return { out: result.out, err: result.err };
}

/** Defines pwsh's mkdir function, which is built in on Windows only. */
const defineMkdir = `function mkdir {${mkdirFunctionText}};`;

const cases: [script: string, out: string, err?: string][] = [
  // Listings
  ['Get-ChildItem -Name', 'sub\na.txt\nb.log\n'],
  ['Get-ChildItem -Name -Force', 'sub\n.hidden\na.txt\nb.log\n'],
  ['Get-ChildItem -Name -Hidden', '.hidden\n'],
  ['Get-ChildItem -Name -File', 'a.txt\nb.log\n'],
  ['Get-ChildItem -Name -Directory -Recurse', 'sub\nsub/deep\n'],
  ['Get-ChildItem -Name -Recurse', 'sub\na.txt\nb.log\nsub/deep\nsub/c.txt\nsub/deep/d.txt\n'],
  ['Get-ChildItem -Name -Depth 1', 'sub\na.txt\nb.log\nsub/deep\nsub/c.txt\n'],
  // -Attributes is a FlagsExpression: + is AND, , (or an array) is OR, ! is NOT; naming Hidden lists hidden items.
  ['Get-ChildItem -Name -Attributes Directory', 'sub\n'],
  ['Get-ChildItem -Name -Attributes !Directory', 'a.txt\nb.log\n'],
  ['Get-ChildItem -Name -Attributes H', '.hidden\n'],
  ['Get-ChildItem -Name -Attributes Directory, Hidden', 'sub\n.hidden\n'],
  ['Get-ChildItem -Name -Attributes "Directory, !Directory+Hidden"', 'sub\n.hidden\n'],
  ['Get-ChildItem -Name -Attributes "!Directory+!Hidden" -Force', 'a.txt\nb.log\n'],
  ['Get-ChildItem -Name -File -Attributes "Hidden, Directory"', '.hidden\n'],
  ['Get-ChildItem -Name -Attributes Dir+', '', 'Get-ChildItem: Cannot bind parameter \'Attributes\'. Cannot convert value "Dir+" to type "System.Management.Automation.FlagsExpression`1[System.IO.FileAttributes]". Error: "Unable to parse the expression due to an unexpected token. An identifier name or a NOT (!) operator is expected at the start of the expression, or after an OR (,) operator or an AND (+) operator. Also, an expression must not end with an OR (,), AND (+) or NOT (!) operator."\n'],
  ['Get-ChildItem -Name -Attributes "Hidden Directory"', '', 'Get-ChildItem: Cannot bind parameter \'Attributes\'. Cannot convert value "Hidden Directory" to type "System.Management.Automation.FlagsExpression`1[System.IO.FileAttributes]". Error: "Unable to match the identifier name Hidden Directory to a valid enumerator name. Specify one of the following enumerator names and try again:\nReadOnly, Hidden, System, Directory, Archive, Device, Normal, ReparsePoint, Temporary, SparseFile, Compressed, Offline, NotContentIndexed, Encrypted, IntegrityStream, NoScrubData"\n'],
  ['Get-ChildItem -Name -Attributes "!+Hidden"', '', 'Get-ChildItem: Cannot bind parameter \'Attributes\'. Cannot convert value "!+Hidden" to type "System.Management.Automation.FlagsExpression`1[System.IO.FileAttributes]". Error: "Unable to parse the expression due to an unexpected token after a NOT (!) operator. An identifier name is expected after a NOT (!) operator."\n'],
  ['Get-ChildItem -Name -Attributes D', 'sub\n'],
  ['gci -Filter *.txt -Name', 'a.txt\n'],
  ['dir *.txt -Recurse -Name', 'a.txt\nsub/c.txt\nsub/deep/d.txt\n'],
  ['Get-ChildItem -Include *.log -Name', 'b.log\n'],
  ['Get-ChildItem -Exclude *.log -Name', 'sub\na.txt\n'],
  ['Get-ChildItem sub | ForEach-Object Name', 'deep\nc.txt\n'],
  ['(Get-ChildItem a.txt).FullName', '<root>/a.txt\n'],
  ['$i = Get-Item a.txt; $i.Name; $i.BaseName; $i.Extension; $i.Length; $i.Directory.FullName; $i.PSIsContainer; $i.Mode; $i.UnixMode; $i -is [System.IO.FileInfo]', 'a.txt\na\n.txt\n6\n<root>\nFalse\n-----\n-rw-r--r--\nTrue\n'],
  ['$d = Get-Item sub; $d.Mode; $d.PSIsContainer; $d.Parent.FullName; $d.PSChildName; $d.PSParentPath; $d.PSPath', 'd----\nTrue\n<root>\nsub\nMicrosoft.PowerShell.Core\\FileSystem::<root>\nMicrosoft.PowerShell.Core\\FileSystem::<root>/sub\n'],
  ['"$(Get-Item b.log)"; (Get-Item .hidden -Force).Mode', '<root>/b.log\n---h-\n'],
  // types.ps1xml's members keep their kinds: pwsh 7's `Get-Item a.txt | Get-Member -MemberType CodeProperty, ScriptProperty, AliasProperty`.
  [
    'Get-Item a.txt | Get-Member -MemberType CodeProperty, AliasProperty | ForEach-Object { "$($_.Name)|$($_.MemberType)|$($_.Definition)" }',
    'Target|AliasProperty|Target = LinkTarget\nLinkType|CodeProperty|System.String LinkType{get=GetLinkType;}\nMode|CodeProperty|System.String Mode{get=Mode;}\n' +
      'ModeWithoutHardLink|CodeProperty|System.String ModeWithoutHardLink{get=ModeWithoutHardLink;}\nResolvedTarget|CodeProperty|System.String ResolvedTarget{get=ResolvedTarget;}\n',
  ],
  [
    'Get-Item sub | Get-Member -MemberType ScriptProperty | ForEach-Object Definition',
    'System.Object BaseName {get=$this.Name;}\nSystem.Object Group {get= if ($this.UnixStat) { $this.UnixStat.GetGroupName() } ;}\nSystem.Object Size {get=$this.UnixStat.Size;}\n' +
      'System.Object UnixMode {get=if ($this.UnixStat) { $this.UnixStat.GetModeString() };}\nSystem.Object User {get= if ($this.UnixStat) { $this.UnixStat.GetUserName() } ;}\n',
  ],
  // After the provider's note properties, FileSystemInfo's members (its type table is merged base type first), then FileInfo's.
  [
    '((Get-Item a.txt).psobject.Properties | Where-Object MemberType -ne Property | ForEach-Object { "$($_.Name):$($_.MemberType):$($_.TypeNameOfValue)" }) -join " "',
    'PSPath:NoteProperty:System.String PSParentPath:NoteProperty:System.String PSChildName:NoteProperty:System.String PSDrive:NoteProperty:System.Management.Automation.PSDriveInfo ' +
      'PSProvider:NoteProperty:System.Management.Automation.ProviderInfo PSIsContainer:NoteProperty:System.Boolean UnixMode:ScriptProperty:System.Object User:ScriptProperty:System.Object ' +
      'Group:ScriptProperty:System.Object Size:ScriptProperty:System.Object Mode:CodeProperty:System.String ModeWithoutHardLink:CodeProperty:System.String VersionInfo:ScriptProperty:System.Object ' +
      'BaseName:ScriptProperty:System.Object ' +
      'ResolvedTarget:CodeProperty:System.String Target:AliasProperty:System.String LinkType:CodeProperty:System.String\n',
  ],
  // FileSystem.format.ps1xml's list: a file's entry has Length and VersionInfo (FileVersionInfo's text, nothing read on Unix).
  [
    "(Get-ChildItem | Select-Object -First 2 | Format-List | Out-String -Width 80) -replace '(?m)(?<=^CreationTime   : ).*$', '<time>'",
    '\n    Directory: <root>\n\nName           : sub\nCreationTime   : <time>\nLastWriteTime  : 01/02/2024 03:04:00\nLastAccessTime : 01/02/2024 03:04:00\nMode           : d----\nLinkType       : \nTarget         : \n\n' +
      'Name           : a.txt\nLength         : 6\nCreationTime   : <time>\nLastWriteTime  : 01/02/2024 03:04:00\nLastAccessTime : 01/02/2024 03:04:00\nMode           : -----\nLinkType       : \nTarget         : \n' +
      'VersionInfo    : File:             <root>/a.txt\n                 InternalName:     \n                 OriginalFilename: \n                 FileVersion:      \n                 FileDescription:  \n' +
      '                 Product:          \n                 ProductVersion:   \n                 Debug:            False\n                 Patched:          False\n                 PreRelease:       False\n' +
      '                 PrivateBuild:     False\n                 SpecialBuild:     False\n                 Language:         \n                 \n\n\n',
  ],
  // Then FileInfo's .NET properties and FileSystemInfo's, in .NET's order.
  [
    '((Get-Item a.txt).psobject.Properties | Where-Object MemberType -eq Property).Name -join ","; (Get-Item sub).psobject.Properties.Name[-15..-1] -join ","; (Get-Item a.txt).UnixFileMode',
    'Length,DirectoryName,Directory,IsReadOnly,FullName,Extension,Name,Exists,CreationTime,CreationTimeUtc,LastAccessTime,LastAccessTimeUtc,LastWriteTime,LastWriteTimeUtc,LinkTarget,UnixFileMode,Attributes\n' +
      'Parent,Root,FullName,Extension,Name,Exists,CreationTime,CreationTimeUtc,LastAccessTime,LastAccessTimeUtc,LastWriteTime,LastWriteTimeUtc,LinkTarget,UnixFileMode,Attributes\n' +
      'OtherRead, GroupRead, UserWrite, UserRead\n',
  ],
  ['New-Item -ItemType SymbolicLink -Path l.txt -Value a.txt | Out-Null; $l = Get-Item l.txt; $l.ResolvedTarget; $l.Target; $l.LinkType; (Get-Item a.txt).ResolvedTarget', '<root>/a.txt\na.txt\nSymbolicLink\n<root>/a.txt\n'],
  ['Get-Item .hidden', '', 'Get-Item: Could not find item <root>/.hidden.\n'],
  ['Get-Item nope; Get-ChildItem nope', '', "Get-Item: Cannot find path '<root>/nope' because it does not exist.\nGet-ChildItem: Cannot find path '<root>/nope' because it does not exist.\n"],
  ['Get-Item nope*; "none"', 'none\n'],
  ['try { Get-Item nope -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.Exception.GetType().FullName }', 'PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand\nObjectNotFound\nSystem.Management.Automation.ItemNotFoundException\n'],
  ['Get-ChildItem sub/deep', '\n    Directory: <root>/sub/deep\n\n<header>\n<unix-file> <user> 01/02/2024 03:04            2 d.txt\n\n'],
  // Content
  ['Get-Content b.log', 'l1\nl2\nl3\n'],
  ['$l = Get-Content b.log; $l.Count; $l[1].ReadCount; $l[0].PSChildName; $l[2] -eq "l3"', '3\n2\nb.log\nTrue\n'],
  ['(Get-Content b.log -Raw).Length; gc b.log -TotalCount 1; gc b.log -Last 1; gc b.log -ReadCount 2 | % { $_.Count }', '9\nl1\nl3\n2\n1\n'],
  ['(gc b.log -Delimiter "`n").Count; (gc a.txt -AsByteStream) -join " "', '3\n104 101 108 108 111 10\n'],
  ['Get-Content nope; Get-Content sub', '', "Get-Content: Cannot find path '<root>/nope' because it does not exist.\nGet-Content: Unable to get content because it is a directory: '<root>/sub'. Please use 'Get-ChildItem' instead.\n"],
  ['Set-Content n.txt 1, 2; Add-Content n.txt 3; Get-Content n.txt', '1\n2\n3\n'],
  ['"a", "b" | Set-Content n.txt -NoNewline; Get-Content n.txt -Raw', 'ab\n'],
  ['Set-Content n.txt é -Encoding unicode; (gc n.txt -AsByteStream) -join " "; gc n.txt', '255 254 233 0 10 0\né\n'],
  // StreamReader drops the first byte-order mark only: the second is a U+FEFF character of the text.
  ['Set-Content n.txt -AsByteStream ([byte[]](0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, 0x61)); $t = gc n.txt -Raw; $t.Length; [int]$t[0]', '2\n65279\n'],
  ['Set-Content a.txt x -WhatIf; gc a.txt', 'What if: Performing the operation "Set Content" on target "Path: <root>/a.txt".\nhello\n'],
  ['1..2 | Out-File o.txt; "3" | Out-File o.txt -Append; gc o.txt', '1\n2\n3\n'],
  ['"x" | Out-File a.txt -NoClobber; "next"', 'next\n', 'Out-File: File a.txt already exists and NoClobber was specified.\n'],
  // Without a path: MissingMandatoryParameter (or the prompt) when no input is to come; with input, pwsh's
  // binder waits for LiteralPath by property name and the file is opened with a null path.
  ['Out-File -InputObject 1', '', 'Out-File: Cannot process command because of one or more missing mandatory parameters: FilePath.\n'],
  ['1 | Out-File; $Error[0].FullyQualifiedErrorId', 'ArgumentNull,Microsoft.PowerShell.Commands.OutFileCommand\n', "Out-File: Value cannot be null. (Parameter 'path')\n"],
  ['1 | Set-Content', '', 'Set-Content: The input object cannot be bound because it did not contain the information required to bind all mandatory parameters:  Path\n'],
  ['1 | Add-Content', '', 'Add-Content: The input object cannot be bound because it did not contain the information required to bind all mandatory parameters:  Path\n'],
  ['"r" > "r.txt"; "s" >> "r.txt"; Get-Content ./r.txt', 'r\ns\n'],
  // Items
  ['New-Item n.txt -Value v | % Name; gc n.txt; New-Item n.txt', 'n.txt\nv\n', "New-Item: The file '<root>/n.txt' already exists.\n"],
  ['New-Item -ItemType dir d1 | % PSIsContainer; ni d1 -ItemType Directory; ni -Path sub -Name e.txt | % FullName', 'True\n<root>/sub/e.txt\n', 'New-Item: An item with the specified name <root>/d1 already exists.\n'],
  ['New-Item q -ItemType x', '', 'New-Item: The type is not a known type for the file system. Only "file","directory" or "symboliclink" can be specified.\n'],
  ['Remove-Item a.txt; Test-Path a.txt; Remove-Item sub -Recurse; Test-Path sub; Remove-Item nope', 'False\nFalse\n', "Remove-Item: Cannot find path '<root>/nope' because it does not exist.\n"],
  ['Remove-Item *.txt -WhatIf', 'What if: Performing the operation "Remove File" on target "<root>/a.txt".\n'],
  ['Copy-Item a.txt sub; Copy-Item a.txt z.txt; gc sub/a.txt, z.txt; Copy-Item sub s2; gci s2 -Name; Copy-Item sub s3 -Recurse; gci s3 -Recurse -Name', 'hello\nhello\ndeep\na.txt\nc.txt\ndeep/d.txt\n'],
  ['Move-Item a.txt sub; Test-Path a.txt; Move-Item sub/a.txt m.txt -PassThru | % Name; Move-Item m.txt b.log', 'False\nm.txt\n', "Move-Item: The file '<root>/b.log' already exists.\n"],
  ['Rename-Item a.txt r.txt; Test-Path r.txt; ren nope x', 'True\n', "Rename-Item: Cannot rename because item at 'nope' does not exist.\n"],
  // mkdir: pwsh's script function over New-Item -ItemType Directory, built in on Windows only; defined
  // from its text here so that it is tested everywhere. Elsewhere mkdir and its alias md are the native program.
  [`${defineMkdir} mkdir a | ForEach-Object { "$($_.GetType().Name) $($_.Name)" }; Test-Path a -PathType Container`, 'DirectoryInfo a\nTrue\n'],
  [`${defineMkdir} mkdir b/c | ForEach-Object Name; Test-Path b/c`, 'c\nTrue\n'],
  [`${defineMkdir} mkdir -Name n -Path . | ForEach-Object Name`, 'n\n'],
  [`${defineMkdir} mkdir w -WhatIf; Test-Path w`, 'What if: Performing the operation "Create Directory" on target "Destination: <root>/w".\nFalse\n'],
  [`${defineMkdir} 'p', 'q' | ForEach-Object { [pscustomobject]@{ Path = $_ } } | mkdir | ForEach-Object Name`, 'p\nq\n'],
  // (Shown, the error's position is New-Item's line in the function, which differs from pwsh's steppable pipeline.)
  [`${defineMkdir} mkdir e | Out-Null; try { mkdir e -ErrorAction Stop } catch { $_.Exception.Message }`, 'An item with the specified name <root>/e already exists.\n'],
  ['(Get-Command mkdir).CommandType; (Get-Alias md).Definition; md m | Out-Null; Test-Path m -PathType Container', `${process.platform === 'win32' ? 'Function' : 'Application'}\nmkdir\nTrue\n`],
  // Paths
  ['Test-Path a.txt; Test-Path nope; Test-Path *.log; Test-Path sub -PathType Container; Test-Path sub -PathType Leaf; Test-Path ""; Test-Path ":x" -IsValid', 'True\nFalse\nTrue\nTrue\nFalse\nFalse\nTrue\n'],
  ['Test-Path $null', '', 'Test-Path: The provided Path argument was null or an empty collection.\n'],
  ['Join-Path a b c; Join-Path /tmp/ /x; Join-Path a\\b c; Join-Path a b -Extension .md; Join-Path . *.log -Resolve', 'a/b/c\n/tmp/x\na/b/c\na/b.md\n<root>/b.log\n'],
  ['Split-Path /a/b/c.txt; Split-Path /a/b/c.txt -Leaf; Split-Path c.tar.gz -LeafBase; Split-Path c.txt -Extension; Split-Path /a -Parent; Split-Path a; Split-Path /a/b -IsAbsolute; Split-Path a/b -IsAbsolute; Split-Path /a/b -NoQualifier', '/a/b\nc.txt\nc.tar\n.txt\n/\n\nTrue\nFalse\n/a/b\n'],
  ['Split-Path /a/b -Qualifier', '', "Split-Path: Cannot parse path because path '/a/b' does not have a qualifier specified.\n"],
  ['Resolve-Path *.txt -Relative; Resolve-Path ../c.txt -Relative -RelativeBasePath sub/deep; (Resolve-Path a.txt).Path; Resolve-Path nope', './a.txt\n../c.txt\n<root>/a.txt\n', "Resolve-Path: Cannot find path '<root>/nope' because it does not exist.\n"],
  // Locations
  ['Set-Location sub; $PWD.Path; Get-Location | % Path; cd ..; pwd | % Path', '<root>/sub\n<root>/sub\n<root>\n'],
  ['Get-Location', '\nPath\n----\n<root>\n\n'],
  ['cd sub; cd deep; cd -; $PWD.Path; cd +; $PWD.Path; cd +', '<root>/sub\n<root>/sub/deep\n', 'Set-Location: There is no location history left to navigate forwards.\n'],
  ['cd nope; cd a.txt; cd su*; $PWD.Path', '<root>/sub\n', "Set-Location: Cannot find path '<root>/nope' because it does not exist.\nSet-Location: Cannot find path 'a.txt' because it does not exist.\n"],
  ['Push-Location sub; $PWD.Path; Push-Location deep -StackName s; Pop-Location -StackName s; $PWD.Path; Pop-Location -PassThru | % Path; Pop-Location; Pop-Location -StackName nope', '<root>/sub\n<root>/sub\n<root>\n', "Pop-Location: Cannot find location stack 'nope'. It does not exist or it is not a container.\n"],
  ['cd sub; /bin/pwd; Set-Content s.ps1 "`$PWD.Path"; ./s.ps1', '<root>/sub\n<root>/sub\n'],
  ['Set-Location; $PWD.Path -eq $HOME', 'True\n'],
];

/** The header of the Linux listing, and a file row's fixed columns, with this machine's user and group. */
function expand(text: string): string {
  const user = execSync('id -un').toString().trim();
  const group = execSync('id -gn').toString().trim();
  const header = 'UnixMode         User Group         LastWriteTime         Size Name\n--------         ---- -----         -------------         ---- ----';
  return text
    .replace(/<header>/g, header)
    .replace(/<unix-file>/g, '-rw-r--r--')
    .replace(/<user>/g, `${user.padStart(10)} ${group.padEnd(10)}`)
    .replace(/<root>/g, root);
}

for (const [script, out, err = ''] of cases) {
  test(script, () => {
    const result = inTree(script);
    assert.is(result.out, expand(out), 'stdout');
    assert.is(result.err, expand(err), 'stderr');
  });
}

test('Out-File writes UTF-8 without a byte-order mark, Set-Content -Encoding utf8BOM with one', () => {
  inTree('"é" | Out-File o.txt; Set-Content m.txt é -Encoding utf8BOM');
  assert.equal([...readFileSync(join(root, 'o.txt'))], [0xc3, 0xa9, 0x0a]);
  assert.equal([...readFileSync(join(root, 'm.txt'))], [0xef, 0xbb, 0xbf, 0xc3, 0xa9, 0x0a]);
});

test.run();
