/**
 * Command processors: one per pipeline element, each with begin/process/end as pwsh's
 * CommandProcessor has. Objects stream one at a time: a processor's output calls the next
 * processor's `process` directly.
 */
import { spawnSync } from 'node:child_process';
import type { Extent } from '../../../grammar/extent.js';
import type { ParameterBinder } from '../../binding/index.js';
import { convertTo, toPSString } from '../conversion/index.js';
import { Hashtable } from '../values/index.js';
import { argsArray, bindCommandLine, bindingException, positionalArguments, type CommandArgument } from './command-binding.js';
import type { CmdletImplementation, CmdletInfo } from './commands.js';
import { CommandRuntime } from './command-runtime.js';
import { PSCmdletValue } from './ps-cmdlet.js';
import { checkRequires, importRequiredModules } from './requires.js';
import { psVersion } from './version.js';
import { withCommonVariables } from './common-variables.js';
import { ExitException, ReturnException } from './control-flow.js';
import { InvocationInfo, PSErrorException } from './error-record.js';
import { runtimeError } from './errors.js';
import { Frame, type CommandFrameInfo } from './frame.js';
import { runtimeStrings } from './messages.js';
import type { Stmt } from './compile-statement.js';
import type { CompiledScriptBlock, ScriptBlockValue } from './script-block.js';
import { callParentScope, importModuleByName } from './module-scope.js';
import { PSVariable, Scope, type DeferredVariables } from './session-state.js';
import type { Emit } from './streams.js';

/** The `process` argument of the first command in a pipeline: it runs once, without input. */
export const noInput: unique symbol = Symbol('noInput');

export interface CommandProcessor {
  begin(): void;
  process(input: unknown): void;
  end(): void;
  /** The `clean` block: runs after the pipeline ends, even when it failed or was stopped. */
  clean?(): void;
}

/** The automatic variables every call has, by their ordinalIgnoreCaseKey: made when first used. */
const keys = { args: 'ARGS', boundParameters: 'PSBOUNDPARAMETERS', myInvocation: 'MYINVOCATION', input: 'INPUT' } as const;
const automaticKeys: readonly string[] = Object.values(keys);

const noBoundParameters: ReadonlyMap<string, unknown> = new Map();

/** $input of a block that has had no input (an empty array nothing writes to). */
const noInputObjects: readonly unknown[] = Object.freeze([]);

/** Deep recursion ends in ScriptCallDepthException, before the JS stack runs out. */
const maxCallDepth = 500;

const commonParameterPreferences: Record<string, string> = {
  erroraction: 'ErrorActionPreference',
  warningaction: 'WarningPreference',
  informationaction: 'InformationPreference',
  progressaction: 'ProgressPreference',
};

/**
 * The command a function's frame belongs to. A class rather than an object literal with a
 * getter: V8 gives each such literal its own hidden class, and those chains kept every call's
 * objects alive through young-generation collections (100k calls took seconds in GC).
 */
class FunctionFrameInfo implements CommandFrameInfo {
  constructor(
    readonly name: string,
    readonly isScript: boolean,
    private readonly processor: ScriptBlockProcessor,
  ) {}

  get invocation(): InvocationInfo {
    return this.processor.invocationInfo();
  }
}

/** A function, filter, script block or script file invoked as a command. */
export class ScriptBlockProcessor implements CommandProcessor, DeferredVariables {
  private frame!: Frame;
  private binder!: ParameterBinder;
  private bound: ReadonlyMap<string, unknown> = noBoundParameters;
  private runtime: CommandRuntime | null = null;
  private psCmdlet: PSCmdletValue | null = null;
  private readonly collected: unknown[] = [];
  /** Parameters that take pipeline input: their variables follow each bound object. */
  private pipelineParameters: readonly string[] = [];
  private invocation: InvocationInfo | null = null;
  /** The code a script ended with through `exit`, or null. */
  exitCode: number | null = null;

  constructor(
    private readonly caller: Frame,
    private readonly block: ScriptBlockValue,
    private readonly args: readonly CommandArgument[],
    /** The command name (function name, script path), or null for an anonymous block. */
    private readonly name: string | null,
    private readonly options: {
      dotSource?: boolean;
      extent?: Extent | null;
      /** A script file: runs in a new script scope and ends at `exit`. */
      isScript?: boolean;
      /** Whether pipeline input is coming; by default, when the command is not the pipeline's first. */
      expectsInput?: boolean;
      /** The command's place in its pipeline, from 1 (the mandatory-parameter prompt names it). */
      position?: number;
      /** $_ for the whole invocation (ForEach-Object, .Where(), switch clauses). */
      dollarUnder?: unknown;
    } = {},
  ) {}

