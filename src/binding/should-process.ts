/**
 * ShouldProcess as pwsh decides it (MshCommandRuntime.DoShouldProcess): -WhatIf or
 * $WhatIfPreference writes `What if: ...` and declines; a ConfirmImpact below $ConfirmPreference
 * (or -Confirm:$false) proceeds; otherwise the host asks, and Yes to All / No to All answer every
 * later call of the same command invocation.
 */
import { formatMessage, toBoolean, toPSString } from '../engine/conversion/index.js';
import { commandBaseStrings, consoleHostStrings } from './messages.js';
import type { CommandMetadata, ConfirmImpact } from './metadata.js';

export interface ChoiceDescription {
  /** The label with its hot key marked by `&` (`&Yes`). */
  readonly label: string;
  readonly helpMessage: string;
}

/** The host side of ShouldProcess. */
export interface ShouldProcessHost {
  /** PSHostUserInterface.PromptForChoice: the index chosen, or -1 when the user interrupted. */
  promptForChoice(caption: string, message: string, choices: readonly ChoiceDescription[], defaultChoice: number): number;
  /** Where `What if:` lines go (the host's UI, not the pipeline). */
  writeLine(text: string): void;
  writeVerbose?(text: string): void;
  /** Present when the host can suspend into a nested prompt; [S] Suspend is offered only then. */
  enterNestedPrompt?(): void;
}

/** What decides ShouldProcess for one command invocation. */
export interface ShouldProcessPreferences {
  /** -WhatIf as bound (true/false), or undefined when not given. */
  readonly whatIf?: boolean;
  /** -Confirm as bound (true/false), or undefined when not given. */
  readonly confirm?: boolean;
  /** -Verbose or $VerbosePreference in effect: an automatic Yes writes the description as verbose. */
  readonly verbose?: boolean;
  /** $WhatIfPreference. */
  readonly whatIfPreference?: unknown;
  /** $ConfirmPreference (a ConfirmImpact name or value); High when unset. */
  readonly confirmPreference?: unknown;
}

export type ContinueStatus = 'Yes' | 'YesToAll' | 'No' | 'NoToAll';

/** ActionPreferenceStopException from a confirmation prompt (Halt or Ctrl+C). */
export class ShouldProcessStopped extends Error {
  readonly errorId = 'ActionPreferenceStop';
  readonly category = 'OperationStopped';
  readonly exceptionTypeName = 'System.Management.Automation.ActionPreferenceStopException';
}

const impactOrder: readonly ConfirmImpact[] = ['None', 'Low', 'Medium', 'High'];

function confirmImpactOf(value: unknown): ConfirmImpact {
  if (value === null || value === undefined) return 'High';
  const text = toPSString(value).trim();
  const byName = impactOrder.find((i) => i.toLowerCase() === text.toLowerCase());
  if (byName) return byName;
  const n = Number(text);
  return Number.isInteger(n) && n >= 0 && n < impactOrder.length ? impactOrder[n]! : 'High';
}

/** The ShouldProcess state of one command invocation. */
export class ShouldProcess {
  private lastStatus: ContinueStatus | null = null;

  constructor(
    private readonly command: CommandMetadata,
    private readonly preferences: ShouldProcessPreferences,
    private readonly host: ShouldProcessHost,
  ) {}

  /** -WhatIf, else $WhatIfPreference. */
  get whatIf(): boolean {
    if (this.preferences.whatIf !== undefined) return this.preferences.whatIf;
    const preference = this.preferences.whatIfPreference;
    return preference !== undefined && preference !== null && toBoolean(preference);
  }

  /** The threshold: -Confirm means Low, -Confirm:$false None, else $ConfirmPreference. */
  get confirmPreference(): ConfirmImpact {
    if (this.preferences.confirm === true) return 'Low';
    if (this.preferences.confirm === false) return 'None';
    return confirmImpactOf(this.preferences.confirmPreference);
  }

  /** $PSCmdlet.ShouldProcess(target) and ShouldProcess(target, action); the action defaults to the command name. */
  shouldProcess(target: string, action: string = this.command.name): boolean {
    const description = formatMessage(commandBaseStrings.ShouldProcessMessage, action, target);
    return this.decide(description, null, null);
  }

