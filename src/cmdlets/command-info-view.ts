/**
 * PowerShellCore.format.ps1xml's CommandInfo table, shared by the command types that use it
 * (CmdletInfo, FunctionInfo, AliasInfo): CommandType, Name, Version and Source columns.
 */
import { engineViews } from '../format/index.js';

/** Registers the CommandInfo table for a type; `nameProperty` fills the Name column (AliasInfo shows its DisplayName, "name -> definition"). */
export function registerCommandInfoTable(typeName: string, nameProperty: 'Name' | 'DisplayName'): void {
  engineViews.register(typeName, {
    kind: 'table',
    columns: [
      { label: 'CommandType', width: 15, value: 'CommandType' },
      { label: 'Name', width: 50, value: nameProperty },
      { label: 'Version', width: 10, value: 'Version' },
      { label: 'Source', value: 'Source' },
    ],
  });
}
