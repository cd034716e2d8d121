/**
 * $ExecutionContext: pwsh's EngineIntrinsics, with the members scripts and prompt functions use
 * (SessionState.Path.CurrentLocation and GetResolvedPSPathFromPSPath, SessionState.PSVariable,
 * InvokeCommand.ExpandString and InvokeScript, Host). Members that act on "the current scope" run a small script through the
 * calling frame's .NET context: it runs in a child of the caller's scope, so it sees the caller's
 * variables, and `-Scope 1` names the caller's own scope; the cmdlets give pwsh's behaviour.
 */
import type { DotNetContext } from '../dotnet/context.js';
import { DotNetException } from '../dotnet/errors.js';
import { defineType } from '../dotnet/member-table.js';
import { registerNativeType } from '../dotnet/type-registration.js';
import { psTypeNames } from '../values/index.js';
import { PSErrorException } from './error-record.js';
import type { ExecutionContext } from './frame.js';
import type { HostInfo } from './host-info.js';
import { PathInfo } from './path-info.js';

const namespace = 'System.Management.Automation';

/** Runs `text` (its arguments in $args) in a child of the calling scope; returns its output. */
function runInCaller(ctx: DotNetContext, text: string, args: readonly unknown[]): unknown[] {
  return ctx.invokeScriptBlock(ctx.createScriptBlock(text), args);
}

function firstOrNull(items: readonly unknown[]): unknown {
  return items.length > 0 ? items[0] : null;
}

/** Resolve-Path's paths; its error (a path that does not exist) becomes the method's exception, as pwsh's provider throws it. */
function resolvePaths(ctx: DotNetContext, path: string): unknown[] {
  try {
    return runInCaller(ctx, 'Resolve-Path -Path $args[0] -ErrorAction Stop', [path]);
  } catch (e) {
    if (!(e instanceof PSErrorException)) throw e;
    const exception = e.errorRecord.exception;
    throw new DotNetException(exception.exceptionTypeName, exception.message);
  }
}

/** .NET's default ToString of these objects: the type's full name. */
abstract class Intrinsics {
  abstract readonly [psTypeNames]: string[];
  toString(): string {
    return this[psTypeNames][0]!;
  }
}

class PathIntrinsics extends Intrinsics {
  readonly [psTypeNames] = [`${namespace}.PathIntrinsics`, 'System.Object'];
  constructor(readonly context: ExecutionContext) {
    super();
  }
}

class PSVariableIntrinsics extends Intrinsics {
  readonly [psTypeNames] = [`${namespace}.PSVariableIntrinsics`, 'System.Object'];
}

class SessionStateIntrinsics extends Intrinsics {
  readonly [psTypeNames] = [`${namespace}.SessionState`, 'System.Object'];
  readonly path: PathIntrinsics;
  readonly psVariable = new PSVariableIntrinsics();
  constructor(context: ExecutionContext) {
    super();
    this.path = new PathIntrinsics(context);
  }
}

class CommandInvocationIntrinsics extends Intrinsics {
  readonly [psTypeNames] = [`${namespace}.CommandInvocationIntrinsics`, 'System.Object'];
}

export class EngineIntrinsics extends Intrinsics {
  readonly [psTypeNames] = [`${namespace}.EngineIntrinsics`, 'System.Object'];
  readonly sessionState: SessionStateIntrinsics;
  readonly invokeCommand = new CommandInvocationIntrinsics();

  constructor(context: ExecutionContext, readonly host: HostInfo) {
    super();
    this.sessionState = new SessionStateIntrinsics(context);
  }
}

for (const [name, type] of [
  ['EngineIntrinsics', EngineIntrinsics],
  ['SessionState', SessionStateIntrinsics],
  ['PathIntrinsics', PathIntrinsics],
  ['PSVariableIntrinsics', PSVariableIntrinsics],
  ['CommandInvocationIntrinsics', CommandInvocationIntrinsics],
] as const) {
  registerNativeType(`${namespace}.${name}`, ['System.Object'], { isInstance: (value) => value instanceof type });
}

