/** The FileSystem provider's cmdlets: items, content and paths, with the views for their objects. */
import type { CmdletInfo } from '../../engine/runtime/commands.js';
import { childItemCmdlets } from './child-items.js';
import { clearContentCmdlets } from './clear-content.js';
import { contentCmdlets } from './content.js';
import { itemCmdlets } from './item-commands.js';
import './mkdir-function.js';
import { outFileCmdlets } from './out-file.js';
import { pathCmdlets } from './path-commands.js';
import './views.js';

export const fileSystemCmdlets: readonly CmdletInfo[] = [...childItemCmdlets, ...contentCmdlets, ...clearContentCmdlets, ...itemCmdlets, ...pathCmdlets, ...outFileCmdlets];
