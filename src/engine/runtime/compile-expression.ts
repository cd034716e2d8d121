/**
 * Expressions to closures. Each AST node is turned into a `(frame) => value` function once; the
 * closures call the conversion, operator and .NET layers for every conversion, operator and
 * member access. `undefined` stands for pwsh's AutomationNull (no value at all: a void method,
 * an empty pipeline); it reads as $null wherever a value is needed.
 */
import type {
  ExpandableStringExpressionAst,
  ExpressionAst,
  HashtableAst,
  IndexExpressionAst,
  InvokeMemberExpressionAst,
  MemberExpressionAst,
  TypeNameSyntax,
  VariableExpressionAst,
} from '../../../grammar/ast.js';
import type { Extent } from '../../../grammar/extent.js';
import { convertTo, toBoolean, toPSCustomObject, toPSString } from '../conversion/index.js';
import { construct, getMember, getStaticMember, invokeMethod, invokeStaticMethod } from '../dotnet/index.js';
import { binaryOperator, unaryOperation } from '../operators/index.js';
import { isTypeValue, resolveType, type PSTypeInfo } from '../types/index.js';
import { Hashtable, NumericValue, PSObject, PSReference, ScriptBlock } from '../values/index.js';
import { compileAssignment, compileIncrement } from './assignment.js';
import { errorAt, typeNotFound } from './errors.js';
import { constructException } from './runtime-types.js';
import type { Frame } from './frame.js';
import { getIndex } from './indexing.js';
import { PSCmdletValue } from './ps-cmdlet.js';
import { compileStatementToValue, compileStatementBlockCollect, compilePipelineValue, markInsideCatch } from './compile-statement.js';
import { ScriptBlockValue, invokeScriptBlockMethod } from './script-block.js';
import { moduleOfScope } from './module-scope.js';
import { isStrictVersion, propertyNotFoundStrict } from './strict-mode.js';
import { variableReader } from './variables.js';

export type Expr = (f: Frame) => unknown;

/** A value where one is needed: AutomationNull reads as $null. */
export function valueOf(v: unknown): unknown {
  return v === undefined ? null : v;
}

/** Runs `fn`, giving any error it raises the position of `extent` (when it has none yet). */
function positioned(extent: Extent, fn: Expr): Expr {
  return (f) => {
    try {
      return fn(f);
    } catch (e) {
      throw errorAt(e, extent);
    }
  };
}

export function resolveTypeName(typeName: TypeNameSyntax): PSTypeInfo {
  const type = resolveType(typeName.fullName);
  if (!type) throw errorAt(typeNotFound(typeName.fullName), typeName.extent);
  return type;
}

/** A type resolved on first use (so a script naming an unknown type fails only when it runs there). */
function lazyType(typeName: TypeNameSyntax): () => PSTypeInfo {
  let type: PSTypeInfo | undefined;
  return () => (type ??= resolveTypeName(typeName));
}

export function compileExpression(ast: ExpressionAst): Expr {
  switch (ast.kind) {
    case 'Constant':
      return constant(constantValue(ast.numberType, ast.value));
    case 'StringConstant':
      return constant(ast.value);
    case 'ExpandableString':
      return compileExpandableString(ast);
    case 'Variable':
      return compileVariable(ast);
    case 'UsingExpression':
      return compileVariable(ast.subExpression);
    case 'BinaryExpression': {
      const left = compileExpression(ast.left);
      const right = compileExpression(ast.right);
      switch (ast.operator) {
        case '-and':
          return (f) => toBoolean(valueOf(left(f))) && toBoolean(valueOf(right(f)));
        case '-or':
          return (f) => toBoolean(valueOf(left(f))) || toBoolean(valueOf(right(f)));
        case '??':
          return (f) => {
            const l = valueOf(left(f));
            return l !== null ? l : right(f);
          };
      }
      const operation = binaryOperator(ast.operator);
      return positioned(ast.extent, (f) => operation(left(f), right(f), f.operatorContext));
    }
    case 'UnaryExpression': {
      if (ast.operator === '++' || ast.operator === '--' || ast.operator === 'postfix++' || ast.operator === 'postfix--') {
        return positioned(ast.extent, compileIncrement(ast.operand, ast.operator));
      }
      const operand = compileExpression(ast.operand);
      if (ast.operator === ',') return (f) => [valueOf(operand(f))];
      const op = ast.operator;
      return positioned(ast.extent, (f) => unaryOperation(op, valueOf(operand(f)), f.operatorContext));
    }
    case 'TernaryExpression': {
      const condition = compileExpression(ast.condition);
      const ifTrue = compileExpression(ast.ifTrue);
      const ifFalse = compileExpression(ast.ifFalse);
      return (f) => (toBoolean(valueOf(condition(f))) ? ifTrue(f) : ifFalse(f));
    }
    case 'ConvertExpression':
      return compileConvert(ast.typeName, ast.child, ast.extent);
    case 'AttributedExpression':
      return compileExpression(ast.child);
    case 'TypeExpression': {
      const type = lazyType(ast.typeName);
      return () => type();
    }
    case 'MemberExpression':
      return positioned(ast.extent, compileMember(ast));
    case 'InvokeMemberExpression':
      return positioned(ast.extent, compileInvokeMember(ast));
    case 'IndexExpression':
      return positioned(ast.extent, compileIndex(ast));
    case 'ArrayLiteral': {
      const elements = ast.elements.map(compileExpression);
      return (f) => elements.map((e) => valueOf(e(f)));
    }
    case 'ArrayExpression': {
      const body = compileStatementBlockCollect(ast.subExpression);
      return (f) => body(f);
    }
    case 'Hashtable':
      return compileHashtable(ast, false);
    case 'ParenExpression': {
      if (ast.pipeline.kind === 'AssignmentStatement') {
        const assign = compileAssignment(ast.pipeline);
        return assign;
      }
      return compilePipelineValue(ast.pipeline);
    }
    case 'SubExpression': {
      const body = compileStatementBlockCollect(ast.subExpression);
      return (f) => pipelineResult(body(f));
    }
    case 'ScriptBlockExpression': {
      const block = ast.scriptBlock;
      markInsideCatch(block);
      // A block written in a module's code belongs to the module, as its functions do.
      return (f) => new ScriptBlockValue(block, null, null, moduleOfScope(f.scope));
    }
    case 'ErrorExpression':
      return () => undefined;
  }
}

