/** The core of Pester 5 as built-in commands: test structure, Should, Mock and Invoke-Pester. */
import type { CmdletInfo } from '../../engine/runtime/commands.js';
import { invokePesterCmdlets } from './invoke-pester.js';
import { mockCmdlets } from './mock.js';
import { mockAssertionCmdlets } from './mock-assertions.js';
import { shouldCmdlets } from './should.js';
import { structureCmdlets } from './structure.js';

export const pesterCmdlets: readonly CmdletInfo[] = [...structureCmdlets, ...shouldCmdlets, ...mockCmdlets, ...mockAssertionCmdlets, ...invokePesterCmdlets];