  /** ShouldProcess(verboseDescription, verboseWarning, caption): the caller's own texts. */
  shouldProcessWithTexts(verboseDescription: string, verboseWarning: string | null, caption: string | null): boolean {
    return this.decide(verboseDescription, verboseWarning, caption);
  }

  private decide(description: string, warning: string | null, caption: string | null): boolean {
    if (this.lastStatus === 'NoToAll') return false;
    if (this.lastStatus === 'YesToAll') return true;
    if (this.whatIf) {
      this.host.writeLine(formatMessage(commandBaseStrings.ShouldProcessWhatIfMessage, description));
      return false;
    }
    const threshold = this.confirmPreference;
    if (threshold === 'None' || impactOrder.indexOf(threshold) > impactOrder.indexOf(this.command.confirmImpact)) {
      if (this.preferences.verbose) this.host.writeVerbose?.(description);
      return true;
    }
    const message = warning || formatMessage(commandBaseStrings.ShouldProcessWarningFallback, description);
    this.lastStatus = this.inquire(message, caption || commandBaseStrings.InquireCaptionDefault);
    return this.lastStatus === 'Yes' || this.lastStatus === 'YesToAll';
  }

  /** InquireHelper: Yes, Yes to All, No, No to All and, when the host can, Suspend. */
  private inquire(message: string, caption: string): ContinueStatus {
    const choices = confirmationChoices(this.host.enterNestedPrompt !== undefined);
    const outcomes: readonly (ContinueStatus | 'Suspend')[] = ['Yes', 'YesToAll', 'No', 'NoToAll', 'Suspend'];
    for (;;) {
      const response = this.host.promptForChoice(caption, message, choices, 0);
      if (response === -1) throw new ShouldProcessStopped(commandBaseStrings.InquireCtrlC);
      const outcome = outcomes[response];
      if (outcome === undefined) throw new ShouldProcessStopped(commandBaseStrings.InquireHalt);
      if (outcome !== 'Suspend') return outcome;
      this.host.enterNestedPrompt?.();
    }
  }
}

/** The confirmation choices in pwsh's order. */
export function confirmationChoices(allowSuspend: boolean): ChoiceDescription[] {
  const choices: ChoiceDescription[] = [
    { label: commandBaseStrings.ContinueOneLabel, helpMessage: commandBaseStrings.ContinueOneHelpMessage },
    { label: commandBaseStrings.ContinueAllLabel, helpMessage: commandBaseStrings.ContinueAllHelpMessage },
    { label: commandBaseStrings.SkipOneLabel, helpMessage: commandBaseStrings.SkipOneHelpMessage },
    { label: commandBaseStrings.SkipAllLabel, helpMessage: commandBaseStrings.SkipAllHelpMessage },
  ];
  if (allowSuspend) choices.push({ label: commandBaseStrings.PauseLabel, helpMessage: formatMessage(commandBaseStrings.PauseHelpMessage, 'exit') });
  return choices;
}

/** A label's hot key (the character after `&`, upper-cased) and its text without the marker. */
export function hotkeyAndLabel(label: string): { hotkey: string; text: string } {
  const amp = label.indexOf('&');
  if (amp < 0 || amp === label.length - 1) return { hotkey: '', text: label };
  return { hotkey: label[amp + 1]!.toUpperCase(), text: label.slice(0, amp) + label.slice(amp + 1) };
}

/** The console host's choice line: `[Y] Yes  [A] Yes to All  ...  [?] Help (default is "Y"): `. */
export function choicePromptLine(choices: readonly ChoiceDescription[], defaultChoice: number): string {
  let line = '';
  for (const choice of choices) {
    const { hotkey, text } = hotkeyAndLabel(choice.label);
    line += `[${hotkey}] ${text}  `;
  }
  line += consoleHostStrings.PromptForChoiceHelp;
  const chosen = choices[defaultChoice];
  if (chosen) {
    const { hotkey, text } = hotkeyAndLabel(chosen.label);
    line += formatMessage(consoleHostStrings.DefaultChoicePrompt, hotkey || text);
  }
  return line;
}
