/**
 * Statements to closures: statement lists with pwsh's error rules (an error no try or trap
 * handles ends only its statement, except `throw` and ErrorAction Stop), traps, loops with
 * labelled break/continue, switch in all its modes, try/catch/finally, throw/return/exit,
 * function definitions.
 */
import type {
  PipelineBaseAst,
  ScriptBlockAst,
  StatementAst,
  StatementBlockAst,
  SwitchStatementAst,
  TrapStatementAst,
  TryStatementAst,
  AssignmentStatementAst,
  ExpressionAst,
} from '../../../grammar/ast.js';
import type { Extent } from '../../../grammar/extent.js';
import { convertTo, toBoolean, toPSString, enumerableItems } from '../conversion/index.js';
import { binaryOperator, rangeEnumerable } from '../operators/index.js';
import { int32Type, resolveType, type PSTypeInfo } from '../types/index.js';
import { ScriptBlock } from '../values/index.js';
import { compileAssignment } from './assignment.js';
import { FunctionInfo } from './commands.js';
import { compileExpression, pipelineResult, valueOf, type Expr } from './compile-expression.js';
import { compilePipeline } from './compile-pipeline.js';
import { compileTypeDefinition, typeDefinitionsFirst } from './compile-type-definition.js';
import { BreakException, ContinueException, ExitException, labelMatches, ReturnException } from './control-flow.js';
import { ErrorRecord, ExceptionValue, newErrorRecord, PSErrorException } from './error-record.js';
import { errorAt, isControlFlow, toErrorRecord, typeNotFound } from './errors.js';
import { StatementEnumerator } from './statement-enumerator.js';
import { PipelineStoppedException } from './stop-request.js';
import type { Frame } from './frame.js';
import { runtimeStrings } from './messages.js';
import { writeErrorRecord } from './preferences.js';
import { ScriptBlockValue } from './script-block.js';
import { moduleOfScope } from './module-scope.js';
import { readTextFileLines } from './text-files.js';
import { assignVariable, variableWriter } from './variables.js';

export type Stmt = (f: Frame) => void;

/** Runs `run` with output collected into an array. */
export function collect(run: Stmt, f: Frame): unknown[] {
  const items: unknown[] = [];
  run(f.withOutput((v) => { items.push(v); }));
  return items;
}

function compileStatementBlock(block: StatementBlockAst): Stmt {
  return compileStatementList(block.statements, block.traps);
}

/** `@( )` and `$( )` bodies: the statements' output, collected. */
export function compileStatementBlockCollect(block: StatementBlockAst): (f: Frame) => unknown[] {
  const run = compileStatementBlock(block);
  return (f) => collect(run, f);
}

/** A statement used as a value (assignment right-hand sides, hashtable values). */
export function compileStatementToValue(ast: StatementAst): Expr {
  if (ast.kind === 'Pipeline' || ast.kind === 'PipelineChain') return compilePipelineValue(ast);
  if (ast.kind === 'AssignmentStatement') return compileAssignment(ast);
  const run = compileStatement(ast);
  return (f) => pipelineResult(collect(run, f));
}

/** The expression a pipeline is, when it is a lone expression without redirections (pwsh's GetPureExpression). */
export function pureExpression(ast: PipelineBaseAst): ExpressionAst | null {
  if (ast.kind === 'Pipeline' && ast.elements.length === 1 && ast.elements[0].kind === 'CommandExpression' && ast.elements[0].redirections.length === 0) {
    return ast.elements[0].expression;
  }
  return null;
}

/** A pipeline as a value: a lone expression's own value, otherwise the collected output. */
export function compilePipelineValue(ast: PipelineBaseAst): Expr {
  const expression = pureExpression(ast);
  if (expression) return compileExpression(expression);
  const run = compilePipeline(ast);
  return (f) => pipelineResult(collect(run, f));
}

/**
 * What `foreach` enumerates: nothing for $null, a collection's elements, or the one object. A
 * range (`1..$n`) is counted through rather than built, as pwsh's RangeEnumerator does.
 */
function compileForEachSource(ast: PipelineBaseAst): (f: Frame) => Iterable<unknown> {
  const expression = pureExpression(ast);
  if (expression?.kind === 'BinaryExpression' && expression.operator === '..') {
    const left = compileExpression(expression.left);
    const right = compileExpression(expression.right);
    const extent = expression.extent;
    return (f) => {
      try {
        return rangeEnumerable(valueOf(left(f)), valueOf(right(f)));
      } catch (e) {
        throw errorAt(e, extent);
      }
    };
  }
  const source = compilePipelineValue(ast);
  return (f) => {
    const value = valueOf(source(f));
    if (value === null) return [];
    return enumerableItems(value) ?? [value];
  };
}

