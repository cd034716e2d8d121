/**
 * The typed AST every later stage consumes. Node kinds and fields follow pwsh's own AST classes
 * (System.Management.Automation.Language) so that readers who know pwsh find their way; every
 * node carries its source extent.
 */
import type { Extent } from './extent.js';

interface Node<K extends string> {
  readonly kind: K;
  readonly extent: Extent;
}

// ---------------------------------------------------------------------------------------------
// Script blocks and their parts

export interface ScriptBlockAst extends Node<'ScriptBlock'> {
  usingStatements: UsingStatementAst[];
  /** `#requires` lines, kept as trivia for the engine to check. */
  requires: string[];
  attributes: AttributeAst[];
  paramBlock: ParamBlockAst | null;
  dynamicParamBlock: NamedBlockAst | null;
  beginBlock: NamedBlockAst | null;
  processBlock: NamedBlockAst | null;
  endBlock: NamedBlockAst | null;
  cleanBlock: NamedBlockAst | null;
  /** True for a `filter`, whose unnamed block is a process block. */
  isFilter: boolean;
}

export type BlockName = 'begin' | 'process' | 'end' | 'clean' | 'dynamicparam';

export interface NamedBlockAst extends Node<'NamedBlock'> {
  blockName: BlockName;
  /** False for the implicit block of a script without named blocks. */
  explicit: boolean;
  statements: StatementAst[];
  traps: TrapStatementAst[];
}

export interface ParamBlockAst extends Node<'ParamBlock'> {
  attributes: AttributeBaseAst[];
  parameters: ParameterAst[];
}

export interface ParameterAst extends Node<'Parameter'> {
  attributes: AttributeBaseAst[];
  name: VariableExpressionAst;
  defaultValue: ExpressionAst | null;
}

export type AttributeBaseAst = AttributeAst | TypeConstraintAst;

export interface TypeNameSyntax {
  /** The full name as written, e.g. `System.Collections.Generic.List[string]`, `int[]`. */
  fullName: string;
  /** The name without generic arguments or array ranks. */
  name: string;
  genericArguments: TypeNameSyntax[];
  /** Ranks of array suffixes, outermost last: `int[]` -> [1], `int[,]` -> [2]. */
  arrayRanks: number[];
  extent: Extent;
}

export interface TypeConstraintAst extends Node<'TypeConstraint'> {
  typeName: TypeNameSyntax;
}

export interface AttributeAst extends Node<'Attribute'> {
  typeName: TypeNameSyntax;
  positionalArguments: ExpressionAst[];
  namedArguments: NamedAttributeArgumentAst[];
}

export interface NamedAttributeArgumentAst extends Node<'NamedAttributeArgument'> {
  argumentName: string;
  /** The value, or null when only the name is given (`[Parameter(Mandatory)]` means $true). */
  argument: ExpressionAst | null;
}

// ---------------------------------------------------------------------------------------------
// Statements

export type StatementAst =
  | PipelineBaseAst
  | AssignmentStatementAst
  | IfStatementAst
  | SwitchStatementAst
  | ForEachStatementAst
  | ForStatementAst
  | WhileStatementAst
  | DoWhileStatementAst
  | DoUntilStatementAst
  | BreakStatementAst
  | ContinueStatementAst
  | ReturnStatementAst
  | ExitStatementAst
  | ThrowStatementAst
  | TrapStatementAst
  | TryStatementAst
  | FunctionDefinitionAst
  | DataStatementAst
  | TypeDefinitionAst
  | UsingStatementAst;

export type PipelineBaseAst = PipelineAst | PipelineChainAst;

export interface StatementBlockAst extends Node<'StatementBlock'> {
  statements: StatementAst[];
  traps: TrapStatementAst[];
}

export interface PipelineAst extends Node<'Pipeline'> {
  elements: CommandBaseAst[];
  background: boolean;
}

export interface PipelineChainAst extends Node<'PipelineChain'> {
  left: PipelineBaseAst;
  operator: '&&' | '||';
  right: PipelineAst;
  background: boolean;
}

export type CommandBaseAst = CommandAst | CommandExpressionAst;

