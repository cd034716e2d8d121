/**
 * A compact S-expression view of the AST, so test tables can state the expected tree in one
 * line: `$x = 1 + 2 * 3` -> `(= $x (+ 1 (* 2 3)))`.
 */
import type {
  Ast, CommandElementAst, ExpressionAst, NamedBlockAst, PipelineBaseAst, RedirectionAst, ScriptBlockAst, StatementAst,
  StatementBlockAst, TypeNameSyntax,
} from '../../grammar/ast.js';

export function sexprScript(ast: ScriptBlockAst): string {
  return body(ast);
}

function body(sb: ScriptBlockAst): string {
  const parts: string[] = sb.usingStatements.map(node);
  if (sb.paramBlock) parts.push(`(param${sb.paramBlock.attributes.map((a) => ' ' + node(a)).join('')}${sb.paramBlock.parameters.map((p) => ' ' + node(p)).join('')})`);
  const named: [string, NamedBlockAst | null][] = [['dynamicparam', sb.dynamicParamBlock], ['begin', sb.beginBlock], ['process', sb.processBlock], ['end', sb.endBlock], ['clean', sb.cleanBlock]];
  for (const [name, block] of named) {
    if (!block) continue;
    const statements = [...block.traps, ...block.statements].sort((a, b) => a.extent.startOffset - b.extent.startOffset).map(node);
    if (block.explicit || name !== 'end') parts.push(`(${name}${statements.map((s) => ' ' + s).join('')})`);
    else parts.push(...statements);
  }
  return parts.join(' ');
}

function block(b: StatementBlockAst): string {
  const statements = [...b.traps, ...b.statements].sort((x, y) => x.extent.startOffset - y.extent.startOffset);
  return `{${statements.map((s) => ' ' + node(s)).join('')}${statements.length ? ' ' : ''}}`;
}

function typeName(t: TypeNameSyntax): string {
  return t.fullName;
}

function list(items: string[]): string {
  return items.map((s) => ' ' + s).join('');
}

