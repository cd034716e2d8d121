/**
 * psh's built-in cmdlets, one module per noun family. Each module exports its CmdletInfo list;
 * a cmdlet's aliases (pwsh's built-in ones) are part of its CommandSpec.
 */
import type { CmdletInfo } from '../engine/runtime/commands.js';
import { formatCmdlets } from './format.js';
import { objectCmdlets } from './object.js';
import { outCmdlets } from './out.js';
import { writeCmdlets } from './write.js';

export const builtinCmdlets: readonly CmdletInfo[] = [
  ...writeCmdlets,
  ...outCmdlets,
  ...objectCmdlets,
  ...formatCmdlets,
];
