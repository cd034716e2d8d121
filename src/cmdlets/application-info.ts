/**
 * System.Management.Automation.ApplicationInfo: a program Get-Command finds on PATH (or by its
 * path), shown in the CommandInfo table as pwsh shows it: Name is the file name, Source and
 * Definition the full path.
 */
import { basename, extname } from 'node:path';
import { enumValue } from '../engine/conversion/index.js';
import { defineType } from '../engine/dotnet/member-table.js';
import { registerNativeType } from '../engine/dotnet/type-registration.js';
import { psTypeNames, Version } from '../engine/values/index.js';
import { registerCommandInfoTable } from './command-info-view.js';
import { commandTypes, commandTypesType } from './command-types.js';

const applicationInfoType = 'System.Management.Automation.ApplicationInfo';

export class ApplicationInfo {
  readonly [psTypeNames] = [applicationInfoType, 'System.Management.Automation.CommandInfo', 'System.Object'];
  constructor(readonly path: string) {}
  get name(): string {
    return basename(this.path);
  }
  toString(): string {
    return this.name;
  }
}

registerNativeType(applicationInfoType, ['System.Management.Automation.CommandInfo', 'System.Object'], { isInstance: (v) => v instanceof ApplicationInfo });

defineType({
  fullName: applicationInfoType,
  properties: {
    CommandType: { type: 'System.Management.Automation.CommandTypes', get: () => enumValue(commandTypesType, BigInt(commandTypes.Application)) },
    Name: { type: 'string', get: (a: ApplicationInfo) => a.name },
    Definition: { type: 'string', get: (a: ApplicationInfo) => a.path },
    Path: { type: 'string', get: (a: ApplicationInfo) => a.path },
    Source: { type: 'string', get: (a: ApplicationInfo) => a.path },
    Extension: { type: 'string', get: (a: ApplicationInfo) => extname(a.path) },
    // pwsh reads the file's version resource; a program without one (every program off Windows) has 0.0.0.0.
    Version: { type: 'version', get: () => new Version(0, 0, 0, 0) },
    Visibility: { type: 'System.Management.Automation.SessionStateEntryVisibility', get: () => 'Public' },
    ModuleName: { type: 'string', get: () => '' },
    OutputType: { type: 'System.Management.Automation.PSTypeName[]', get: () => ['System.String'] },
  },
});

registerCommandInfoTable(applicationInfoType, 'Name');
