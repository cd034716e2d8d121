/**
 * System.Management.Automation.CommandTypes, the flags every CommandInfo's CommandType has and
 * Get-Command -CommandType filters by: for AliasInfo (alias.ts), ApplicationInfo
 * (application-info.ts) and the cmdlet and function infos (command-discovery.ts).
 */
import { defineEnum } from '../engine/dotnet/enums.js';

export const commandTypes = {
  Alias: 1, Function: 2, Filter: 4, Cmdlet: 8, ExternalScript: 16, Application: 32, Script: 64, Configuration: 256, All: 383,
} as const;

export const commandTypesType = defineEnum('System.Management.Automation.CommandTypes', commandTypes, true);