export function node(n: Ast | StatementAst | ExpressionAst | PipelineBaseAst | CommandElementAst | RedirectionAst): string {
  switch (n.kind) {
    case 'ScriptBlock': return body(n);
    case 'NamedBlock': return `(${n.blockName}${list(n.statements.map(node))})`;
    case 'ParamBlock': return `(param${list(n.parameters.map(node))})`;
    case 'Parameter': return `(parameter${list(n.attributes.map(node))} ${node(n.name)}${n.defaultValue ? ' ' + node(n.defaultValue) : ''})`;
    case 'TypeConstraint': return `[${typeName(n.typeName)}]`;
    case 'Attribute': return `[${typeName(n.typeName)}(${[...n.positionalArguments.map(node), ...n.namedArguments.map((a) => `${a.argumentName}${a.argument ? '=' + node(a.argument) : ''}`)].join(', ')})]`;
    case 'NamedAttributeArgument': return `${n.argumentName}=${n.argument ? node(n.argument) : ''}`;
    case 'StatementBlock': return block(n);
    case 'Pipeline': {
      const els = n.elements.map(node);
      const text = els.length === 1 ? els[0] : `(|${list(els)})`;
      return n.background ? `(& ${text})` : text;
    }
    case 'PipelineChain': return `(${n.operator} ${node(n.left)} ${node(n.right)})${n.background ? '&' : ''}`;
    case 'Command': {
      const head = n.invocationOperator ? `${n.invocationOperator}` : 'cmd';
      return `(${head}${list(n.elements.map(node))}${list(n.redirections.map(node))})`;
    }
    case 'CommandExpression': return n.redirections.length ? `(expr ${node(n.expression)}${list(n.redirections.map(node))})` : node(n.expression);
    case 'CommandParameter': return `-${n.parameterName}${n.colon ? ':' : ''}${n.argument ? node(n.argument) : ''}`;
    case 'FileRedirection': return `(${n.fromStream}${n.append ? '>>' : '>'} ${node(n.location)})`;
    case 'MergingRedirection': return `(${n.fromStream}>${n.toStream})`;
    case 'AssignmentStatement': return `(${n.operator} ${node(n.left)} ${node(n.right)})`;
    case 'IfStatement': return `(if${n.clauses.map((c) => ` ${node(c.condition)} ${block(c.body)}`).join('')}${n.elseClause ? ' else ' + block(n.elseClause) : ''})`;
    case 'SwitchStatement': return `(switch${n.label ? ':' + n.label : ''}${list(n.flags.map((f) => '-' + f))} ${node(n.condition as ExpressionAst)}${n.clauses.map((c) => ` ${node(c.condition)} ${block(c.body)}`).join('')}${n.defaultClause ? ' default ' + block(n.defaultClause) : ''})`;
    case 'ForEachStatement': return `(foreach${n.label ? ':' + n.label : ''} ${node(n.variable)} ${node(n.condition)} ${block(n.body)})`;
    case 'ForStatement': return `(for ${n.initializer ? node(n.initializer) : '_'} ${n.condition ? node(n.condition) : '_'} ${n.iterator ? node(n.iterator) : '_'} ${block(n.body)})`;
    case 'WhileStatement': return `(while ${node(n.condition)} ${block(n.body)})`;
    case 'DoWhileStatement': return `(do-while ${block(n.body)} ${node(n.condition)})`;
    case 'DoUntilStatement': return `(do-until ${block(n.body)} ${node(n.condition)})`;
    case 'BreakStatement': return n.label ? `(break ${node(n.label)})` : '(break)';
    case 'ContinueStatement': return n.label ? `(continue ${node(n.label)})` : '(continue)';
    case 'ReturnStatement': return n.pipeline ? `(return ${node(n.pipeline)})` : '(return)';
    case 'ExitStatement': return n.pipeline ? `(exit ${node(n.pipeline)})` : '(exit)';
    case 'ThrowStatement': return n.pipeline ? `(throw ${node(n.pipeline)})` : '(throw)';
    case 'TrapStatement': return `(trap${n.trapType ? ' ' + node(n.trapType) : ''} ${block(n.body)})`;
    case 'TryStatement': return `(try ${block(n.body)}${n.catchClauses.map((c) => ` (catch${list(c.catchTypes.map(node))} ${block(c.body)})`).join('')}${n.finally ? ' (finally ' + block(n.finally) + ')' : ''})`;
    case 'CatchClause': return `(catch${list(n.catchTypes.map(node))} ${block(n.body)})`;
    case 'FunctionDefinition': return `(${n.isFilter ? 'filter' : 'function'} ${n.name}${n.parameters ? ` (${n.parameters.map(node).join(' ')})` : ''} {${body(n.body) ? ' ' + body(n.body) + ' ' : ''}})`;
    case 'DataStatement': return `(data${n.variable ? ' ' + n.variable : ''} ${block(n.body)})`;
    case 'UsingStatement': return `(using ${n.usingKind} ${n.name})`;
    case 'TypeDefinition': return `(${n.typeKind} ${n.name}${n.baseTypes.map((b) => ' :' + b.fullName).join('')}${list(n.members.map(node))})`;
    case 'PropertyMember': return `(property${n.isStatic ? ' static' : ''}${n.isHidden ? ' hidden' : ''}${n.propertyType ? ' ' + node(n.propertyType) : ''} ${n.name}${n.initialValue ? ' ' + node(n.initialValue) : ''})`;
    case 'FunctionMember': return `(method${n.isStatic ? ' static' : ''}${n.returnType ? ' ' + node(n.returnType) : ''} ${n.name} (${n.parameters.map(node).join(' ')}) {${body(n.body) ? ' ' + body(n.body) + ' ' : ''}})`;
    case 'BinaryExpression': return `(${n.operator} ${node(n.left)} ${node(n.right)})`;
    case 'UnaryExpression': return `(${n.operator} ${node(n.operand)})`;
    case 'TernaryExpression': return `(? ${node(n.condition)} ${node(n.ifTrue)} ${node(n.ifFalse)})`;
    case 'ConvertExpression': return `(cast [${typeName(n.typeName)}] ${node(n.child)})`;
    case 'AttributedExpression': return `(attributed ${node(n.attribute)} ${node(n.child)})`;
    case 'TypeExpression': return `[${typeName(n.typeName)}]`;
    case 'MemberExpression': return `(${n.isStatic ? '::' : n.nullConditional ? '?.' : '.'} ${node(n.target)} ${node(n.member)})`;
    case 'InvokeMemberExpression': return `(${n.isStatic ? '::' : n.nullConditional ? '?.' : '.'}call ${node(n.target)} ${node(n.member)}${list(n.arguments.map(node))})`;
    case 'IndexExpression': return `(${n.nullConditional ? '?[]' : '[]'} ${node(n.target)} ${node(n.index)})`;
    case 'ArrayLiteral': return `(,${list(n.elements.map(node))})`;
    case 'ArrayExpression': return `@(${block(n.subExpression)})`;
    case 'Hashtable': return `@{${n.pairs.map((p) => ` ${node(p.key)}=${node(p.value)}`).join('')} }`;
    case 'ParenExpression': return `(paren ${node(n.pipeline)})`;
    case 'SubExpression': return `$(${block(n.subExpression)})`;
    case 'ScriptBlockExpression': return `{${body(n.scriptBlock) ? ' ' + body(n.scriptBlock) + ' ' : ''}}`;
    case 'Constant': return `${typeof n.value === 'bigint' ? n.value.toString() : n.value}${n.numberType === 'Int32' ? '' : ':' + n.numberType}`;
    case 'StringConstant': return n.stringConstantType === 'BareWord' ? n.value : JSON.stringify(n.value);
    case 'ExpandableString': return `(expand${n.parts.map((p) => ' ' + (typeof p === 'string' ? JSON.stringify(p) : node(p))).join('')})`;
    case 'Variable': return `${n.splatted ? '@' : '$'}${n.braced ? `{${n.name}}` : n.name}`;
    case 'UsingExpression': return `(using ${node(n.subExpression)})`;
    case 'ErrorExpression': return '<error>';
  }
}
