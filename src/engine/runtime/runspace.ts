/**
 * A runspace: one session's global scope with pwsh's automatic and preference variables, and
 * the entry points that run script text or a script file at top level, the way pwsh -Command
 * and -File do (an unhandled terminating error is shown and ends the run).
 */
import { readFileSync } from 'node:fs';
import { homedir, platform, release, type, version as osVersion } from 'node:os';
import { parse } from '../../../grammar/parser/index.js';
import type { ParseError } from '../../../grammar/errors.js';
import { convertTo } from '../conversion/index.js';
import { utf8NoBom } from '../dotnet/types/system-text-encoding.js';
import type { PSTypeInfo } from '../types/index.js';
import { Hashtable, ScriptBlock, Version } from '../values/index.js';
import type { CommandArgument } from './command-binding.js';
import { noInput, runScriptBlock, ScriptBlockProcessor } from './command-processors.js';
import { builtinFunctionTexts, FunctionInfo } from './commands.js';
import { ExitException } from './control-flow.js';
import { ErrorRecord, PSErrorException } from './error-record.js';
import { isControlFlow, toErrorRecord } from './errors.js';
import './default-prompt.js';
import { EngineIntrinsics } from './engine-intrinsics.js';
import { ExecutionContext, Frame, type ScriptBlockRunner } from './frame.js';
import { sessionHistory } from './history.js';
import { HostInfo } from './host-info.js';
import { preferenceTypes } from './preferences.js';
import { PSVariable } from './session-state.js';
import { scopedItemOptions, setVariableOptions } from './variable-options.js';
import { ScriptBlockValue } from './script-block.js';
import { PipelineStoppedException } from './stop-request.js';
import type { Emit, StreamSinks } from './streams.js';
import { psVersion } from './version.js';

export { psVersion };

export interface RunOutcome {
  /** `exit N` ran (N), or null. */
  exitCode: number | null;
  /** An unhandled terminating error ended the run. */
  terminated: boolean;
  /** The script did not parse; nothing ran. */
  parseErrors: readonly ParseError[];
  /** A stop request (Ctrl+C) ended the run. */
  stopped?: boolean;
}

const runner: ScriptBlockRunner = {
  invoke(frame, block, args, dollarUnder) {
    const items: unknown[] = [];
    runScriptBlock(frame.withOutput((v) => { items.push(v); }), ScriptBlockValue.from(block), args, { dollarUnder });
    return items;
  },
  create(text) {
    return ScriptBlockValue.parse(text);
  },
};

/**
 * .NET's RuntimeInformation.OSDescription, $PSVersionTable.OS: the distribution's PRETTY_NAME on
 * Linux, Windows and its version on Windows, the kernel as `uname -srv` shows it elsewhere.
 */
function operatingSystemDescription(): string {
  if (platform() === 'win32') return `Microsoft Windows ${release()}`;
  if (platform() === 'linux') {
    try {
      const prettyName = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
      if (prettyName) return prettyName;
    } catch {
      // No os-release: the kernel, as below.
    }
  }
  return `${type()} ${release()} ${osVersion()}`;
}

export class Runspace {
  readonly context: ExecutionContext;

  constructor(
    private readonly output: Emit,
    streams: StreamSinks,
  ) {
    this.context = new ExecutionContext(streams, runner);
    this.defineAutomaticVariables();
    for (const [name, text] of builtinFunctionTexts()) {
      // Parsed when first called or inspected: parsing every one here would slow every start.
      this.context.globalScope.defineFunction(new FunctionInfo(name, false, () => ScriptBlockValue.parse(text)));
    }
  }

  private defineAutomaticVariables(): void {
    const global = this.context.globalScope;
    const os = platform();
    const define = (name: string, value: unknown, options = 0) => setVariableOptions(global.define(new PSVariable(name, value)), options);
    // pwsh's ScopedItemOptions for its automatic variables.
    const constant = scopedItemOptions.Constant | scopedItemOptions.AllScope;
    const readOnly = scopedItemOptions.ReadOnly | scopedItemOptions.AllScope;
    const version = (text: string) => Version.parse(text)!;
    // Read as constants by compiled code; defined so that Get-Variable lists them and Set-Variable refuses them.
    define('true', true, constant);
    define('false', false, constant);
    define('null', null, constant);
    define('PSVersionTable', Hashtable.from([
      ['PSVersion', version(psVersion)],
      ['PSEdition', 'Core'],
      ['GitCommitId', psVersion],
      ['OS', operatingSystemDescription()],
      ['Platform', os === 'win32' ? 'Win32NT' : 'Unix'],
      ['PSCompatibleVersions', ['1.0', '2.0', '3.0', '4.0', '5.0', '5.1', '6.0', '7.0'].map(version)],
      ['PSRemotingProtocolVersion', version('2.3')],
      ['SerializationVersion', version('1.1.0.1')],
      ['WSManStackVersion', version('3.0')],
    ]), constant);
    define('PSEdition', 'Core', constant);
    define('HOME', homedir(), readOnly);
    define('PID', process.pid, constant);
    define('ShellId', 'Microsoft.PowerShell', constant);
    define('IsLinux', os === 'linux', readOnly);
    define('IsMacOS', os === 'darwin', readOnly);
    define('IsWindows', os === 'win32', readOnly);
    define('IsCoreCLR', true, readOnly);
    define('NestedPromptLevel', 0);
    // Typed as pwsh's ArgumentTypeConverterAttribute types them: an assignment converts (or fails) at once.
    const typed = (name: string, type: PSTypeInfo, value: string) => global.define(new PSVariable(name, convertTo(value, type), type));
    const { ActionPreference, ConfirmImpact, ErrorView } = preferenceTypes;
    typed('ErrorActionPreference', ActionPreference, 'Continue');
    typed('WarningPreference', ActionPreference, 'Continue');
    typed('VerbosePreference', ActionPreference, 'SilentlyContinue');
    typed('DebugPreference', ActionPreference, 'SilentlyContinue');
    typed('InformationPreference', ActionPreference, 'SilentlyContinue');
    typed('ProgressPreference', ActionPreference, 'Continue');
    typed('ConfirmPreference', ConfirmImpact, 'High');
    define('WhatIfPreference', false);
    typed('ErrorView', ErrorView, 'ConciseView');
    define('FormatEnumerationLimit', 4);
    define('MaximumErrorCount', 256);
    define('MaximumHistoryCount', 4096);
    define('PSSessionApplicationName', 'wsman');
    define('PSSessionConfigurationName', 'http://schemas.microsoft.com/powershell/Microsoft.PowerShell');
    define('PSNativeCommandArgumentPassing', os === 'win32' ? 'Windows' : 'Standard');
    define('PSNativeCommandUseErrorActionPreference', false);
    define('ConsoleFileName', '', scopedItemOptions.ReadOnly);
    define('PSCulture', 'en-US');
    define('PSUICulture', 'en-US');
    define('EnabledExperimentalFeatures', [], constant);
    // Encoding.Default: what pwsh pipes to native programs with.
    define('OutputEncoding', utf8NoBom);
    // The .NET stack trace of the last exception in pwsh: psh has none to show.
    define('StackTrace', null);
    define('PSScriptRoot', '');
    define('PSCommandPath', null);
    const host = new HostInfo(this.context);
    define('Host', host, constant);
    define('ExecutionContext', new EngineIntrinsics(this.context, host), constant);
  }