  invocationInfo(): InvocationInfo {
    return (this.invocation ??= new InvocationInfo(this.name, this.options.extent ?? null, this.options.isScript ? 'ExternalScript' : 'Function'));
  }

  begin(): void {
    if (this.options.isScript && this.name) {
      const scriptName = this.name.replace(/^.*[\\/]/, '');
      checkRequires(this.block.ast, scriptName, psVersion);
      importRequiredModules(this.block.ast, scriptName, (moduleName) => importModuleByName(this.caller, moduleName));
    }
    const compiled = this.block.compiled;
    const context = this.caller.context;
    const scope = this.options.dotSource ? this.caller.scope : new Scope(this.block.closureScope ?? callParentScope(this.block.module, this.caller.scope), this.options.isScript ?? false);
    // A block without parameters given no arguments (`{ $_ * 2 }` run for each object) has nothing to bind.
    const metadata = nothingToBind(compiled, this.args) ? null : compiled.metadata(this.name ?? '', this.caller);
    const binder = metadata && bindCommandLine(this.caller, metadata, this.args, this.options.expectsInput ?? (this.options.position ?? 1) > 1, () => this.invocationInfo(), this.options.position);
    if (binder) this.binder = binder;
    const bound = binder?.boundParameterValues ?? noBoundParameters;
    this.bound = bound;
    const name = this.name;
    const isScript = this.options.isScript ?? false;
    this.frame = new Frame(context, scope, this.caller.out, this.caller.streams, name === null ? this.caller.command : new FunctionFrameInfo(name, isScript, this));
    if (compiled.isAdvanced) this.frame = withCommonVariables(this.frame, this.caller, bound);
    // An unbound typed parameter holds default(T) for a value type ([datetime] too, which $null
    // does not convert to) and $null converted to T otherwise ([string]: '').
    for (const parameter of compiled.parameters) {
      const { name, key, type, isSwitch } = parameter;
      let value: unknown;
      if (bound.has(name)) value = bound.get(name);
      else if (parameter.defaultValue) {
        const given = parameter.defaultValue(this.frame) ?? null;
        value = type ? convertTo(given, type) : given;
      } else value = isSwitch ? false : type ? (type.defaultValue?.() ?? convertTo(null, type)) : null;
      scope.defineKey(key, new PSVariable(name, value, type));
    }
    if (metadata && compiled.isAdvanced) {
      this.pipelineParameters = metadata.parameters
        .filter((p) => p.setData.some((d) => d.valueFromPipeline || d.valueFromPipelineByPropertyName))
        .map((p) => p.name);
      for (const [name, value] of bound) {
        const lowered = name.toLowerCase();
        if (commonParameterPreferences[lowered]) scope.define(new PSVariable(commonParameterPreferences[lowered], value));
        else if (lowered === 'verbose' || lowered === 'debug') scope.define(new PSVariable(`${name}Preference`, value === true ? 'Continue' : 'SilentlyContinue'));
        else if (lowered === 'whatif') scope.define(new PSVariable('WhatIfPreference', value === true));
      }
      scope.define(PSVariable.lazy('PSCmdlet', () => (this.psCmdlet = new PSCmdletValue(this.commandRuntime()))));
    }
    if (!this.options.dotSource) {
      scope.deferVariables(this);
      if (this.options.isScript && this.name) {
        scope.define(new PSVariable('PSCommandPath', this.name));
        scope.define(new PSVariable('PSScriptRoot', this.name.replace(/[\\/][^\\/]*$/, '')));
      }
    }
    if (this.options.dollarUnder !== undefined) this.frame.setLocal('_', this.options.dollarUnder);
    if (compiled.begin) this.run(compiled.begin);
  }

  readonly deferredKeys = automaticKeys;
  /** $PSBoundParameters once the body has read it. */
  private boundParametersTable: Hashtable | undefined;