export interface CommandAst extends Node<'Command'> {
  /** `&` or `.` before the command, or null. */
  invocationOperator: '&' | '.' | null;
  /** The command name (first element) and then its arguments and parameters. */
  elements: CommandElementAst[];
  redirections: RedirectionAst[];
}

export type CommandElementAst = ExpressionAst | CommandParameterAst;

export interface CommandParameterAst extends Node<'CommandParameter'> {
  parameterName: string;
  /** The argument given with a colon (`-Name:value`), or null. */
  argument: ExpressionAst | null;
  /** True when written with a trailing colon, even if its argument is missing. */
  colon: boolean;
}

export interface CommandExpressionAst extends Node<'CommandExpression'> {
  expression: ExpressionAst;
  redirections: RedirectionAst[];
}

export type StreamName = 'All' | 'Output' | 'Error' | 'Warning' | 'Verbose' | 'Debug' | 'Information';

export interface FileRedirectionAst extends Node<'FileRedirection'> {
  fromStream: StreamName;
  append: boolean;
  location: ExpressionAst;
}

export interface MergingRedirectionAst extends Node<'MergingRedirection'> {
  fromStream: StreamName;
  toStream: StreamName;
}

export type RedirectionAst = FileRedirectionAst | MergingRedirectionAst;

export type AssignmentOperatorText = '=' | '+=' | '-=' | '*=' | '/=' | '%=' | '??=';

export interface AssignmentStatementAst extends Node<'AssignmentStatement'> {
  left: ExpressionAst;
  operator: AssignmentOperatorText;
  right: StatementAst;
}

export interface IfStatementAst extends Node<'IfStatement'> {
  clauses: { condition: PipelineBaseAst; body: StatementBlockAst }[];
  elseClause: StatementBlockAst | null;
}

export type SwitchFlag = 'Regex' | 'Wildcard' | 'Exact' | 'CaseSensitive' | 'File' | 'Parallel';

export interface SwitchStatementAst extends Node<'SwitchStatement'> {
  label: string | null;
  flags: SwitchFlag[];
  /** The value switched on: the `( )` pipeline, or the `-File` path expression. */
  condition: PipelineBaseAst | ExpressionAst;
  clauses: { condition: ExpressionAst; body: StatementBlockAst }[];
  defaultClause: StatementBlockAst | null;
}

export interface ForEachStatementAst extends Node<'ForEachStatement'> {
  label: string | null;
  variable: VariableExpressionAst;
  condition: PipelineBaseAst;
  body: StatementBlockAst;
}

export interface ForStatementAst extends Node<'ForStatement'> {
  label: string | null;
  initializer: PipelineBaseAst | AssignmentStatementAst | null;
  condition: PipelineBaseAst | AssignmentStatementAst | null;
  iterator: PipelineBaseAst | AssignmentStatementAst | null;
  body: StatementBlockAst;
}

export interface WhileStatementAst extends Node<'WhileStatement'> {
  label: string | null;
  condition: PipelineBaseAst | AssignmentStatementAst;
  body: StatementBlockAst;
}

export interface DoWhileStatementAst extends Node<'DoWhileStatement'> {
  label: string | null;
  condition: PipelineBaseAst | AssignmentStatementAst;
  body: StatementBlockAst;
}

export interface DoUntilStatementAst extends Node<'DoUntilStatement'> {
  label: string | null;
  condition: PipelineBaseAst | AssignmentStatementAst;
  body: StatementBlockAst;
}

export interface BreakStatementAst extends Node<'BreakStatement'> {
  label: ExpressionAst | null;
}

export interface ContinueStatementAst extends Node<'ContinueStatement'> {
  label: ExpressionAst | null;
}

export interface ReturnStatementAst extends Node<'ReturnStatement'> {
  pipeline: StatementAst | null;
}

export interface ExitStatementAst extends Node<'ExitStatement'> {
  pipeline: StatementAst | null;
}

export interface ThrowStatementAst extends Node<'ThrowStatement'> {
  pipeline: StatementAst | null;
}

export interface TrapStatementAst extends Node<'TrapStatement'> {
  trapType: TypeConstraintAst | null;
  body: StatementBlockAst;
}