defineType({
  fullName: `${namespace}.EngineIntrinsics`,
  properties: {
    Host: { type: `${namespace}.Host.PSHost`, get: (engine: EngineIntrinsics) => engine.host },
    SessionState: { type: `${namespace}.SessionState`, get: (engine: EngineIntrinsics) => engine.sessionState },
    InvokeCommand: { type: `${namespace}.CommandInvocationIntrinsics`, get: (engine: EngineIntrinsics) => engine.invokeCommand },
  },
});

defineType({
  fullName: `${namespace}.SessionState`,
  properties: {
    Path: { type: `${namespace}.PathIntrinsics`, get: (state: SessionStateIntrinsics) => state.path },
    PSVariable: { type: `${namespace}.PSVariableIntrinsics`, get: (state: SessionStateIntrinsics) => state.psVariable },
    LanguageMode: { type: `${namespace}.PSLanguageMode`, get: () => 'FullLanguage' },
  },
});

defineType({
  fullName: `${namespace}.PathIntrinsics`,
  properties: {
    CurrentLocation: { type: `${namespace}.PathInfo`, get: (path: PathIntrinsics) => new PathInfo(path.context.location.current) },
    CurrentFileSystemLocation: { type: `${namespace}.PathInfo`, get: (path: PathIntrinsics) => new PathInfo(path.context.location.current) },
  },
  methods: [
    [`System.Collections.ObjectModel.Collection[${namespace}.PathInfo] GetResolvedPSPathFromPSPath(string path)`, (_: PathIntrinsics, [path]: [string], ctx: DotNetContext) =>
      resolvePaths(ctx, path)],
  ],
});

defineType({
  fullName: `${namespace}.PSVariableIntrinsics`,
  methods: [
    [`${namespace}.PSVariable Get(string name)`, (_: PSVariableIntrinsics, [name]: [string], ctx: DotNetContext) =>
      firstOrNull(runInCaller(ctx, 'Get-Variable -Name $args[0] -ErrorAction Ignore', [name]))],
    ['System.Object GetValue(string name)', (_: PSVariableIntrinsics, [name]: [string], ctx: DotNetContext) =>
      firstOrNull(runInCaller(ctx, 'Get-Variable -Name $args[0] -ValueOnly -ErrorAction Ignore', [name]))],
    ['System.Object GetValue(string name, System.Object defaultValue)', (_: PSVariableIntrinsics, [name, fallback]: [string, unknown], ctx: DotNetContext) => {
      const found = runInCaller(ctx, '@(Get-Variable -Name $args[0] -ErrorAction Ignore)', [name]);
      return found.length > 0 ? (found[0] as { value: unknown }).value : fallback;
    }],
    ['void Set(string name, System.Object value)', (_: PSVariableIntrinsics, [name, value]: [string, unknown], ctx: DotNetContext) => {
      runInCaller(ctx, 'Set-Variable -Name $args[0] -Value $args[1] -Scope 1', [name, value]);
    }],
    ['void Remove(string name)', (_: PSVariableIntrinsics, [name]: [string], ctx: DotNetContext) => {
      runInCaller(ctx, 'Remove-Variable -Name $args[0] -Scope 1 -ErrorAction Ignore', [name]);
    }],
  ],
});

defineType({
  fullName: `${namespace}.CommandInvocationIntrinsics`,
  methods: [
    // The text is the body of a double-quoted string; a here-string takes its quotes as they are.
    ['string ExpandString(string source)', (_: CommandInvocationIntrinsics, [source]: [string], ctx: DotNetContext) =>
      firstOrNull(runInCaller(ctx, `@"\n${source}\n"@`, []))],
    [`System.Collections.ObjectModel.Collection[psobject] InvokeScript(string script)`, (_: CommandInvocationIntrinsics, [script]: [string], ctx: DotNetContext) =>
      runInCaller(ctx, script, [])],
    [`${namespace}.CommandInfo GetCommand(string commandName, ${namespace}.CommandTypes type)`, (_: CommandInvocationIntrinsics, [name, type]: [string, unknown], ctx: DotNetContext) =>
      firstOrNull(runInCaller(ctx, 'Get-Command -Name $args[0] -CommandType $args[1] -ErrorAction Ignore', [name, type]))],
  ],
});