function constant(value: unknown): Expr {
  return () => value;
}

export function constantValue(numberType: string, value: number | bigint | string): unknown {
  switch (numberType) {
    case 'Int32':
      return value;
    case 'Double':
      return Number.isInteger(value) && typeof value === 'number' && Math.abs(value) <= 0x7fffffff ? NumericValue.double(value) : value;
    case 'Int64':
    case 'BigInteger':
      return typeof value === 'bigint' ? value : BigInt(value);
    case 'Decimal':
      return NumericValue.decimal(String(value));
    case 'UInt64':
      return NumericValue.uint64(BigInt(value));
    case 'Byte':
    case 'SByte':
    case 'Int16':
    case 'UInt16':
    case 'UInt32':
      return NumericValue.integer(`System.${numberType}`, Number(value));
  }
  return value;
}

/** What a pipeline's collected output is as a value: nothing, the one object, or an array. */
export function pipelineResult(items: unknown[]): unknown {
  if (items.length === 0) return undefined;
  return items.length === 1 ? items[0] : items;
}

/**
 * How many expandable strings enclose the expression being compiled: strict mode version 1 lets
 * a variable anywhere inside one ("$x", "$($x)") be read when it was never set, as pwsh finds by
 * walking the variable's parents.
 */
let expandableStringDepth = 0;

function compileExpandableString(ast: ExpandableStringExpressionAst): Expr {
  expandableStringDepth++;
  let parts: Expr[];
  try {
    parts = ast.parts.map((part) => {
      if (typeof part === 'string') return constant(part);
      if (part.kind === 'Variable') return compileVariable(part);
      if (part.kind === 'UsingExpression') return compileVariable(part.subExpression);
      const body = compileStatementBlockCollect(part.subExpression);
      return (f) => pipelineResult(body(f));
    });
  } finally {
    expandableStringDepth--;
  }
  if (parts.length === 1) return (f) => toPSString(valueOf(parts[0](f)), f.ofs);
  return (f) => {
    let text = '';
    for (const part of parts) {
      const value = part(f);
      text += typeof value === 'string' ? value : toPSString(valueOf(value), f.ofs);
    }
    return text;
  };
}

function compileVariable(ast: VariableExpressionAst): Expr {
  const name = ast.unqualifiedName;
  const scope = ast.scope?.toLowerCase() ?? null;
  const strict = { userPath: ast.name, extent: ast.extent, inExpandableString: expandableStringDepth > 0 };
  if (scope === null || scope === 'local' || scope === 'global' || scope === 'script' || scope === 'private' || scope === 'variable') {
    switch (name.toLowerCase()) {
      case 'true':
        return () => true;
      case 'false':
        return () => false;
      case 'null':
        return () => null;
      case 'psitem':
        return variableReader(scope, '_', strict);
    }
  }
  return variableReader(scope, name, strict);
}

