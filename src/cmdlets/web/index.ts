/** The web cmdlets: Invoke-WebRequest and Invoke-RestMethod (Microsoft.PowerShell.Utility). */
import type { CmdletInfo } from '../../engine/runtime/commands.js';
import { invokeRestMethod } from './invoke-rest-method.js';
import { invokeWebRequest } from './invoke-web-request.js';

export const webCmdlets: readonly CmdletInfo[] = [invokeWebRequest, invokeRestMethod];