function compileCondition(ast: PipelineBaseAst | AssignmentStatementAst): (f: Frame) => boolean {
  const value = ast.kind === 'AssignmentStatement' ? compileAssignment(ast) : compilePipelineValue(ast);
  return (f) => toBoolean(valueOf(value(f)));
}

export function compileStatementList(statements: readonly StatementAst[], traps: readonly TrapStatementAst[]): Stmt {
  if (statementListsInsideCatch.has(statements)) return compiledInsideCatch(() => compileStatements(statements, traps));
  return compileStatements(statements, traps);
}

function compileStatements(statements: readonly StatementAst[], traps: readonly TrapStatementAst[]): Stmt {
  const compiled = typeDefinitionsFirst(statements).filter((s) => s.kind !== 'TrapStatement').map((s) => ({ run: compileStatement(s), extent: s.extent }));
  const trapHandlers = traps.map(compileTrap);
  if (trapHandlers.length === 0) {
    if (compiled.length === 1) {
      const { run, extent } = compiled[0];
      return (f) => {
        try {
          run(f);
        } catch (e) {
          handleStatementError(e, f, extent);
        }
      };
    }
    return (f) => {
      for (const { run, extent } of compiled) {
        try {
          run(f);
        } catch (e) {
          handleStatementError(e, f, extent);
        }
      }
    };
  }
  return (f) => {
    f.context.handlerDepth++;
    try {
      for (const { run, extent } of compiled) {
        try {
          run(f);
        } catch (e) {
          if (isControlFlow(e)) throw e;
          const record = toErrorRecord(e, extent, f.command?.name ?? null);
          record.setScriptStackTrace(() => f.context.scriptStackTrace(record.invocationInfo?.extent ?? extent));
          const trap = trapHandlers.find((t) => t.matches(record));
          if (!trap) throw new PSErrorException(record);
          f.context.handlerDepth--;
          try {
            trap.run(f, record);
          } finally {
            f.context.handlerDepth++;
          }
        }
      }
    } finally {
      f.context.handlerDepth--;
    }
  };
}

/**
 * An error that ended a statement. Inside a try or trap, or when raised by `throw` or under
 * ErrorAction Stop, it propagates; otherwise it is written like a non-terminating error and the
 * next statement runs.
 */
function handleStatementError(e: unknown, f: Frame, extent: Extent): void {
  if (isControlFlow(e)) throw e;
  const record = toErrorRecord(e, extent, null);
  record.setScriptStackTrace(() => f.context.scriptStackTrace(record.invocationInfo?.extent ?? extent));
  if (record.terminatesScript || f.context.handlerDepth > 0) throw e instanceof PSErrorException ? e : new PSErrorException(record);
  writeErrorRecord(f, record);
}

/** Catch types match the exception or, for a RuntimeException wrapping one, its inner exception. */
function exceptionMatches(record: ErrorRecord, types: readonly PSTypeInfo[]): boolean {
  if (types.length === 0) return true;
  const candidates: ExceptionValue[] = [record.exception];
  if (record.exception.innerException) candidates.push(record.exception.innerException);
  return candidates.some((exception) => types.some((type) => exception.typeNames.some((n) => n.toLowerCase() === type.fullName.toLowerCase())));
}

function catchTypes(constraints: readonly { typeName: { fullName: string; extent: Extent } }[]): () => PSTypeInfo[] {
  let types: PSTypeInfo[] | undefined;
  return () =>
    (types ??= constraints.map((c) => {
      const type = resolveType(c.typeName.fullName);
      if (!type) throw typeNotFound(c.typeName.fullName);
      return type;
    }));
}

/** Sets $_ (and $PSItem) for a catch, trap or switch clause, restoring the previous value after. */
function withDollarUnder<T>(f: Frame, value: unknown, run: () => T): T {
  return withLocalVariable(f, '_', value, run);
}

/** Runs with a local variable set ($_, or a statement's $foreach or $switch), putting back what it held (or removing it) after. */
function withLocalVariable<T>(f: Frame, name: string, value: unknown, run: () => T): T {
  const previous = f.scope.local(name);
  const saved = previous?.value;
  f.setLocal(name, value);
  try {
    return run();
  } finally {
    if (previous) previous.value = saved;
    else f.scope.remove(name);
  }
}