export interface CatchClauseAst extends Node<'CatchClause'> {
  catchTypes: TypeConstraintAst[];
  body: StatementBlockAst;
}

export interface TryStatementAst extends Node<'TryStatement'> {
  body: StatementBlockAst;
  catchClauses: CatchClauseAst[];
  finally: StatementBlockAst | null;
}

export interface FunctionDefinitionAst extends Node<'FunctionDefinition'> {
  name: string;
  isFilter: boolean;
  isWorkflow: boolean;
  /** Parameters declared as `function f($a, $b)`, or null. */
  parameters: ParameterAst[] | null;
  body: ScriptBlockAst;
}

export interface DataStatementAst extends Node<'DataStatement'> {
  variable: string | null;
  commandsAllowed: ExpressionAst[];
  body: StatementBlockAst;
}

export interface UsingStatementAst extends Node<'UsingStatement'> {
  usingKind: 'namespace' | 'module' | 'assembly' | 'type';
  name: string;
  alias: string | null;
}

export interface TypeDefinitionAst extends Node<'TypeDefinition'> {
  typeKind: 'class' | 'enum';
  name: string;
  attributes: AttributeBaseAst[];
  baseTypes: TypeNameSyntax[];
  members: MemberAst[];
}

export type MemberAst = PropertyMemberAst | FunctionMemberAst;

export interface PropertyMemberAst extends Node<'PropertyMember'> {
  name: string;
  propertyType: TypeConstraintAst | null;
  attributes: AttributeBaseAst[];
  isStatic: boolean;
  isHidden: boolean;
  initialValue: ExpressionAst | null;
}

export interface FunctionMemberAst extends Node<'FunctionMember'> {
  name: string;
  returnType: TypeConstraintAst | null;
  attributes: AttributeBaseAst[];
  isStatic: boolean;
  isHidden: boolean;
  isConstructor: boolean;
  parameters: ParameterAst[];
  /** Arguments of `: base(...)` on a constructor, or null. */
  baseArguments: ExpressionAst[] | null;
  body: ScriptBlockAst;
}

// ---------------------------------------------------------------------------------------------
// Expressions

export type ExpressionAst =
  | BinaryExpressionAst
  | UnaryExpressionAst
  | TernaryExpressionAst
  | ConvertExpressionAst
  | AttributedExpressionAst
  | TypeExpressionAst
  | MemberExpressionAst
  | InvokeMemberExpressionAst
  | IndexExpressionAst
  | ArrayLiteralAst
  | ArrayExpressionAst
  | HashtableAst
  | ParenExpressionAst
  | SubExpressionAst
  | ScriptBlockExpressionAst
  | ConstantExpressionAst
  | StringConstantExpressionAst
  | ExpandableStringExpressionAst
  | VariableExpressionAst
  | UsingExpressionAst
  | ErrorExpressionAst;

export type BinaryOperator =
  | '-and' | '-or' | '-xor' | '-band' | '-bor' | '-bxor'
  | '+' | '-' | '*' | '/' | '%' | '..' | '-f' | '??'
  | string; // comparison operators, lower-cased with their dash: '-eq', '-ceq', '-isplit', '-is', ...

export interface BinaryExpressionAst extends Node<'BinaryExpression'> {
  operator: BinaryOperator;
  left: ExpressionAst;
  right: ExpressionAst;
  operatorExtent: Extent;
}

export type UnaryOperator =
  | '-not' | '!' | '-bnot' | '-' | '+' | ',' | '-split' | '-isplit' | '-csplit' | '-join'
  | '++' | '--' | 'postfix++' | 'postfix--';

export interface UnaryExpressionAst extends Node<'UnaryExpression'> {
  operator: UnaryOperator;
  operand: ExpressionAst;
}

export interface TernaryExpressionAst extends Node<'TernaryExpression'> {
  condition: ExpressionAst;
  ifTrue: ExpressionAst;
  ifFalse: ExpressionAst;
}

/** `[type] expr`: a cast. */
export interface ConvertExpressionAst extends Node<'ConvertExpression'> {
  typeName: TypeNameSyntax;
  child: ExpressionAst;
}

