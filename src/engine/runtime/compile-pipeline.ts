/**
 * Pipelines to closures. A lone expression writes its value (enumerated) straight to the
 * output; a pipeline of commands creates one processor per element, runs every begin, feeds
 * the first, then runs every end. A downstream StopUpstreamException ends the upstream
 * commands early. Redirections replace an element's output or streams.
 */
import { existsSync, appendFileSync, writeFileSync } from 'node:fs';
import type { CommandAst, CommandElementAst, ExpressionAst, PipelineBaseAst, RedirectionAst, VariableExpressionAst } from '../../../grammar/ast.js';
import type { Extent } from '../../../grammar/extent.js';
import { toPSString, enumerableItems } from '../conversion/index.js';
import { PSObject, ScriptBlock } from '../values/index.js';
import { formatOutput } from '../../format/default-output.js';
import { splatArguments, type CommandArgument } from './command-binding.js';
import { CmdletInfo, FunctionInfo, lookupCommand } from './commands.js';
import { autoLoadModuleFor, ModuleInfo } from './module-scope.js';
import { compileExpression, valueOf } from './compile-expression.js';
import { pureExpression, type Stmt } from './compile-statement.js';
import { CmdletProcessor, NativeCommandProcessor, noInput, ScriptBlockProcessor, type CommandProcessor } from './command-processors.js';
import { readTextFile } from './text-files.js';
import { StopUpstreamException } from './control-flow.js';
import { ExceptionValue, InvocationInfo, newErrorRecord, PSErrorException } from './error-record.js';
import { errorAt, runtimeError } from './errors.js';
import type { Frame } from './frame.js';
import { formatMessage, runtimeStrings } from './messages.js';
import { ScriptBlockValue } from './script-block.js';
import { PipelineStoppedException } from './stop-request.js';
import { functionCallWithParens, isStrictVersion } from './strict-mode.js';
import { redirectStreams, streamsNamed, type Emit } from './streams.js';
import { variableReader } from './variables.js';
import { findProgram } from './native-commands.js';

/** Writes a value to the output, one object per element when it is a collection. */
export function emitEnumerated(out: Emit, value: unknown): void {
  if (value === undefined) return;
  const items = enumerableItems(value);
  if (items) for (const item of items) out(item);
  else out(value);
}

/** Creates the processor of one pipeline element, given its position and where it writes. */
/** `position` is the element's place in the pipeline, from 1: a command after the first expects input. */
type ElementFactory = (f: Frame, out: Emit, position: number) => CommandProcessor;

export function compilePipeline(ast: PipelineBaseAst): Stmt {
  if (ast.kind === 'PipelineChain') {
    const left = compilePipeline(ast.left);
    const right = compilePipeline(ast.right);
    const runOnSuccess = ast.operator === '&&';
    return (f) => {
      left(f);
      if (f.context.lastSuccess === runOnSuccess) right(f);
    };
  }
  if (ast.background) {
    // `pipeline &` is Start-Job with the pipeline's text, as in pwsh 7 (the job object is the output).
    const script = new ScriptBlock(ast.extent.text.replace(/\s*&\s*$/, ''));
    const extent = ast.extent;
    return (f) => {
      runPipeline(f, [(frame, out) => createProcessor(frame.withOutput(out), 'Start-Job', [{ kind: 'positional', value: script }], false, extent, 1)]);
    };
  }
  const elements = ast.elements;
  if (elements.length === 1 && elements[0].kind === 'CommandExpression' && elements[0].redirections.length === 0) {
    const expression = elements[0].expression;
    const value = compileExpression(expression);
    // `$i++` and `++$i` as statements write nothing.
    const silent = expression.kind === 'UnaryExpression' && ['++', '--', 'postfix++', 'postfix--'].includes(expression.operator);
    return (f) => {
      const before = f.context.failureCount;
      const result = value(f);
      if (!silent) emitEnumerated(f.out, result);
      f.context.lastSuccess = f.context.failureCount === before;
    };
  }
  const factories = elements.map((element) => withRedirections(element.redirections, element.kind === 'Command' ? compileCommand(element) : compileExpressionElement(element.expression)));
  return (f) => {
    const before = f.context.failureCount;
    runPipeline(f, factories);
    f.context.lastSuccess = f.context.failureCount === before;
  };
}

function runPipeline(f: Frame, factories: readonly ElementFactory[]): void {
  const stop = f.context.stop.flag;
  if (stop[0] !== 0) throw new PipelineStoppedException();
  if (factories.length === 1) {
    runSingleCommand(factories[0](f, f.out, 1));
    return;
  }
  const processors: CommandProcessor[] = [];
  // Objects a command writes in its begin block wait until the next command has begun.
  let begun = 0;
  const waiting: unknown[][] = [];
  for (let i = 0; i < factories.length; i++) {
    const next = i + 1;
    const out: Emit = next < factories.length ? (v) => {
      if (stop[0] !== 0) throw new PipelineStoppedException();
      if (next < begun) processors[next].process(v);
      else (waiting[next] ??= []).push(v);
    } : f.out;
    processors.push(factories[i](f, out, i + 1));
  }
  let stage = 0;
  try {
    for (const p of processors) {
      p.begin();
      const queued = waiting[begun++];
      if (queued) for (const v of queued) p.process(v);
    }
    processors[0].process(noInput);
    for (; stage < processors.length; stage++) processors[stage].end();
  } catch (e) {
    if (!(e instanceof StopUpstreamException)) throw e;
    const from = processors.indexOf(e.command as CommandProcessor);
    if (from < 0) throw e;
    for (let i = Math.max(from, stage); i < processors.length; i++) processors[i].end();
  } finally {
    for (const p of processors) p.clean?.();
  }
}

