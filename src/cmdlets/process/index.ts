/** The process cmdlets (Microsoft.PowerShell.Management): Get-Process, Stop-Process, Wait-Process and Start-Process. */
import type { CmdletInfo } from '../../engine/runtime/commands.js';
import { getProcessCmdlets } from './get-process.js';
import { startProcessCmdlets } from './start-process.js';
import { stopProcessCmdlets } from './stop-process.js';
import { waitProcessCmdlets } from './wait-process.js';

export const processCmdlets: readonly CmdletInfo[] = [...getProcessCmdlets, ...stopProcessCmdlets, ...waitProcessCmdlets, ...startProcessCmdlets];
