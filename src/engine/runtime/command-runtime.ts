/**
 * What a built-in command uses to produce results: its bound parameters, WriteObject and the
 * other stream writers, each honouring the preference variables in the caller's scope and the
 * command's own common parameters (-ErrorAction, -Verbose, ...).
 */
import { toPSString } from '../conversion/index.js';
import { ShouldProcess, ShouldProcessStopped, type ParameterBinder } from '../../binding/index.js';
import type { ScriptBlock } from '../values/index.js';
import { argsArray } from './command-binding.js';
import { runScriptBlock } from './command-processors.js';
import { emitEnumerated } from './compile-pipeline.js';
import { StopUpstreamException } from './control-flow.js';
import { ErrorRecord, ExceptionValue, InvocationInfo, newErrorRecord, PSErrorException, type ErrorCategoryName } from './error-record.js';
import type { Frame } from './frame.js';
import { formatMessage, runtimeStrings } from './messages.js';
import { preference, writeErrorRecord, type ActionPreference, type PreferenceVariable } from './preferences.js';
import { ScriptBlockValue } from './script-block.js';
import type { ProgressRecord } from './streams.js';

export class CommandRuntime {
  constructor(
    /** The caller's frame with this command's output and (redirected) streams. */
    readonly frame: Frame,
    readonly commandName: string,
    /** Made when first needed (an error, $MyInvocation): most invocations never need it. */
    private readonly invocationInfo: () => InvocationInfo,
    /** The command's binder: its bound parameters follow each pipeline object. */
    private readonly binder: ParameterBinder,
    /** The processor running the command, which StopUpstreamException names. */
    private readonly processor: object,
  ) {}

  get invocation(): InvocationInfo {
    return this.invocationInfo();
  }

  private shouldProcessState: ShouldProcess | null = null;

  /**
   * Cmdlet.ShouldProcess(target, action): -WhatIf writes `What if: ...` and declines,
   * -Confirm or a ConfirmImpact at $ConfirmPreference asks the host; Yes/No to All hold for the
   * rest of this invocation. A Halt (or an interrupted prompt) stops the pipeline.
   */
  shouldProcess(target: string, action?: string): boolean {
    return this.confirming((state) => (action === undefined ? state.shouldProcess(target) : state.shouldProcess(target, action)));
  }

  /** Cmdlet.ShouldProcess(verboseDescription, verboseWarning, caption): the caller's own texts. */
  shouldProcessWithTexts(description: string, warning: string | null, caption: string | null): boolean {
    return this.confirming((state) => state.shouldProcessWithTexts(description, warning, caption));
  }

  private confirming(decide: (state: ShouldProcess) => boolean): boolean {
    const host = this.frame.context.host;
    const state = (this.shouldProcessState ??= new ShouldProcess(
      this.binder.command,
      {
        whatIf: this.bound.get('WhatIf') as boolean | undefined,
        confirm: this.bound.get('Confirm') as boolean | undefined,
        verbose: this.action('', 'VerbosePreference', 'Verbose') === 'continue',
        whatIfPreference: this.frame.variable('WhatIfPreference'),
        confirmPreference: this.frame.variable('ConfirmPreference'),
      },
      {
        promptForChoice: (caption, message, choices, defaultChoice) => host.promptForChoice(caption, message, choices, defaultChoice),
        writeLine: (text) => host.writeLine(text),
        writeVerbose: (text) => this.writeVerbose(text),
        enterNestedPrompt: host.enterNestedPrompt && (() => host.enterNestedPrompt!()),
      },
    ));
    try {
      return decide(state);
    } catch (e) {
      if (!(e instanceof ShouldProcessStopped)) throw e;
      const record = newErrorRecord(new ExceptionValue(e.exceptionTypeName, e.message), e.errorId, 'OperationStopped', null, this.invocation);
      record.terminatesScript = true;
      throw new PSErrorException(record);
    }
  }

  /** Ends the commands before this one in the pipeline (Select-Object -First has all it needs). */
  stopUpstream(): never {
    throw new StopUpstreamException(this.processor);
  }

  /** The bound parameters by declared name ($PSBoundParameters). */
  get bound(): ReadonlyMap<string, unknown> {
    return this.binder.boundParameterValues;
  }

  /** The arguments no parameter took, as a simple function's $args holds them (Pester's mocks of simple functions pass them on). */
  unboundArguments(): unknown[] {
    return argsArray(this.binder);
  }

  /** $PSCmdlet.ParameterSetName. */
  get parameterSetName(): string {
    return this.binder.parameterSetName;
  }

  /** A bound parameter's value (by its declared name), or undefined when it was not given. */
  parameter(name: string): unknown {
    return this.binder.boundParameterValues.get(name);
  }

  has(name: string): boolean {
    return this.parameter(name) !== undefined;
  }

