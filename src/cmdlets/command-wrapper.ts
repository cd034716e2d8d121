/**
 * pwsh's CommandWrapper: one cmdlet driving another (Tee-Object through Out-File or
 * Set-Variable) with named parameters, begin/process/end in step with its own, the inner
 * command's output discarded.
 */
import { CmdletProcessor } from '../engine/runtime/command-processors.js';
import type { CommandRuntime } from '../engine/runtime/command-runtime.js';
import type { CmdletInfo } from '../engine/runtime/commands.js';

export class CommandWrapper {
  private readonly processor: CmdletProcessor;

  constructor(runtime: CommandRuntime, cmdlet: CmdletInfo, parameters: Readonly<Record<string, unknown>>) {
    const args = Object.entries(parameters).map(([name, value]) => ({ kind: 'parameter' as const, name, colon: true, value }));
    // Placed second in a pipeline of its own: it takes the wrapping command's input.
    this.processor = new CmdletProcessor(runtime.frame.withOutput(() => {}), cmdlet, args, null, 2);
    this.processor.begin();
  }

  process(input: unknown): void {
    this.processor.process(input);
  }

  end(): void {
    this.processor.end();
  }
}
