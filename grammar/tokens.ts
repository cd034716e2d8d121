/**
 * The token vocabulary of the PowerShell language: every token kind the tokenizer can emit and
 * the parser can consume, in one place. Tokens are produced by the hand-written, mode-aware
 * tokenizer (tokenizer.ts), so every Chevrotain pattern here is `Lexer.NA`; categories let the
 * parser match an operator class (say, every comparison operator) with one CONSUME.
 */
import type { TokenType } from 'chevrotain';
import { createToken, Lexer } from './chevrotain.js';

/** Every token belongs to this category, so error recovery can consume whatever token is there. */
export const AnyToken = createToken({ name: 'AnyToken', pattern: Lexer.NA });
const all: TokenType[] = [AnyToken];
function token(name: string, categories?: TokenType | TokenType[]): TokenType {
  const list = categories === undefined ? [] : Array.isArray(categories) ? categories : [categories];
  const t = createToken({ name, pattern: Lexer.NA, categories: [...list, AnyToken] });
  all.push(t);
  return t;
}

// Operator classes by binary precedence, lowest first (pwsh's BinaryPrecedence* flags).
export const LogicalOperator = token('LogicalOperator'); // -and -or -xor
export const BitwiseOperator = token('BitwiseOperator'); // -band -bor -bxor
export const ComparisonOperator = token('ComparisonOperator'); // -eq ... -is -as -shl -shr -split -join
export const AdditiveOperator = token('AdditiveOperator'); // + -
export const MultiplicativeOperator = token('MultiplicativeOperator'); // * / %
export const AssignmentOperator = token('AssignmentOperator'); // = += -= *= /= %= ??=
export const Keyword = token('Keyword');
// Classes the parser consumes as one token, where it needs no choice between the members.
export const BinaryOperator = token('BinaryOperator');
export const PrefixOperator = token('PrefixOperator');
export const MemberOperator = token('MemberOperator'); // . ?. ::
export const IndexOpen = token('IndexOpen'); // [ ?[
export const IncrementOperator = token('IncrementOperator'); // ++ --
export const ChainOperator = token('ChainOperator'); // && ||
export const InvocationOperator = token('InvocationOperator'); // & .
export const StatementSeparator = token('StatementSeparator'); // newline ;

// Structure.
export const NewLine = token('NewLine', StatementSeparator);
export const Semi = token('Semi', StatementSeparator);
export const Pipe = token('Pipe');
export const AndAnd = token('AndAnd', ChainOperator);
export const OrOr = token('OrOr', ChainOperator);
export const Ampersand = token('Ampersand', InvocationOperator);
export const DotSource = token('DotSource', InvocationOperator);
export const Comma = token('Comma', PrefixOperator);
export const LParen = token('LParen');
export const RParen = token('RParen');
export const LCurly = token('LCurly');
export const RCurly = token('RCurly');
export const LBracket = token('LBracket', IndexOpen);
export const RBracket = token('RBracket');
export const AtParen = token('AtParen');
export const AtCurly = token('AtCurly');
export const DollarParen = token('DollarParen');
export const Dot = token('Dot', MemberOperator);
export const QuestionDot = token('QuestionDot', MemberOperator);
export const ColonColon = token('ColonColon', MemberOperator);
export const QuestionLBracket = token('QuestionLBracket', IndexOpen);
export const QuestionMark = token('QuestionMark');
export const Colon = token('Colon');
export const QuestionQuestion = token('QuestionQuestion', BinaryOperator);
export const Redirection = token('Redirection');
export const StopParsing = token('StopParsing');
export const Label = token('Label');

// Operators.
export const Equals = token('Equals', AssignmentOperator);
export const CompoundAssignment = token('CompoundAssignment', AssignmentOperator);
export const PlusPlus = token('PlusPlus', [PrefixOperator, IncrementOperator]);
export const MinusMinus = token('MinusMinus', [PrefixOperator, IncrementOperator]);
export const Exclaim = token('Exclaim', PrefixOperator);
export const DotDot = token('DotDot', BinaryOperator);
export const Plus = token('Plus', [AdditiveOperator, BinaryOperator, PrefixOperator]);
export const Minus = token('Minus', [AdditiveOperator, BinaryOperator, PrefixOperator]);
export const Star = token('Star', [MultiplicativeOperator, BinaryOperator]);
export const Slash = token('Slash', [MultiplicativeOperator, BinaryOperator]);
export const Percent = token('Percent', [MultiplicativeOperator, BinaryOperator]);
export const DashLogical = token('DashLogical', [LogicalOperator, BinaryOperator]);
export const DashBitwise = token('DashBitwise', [BitwiseOperator, BinaryOperator]);
export const DashComparison = token('DashComparison', [ComparisonOperator, BinaryOperator]);
/** -split and -join: binary comparison-level operators that are also unary. */
export const DashSplitJoin = token('DashSplitJoin', [ComparisonOperator, BinaryOperator, PrefixOperator]);
export const DashFormat = token('DashFormat', BinaryOperator);
export const DashNot = token('DashNot', PrefixOperator); // -not and -bnot

