/**
 * What running code sees: the session-wide execution context (global scope, $?, $Error, the
 * host's streams, built-in commands) and, per running block, a Frame: the current scope, where
 * output goes, and the error/warning/... sinks after redirections.
 */
import { nonInteractiveHost, type HostUserInterface } from './host-interface.js';
import { ArrayList, getStaticMember, invokeStaticMethod, type DotNetContext } from '../dotnet/index.js';
import type { OperatorContext } from '../operators/index.js';
import { Hashtable, ScriptBlock } from '../values/index.js';
import { resolveType, typeOf, type PSTypeInfo } from '../types/index.js';
import type { Extent } from '../../../grammar/extent.js';
import { AliasTable } from './alias-table.js';
import type { ErrorRecord, InvocationInfo } from './error-record.js';
import { SessionLocation } from './location.js';
import { PSVariable, Scope } from './session-state.js';
import { StopRequest } from './stop-request.js';
import type { Emit, StreamSinks } from './streams.js';

/** How script blocks are run; the invocation module installs it (it needs the compiler). */
export interface ScriptBlockRunner {
  /** Runs `block` as `& $block @args`, with $_ = dollarUnder when given; returns its output. */
  invoke(frame: Frame, block: ScriptBlock, args: readonly unknown[], dollarUnder?: unknown): unknown[];
  /** Parses text into a script block value, throwing the parse error as pwsh does. */
  create(text: string): ScriptBlock;
}

export class ExecutionContext {
  readonly globalScope = new Scope(null, true);
  /** $? */
  lastSuccess = true;
  /** Errors written and native commands that failed so far: a pipeline that adds to it sets $? to false. */
  failureCount = 0;
  /** How many try blocks or trap-guarded blocks are running: inside one, errors propagate. */
  handlerDepth = 0;
  /** The error the innermost running catch block handles: a bare `throw` there rethrows it. */
  currentExceptionBeingHandled: ErrorRecord | null = null;
  /** The running functions and script blocks, innermost last, with where each was called from. */
  readonly callStack: { name: string; callSite: Extent | null }[] = [];
  /** $Error (an ArrayList, so scripts can Clear() it), newest first. */
  readonly errors = new ArrayList();
  /** The session's aliases, starting from the built-in ones. */
  readonly aliases = AliasTable.initial();
  /** The current location ($PWD), the location stacks and the `cd -` history. */
  readonly location = new SessionLocation();

  /** The host's user interface: prompts and confirmations; the runspace's owner replaces it. */
  host: HostUserInterface;
  /** Ctrl+C's stop request; a host running the engine in a worker shares its buffer. */
  stop = new StopRequest();

  constructor(
    readonly hostStreams: StreamSinks,
    readonly runner: ScriptBlockRunner,
  ) {
    this.host = nonInteractiveHost((text) => hostStreams.information({ messageData: text, tags: ['PSHOST'], fromHost: true, noNewLine: false }));
  }

  /**
   * ErrorRecord.ScriptStackTrace for an error at `at`: the innermost function with the error's
   * line, then each caller with the line it made the call from.
   */
  scriptStackTrace(at: Extent | null): string {
    const stack = this.callStack;
    const line = (name: string, extent: Extent | null) => `at ${name}, ${extent?.file ?? '<No file>'}: line ${extent?.startLineNumber ?? 0}`;
    const lines = [line(stack.length > 0 ? stack[stack.length - 1].name : '<ScriptBlock>', at)];
    for (let i = stack.length - 1; i > 0; i--) lines.push(line(stack[i - 1].name, stack[i].callSite));
    return lines.join('\n');
  }

  /** Records an error in $Error (pwsh keeps the newest first, at most $MaximumErrorCount). */
  recordError(record: ErrorRecord): void {
    const items = this.errors.items;
    items.unshift(record);
    const max = Number(this.globalScope.local('MaximumErrorCount')?.value ?? 256);
    if (items.length > max) items.length = max;
  }
}

/** The command a frame belongs to, for $MyInvocation and error records. */
export interface CommandFrameInfo {
  readonly name: string;
  readonly invocation: InvocationInfo;
  /** A script file rather than a function. */
  readonly isScript: boolean;
}

export class Frame {
  private operatorContextCache: OperatorContext | undefined;
  private dotnetContextCache: DotNetContext | undefined;

  constructor(
    readonly context: ExecutionContext,
    readonly scope: Scope,
    readonly out: Emit,
    readonly streams: StreamSinks,
    readonly command: CommandFrameInfo | null,
  ) {}

  /** This frame writing to `out` (itself when it already does: frames never change, and each pipeline element asks). */
  withOutput(out: Emit): Frame {
    return out === this.out ? this : new Frame(this.context, this.scope, out, this.streams, this.command);
  }

  withStreams(out: Emit, streams: StreamSinks): Frame {
    return new Frame(this.context, this.scope, out, streams, this.command);
  }

  withScope(scope: Scope, command: CommandFrameInfo | null = this.command): Frame {
    return new Frame(this.context, scope, this.out, this.streams, command);
  }

  /** A variable's value, or null when it does not exist. */
  variable(name: string): unknown {
    const variable = this.scope.lookup(name);
    return variable === undefined ? null : variable.value;
  }

  /** Sets a variable in the current scope (creating it), ignoring type constraints. */
  setLocal(name: string, value: unknown): void {
    const existing = this.scope.local(name);
    if (existing) existing.value = value;
    else this.scope.define(new PSVariable(name, value));
  }

  /** $OFS, the separator used when an array becomes a string (space when unset). */
  get ofs(): string {
    const value = this.scope.lookup('OFS')?.value;
    return value === undefined || value === null ? ' ' : String(value);
  }

  get operatorContext(): OperatorContext {
    return (this.operatorContextCache ??= new FrameOperatorContext(this));
  }

  get dotnetContext(): DotNetContext {
    return (this.dotnetContextCache ??= {
      invokeScriptBlock: (block, args, dollarUnder) => this.context.runner.invoke(this, block, args, dollarUnder),
      createScriptBlock: (text) => this.context.runner.create(text),
    });
  }
}

/** What the operators need, answered for one frame (its scope gets $Matches). */
class FrameOperatorContext implements OperatorContext {
  constructor(private readonly frame: Frame) {}

  resolveType(name: string): PSTypeInfo | null {
    return resolveType(name);
  }

  setMatches(matches: Hashtable): void {
    this.frame.setLocal('Matches', matches);
  }

  invokeScriptBlock(block: ScriptBlock, args: readonly unknown[], dollarUnder?: unknown): unknown[] {
    return this.frame.context.runner.invoke(this.frame, block, args, dollarUnder);
  }

  get outputFieldSeparator(): string {
    return this.frame.ofs;
  }

  callOperatorMethod(methodName: string, left: unknown, right: unknown): { found: boolean; value?: unknown } {
    const type = typeOf(left);
    if (!type || !getStaticMember(type, methodName).found) return { found: false };
    return { found: true, value: invokeStaticMethod(type, methodName, [left, right], this.frame.dotnetContext) };
  }
}
