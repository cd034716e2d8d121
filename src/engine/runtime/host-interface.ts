/**
 * What the engine asks of the host's user interface while a command runs: confirmation
 * choices (ShouldProcess), values for missing mandatory parameters, and lines typed at
 * Read-Host (secrets unechoed). The console host answers on the terminal; a non-interactive host refuses, so that
 * pwsh's non-interactive errors follow.
 */
import type { ShouldProcessHost } from '../../binding/index.js';
import { runtimeError } from './errors.js';

export interface HostUserInterface extends ShouldProcessHost {
  /** False under -NonInteractive or without a terminal: prompts become errors. */
  readonly interactive: boolean;
  /** One line of input after `prompt` is shown; null at end of input. */
  readLine(prompt: string): string | null;
  /**
   * A line that must not show as typed (Read-Host -AsSecureString or -MaskInput, a credential's
   * password): pwsh's console echoes `*` per character. Null at end of input; Ctrl+C stops the pipeline.
   */
  readSecret(prompt: string): string | null;
}

/** ConsoleHostUserInterfaceStrings.ReadFailsOnNonInteractiveFlag. */
const readFailsOnNonInteractive = 'PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.';

function refuse(): never {
  throw runtimeError('InvalidOperation', 'InvalidOperation', readFailsOnNonInteractive, 'System.Management.Automation.PSInvalidOperationException');
}

/** The host of a run that cannot ask anything: reads and prompts fail as pwsh's -NonInteractive; lines go to `writeLine`. */
export function nonInteractiveHost(writeLine: (text: string) => void): HostUserInterface {
  return { interactive: false, readLine: refuse, readSecret: refuse, promptForChoice: refuse, writeLine };
}
