/**
 * Bodies of class methods and constructors. A method writes nothing to the pipeline: the output
 * of its statements is discarded and only `return <value>` gives a result, as pwsh compiles
 * member functions. psh gets there by compiling the body with each `return <pipeline>` turned
 * into `return` after assigning the pipeline to a variable no script can name, which the call
 * reads back. Errors inside a method end it (pwsh runs methods with every exception propagated).
 */
import type { FunctionMemberAst, ReturnStatementAst, StatementAst, VariableExpressionAst } from '../../../grammar/ast.js';
import type { Extent } from '../../../grammar/extent.js';
import type { PSTypeInfo } from '../types/index.js';
import { ordinalIgnoreCaseKey } from '../values/index.js';
import { classParserStrings } from './class-messages.js';
import { compileStatementList, type Stmt } from './compile-statement.js';
import { ReturnException } from './control-flow.js';
import { classDefinitionError } from './class-errors.js';
import { runtimeError } from './errors.js';
import { Frame, type ExecutionContext } from './frame.js';
import { runtimeStrings } from './messages.js';
import { PSVariable, Scope } from './session-state.js';
import type { StreamSinks } from './streams.js';

/** Where a class's methods run: the session, scope and streams of the script that defined it. */
export interface ClassSession {
  readonly context: ExecutionContext;
  readonly scope: Scope;
  readonly streams: StreamSinks;
}

/** The variable a rewritten `return` assigns; a name the tokenizer never produces. */
const returnSlotName = '\u0000return';
const returnSlotKey = ordinalIgnoreCaseKey(returnSlotName);

/** Deep recursion ends in ScriptCallDepthException, as it does for functions. */
const maxCallDepth = 500;

/**
 * Compiles a method or constructor body. `returnsValue` is false for void methods and
 * constructors; the return statements are checked against it as pwsh's semantic checks do.
 */
export function compileMethodBody(member: FunctionMemberAst, returnsValue: boolean): Stmt {
  const block = member.body.endBlock;
  if (!block) return () => {};
  const rewritten = rewriteReturns(block, returnsValue, slotVariable(member.extent));
  if (returnsValue && !alwaysReturns(block.statements)) {
    throw classDefinitionError('MethodHasCodePathNotReturn', classParserStrings.MethodHasCodePathNotReturn, member.extent);
  }
  return compileStatementList(rewritten.statements, rewritten.traps);
}

function slotVariable(extent: Extent): VariableExpressionAst {
  return { kind: 'Variable', name: returnSlotName, scope: null, unqualifiedName: returnSlotName, splatted: false, braced: true, extent };
}

/**
 * A copy of the AST with each `return <pipeline>` assigning its value to the slot first.
 * Nested script blocks keep their own `return`.
 */
function rewriteReturns<T>(node: T, returnsValue: boolean, slot: VariableExpressionAst): T {
  if (Array.isArray(node)) return node.map((item) => rewriteReturns(item, returnsValue, slot)) as T;
  if (typeof node !== 'object' || node === null || Object.getPrototypeOf(node) !== Object.prototype) return node;
  const kind = (node as { kind?: string }).kind;
  if (kind === 'ScriptBlockExpression') return node;
  if (kind === 'ReturnStatement') return rewriteReturn(node as unknown as ReturnStatementAst, returnsValue, slot) as T;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) copy[key] = rewriteReturns(value, returnsValue, slot);
  return copy as T;
}

function rewriteReturn(ast: ReturnStatementAst, returnsValue: boolean, slot: VariableExpressionAst): ReturnStatementAst {
  if (ast.pipeline === null) {
    if (returnsValue) throw classDefinitionError('NonVoidMethodMissingReturnValue', classParserStrings.NonVoidMethodMissingReturnValue, ast.extent);
    return ast;
  }
  if (!returnsValue) throw classDefinitionError('VoidMethodHasReturn', classParserStrings.VoidMethodHasReturn, ast.extent);
  const right = rewriteReturns(ast.pipeline, returnsValue, slot);
  return {
    ...ast,
    pipeline: { kind: 'AssignmentStatement', left: { ...slot, extent: ast.pipeline.extent }, operator: '=', right, extent: ast.pipeline.extent },
  };
}