function compileTrap(ast: TrapStatementAst): { matches(record: ErrorRecord): boolean; run(f: Frame, record: ErrorRecord): void } {
  const types = catchTypes(ast.trapType ? [ast.trapType] : []);
  const body = compileStatementBlock(ast.body);
  return {
    matches: (record) => exceptionMatches(record, types()),
    run: (f, record) => {
      try {
        withDollarUnder(f, record, () => body(f));
      } catch (e) {
        if (e instanceof ContinueException && e.label === null) return;
        if (e instanceof BreakException && e.label === null) {
          record.terminatesScript = true;
          throw new PSErrorException(record);
        }
        throw e;
      }
      writeErrorRecord(f, record);
    },
  };
}

function compileTry(ast: TryStatementAst): Stmt {
  const body = compileStatementBlock(ast.body);
  const clauses = ast.catchClauses.map((c) => ({ types: catchTypes(c.catchTypes), body: compileCatchBody(c.body) }));
  const finallyBlock = ast.finally ? compileStatementBlock(ast.finally) : null;
  const extent = ast.body.extent;
  return (f) => {
    try {
      f.context.handlerDepth++;
      try {
        body(f);
      } finally {
        f.context.handlerDepth--;
      }
    } catch (e) {
      if (isControlFlow(e) || clauses.length === 0) throw e;
      const record = toErrorRecord(e, extent, null);
      record.setScriptStackTrace(() => f.context.scriptStackTrace(record.invocationInfo?.extent ?? extent));
      const clause = clauses.find((c) => exceptionMatches(record, c.types()));
      if (!clause) throw e instanceof PSErrorException ? e : new PSErrorException(record);
      const outerException = f.context.currentExceptionBeingHandled;
      f.context.currentExceptionBeingHandled = record;
      try {
        withDollarUnder(f, record, () => clause.body(f));
      } finally {
        f.context.currentExceptionBeingHandled = outerException;
      }
    } finally {
      if (finallyBlock) f.context.stop.suspendedDuring(() => finallyBlock(f));
    }
  };
}

/** Runs a loop body, turning break/continue for this loop into a result. */
function runBody(body: Stmt, f: Frame, label: string | null): 'next' | 'break' {
  try {
    body(f);
    return 'next';
  } catch (e) {
    if (e instanceof BreakException && labelMatches(e.label, label)) return 'break';
    if (e instanceof ContinueException && labelMatches(e.label, label)) return 'next';
    throw e;
  }
}

function compileLabelExpression(ast: ExpressionAst | null): (f: Frame) => string | null {
  if (!ast) return () => null;
  if (ast.kind === 'StringConstant') {
    const label = ast.value;
    return () => label;
  }
  const expr = compileExpression(ast);
  return (f) => toPSString(valueOf(expr(f)));
}

function compileOptional(ast: PipelineBaseAst | AssignmentStatementAst | null): Stmt | null {
  if (!ast) return null;
  if (ast.kind === 'AssignmentStatement') {
    const assign = compileAssignment(ast);
    return (f) => { assign(f); };
  }
  return compilePipeline(ast);
}

