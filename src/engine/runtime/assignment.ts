/**
 * Assignment targets: variables (optionally type-constrained, `[int]$x = ...`), properties,
 * static properties, indexes, and `$a, $b = ...` lists; compound operators (`+=`, `??=`) and
 * `++`/`--` read and write the same target once evaluated.
 */
import type { AssignmentStatementAst, ExpressionAst } from '../../../grammar/ast.js';
import { toPSString, enumerableItems } from '../conversion/index.js';
import { getMember, getStaticMember, setMember, setStaticMember } from '../dotnet/index.js';
import { binaryOperator } from '../operators/index.js';
import { isTypeValue, type PSTypeInfo } from '../types/index.js';
import { compileExpression, resolveTypeName, valueOf, type Expr } from './compile-expression.js';
import { compileStatementToValue } from './compile-statement.js';
import { errorAt, runtimeError } from './errors.js';
import type { Frame } from './frame.js';
import { getIndex, setIndex } from './indexing.js';
import { runtimeStrings } from './messages.js';
import { variableReader, variableWriter } from './variables.js';

/**
 * A compiled target. `prepare` evaluates what the target needs once (the object of `.Name`,
 * the object and index of `[i]`); `get` and `set` then read and write through that state.
 */
interface Place {
  prepare(f: Frame): unknown;
  get(f: Frame, state: unknown): unknown;
  set(f: Frame, state: unknown, value: unknown): void;
}

function compilePlace(ast: ExpressionAst, typeConstraint: (() => PSTypeInfo) | null = null): Place {
  switch (ast.kind) {
    case 'Variable': {
      const qualifier = ast.scope?.toLowerCase() ?? null;
      const name = ast.unqualifiedName;
      // `$x += 1` reads $x as `$x` does: strict mode refuses it when $x was never set.
      const read = variableReader(qualifier, name, { userPath: ast.name, extent: ast.extent, inExpandableString: false });
      const write = variableWriter(qualifier, name);
      return {
        prepare: () => null,
        get: read,
        set: (f, _state, value) => {
          write(f, value, typeConstraint ? typeConstraint() : null);
        },
      };
    }
    case 'ConvertExpression': {
      const typeName = ast.typeName;
      let type: PSTypeInfo | undefined;
      return compilePlace(ast.child, () => (type ??= resolveTypeName(typeName)));
    }
    case 'AttributedExpression':
      return compilePlace(ast.child, typeConstraint);
    case 'MemberExpression': {
      const target = compileExpression(ast.target);
      const member = ast.member.kind === 'StringConstant' ? null : compileExpression(ast.member);
      const fixedName = ast.member.kind === 'StringConstant' ? ast.member.value : '';
      const isStatic = ast.isStatic;
      return {
        prepare: (f) => [valueOf(target(f)), member ? toPSString(valueOf(member(f))) : fixedName],
        get: (_f, state) => {
          const [object, name] = state as [unknown, string];
          const result = isStatic && isTypeValue(object) ? getStaticMember(object, name) : getMember(object, name);
          return result.found ? result.value : null;
        },
        set: (_f, state, value) => {
          const [object, name] = state as [unknown, string];
          if (isStatic && isTypeValue(object)) setStaticMember(object, name, value);
          else setMember(object, name, value);
        },
      };
    }
    case 'IndexExpression': {
      const target = compileExpression(ast.target);
      const index = compileExpression(ast.index);
      return {
        prepare: (f) => [valueOf(target(f)), valueOf(index(f))],
        get: (f, state) => getIndex((state as unknown[])[0], (state as unknown[])[1], f),
        set: (f, state, value) => setIndex((state as unknown[])[0], (state as unknown[])[1], value, f),
      };
    }
    case 'ParenExpression':
      if (ast.pipeline.kind === 'Pipeline' && ast.pipeline.elements.length === 1 && ast.pipeline.elements[0].kind === 'CommandExpression') {
        return compilePlace(ast.pipeline.elements[0].expression, typeConstraint);
      }
  }
  const invalid = () => {
    throw runtimeError('InvalidLeftHandSide', 'InvalidOperation', runtimeStrings.InvalidLeftHandSide);
  };
  return { prepare: invalid, get: invalid, set: invalid };
}

const compoundOperators: Record<string, string> = { '+=': '+', '-=': '-', '*=': '*', '/=': '/', '%=': '%' };

/** Compiles an assignment; the closure returns the value assigned (for `($x = 5)`). */
export function compileAssignment(ast: AssignmentStatementAst): Expr {
  const right = compileStatementToValue(ast.right);
  const extent = ast.extent;
  if (ast.left.kind === 'ArrayLiteral' && ast.operator === '=') {
    const places = ast.left.elements.map((e) => compilePlace(e));
    return (f) => {
      try {
        const value = valueOf(right(f));
        const items = enumerableItems(value) ?? [value];
        places.forEach((place, i) => {
          const last = i === places.length - 1;
          const part = last ? items.slice(i) : items.slice(i, i + 1);
          place.set(f, place.prepare(f), part.length === 0 ? null : part.length === 1 ? part[0] : part);
        });
        return value;
      } catch (e) {
        throw errorAt(e, extent);
      }
    };
  }
  const place = compilePlace(ast.left);
  if (ast.operator === '=') {
    return (f) => {
      try {
        const value = valueOf(right(f));
        place.set(f, place.prepare(f), value);
        return value;
      } catch (e) {
        throw errorAt(e, extent);
      }
    };
  }
  if (ast.operator === '??=') {
    return (f) => {
      try {
        const state = place.prepare(f);
        const current = place.get(f, state);
        if (current !== null && current !== undefined) return current;
        const value = valueOf(right(f));
        place.set(f, state, value);
        return value;
      } catch (e) {
        throw errorAt(e, extent);
      }
    };
  }
  const operation = binaryOperator(compoundOperators[ast.operator]);
  return (f) => {
    try {
      const state = place.prepare(f);
      const value = operation(place.get(f, state), right(f), f.operatorContext);
      place.set(f, state, value);
      return value;
    } catch (e) {
      throw errorAt(e, extent);
    }
  };
}

/** `++$x`, `$x++`, `--$x`, `$x--`: the prefix forms give the new value, postfix the old. */
export function compileIncrement(operand: ExpressionAst, operator: '++' | '--' | 'postfix++' | 'postfix--'): Expr {
  const place = compilePlace(operand);
  const operation = binaryOperator(operator.endsWith('++') ? '+' : '-');
  const postfix = operator.startsWith('postfix');
  return (f) => {
    const state = place.prepare(f);
    const old = valueOf(place.get(f, state));
    const value = operation(old ?? 0, 1, f.operatorContext);
    place.set(f, state, value);
    return postfix ? (old ?? 0) : value;
  };
}