/**
 * Whether every path through the statements ends in return, throw or exit: pwsh's check that a
 * non-void method cannot finish without a value (a simplified form of its flow analysis).
 */
function alwaysReturns(statements: readonly StatementAst[]): boolean {
  return statements.some(statementAlwaysReturns);
}

function statementAlwaysReturns(ast: StatementAst): boolean {
  switch (ast.kind) {
    case 'ReturnStatement':
    case 'ThrowStatement':
    case 'ExitStatement':
      return true;
    case 'IfStatement':
      return ast.elseClause !== null && alwaysReturns(ast.elseClause.statements) && ast.clauses.every((clause) => alwaysReturns(clause.body.statements));
    case 'SwitchStatement':
      return ast.defaultClause !== null && alwaysReturns(ast.defaultClause.statements) && ast.clauses.every((clause) => alwaysReturns(clause.body.statements));
    case 'TryStatement':
      return (
        (ast.finally !== null && alwaysReturns(ast.finally.statements)) ||
        (alwaysReturns(ast.body.statements) && ast.catchClauses.every((clause) => alwaysReturns(clause.body.statements)))
      );
    case 'WhileStatement':
    case 'ForStatement':
      // An endless loop without `break` leaves only through return or throw.
      return isEndless(ast) && !containsBreak(ast.body);
    default:
      return false;
  }
}

function isEndless(ast: Extract<StatementAst, { kind: 'WhileStatement' | 'ForStatement' }>): boolean {
  const condition = ast.condition;
  if (condition === null) return true;
  const text = condition.extent.text.trim().toLowerCase();
  return text === '$true' || text === '1';
}

function containsBreak(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(containsBreak);
  if (typeof node !== 'object' || node === null || Object.getPrototypeOf(node) !== Object.prototype) return false;
  const kind = (node as { kind?: string }).kind;
  if (kind === 'BreakStatement') return true;
  if (kind === 'ScriptBlockExpression') return false;
  return Object.values(node).some(containsBreak);
}

/** A variable of the method's scope: a parameter (typed when declared so) or `$this`. */
export interface MethodVariable {
  readonly name: string;
  readonly value: unknown;
  readonly type?: PSTypeInfo | null;
}

/**
 * Runs a compiled body in a new scope under the defining script's scope, with `$this` and the
 * parameters defined, after `prologue` (a constructor's base call and property initializers);
 * returns what `return` gave (undefined when the body did not return a value).
 */
export function runMethodBody(
  session: ClassSession,
  name: string,
  body: Stmt,
  thisValue: unknown,
  variables: readonly MethodVariable[],
  prologue?: (frame: Frame) => void,
): unknown {
  const { context } = session;
  const scope = new Scope(session.scope);
  scope.define(new PSVariable('this', thisValue));
  for (const variable of variables) scope.define(new PSVariable(variable.name, variable.value, variable.type ?? null));
  const frame = new Frame(context, scope, () => {}, session.streams, null);
  const stack = context.callStack;
  if (stack.length >= maxCallDepth) {
    throw runtimeError('CallDepthOverflow', 'InvalidOperation', runtimeStrings.CallDepthOverflow, 'System.Management.Automation.ScriptCallDepthException');
  }
  stack.push({ name, callSite: null });
  context.handlerDepth++;
  try {
    prologue?.(frame);
    body(frame);
  } catch (e) {
    if (!(e instanceof ReturnException)) throw e;
  } finally {
    context.handlerDepth--;
    stack.pop();
  }
  return scope.localKey(returnSlotKey)?.value;
}