function compileStatement(ast: StatementAst): Stmt {
  switch (ast.kind) {
    case 'Pipeline':
    case 'PipelineChain':
      return compilePipeline(ast);
    case 'AssignmentStatement': {
      const assign = compileAssignment(ast);
      return (f) => {
        const before = f.context.failureCount;
        assign(f);
        f.context.lastSuccess = f.context.failureCount === before;
      };
    }
    case 'IfStatement': {
      const clauses = ast.clauses.map((c) => ({ condition: compileCondition(c.condition), body: compileStatementBlock(c.body) }));
      const elseClause = ast.elseClause ? compileStatementBlock(ast.elseClause) : null;
      return (f) => {
        for (const clause of clauses) {
          if (clause.condition(f)) {
            clause.body(f);
            return;
          }
        }
        if (elseClause) elseClause(f);
      };
    }
    case 'WhileStatement': {
      const condition = compileCondition(ast.condition);
      const body = compileStatementBlock(ast.body);
      const label = ast.label;
      return (f) => {
        const stop = f.context.stop.flag;
        while (condition(f)) {
          if (stop[0] !== 0) throw new PipelineStoppedException();
          if (runBody(body, f, label) === 'break') break;
        }
      };
    }
    case 'DoWhileStatement':
    case 'DoUntilStatement': {
      const condition = compileCondition(ast.condition);
      const body = compileStatementBlock(ast.body);
      const label = ast.label;
      const until = ast.kind === 'DoUntilStatement';
      return (f) => {
        const stop = f.context.stop.flag;
        do {
          if (stop[0] !== 0) throw new PipelineStoppedException();
          if (runBody(body, f, label) === 'break') break;
        } while (condition(f) !== until);
      };
    }
    case 'ForStatement': {
      const initializer = compileOptional(ast.initializer);
      const condition = ast.condition ? compileCondition(ast.condition) : () => true;
      const iterator = compileOptional(ast.iterator);
      const body = compileStatementBlock(ast.body);
      const label = ast.label;
      return (f) => {
        if (initializer) initializer(f);
        const stop = f.context.stop.flag;
        while (condition(f)) {
          if (stop[0] !== 0) throw new PipelineStoppedException();
          if (runBody(body, f, label) === 'break') break;
          if (iterator) iterator(f);
        }
      };
    }
    case 'ForEachStatement': {
      const items = compileForEachSource(ast.condition);
      const body = compileStatementBlock(ast.body);
      const label = ast.label;
      const setVariable = variableWriter(ast.variable.scope?.toLowerCase() ?? null, ast.variable.unqualifiedName);
      return (f) => {
        const stop = f.context.stop.flag;
        const enumerator = new StatementEnumerator(items(f));
        withLocalVariable(f, 'foreach', enumerator, () => {
          while (enumerator.moveNext()) {
            if (stop[0] !== 0) throw new PipelineStoppedException();
            setVariable(f, enumerator.current);
            if (runBody(body, f, label) === 'break') break;
          }
        });
      };
    }
    case 'SwitchStatement':
      return compileSwitch(ast);
    case 'BreakStatement':
    case 'ContinueStatement': {
      const label = compileLabelExpression(ast.label);
      const isBreak = ast.kind === 'BreakStatement';
      return (f) => {
        throw isBreak ? new BreakException(label(f)) : new ContinueException(label(f));
      };
    }
    case 'ReturnStatement': {
      const pipeline = ast.pipeline ? compileStatement(ast.pipeline) : null;
      return (f) => {
        if (pipeline) pipeline(f);
        throw new ReturnException();
      };
    }
    case 'ExitStatement': {
      const value = ast.pipeline ? compileStatementToValue(ast.pipeline) : null;
      return (f) => {
        const code = value ? valueOf(value(f)) : null;
        throw new ExitException(code === null ? 0 : (convertTo(code, int32Type) as number));
      };
    }
    case 'ThrowStatement':
      return compileThrow(ast.pipeline, ast.extent);
    case 'TrapStatement':
      return () => {};
    case 'TryStatement':
      return compileTry(ast);
    case 'FunctionDefinition': {
      const definition = ast;
      markInsideCatch(definition.body);
      return (f) => {
        f.scope.defineFunction(new FunctionInfo(definition.name, definition.isFilter, new ScriptBlockValue(definition.body, null, definition.parameters, moduleOfScope(f.scope))));
      };
    }
    case 'DataStatement': {
      const body = compileStatementBlock(ast.body);
      const variable = ast.variable;
      return (f) => {
        if (variable === null) {
          body(f);
          return;
        }
        assignVariable(f, null, variable, pipelineResult(collect(body, f)) ?? null);
      };
    }
    case 'UsingStatement':
      return () => {};
    case 'TypeDefinition':
      return compileTypeDefinition(ast);
  }
}

/**
 * How many catch blocks enclose the code being compiled: a bare `throw` written inside one
 * rethrows the error being handled (pwsh's ThrowStatementAst.IsRethrow is lexical).
 */
let enclosingCatchBlocks = 0;

function compileCatchBody(body: StatementBlockAst): Stmt {
  return compiledInsideCatch(() => compileStatementBlock(body));
}

function compiledInsideCatch(compile: () => Stmt): Stmt {
  enclosingCatchBlocks++;
  try {
    return compile();
  } finally {
    enclosingCatchBlocks--;
  }
}

/**
 * The statement lists of script blocks and functions written inside a catch block. They compile
 * when first run, after the catch's own compilation has ended, so they are marked to compile
 * as inside it: `catch { & { throw } }` rethrows too.
 */
const statementListsInsideCatch = new WeakSet<readonly StatementAst[]>();

