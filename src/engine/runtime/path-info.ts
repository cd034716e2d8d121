/**
 * System.Management.Automation.PathInfo ($PWD, Get-Location, Resolve-Path), with the FileSystem
 * provider and the root drive it names. On Linux the one file-system drive is `/`, so a path's
 * drive-qualified form is the plain absolute path.
 */
import { defineType } from '../dotnet/member-table.js';
import { registerNativeType } from '../dotnet/type-registration.js';
import { psTypeNames } from '../values/index.js';

/** PSPath's prefix for a file-system path. */
export const fileSystemProviderPrefix = 'Microsoft.PowerShell.Core\\FileSystem::';

export class ProviderInfo {
  readonly [psTypeNames] = ['System.Management.Automation.ProviderInfo', 'System.Object'];
  readonly moduleName = 'Microsoft.PowerShell.Core';

  constructor(readonly name = 'FileSystem') {}

  toString(): string {
    return `${this.moduleName}\\${this.name}`;
  }
}

export const fileSystemProvider = new ProviderInfo();

export class PSDriveInfo {
  readonly [psTypeNames] = ['System.Management.Automation.PSDriveInfo', 'System.Object'];
  constructor(
    readonly name = '/',
    readonly root = '/',
    readonly provider: ProviderInfo = fileSystemProvider,
  ) {}

  toString(): string {
    return this.name;
  }
}

export const rootDrive = new PSDriveInfo();

export class PathInfo {
  readonly [psTypeNames] = ['System.Management.Automation.PathInfo', 'System.Object'];

  /** `path` is an absolute file-system path. */
  constructor(readonly path: string) {}

  toString(): string {
    return this.path;
  }
}

registerNativeType('System.Management.Automation.ProviderInfo', ['System.Object'], { isInstance: (value) => value instanceof ProviderInfo });
registerNativeType('System.Management.Automation.PSDriveInfo', ['System.Object'], { isInstance: (value) => value instanceof PSDriveInfo });
registerNativeType('System.Management.Automation.PathInfo', ['System.Object'], { isInstance: (value) => value instanceof PathInfo });

defineType({
  fullName: 'System.Management.Automation.ProviderInfo',
  properties: {
    Name: { type: 'string', get: (provider: ProviderInfo) => provider.name },
    ModuleName: { type: 'string', get: (provider: ProviderInfo) => provider.moduleName },
    PSSnapInName: { type: 'string', get: (provider: ProviderInfo) => provider.moduleName },
  },
});

defineType({
  fullName: 'System.Management.Automation.PSDriveInfo',
  properties: {
    Name: { type: 'string', get: (drive: PSDriveInfo) => drive.name },
    Root: { type: 'string', get: (drive: PSDriveInfo) => drive.root },
    Provider: { type: 'System.Management.Automation.ProviderInfo', get: (drive: PSDriveInfo) => drive.provider },
    CurrentLocation: { type: 'string', get: () => '' },
  },
});

defineType({
  fullName: 'System.Management.Automation.PathInfo',
  properties: {
    Drive: { type: 'System.Management.Automation.PSDriveInfo', get: () => rootDrive },
    Provider: { type: 'System.Management.Automation.ProviderInfo', get: () => fileSystemProvider },
    ProviderPath: { type: 'string', get: (info: PathInfo) => info.path },
    Path: { type: 'string', get: (info: PathInfo) => info.path },
  },
});