  /** $args, $PSBoundParameters, $MyInvocation or $input of the call's scope, when first used. */
  createDeferred(key: string): PSVariable | undefined {
    switch (key) {
      case keys.args:
        return new PSVariable('args', this.binder ? argsArray(this.binder) : []);
      case keys.boundParameters:
        return PSVariable.lazy('PSBoundParameters', () => (this.boundParametersTable = Hashtable.from(this.bound)));
      case keys.myInvocation:
        return PSVariable.lazy('MyInvocation', () => this.invocationInfo());
      case keys.input:
        return new PSVariable('input', noInputObjects);
    }
    return undefined;
  }

  private commandRuntime(): CommandRuntime {
    return (this.runtime ??= new CommandRuntime(this.frame, this.name ?? '', () => this.invocationInfo(), this.binder, this));
  }

  /** An advanced function binds each input object to its pipeline parameters; false when it did not bind (the error is written). */
  private bindInput(input: unknown): boolean {
    if (!this.block.compiled.isAdvanced) return true;
    const outcome = this.binder.bindPipelineObject(input);
    if (!outcome.bound) {
      this.commandRuntime().writeError(bindingException(outcome.error, this.invocationInfo(), input).errorRecord);
      return false;
    }
    this.psCmdlet?.refreshParameterSetName();
    const bound = this.binder.boundParameterValues;
    for (const name of this.pipelineParameters) {
      if (!bound.has(name)) continue;
      this.frame.scope.local(name)!.value = bound.get(name);
      // $PSBoundParameters is live, as pwsh's binder keeps it: each object's values replace the last's.
      this.boundParametersTable?.set(name, bound.get(name));
    }
    return true;
  }

  process(input: unknown): void {
    const compiled = this.block.compiled;
    if (input === noInput) {
      if (compiled.process) this.run(compiled.process);
      return;
    }
    if (!this.bindInput(input)) return;
    if (!compiled.process) {
      this.collected.push(input);
      return;
    }
    this.frame.setLocal('_', input);
    this.frame.setLocal('input', [input]);
    this.run(compiled.process);
  }

  end(): void {
    const compiled = this.block.compiled;
    if (!compiled.end) return;
    if (this.collected.length > 0) this.frame.setLocal('input', this.collected);
    this.run(compiled.end);
  }

  clean(): void {
    const compiled = this.block.compiled;
    // A block whose begin never ran (a binding error) has nothing to clean up. The clean
    // block's output is discarded, as in pwsh.
    if (!compiled.clean || !this.frame) return;
    const frame = this.frame;
    this.frame = frame.withOutput(() => {});
    try {
      // After Ctrl+C the clean block still runs to its end, like a finally block.
      frame.context.stop.suspendedDuring(() => this.run(compiled.clean!));
    } finally {
      this.frame = frame;
    }
  }

  private run(block: Stmt): void {
    if (this.exitCode !== null) return;
    try {
      runCall(this.frame, this.name === null || this.options.isScript ? '<ScriptBlock>' : this.name, this.options.extent ?? null, block);
    } catch (e) {
      if (!(e instanceof ExitException && this.options.isScript)) throw e;
      this.exitCode = e.exitCode;
      this.frame.scope.global.define(new PSVariable('LASTEXITCODE', e.exitCode));
    }
  }
}

/** A simple block without parameters, called without arguments: binding would give it nothing. */
function nothingToBind(compiled: CompiledScriptBlock, args: readonly unknown[]): boolean {
  return args.length === 0 && compiled.parameters.length === 0 && !compiled.isAdvanced;
}

/** Runs a compiled block as one call: the call-depth limit, its call-stack entry, `return` ending it. */
function runCall(frame: Frame, name: string, callSite: Extent | null, body: Stmt): void {
  const stack = frame.context.callStack;
  if (stack.length >= maxCallDepth) {
    throw runtimeError('CallDepthOverflow', 'InvalidOperation', runtimeStrings.CallDepthOverflow, 'System.Management.Automation.ScriptCallDepthException');
  }
  stack.push({ name, callSite });
  try {
    body(frame);
  } catch (e) {
    if (!(e instanceof ReturnException)) throw e;
  } finally {
    stack.pop();
  }
}

/** A psh built-in command. */
export class CmdletProcessor implements CommandProcessor {
  private implementation!: CmdletImplementation;
  private runtime!: CommandRuntime;
  private binder!: ParameterBinder;
  private invocationValue: InvocationInfo | null = null;