/** An attribute (not a type) before an expression, e.g. `[ValidateNotNull()]$x = 1`. */
export interface AttributedExpressionAst extends Node<'AttributedExpression'> {
  attribute: AttributeAst;
  child: ExpressionAst;
}

export interface TypeExpressionAst extends Node<'TypeExpression'> {
  typeName: TypeNameSyntax;
}

export interface MemberExpressionAst extends Node<'MemberExpression'> {
  target: ExpressionAst;
  /** The member: a StringConstant for `.Name`, any expression for `.$name` or `.('a'+'b')`. */
  member: ExpressionAst;
  isStatic: boolean;
  nullConditional: boolean;
}

export interface InvokeMemberExpressionAst extends Node<'InvokeMemberExpression'> {
  target: ExpressionAst;
  member: ExpressionAst;
  arguments: ExpressionAst[];
  isStatic: boolean;
  nullConditional: boolean;
  /** Generic method type arguments, `$x.Method[int]()` (pwsh 7.3). */
  genericTypeArguments: TypeNameSyntax[];
}

export interface IndexExpressionAst extends Node<'IndexExpression'> {
  target: ExpressionAst;
  index: ExpressionAst;
  nullConditional: boolean;
}

export interface ArrayLiteralAst extends Node<'ArrayLiteral'> {
  elements: ExpressionAst[];
}

export interface ArrayExpressionAst extends Node<'ArrayExpression'> {
  subExpression: StatementBlockAst;
}

export interface HashtableAst extends Node<'Hashtable'> {
  pairs: { key: ExpressionAst; value: StatementAst }[];
}

export interface ParenExpressionAst extends Node<'ParenExpression'> {
  pipeline: PipelineBaseAst | AssignmentStatementAst;
}

export interface SubExpressionAst extends Node<'SubExpression'> {
  subExpression: StatementBlockAst;
}

export interface ScriptBlockExpressionAst extends Node<'ScriptBlockExpression'> {
  scriptBlock: ScriptBlockAst;
}

export type NumericTypeName =
  | 'Int32' | 'Int64' | 'Double' | 'Decimal' | 'Byte' | 'SByte' | 'Int16' | 'UInt16' | 'UInt32'
  | 'UInt64' | 'BigInteger';

export interface ConstantExpressionAst extends Node<'Constant'> {
  numberType: NumericTypeName;
  /** Int32, Double and the small types as numbers; 64-bit and big integers as bigint; Decimal as its exact text. */
  value: number | bigint | string;
}

export type StringConstantType = 'SingleQuoted' | 'SingleQuotedHereString' | 'DoubleQuoted' | 'DoubleQuotedHereString' | 'BareWord';

export interface StringConstantExpressionAst extends Node<'StringConstant'> {
  value: string;
  stringConstantType: StringConstantType;
}

export interface ExpandableStringExpressionAst extends Node<'ExpandableString'> {
  value: string;
  stringConstantType: StringConstantType;
  /** Literal text runs and the expressions between them, in order. */
  parts: (string | VariableExpressionAst | UsingExpressionAst | SubExpressionAst)[];
}

export interface VariableExpressionAst extends Node<'Variable'> {
  /** The name without `$` or `@`, with any scope or drive qualifier, e.g. `global:x`, `env:PATH`. */
  name: string;
  /** The qualifier before the first colon (`global`, `env`, `using`...), or null. */
  scope: string | null;
  /** The name after the qualifier. */
  unqualifiedName: string;
  splatted: boolean;
  braced: boolean;
}

export interface UsingExpressionAst extends Node<'UsingExpression'> {
  subExpression: VariableExpressionAst;
}

export interface ErrorExpressionAst extends Node<'ErrorExpression'> {
  nested: ExpressionAst[];
}

export type Ast =
  | ScriptBlockAst | NamedBlockAst | ParamBlockAst | ParameterAst | AttributeAst | TypeConstraintAst
  | NamedAttributeArgumentAst | StatementBlockAst | StatementAst | CommandBaseAst | CommandParameterAst
  | RedirectionAst | CatchClauseAst | MemberAst | ExpressionAst;