function compileConvert(typeName: TypeNameSyntax, childAst: ExpressionAst, extent: Extent): Expr {
  const lowered = typeName.fullName.toLowerCase();
  if (childAst.kind === 'Hashtable' && lowered === 'ordered') return compileHashtable(childAst, true);
  const isCustomObjectCast = lowered === 'pscustomobject' || lowered === 'system.management.automation.pscustomobject';
  if (childAst.kind === 'Hashtable' && isCustomObjectCast) {
    const table = compileHashtable(childAst, true);
    return (f) => toPSCustomObject(table(f) as Hashtable);
  }
  if (lowered === 'ref' && childAst.kind === 'Variable') {
    const variable = childAst;
    return (f) => variableReference(f, variable);
  }
  const child = compileExpression(childAst);
  if (lowered === 'ref') {
    return (f) => {
      const value = valueOf(child(f));
      return value instanceof PSReference ? value : PSReference.ofValue(value);
    };
  }
  if (lowered === 'void') {
    return (f) => {
      child(f);
      return undefined;
    };
  }
  const type = lazyType(typeName);
  if (isCustomObjectCast) {
    // pwsh's PSCustomObjectConverter: any hashtable or ordered dictionary, not only a literal, becomes a property bag.
    return positioned(extent, (f) => {
      const value = valueOf(child(f));
      const base = value instanceof PSObject && value.baseObject !== undefined ? value.baseObject : value;
      return base instanceof Hashtable ? toPSCustomObject(base) : convertTo(value, type());
    });
  }
  return positioned(extent, (f) => convertTo(valueOf(child(f)), type()));
}

/** `[ref]$x`: reads and writes the variable itself. */
function variableReference(f: Frame, ast: VariableExpressionAst): PSReference {
  const scope = f.scope.qualified(ast.scope);
  const found = (scope ?? f.scope).lookup(ast.unqualifiedName);
  if (!found) {
    return PSReference.ofValue(null);
  }
  return new PSReference(() => found.value, (value) => { found.value = value; });
}

function compileHashtable(ast: HashtableAst, ordered: boolean): Expr {
  const pairs = ast.pairs.map((pair) => [compileExpression(pair.key), compileStatementToValue(pair.value)] as const);
  return (f) => {
    const table = new Hashtable(ordered);
    for (const [key, value] of pairs) table.set(valueOf(key(f)), valueOf(value(f)));
    return table;
  };
}

/** The member name of `.Name`, `.$name` or `.('a'+'b')`. */
function memberName(ast: ExpressionAst): (f: Frame) => string {
  if (ast.kind === 'StringConstant') {
    const name = ast.value;
    return () => name;
  }
  const expr = compileExpression(ast);
  return (f) => toPSString(valueOf(expr(f)));
}

function compileMember(ast: MemberExpressionAst): Expr {
  const target = compileExpression(ast.target);
  const name = memberName(ast.member);
  if (ast.isStatic) {
    return (f) => {
      const type = valueOf(target(f));
      if (!isTypeValue(type)) return null;
      const memberName = name(f);
      const result = getStaticMember(type, memberName);
      if (result.found) return result.value;
      if (isStrictVersion(f.scope, 2)) throw propertyNotFoundStrict(memberName);
      return null;
    };
  }
  const nullConditional = ast.nullConditional;
  return (f) => {
    const value = valueOf(target(f));
    if (value === null && nullConditional) return null;
    const memberName = name(f);
    const strict = isStrictVersion(f.scope, 2);
    const result = getMember(value, memberName, strict);
    if (result.found) return result.value;
    if (strict) throw propertyNotFoundStrict(memberName);
    return null;
  };
}

function compileInvokeMember(ast: InvokeMemberExpressionAst): Expr {
  const target = compileExpression(ast.target);
  const name = memberName(ast.member);
  const args = ast.arguments.map(compileExpression);
  const evalArgs = (f: Frame) => args.map((a) => valueOf(a(f)));
  if (ast.isStatic) {
    return (f) => {
      const type = valueOf(target(f));
      const methodName = name(f);
      if (!isTypeValue(type)) return invokeMethod(type, methodName, evalArgs(f), f.dotnetContext);
      if (methodName.toLowerCase() === 'new') {
        const args = evalArgs(f);
        return constructException(type.fullName, args) ?? construct(type, args, f.dotnetContext);
      }
      return invokeStaticMethod(type, methodName, evalArgs(f), f.dotnetContext);
    };
  }
  const nullConditional = ast.nullConditional;
  return (f) => {
    const value = valueOf(target(f));
    if (value === null && nullConditional) return null;
    const methodName = name(f);
    const argValues = evalArgs(f);
    const base = value instanceof PSObject && value.baseObject !== undefined ? value.baseObject : value;
    if (base instanceof ScriptBlock) {
      const handled = invokeScriptBlockMethod(f, base, methodName, argValues);
      if (handled.found) return handled.value;
    }
    if (base instanceof PSCmdletValue) {
      const handled = base.invoke(methodName, argValues);
      if (handled.found) return handled.value;
    }
    return invokeMethod(value, methodName, argValues, f.dotnetContext);
  };
}

function compileIndex(ast: IndexExpressionAst): Expr {
  const target = compileExpression(ast.target);
  const index = compileExpression(ast.index);
  const nullConditional = ast.nullConditional;
  return (f) => {
    const value = valueOf(target(f));
    if (value === null && nullConditional) return null;
    return getIndex(value, valueOf(index(f)), f);
  };
}