  constructor(
    private readonly frame: Frame,
    private readonly cmdlet: CmdletInfo,
    private readonly args: readonly CommandArgument[],
    private readonly extent: Extent | null,
    /** The command's place in its pipeline, from 1. */
    private readonly position: number,
  ) {}

  private get invocation(): InvocationInfo {
    return (this.invocationValue ??= new InvocationInfo(this.cmdlet.name, this.extent, 'Cmdlet'));
  }

  begin(): void {
    try {
      const invocation = () => this.invocation;
      this.binder = bindCommandLine(this.frame, this.cmdlet.metadata, this.args, this.position > 1, invocation, this.position);
      const frame = withCommonVariables(this.frame, this.frame, this.binder.boundParameterValues);
      this.runtime = new CommandRuntime(frame, this.cmdlet.name, invocation, this.binder, this);
      for (const warning of this.binder.warnings) this.runtime.writeWarning(warning);
      this.implementation = this.cmdlet.create(this.runtime);
      this.implementation.begin?.();
    } catch (e) {
      throw this.withInvocation(e);
    }
  }

  process(input: unknown): void {
    try {
      if (input === noInput) {
        this.implementation.process?.(undefined);
        return;
      }
      const outcome = this.binder.bindPipelineObject(input);
      if (!outcome.bound) {
        this.runtime.writeError(bindingException(outcome.error, this.invocation, input).errorRecord);
        return;
      }
      this.implementation.process?.(input);
    } catch (e) {
      throw this.withInvocation(e);
    }
  }

  end(): void {
    try {
      this.implementation.end?.();
    } catch (e) {
      throw this.withInvocation(e);
    }
  }

  /**
   * Errors the command raises carry its invocation (ConciseView then names the command). Each
   * block catches for itself rather than through a shared wrapper: a closure per block and
   * object was measurable on commands called many times.
   */
  private withInvocation(e: unknown): unknown {
    if (e instanceof PSErrorException) e.errorRecord.withInvocation(this.invocation);
    return e;
  }
}

/** A program found on PATH: arguments as strings, output lines as strings, $LASTEXITCODE set. */
export class NativeCommandProcessor implements CommandProcessor {
  private readonly input: string[] = [];

  constructor(
    private readonly frame: Frame,
    private readonly path: string,
    private readonly args: readonly string[],
    private readonly out: Emit,
  ) {}

  begin(): void {}

  process(input: unknown): void {
    if (input !== noInput) this.input.push(toPSString(input));
  }

  end(): void {
    const result = spawnSync(this.path, this.args, {
      // Native programs start in the session's location, as pwsh starts them.
      cwd: this.frame.context.location.current,
      input: this.input.length > 0 ? this.input.join('\n') + '\n' : undefined,
      stdio: [this.input.length > 0 ? 'pipe' : 'inherit', 'pipe', 'inherit'],
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    const code = result.status ?? 1;
    this.frame.scope.global.define(new PSVariable('LASTEXITCODE', code));
    const text = result.stdout ?? '';
    const lines = text.split(/\r?\n/);
    if (lines[lines.length - 1] === '') lines.pop();
    for (const line of lines) this.out(line);
    if (code !== 0) this.frame.context.failureCount++;
  }
}

/**
 * Runs a script block to completion as one command: `& $block @args`, or `. $block` when
 * dot-sourced (ForEach-Object and Where-Object run theirs so, in the caller's scope).
 */
export function runScriptBlock(frame: Frame, block: ScriptBlockValue, args: readonly unknown[], options: { dotSource?: boolean; dollarUnder?: unknown } = {}): void {
  const compiled = block.compiled;
  if (options.dotSource && nothingToBind(compiled, args) && !compiled.begin && !compiled.process && !compiled.clean) {
    // A dot-sourced body with nothing to bind (`{ $_ * 2 }` for each ForEach-Object input) runs
    // in the caller's frame as it stands: a processor would build an identical frame.
    if (options.dollarUnder !== undefined) frame.setLocal('_', options.dollarUnder);
    if (compiled.end) runCall(frame, '<ScriptBlock>', null, compiled.end);
    return;
  }
  const processor = new ScriptBlockProcessor(frame, block, positionalArguments(args), null, options);
  try {
    processor.begin();
    processor.process(noInput);
    processor.end();
  } finally {
    processor.clean();
  }
}