  private topFrame(): Frame {
    return new Frame(this.context, this.context.globalScope, this.output, this.context.hostStreams, null);
  }

  /**
   * Runs text as `pwsh -Command` does: in the global scope. `input` supplies $input (pwsh -c
   * reads its standard input there); it is called only if the command reads $input.
   */
  runCommand(text: string, input?: () => unknown[]): RunOutcome {
    const result = parse(text);
    if (result.errors.length > 0) return { exitCode: null, terminated: false, parseErrors: result.errors };
    if (input) this.context.globalScope.define(PSVariable.lazy('input', input));
    return this.runBlock(new ScriptBlockValue(result.ast), [], null);
  }

  /** Runs a command line typed at a prompt as runCommand does, adding it to the session's history when it ends. */
  runInteractiveCommand(text: string): RunOutcome {
    const history = sessionHistory(this.context);
    history.beginCommand(text);
    const outcome = this.runCommand(text);
    history.endCommand(outcome.stopped ? 'Stopped' : outcome.terminated || outcome.parseErrors.length > 0 ? 'Failed' : 'Completed');
    return outcome;
  }

  /** Runs a script file's text as `pwsh -File` does: in a new script scope, with its arguments bound. */
  runScript(text: string, path: string, args: readonly CommandArgument[]): RunOutcome {
    const result = parse(text, path);
    if (result.errors.length > 0) return { exitCode: null, terminated: false, parseErrors: result.errors };
    return this.runBlock(new ScriptBlockValue(result.ast), args, path);
  }

  private runBlock(block: ScriptBlockValue, args: readonly CommandArgument[], path: string | null): RunOutcome {
    const frame = this.topFrame();
    const processor = new ScriptBlockProcessor(frame, block, args, path, path === null ? { dotSource: true } : { isScript: true });
    try {
      processor.begin();
      processor.process(noInput);
      processor.end();
      processor.clean();
      return { exitCode: processor.exitCode, terminated: false, parseErrors: [] };
    } catch (e) {
      try {
        processor.clean();
      } catch {
        // The error that ended the run is the one to report; a failing clean block adds nothing.
      }
      if (e instanceof ExitException) {
        this.context.globalScope.define(new PSVariable('LASTEXITCODE', e.exitCode));
        return { exitCode: e.exitCode, terminated: false, parseErrors: [] };
      }
      if (e instanceof PipelineStoppedException) {
        this.context.lastSuccess = false;
        return { exitCode: null, terminated: false, parseErrors: [], stopped: true };
      }
      if (isControlFlow(e)) return { exitCode: null, terminated: false, parseErrors: [] };
      const record: ErrorRecord = e instanceof PSErrorException ? e.errorRecord : toErrorRecord(e, null);
      this.context.lastSuccess = false;
      this.context.recordError(record);
      this.context.hostStreams.error(record);
      return { exitCode: null, terminated: true, parseErrors: [] };
    }
  }

  /**
   * Runs script text in the global scope as one pipeline with `input` piped into it, writing to
   * the given sinks: what a remote pipeline (or any host running several commands at once) needs.
   * Errors that end the run are thrown; parse errors are returned.
   */
  invokePipeline(text: string, output: Emit, streams: StreamSinks = this.context.hostStreams, input?: Iterable<unknown>): readonly ParseError[] {
    const result = parse(text);
    if (result.errors.length > 0) return result.errors;
    const frame = new Frame(this.context, this.context.globalScope, output, streams, null);
    const processor = new ScriptBlockProcessor(frame, new ScriptBlockValue(result.ast), [], null, { dotSource: true, expectsInput: input !== undefined });
    try {
      processor.begin();
      if (input === undefined) processor.process(noInput);
      else for (const item of input) processor.process(item);
      processor.end();
    } finally {
      processor.clean();
    }
    return [];
  }

  /** Runs a script block value (for hosts and tests that hold one). */
  invoke(block: ScriptBlock, args: readonly unknown[] = []): unknown[] {
    return runner.invoke(this.topFrame(), block, args);
  }
}
