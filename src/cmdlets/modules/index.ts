/** The module cmdlets: Import-Module, Export-ModuleMember, Get-Module, Remove-Module, New-Module. */
import './module-info.js';
import { exportModuleMemberCmdlets } from './export-module-member.js';
import { importModuleCmdlets } from './import-module.js';

export const moduleCmdlets = [...importModuleCmdlets, ...exportModuleMemberCmdlets];
