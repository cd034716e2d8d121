/**
 * System.Diagnostics.ProcessModule, what Process.Modules and Get-Process -Module list: a file
 * mapped into the process (proc-fs.ts's mappedModules), with the members types.ps1xml adds (Size
 * in kilobytes, and Company, FileVersion... from its FileVersionInfo, which an ELF file does not
 * have) and pwsh's Size(K) ModuleName FileName table.
 */
import { defineType } from '../../engine/dotnet/member-table.js';
import { registerNativeType } from '../../engine/dotnet/type-registration.js';
import { NumericValue, psTypeNames } from '../../engine/values/index.js';
import { engineViews } from '../../format/index.js';
import { FileVersionInfo } from '../filesystem/file-version-info.js';
import type { MappedModule } from './proc-fs.js';

const moduleTypeName = 'System.Diagnostics.ProcessModule';
const moduleTypeNames = [moduleTypeName, 'System.ComponentModel.Component', 'System.MarshalByRefObject', 'System.Object'];

export class ProcessModule {
  readonly [psTypeNames] = moduleTypeNames;
  readonly fileName: string;
  readonly moduleName: string;
  readonly baseAddress: bigint;
  readonly moduleMemorySize: number;

  constructor(mapped: MappedModule) {
    this.fileName = mapped.fileName;
    this.moduleName = mapped.fileName.slice(mapped.fileName.lastIndexOf('/') + 1);
    this.baseAddress = mapped.baseAddress;
    this.moduleMemorySize = mapped.size;
  }

  get fileVersionInfo(): FileVersionInfo {
    return new FileVersionInfo(this.fileName);
  }

  /** .NET's ProcessModule.ToString(): the type name and the module's name. */
  toString(): string {
    return `${moduleTypeName} (${this.moduleName})`;
  }
}

registerNativeType(moduleTypeName, moduleTypeNames.slice(1), { isInstance: (value) => value instanceof ProcessModule });

/** `$this.ModuleMemorySize / 1024`: whole kilobytes as an Int32, as PowerShell's division gives them, else a Double. */
function kilobytes(module: ProcessModule): number | NumericValue {
  const size = module.moduleMemorySize / 1024;
  return Number.isInteger(size) ? size : NumericValue.double(size);
}

const versionField = (field: string) => ({ type: 'System.Object', get: () => null, typeTable: { memberType: 'ScriptProperty', getterScript: `$this.FileVersionInfo.${field}` } }) as const;

defineType({
  fullName: moduleTypeName,
  properties: {
    Size: { type: 'System.Object', get: kilobytes, typeTable: { memberType: 'ScriptProperty', getterScript: '$this.ModuleMemorySize / 1024' } },
    Company: versionField('CompanyName'),
    FileVersion: versionField('FileVersion'),
    ProductVersion: versionField('ProductVersion'),
    Description: versionField('FileDescription'),
    Product: versionField('ProductName'),
    ModuleName: { type: 'string', get: (module: ProcessModule) => module.moduleName },
    FileName: { type: 'string', get: (module: ProcessModule) => module.fileName },
    BaseAddress: { type: 'System.IntPtr', get: (module: ProcessModule) => module.baseAddress },
    ModuleMemorySize: { type: 'int', get: (module: ProcessModule) => module.moduleMemorySize },
    // Not known on Linux; .NET gives zero.
    EntryPointAddress: { type: 'System.IntPtr', get: () => 0n },
    FileVersionInfo: { type: 'System.Diagnostics.FileVersionInfo', get: (module: ProcessModule) => module.fileVersionInfo },
  },
  methods: [['string ToString()', (module: ProcessModule) => module.toString()]],
});

engineViews.register(moduleTypeName, {
  kind: 'table',
  name: 'ProcessModule',
  columns: [
    { label: 'Size(K)', width: 10, alignment: 'right', value: 'Size' },
    { width: 50, value: 'ModuleName' },
    { value: 'FileName' },
  ],
});