  switch(name: string): boolean {
    return this.parameter(name) === true;
  }

  /** Runs a script block in the caller's scope with $_ set, its output going to this command's output. */
  invokeInCallerScope(block: ScriptBlock, dollarUnder: unknown, args: readonly unknown[] = []): void {
    runScriptBlock(this.frame, ScriptBlockValue.from(block), args, { dotSource: true, dollarUnder });
  }

  /** Runs a script block in the caller's scope with $_ set and returns its output. */
  evaluateInCallerScope(block: ScriptBlock, dollarUnder: unknown): unknown[] {
    const items: unknown[] = [];
    runScriptBlock(this.frame.withOutput((v) => { items.push(v); }), ScriptBlockValue.from(block), [], { dotSource: true, dollarUnder });
    return items;
  }

  /**
   * Runs a script block in a new scope under the caller's with $_ set and returns its output
   * (pwsh's DoInvokeReturnAsIs with a local scope: calculated properties, sort keys).
   */
  evaluateInNewScope(block: ScriptBlock, dollarUnder: unknown): unknown[] {
    const items: unknown[] = [];
    runScriptBlock(this.frame.withOutput((v) => { items.push(v); }), ScriptBlockValue.from(block), [], { dollarUnder });
    return items;
  }

  /** An error record of this cmdlet: the error id is suffixed with its implementing type, as pwsh's FullyQualifiedErrorId. */
  errorRecord(exceptionTypeName: string, message: string, errorId: string, category: ErrorCategoryName, target: unknown = null): ErrorRecord {
    return newErrorRecord(new ExceptionValue(exceptionTypeName, message), `${errorId},${this.binder.command.errorIdSuffix}`, category, target, this.invocation);
  }

  writeObject(value: unknown, enumerate = false): void {
    if (enumerate) emitEnumerated(this.frame.out, value);
    else this.frame.out(value);
  }

  /** The effective preference: the common parameter if given, else the caller's preference variable. */
  private action(parameter: string, variable: PreferenceVariable, switchParameter?: string): ActionPreference {
    const given = this.parameter(parameter);
    if (given !== undefined && given !== null) return toPSString(given).toLowerCase() as ActionPreference;
    if (switchParameter !== undefined) {
      const flag = this.parameter(switchParameter);
      if (flag === true) return 'continue';
      if (flag === false) return 'silentlycontinue';
    }
    return preference(this.frame, variable);
  }

  writeError(record: ErrorRecord): void {
    record.withInvocation(this.invocation);
    writeErrorRecord(this.frame, record, this.action('ErrorAction', 'ErrorActionPreference'));
  }

  writeWarning(message: string): void {
    if (this.shouldWrite(this.action('WarningAction', 'WarningPreference'), 'WarningPreference', message)) this.frame.streams.warning(message);
  }

  writeVerbose(message: string): void {
    if (this.shouldWrite(this.action('', 'VerbosePreference', 'Verbose'), 'VerbosePreference', message)) this.frame.streams.verbose(message);
  }

  writeDebug(message: string): void {
    if (this.shouldWrite(this.action('', 'DebugPreference', 'Debug'), 'DebugPreference', message)) this.frame.streams.debug(message);
  }

  writeInformation(messageData: unknown, tags: readonly string[], fromHost = false, noNewLine = false): void {
    // Write-Host output is shown unless -InformationAction says otherwise; the preference variable does not hide it.
    const given = this.parameter('InformationAction');
    const action = fromHost
      ? ((given === undefined || given === null ? 'continue' : toPSString(given).toLowerCase()) as ActionPreference)
      : this.action('InformationAction', 'InformationPreference');
    if (this.shouldWrite(action, 'InformationPreference', toPSString(messageData))) {
      this.frame.streams.information({ messageData, tags, fromHost, noNewLine });
    }
  }

  /** WriteProgress: to the host's progress stream unless -ProgressAction or $ProgressPreference says otherwise. */
  writeProgress(record: ProgressRecord): void {
    if (this.shouldWrite(this.action('ProgressAction', 'ProgressPreference'), 'ProgressPreference', record.activity)) this.frame.streams.progress?.(record);
  }

  /** Continue writes; Stop raises ActionPreferenceStopException; the others drop the message. */
  private shouldWrite(action: ActionPreference, variable: PreferenceVariable, message: string): boolean {
    if (action === 'continue' || action === 'inquire') return true;
    if (action === 'stop') {
      const exception = new ExceptionValue('System.Management.Automation.ActionPreferenceStopException', formatMessage(runtimeStrings.ErrorPreferenceStop, variable, message));
      const record = newErrorRecord(exception, 'ActionPreferenceStop', 'OperationStopped', null, this.invocation);
      record.terminatesScript = true;
      throw new PSErrorException(record);
    }
    return false;
  }
}
