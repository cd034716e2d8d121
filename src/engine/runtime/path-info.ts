/**
 * System.Management.Automation.PathInfo ($PWD, Get-Location, Resolve-Path), with the FileSystem
 * provider and the root drive it names. On Linux the one file-system drive is `/`, so a path's
 * drive-qualified form is the plain absolute path.
 */
import { statfsSync } from 'node:fs';
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
    readonly description = '/',
    /** The drive's location in a session, without the root (only Get-PSDrive's copies know it). */
    readonly currentLocation = '',
  ) {}

  /** This drive as Get-PSDrive shows it in a session whose location on it is `location`. */
  at(location: string): PSDriveInfo {
    return new PSDriveInfo(this.name, this.root, this.provider, this.description, location);
  }

  /** pwsh's Used and Free script properties: a file-system drive's space in bytes (.NET's DriveInfo), null for other drives. */
  space(): { used: number; free: number } | null {
    if (this.provider !== fileSystemProvider) return null;
    const stats = statfsSync(this.root);
    return { used: (stats.blocks - stats.bavail) * stats.bsize, free: stats.bavail * stats.bsize };
  }

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
    Description: { type: 'string', get: (drive: PSDriveInfo) => drive.description },
    CurrentLocation: { type: 'string', get: (drive: PSDriveInfo) => drive.currentLocation },
    Used: { type: 'long', get: (drive: PSDriveInfo) => drive.space()?.used ?? null },
    Free: { type: 'long', get: (drive: PSDriveInfo) => drive.space()?.free ?? null },
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
