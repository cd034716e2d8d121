/** The module cmdlets: Import-Module, Export-ModuleMember, Get-Module, Remove-Module, New-Module. */
import './module-info.js';
import './module-autoload.js';
import { exportModuleMemberCmdlets } from './export-module-member.js';
import { getModuleCmdlets } from './get-module.js';
import { importModuleCmdlets } from './import-module.js';
import { newModuleCmdlets } from './new-module.js';
import { removeModuleCmdlets } from './remove-module.js';

export const moduleCmdlets = [...importModuleCmdlets, ...exportModuleMemberCmdlets, ...getModuleCmdlets, ...removeModuleCmdlets, ...newModuleCmdlets];
