/** The cmdlets of pwsh's session-state providers and drives beyond the item cmdlets they share with the file system. */
import type { CmdletInfo } from '../../engine/runtime/commands.js';
import { getPSDrive } from './get-psdrive.js';
import { setItem } from './set-item.js';

export const providerCmdlets: readonly CmdletInfo[] = [getPSDrive, setItem];