// Values and words.
export const Variable = token('Variable');
export const SplattedVariable = token('SplattedVariable');
export const NumberLiteral = token('NumberLiteral');
export const StringLiteral = token('StringLiteral');
export const ExpandableString = token('ExpandableString');
export const GenericToken = token('GenericToken');
export const Parameter = token('Parameter');
export const TypeName = token('TypeName');

// Keywords (recognised only where a statement may begin, or inside their own constructs).
export const If = token('If', Keyword);
export const ElseIf = token('ElseIf', Keyword);
export const Else = token('Else', Keyword);
export const Switch = token('Switch', Keyword);
export const Foreach = token('Foreach', Keyword);
export const For = token('For', Keyword);
export const While = token('While', Keyword);
export const Do = token('Do', Keyword);
export const Until = token('Until', Keyword);
export const In = token('In', Keyword);
export const Function = token('Function', Keyword);
export const Param = token('Param', Keyword);
export const NamedBlockKeyword = token('NamedBlockKeyword', Keyword); // begin process end clean dynamicparam
export const Break = token('Break', Keyword);
export const Continue = token('Continue', Keyword);
export const Return = token('Return', Keyword);
export const Exit = token('Exit', Keyword);
export const Throw = token('Throw', Keyword);
export const Trap = token('Trap', Keyword);
export const Try = token('Try', Keyword);
export const Catch = token('Catch', Keyword);
export const Finally = token('Finally', Keyword);
export const Data = token('Data', Keyword);
export const Class = token('Class', Keyword);
export const Enum = token('Enum', Keyword);
export const Using = token('Using', Keyword);
export const MemberModifier = token('MemberModifier', Keyword); // hidden static
/** Words pwsh reserves for future use (`define`, `var`, `from`, ...): a parse error where a statement begins. */
export const ReservedKeyword = token('ReservedKeyword', Keyword);

export const allTokenTypes: readonly TokenType[] = all;

/** Keywords recognised at the start of a statement, by lower-cased spelling. */
export const statementKeywords: ReadonlyMap<string, TokenType> = new Map([
  ['if', If], ['switch', Switch], ['foreach', Foreach], ['for', For], ['while', While], ['do', Do],
  ['function', Function], ['filter', Function], ['workflow', Function], ['param', Param],
  ['begin', NamedBlockKeyword], ['process', NamedBlockKeyword], ['end', NamedBlockKeyword],
  ['clean', NamedBlockKeyword], ['dynamicparam', NamedBlockKeyword],
  ['break', Break], ['continue', Continue], ['return', Return], ['exit', Exit], ['throw', Throw],
  ['trap', Trap], ['try', Try], ['data', Data], ['class', Class], ['enum', Enum], ['using', Using],
  ['elseif', ElseIf], ['else', Else], ['catch', Catch], ['finally', Finally], ['until', Until], ['in', In],
  ['define', ReservedKeyword], ['from', ReservedKeyword], ['var', ReservedKeyword],
  ['parallel', ReservedKeyword], ['sequence', ReservedKeyword], ['inlinescript', ReservedKeyword],
  ['interface', ReservedKeyword], ['namespace', ReservedKeyword], ['module', ReservedKeyword],
  ['public', ReservedKeyword], ['private', ReservedKeyword], ['type', ReservedKeyword],
  ['assembly', ReservedKeyword], ['command', ReservedKeyword], ['base', ReservedKeyword],
  ['configuration', ReservedKeyword],
]);

/** The dash operators of expression mode, by lower-cased spelling without the dash. */
export const dashOperators: ReadonlyMap<string, TokenType> = (() => {
  const m = new Map<string, TokenType>();
  for (const op of ['and', 'or', 'xor']) m.set(op, DashLogical);
  for (const op of ['band', 'bor', 'bxor']) m.set(op, DashBitwise);
  const comparisons = ['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'notlike', 'match', 'notmatch',
    'replace', 'contains', 'notcontains', 'in', 'notin'];
  for (const op of comparisons) for (const p of ['', 'i', 'c']) m.set(p + op, DashComparison);
  for (const op of ['is', 'isnot', 'as', 'shl', 'shr']) m.set(op, DashComparison);
  for (const p of ['', 'i', 'c']) m.set(p + 'split', DashSplitJoin);
  m.set('join', DashSplitJoin);
  m.set('f', DashFormat);
  m.set('not', DashNot);
  m.set('bnot', DashNot);
  return m;
})();