/** runPipeline for a pipeline of one command (`$null = f $i 2`): no queues, no links between processors. */
function runSingleCommand(processor: CommandProcessor): void {
  try {
    processor.begin();
    processor.process(noInput);
    processor.end();
  } catch (e) {
    if (!(e instanceof StopUpstreamException) || e.command !== processor) throw e;
    processor.end();
  } finally {
    processor.clean?.();
  }
}

function compileExpressionElement(ast: ExpressionAst): ElementFactory {
  const value = compileExpression(ast);
  return (f, out) => ({
    begin() {},
    process() {
      emitEnumerated(out, value(f));
    },
    end() {},
  });
}

/** Evaluates the arguments after the command name, expanding `@splat`. */
function compileArguments(elements: readonly CommandElementAst[]): (f: Frame) => CommandArgument[] {
  const compiled = elements.map(compileArgument);
  if (!elements.some(isSplatted)) {
    // One argument per element: an array of that size (pushing into [] reserves room for 16).
    return (f) => {
      const args = new Array<CommandArgument>(compiled.length);
      for (let i = 0; i < compiled.length; i++) args[i] = compiled[i](f) as CommandArgument;
      return args;
    };
  }
  return (f) => {
    const args: CommandArgument[] = [];
    for (const c of compiled) {
      const argument = c(f);
      if (Array.isArray(argument)) args.push(...argument);
      else args.push(argument as CommandArgument);
    }
    return args;
  };
}

function isSplatted(element: CommandElementAst): element is VariableExpressionAst {
  return element.kind === 'Variable' && element.splatted;
}

/** One command element's argument, or a splatted variable's arguments. */
function compileArgument(element: CommandElementAst): (f: Frame) => CommandArgument | CommandArgument[] {
  const position = element.extent;
  if (element.kind === 'CommandParameter') {
    const name = element.parameterName;
    const argument = element.argument ? compileExpression(element.argument) : null;
    return (f) => (argument ? { kind: 'parameter', name, colon: true, value: valueOf(argument(f)), position } : { kind: 'parameter', name, colon: false, position });
  }
  if (isSplatted(element)) {
    const read = variableReader(element.scope?.toLowerCase() ?? null, element.unqualifiedName, { userPath: element.name, extent: position, inExpandableString: false });
    return (f) => splatArguments(read(f), position);
  }
  const expr = compileExpression(element);
  return (f) => ({ kind: 'positional', value: valueOf(expr(f)), position });
}

function compileCommand(ast: CommandAst): ElementFactory {
  const nameElement = ast.elements[0];
  const literalName = ast.invocationOperator === null && nameElement.kind === 'StringConstant' ? nameElement.value : null;
  const nameValue = literalName === null && nameElement.kind !== 'CommandParameter' ? compileExpression(nameElement) : null;
  const args = compileArguments(ast.elements.slice(1));
  const dotSource = ast.invocationOperator === '.';
  const extent = ast.extent;
  const calledAsMethod = isMethodStyleCall(ast);
  return (f, out, position) => {
    try {
      if (calledAsMethod && isStrictVersion(f.scope, 2)) throw functionCallWithParens();
      const target = literalName ?? valueOf(nameValue ? nameValue(f) : null);
      const frame = f.withOutput(out);
      return createProcessor(frame, target, args(f), dotSource, extent, position);
    } catch (e) {
      throw errorAt(e, extent);
    }
  };
}

/**
 * `f(1, 2)`: a command whose one argument is a parenthesized list right after its name, as if it
 * were a method call; strict mode version 2 refuses it (pwsh checks this as the call runs).
 */
function isMethodStyleCall(ast: CommandAst): boolean {
  if (ast.elements.length !== 2) return false;
  const [name, argument] = ast.elements;
  if (argument.kind !== 'ParenExpression' || argument.pipeline.kind === 'AssignmentStatement') return false;
  return pureExpression(argument.pipeline)?.kind === 'ArrayLiteral' && name.extent.endOffset === argument.extent.startOffset;
}

