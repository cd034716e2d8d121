/**
 * System.Diagnostics.FileVersionInfo, the VersionInfo types.ps1xml gives a FileInfo. On Unix
 * .NET reads version resources only from managed assemblies; psh reads none, so every file
 * shows what .NET shows for a file without them: its name, empty strings, zero parts and
 * false flags.
 */
import { existsSync } from 'node:fs';
import { defineType, type PropertyDefinition } from '../../engine/dotnet/member-table.js';
import { DotNetException } from '../../engine/dotnet/errors.js';
import { registerNativeType } from '../../engine/dotnet/type-registration.js';
import { psTypeNames } from '../../engine/values/index.js';

export const fileVersionInfoType = 'System.Diagnostics.FileVersionInfo';

export class FileVersionInfo {
  readonly [psTypeNames] = [fileVersionInfoType, 'System.Object'];

  constructor(readonly fileName: string) {}

  /** .NET's ToString: one `Label:` line per field, padded to one column, each line ended. */
  toString(): string {
    const lines: [string, string][] = [
      ['File', this.fileName],
      ['InternalName', ''],
      ['OriginalFilename', ''],
      ['FileVersion', ''],
      ['FileDescription', ''],
      ['Product', ''],
      ['ProductVersion', ''],
      ['Debug', 'False'],
      ['Patched', 'False'],
      ['PreRelease', 'False'],
      ['PrivateBuild', 'False'],
      ['SpecialBuild', 'False'],
      ['Language', ''],
    ];
    return lines.map(([label, value]) => `${`${label}:`.padEnd(18)}${value}\n`).join('');
  }
}

/** FileVersionInfo.GetVersionInfo: a missing file is a FileNotFoundException whose message is the name given. */
export function versionInfo(path: string): FileVersionInfo {
  if (!existsSync(path)) throw new DotNetException('System.IO.FileNotFoundException', path);
  return new FileVersionInfo(path);
}

registerNativeType(fileVersionInfoType, ['System.Object'], { isInstance: (value) => value instanceof FileVersionInfo });

const text: PropertyDefinition = { type: 'string', get: () => null };
const part: PropertyDefinition = { type: 'int', get: () => 0 };
const flag: PropertyDefinition = { type: 'bool', get: () => false };

defineType({
  fullName: fileVersionInfoType,
  // .NET's order, which Format-List * follows.
  properties: {
    Comments: text,
    CompanyName: text,
    FileBuildPart: part,
    FileDescription: text,
    FileMajorPart: part,
    FileMinorPart: part,
    FileName: { type: 'string', get: (info: FileVersionInfo) => info.fileName },
    FilePrivatePart: part,
    FileVersion: text,
    InternalName: text,
    IsDebug: flag,
    IsPatched: flag,
    IsPrivateBuild: flag,
    IsPreRelease: flag,
    IsSpecialBuild: flag,
    Language: text,
    LegalCopyright: text,
    LegalTrademarks: text,
    OriginalFilename: text,
    PrivateBuild: text,
    ProductBuildPart: part,
    ProductMajorPart: part,
    ProductMinorPart: part,
    ProductName: text,
    ProductPrivatePart: part,
    ProductVersion: text,
    SpecialBuild: text,
  },
  methods: [
    ['static System.Diagnostics.FileVersionInfo GetVersionInfo(string fileName)', (_type, [fileName]: [string]) => versionInfo(fileName)],
  ],
});
