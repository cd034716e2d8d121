/** The object family (ForEach-Object, Where-Object, Select/Sort/Group/Measure/Compare/Tee-Object, the member cmdlets); each noun lives in its own module. */
import type { CmdletInfo } from '../engine/runtime/commands.js';
import { addMemberCmdlets } from './add-member.js';
import { compareCmdlets } from './compare.js';
import { forEachObjectCmdlets } from './foreach-object.js';
import { getMemberCmdlets } from './get-member.js';
import { groupCmdlets } from './group.js';
import { measureCmdlets } from './measure.js';
import { newObjectCmdlets } from './new-object.js';
import { selectCmdlets } from './select.js';
import { sortCmdlets } from './sort.js';
import { teeCmdlets } from './tee.js';
import { whereObjectCmdlets } from './where-object.js';

export const objectCmdlets: readonly CmdletInfo[] = [
  ...forEachObjectCmdlets,
  ...whereObjectCmdlets,
  ...selectCmdlets,
  ...sortCmdlets,
  ...groupCmdlets,
  ...measureCmdlets,
  ...compareCmdlets,
  ...teeCmdlets,
  ...addMemberCmdlets,
  ...getMemberCmdlets,
  ...newObjectCmdlets,
];