function createProcessor(f: Frame, target: unknown, args: CommandArgument[], dotSource: boolean, extent: Extent, position: number): CommandProcessor {
  if (target instanceof ScriptBlock) {
    return new ScriptBlockProcessor(f, ScriptBlockValue.from(target), args, null, { dotSource, extent, position });
  }
  if (target instanceof FunctionInfo) return new ScriptBlockProcessor(f, target.scriptBlock, args, target.name, { dotSource, extent, position });
  // `& $module { ... }`: the block runs in the module's scope.
  const first = args[0];
  if (target instanceof ModuleInfo && first?.kind === 'positional' && first.value instanceof ScriptBlock) {
    const block = ScriptBlockValue.from(first.value);
    return new ScriptBlockProcessor(f, new ScriptBlockValue(block.ast, null, block.functionParameters, target), args.slice(1), null, { dotSource, extent, position });
  }
  if (target instanceof CmdletInfo) return new CmdletProcessor(f, target, args, extent, position);
  if (target === null || (typeof target !== 'string' && !(target instanceof PSObject))) {
    throw runtimeError('BadExpression', 'ObjectNotFound', formatMessage(runtimeStrings.BadExpression, dotSource ? '.' : '&'), 'System.Management.Automation.RuntimeException', target);
  }
  const name = toPSString(target);
  const command = lookupCommand(f, name);
  if (command) return createProcessor(f, command, args, dotSource, extent, position);
  // An alias may name a script or a program as well as a command (Set-Alias np notepad.exe).
  const path = f.context.aliases.resolve(name);
  const scriptPath = /\.ps1$/i.test(path) ? f.context.location.fileSystemPath(path) : null;
  if (scriptPath !== null && existsSync(scriptPath)) {
    const block = ScriptBlockValue.parse(readTextFile(scriptPath), scriptPath);
    return new ScriptBlockProcessor(f, block, args, scriptPath, { dotSource, extent, position, isScript: true });
  }
  const program = findProgram(path, f.context.location.current);
  if (program !== undefined) {
    const argv = args.flatMap((a) =>
      a.kind === 'parameter' ? [a.colon ? `-${a.name}:${toPSString(a.value)}` : `-${a.name}`] : (enumerableItems(a.value) ?? [a.value]).map((v) => toPSString(v)),
    );
    return new NativeCommandProcessor(f, program, argv, f.out);
  }
  // A command an available module exports is found by importing that module (as pwsh's auto-loading does).
  if (path === name && autoLoadModuleFor(f, name)) {
    const loaded = lookupCommand(f, name);
    if (loaded) return createProcessor(f, loaded, args, dotSource, extent, position);
  }
  // As CommandDiscovery reports it: an alias names its unresolved target.
  const [errorId, message] =
    path === name
      ? ['CommandNotFoundException', formatMessage(runtimeStrings.CommandNotFoundException, name)]
      : ['AliasNotResolvedException', formatMessage(runtimeStrings.AliasNotResolvedException, name, path)];
  const exception = new ExceptionValue('System.Management.Automation.CommandNotFoundException', message);
  throw new PSErrorException(newErrorRecord(exception, errorId, 'ObjectNotFound', name, new InvocationInfo(null, extent), name));
}

/** Output collected for a `> file` redirection, written when the pipeline element ends. */
class FileSink {
  readonly items: unknown[] = [];

  constructor(
    private readonly path: string | null,
    private readonly append: boolean,
  ) {}

  readonly write: Emit = (value) => {
    if (this.path !== null) this.items.push(value);
  };

  flush(): void {
    if (this.path === null) return;
    const text = formatOutput(this.items);
    if (this.append) appendFileSync(this.path, text, 'utf8');
    else writeFileSync(this.path, text, 'utf8');
  }
}

function isNullLocation(ast: ExpressionAst): boolean {
  return ast.kind === 'Variable' && ast.unqualifiedName.toLowerCase() === 'null' && ast.scope === null;
}

function withRedirections(redirections: readonly RedirectionAst[], factory: ElementFactory): ElementFactory {
  if (redirections.length === 0) return factory;
  const files = redirections.filter((r) => r.kind === 'FileRedirection').map((r) => ({
    from: r.fromStream,
    append: r.append,
    location: isNullLocation(r.location) ? null : compileExpression(r.location),
  }));
  const merges = redirections.filter((r) => r.kind === 'MergingRedirection').map((r) => r.fromStream);
  return (f, out, position) => {
    let output = out;
    let streams = f.streams;
    const sinks: FileSink[] = [];
    for (const file of files) {
      const sink = new FileSink(file.location ? f.context.location.fileSystemPath(toPSString(valueOf(file.location(f)))) : null, file.append);
      sinks.push(sink);
      if (file.from === 'Output' || file.from === 'All') output = sink.write;
      if (file.from !== 'Output') streams = redirectStreams(streams, streamsNamed(file.from), sink.write);
    }
    for (const from of merges) streams = redirectStreams(streams, streamsNamed(from), output);
    const processor = factory(f.withStreams(output, streams), output, position);
    if (sinks.length === 0) return processor;
    return {
      begin: () => processor.begin(),
      process: (input) => processor.process(input),
      clean: () => processor.clean?.(),
      end: () => {
        try {
          processor.end();
        } finally {
          for (const sink of sinks) sink.flush();
        }
      },
    };
  };
}