export function markInsideCatch(block: ScriptBlockAst): void {
  if (enclosingCatchBlocks === 0) return;
  for (const named of [block.beginBlock, block.processBlock, block.endBlock, block.cleanBlock]) {
    if (named) statementListsInsideCatch.add(named.statements);
  }
}

function compileThrow(pipeline: StatementAst | null, extent: Extent): Stmt {
  const value = pipeline ? compileStatementToValue(pipeline) : null;
  const isRethrow = !pipeline && enclosingCatchBlocks > 0;
  return (f) => {
    const thrown = isRethrow ? f.context.currentExceptionBeingHandled : value ? valueOf(value(f)) : null;
    let record: ErrorRecord;
    if (thrown instanceof ErrorRecord) {
      record = thrown;
    } else if (thrown instanceof ExceptionValue) {
      record = newErrorRecord(thrown, thrown.shortTypeName, 'OperationStopped', null);
    } else {
      const message = thrown === null ? runtimeStrings.ScriptHalted : toPSString(thrown);
      const exception = new ExceptionValue('System.Management.Automation.RuntimeException', message);
      record = newErrorRecord(exception, message, 'OperationStopped', thrown);
    }
    record.exception.wasThrownFromThrowStatement = true;
    record.terminatesScript = true;
    throw new PSErrorException(toErrorRecord(new PSErrorException(record), extent));
  };
}

type SwitchMode = 'regex' | 'wildcard' | 'exact' | 'equal';

function compileSwitch(ast: SwitchStatementAst): Stmt {
  const flags = new Set(ast.flags);
  const caseSensitive = flags.has('CaseSensitive');
  const mode: SwitchMode = flags.has('Regex') ? 'regex' : flags.has('Wildcard') ? 'wildcard' : flags.has('Exact') ? 'exact' : 'equal';
  const isFile = flags.has('File');
  const source: Expr = ast.condition.kind === 'Pipeline' || ast.condition.kind === 'PipelineChain'
    ? compilePipelineValue(ast.condition)
    : compileExpression(ast.condition as ExpressionAst);
  const clauses = ast.clauses.map((c) => ({ test: compileSwitchTest(c.condition, mode, caseSensitive), body: compileStatementBlock(c.body) }));
  const defaultClause = ast.defaultClause ? compileStatementBlock(ast.defaultClause) : null;
  const label = ast.label;
  return (f) => {
    const value = valueOf(source(f));
    const items = isFile ? readTextFileLines(f.context.location.fileSystemPath(toPSString(value))) : value === undefined ? [] : (enumerableItems(value) ?? [value]);
    const enumerator = new StatementEnumerator(items);
    withDollarUnder(f, null, () => withLocalVariable(f, 'switch', enumerator, () => {
      while (enumerator.moveNext()) {
        const item = enumerator.current;
        f.setLocal('_', item);
        let matched = false;
        try {
          for (const clause of clauses) {
            if (clause.test(f, item)) {
              matched = true;
              clause.body(f);
            }
          }
          if (!matched && defaultClause) defaultClause(f);
        } catch (e) {
          if (e instanceof BreakException && labelMatches(e.label, label)) return;
          if (e instanceof ContinueException && labelMatches(e.label, label)) continue;
          throw e;
        }
      }
    }));
  };
}

function compileSwitchTest(ast: ExpressionAst, mode: SwitchMode, caseSensitive: boolean): (f: Frame, item: unknown) => boolean {
  if (ast.kind === 'ScriptBlockExpression') {
    const block = ast.scriptBlock;
    return (f, item) => {
      const output = f.context.runner.invoke(f, new ScriptBlockValue(block), [], item);
      return toBoolean(pipelineResult(output) ?? null);
    };
  }
  const value = compileExpression(ast);
  const prefix = caseSensitive ? '-c' : '-i';
  const operation = binaryOperator({ regex: `${prefix}match`, wildcard: `${prefix}like`, exact: `${prefix}eq`, equal: `${prefix}eq` }[mode]);
  return (f, item) => {
    const pattern = valueOf(value(f));
    if (pattern instanceof ScriptBlock) return toBoolean(pipelineResult(f.context.runner.invoke(f, pattern, [], item)) ?? null);
    if (mode === 'regex' || mode === 'wildcard') {
      return toBoolean(operation(item === null ? '' : toPSString(item), toPSString(pattern), f.operatorContext));
    }
    return toBoolean(operation(item, pattern, f.operatorContext));
  };
}
