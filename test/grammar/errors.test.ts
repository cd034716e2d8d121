/**
 * Parse errors: each bad script gives pwsh's ErrorIds, messages and positions (1-based line and
 * column of the error extent), and says whether the input is merely incomplete.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from '../../grammar/parser/index.js';
import { parserStrings } from '../../grammar/parser-strings.js';

type Expected = [errorId: string, line: number, column: number, incomplete: boolean];

const table: [string, Expected[]][] = [
  ['{', [['MissingEndCurlyBrace', 1, 1, true]]],
  ['(', [['ExpectedExpression', 1, 2, true], ['MissingEndParenthesisInExpression', 1, 2, true]]],
  ['(1', [['MissingEndParenthesisInExpression', 1, 3, true]]],
  ['if ($x {', [['MissingEndParenthesisAfterStatement', 1, 8, true], ['MissingEndCurlyBrace', 1, 8, true]]],
  ['if ($x)', [['MissingStatementBlock', 1, 7, true]]],
  ['if', [['MissingOpenParenthesisInIfStatement', 1, 3, true]]],
  ['if ()', [['IfStatementMissingCondition', 1, 5, false]]],
  ['if ($x) { } else', [['MissingStatementBlockAfterElse', 1, 17, true]]],
  ['$x = "abc', [['TerminatorExpectedAtEndOfString', 1, 6, true]]],
  ["$x = 'abc", [['TerminatorExpectedAtEndOfString', 1, 6, true]]],
  ['$x = @"\nabc', [['TerminatorExpectedAtEndOfString', 1, 6, true]]],
  ["$x = @'\nabc", [['TerminatorExpectedAtEndOfString', 1, 6, true]]],
  ['-', [['MissingExpressionAfterOperator', 1, 2, true]]],
  ['!', [['MissingExpressionAfterOperator', 1, 2, true]]],
  ['1 +', [['ExpectedValueExpression', 1, 4, true]]],
  ['1 -eq', [['ExpectedValueExpression', 1, 6, true]]],
  ['1.. -eq 2', [['ExpectedValueExpression', 1, 4, false]]],
  ['x )', [['UnexpectedToken', 1, 3, false]]],
  ['}', [['UnexpectedToken', 1, 1, false]]],
  ['1 2', [['UnexpectedToken', 1, 3, false]]],
  ['@{ a = 1', [['MissingEndCurlyBrace', 1, 1, true]]],
  ['@{ a }', [['MissingEqualsInHashLiteral', 1, 5, false]]],
  ['@{ a = 1; a = 2 }', [['DuplicateKeyInHashLiteral', 1, 11, false]]],
  ['$h = @{}; [ordered]$h', [['OrderedAttributeOnlyOnHashLiteralNode', 1, 11, false]]],
  ['[ordered]@{ a = 1 }; [Ordered][hashtable]@{}', [['OrderedAttributeOnlyOnHashLiteralNode', 1, 22, false]]],
  ['param([ordered]$x)', [['OrderedAttributeOnlyOnHashLiteralNode', 1, 7, false]]],
  ['[ordered]1; 2 +', [['ExpectedValueExpression', 1, 16, true], ['OrderedAttributeOnlyOnHashLiteralNode', 1, 1, false]]],
  ['function', [['MissingNameAfterKeyword', 1, 9, true]]],
  ['function f', [['MissingFunctionBody', 1, 11, true]]],
  ['function f {', [['MissingEndCurlyBrace', 1, 12, true]]],
  ['while ($true)', [['MissingLoopStatement', 1, 14, true]]],
  ['while', [['MissingOpenParenthesisAfterKeyword', 1, 6, true]]],
  ['foreach ($x in) { }', [['MissingForeachExpression', 1, 15, false], ['UnexpectedToken', 1, 15, false]]],
  ['foreach', [['MissingOpenParenthesisAfterKeyword', 1, 8, true]]],
  ['do { }', [['MissingWhileOrUntilInDoWhile', 1, 7, true]]],
  ['[int', [['EndSquareBracketExpectedAtEndOfType', 1, 5, true]]],
  ['$x.', [['MissingPropertyName', 1, 4, true]]],
  ['$a[', [['MissingArrayIndexExpression', 1, 4, true]]],
  ['$a.Foo(1', [['MissingEndParenthesisInMethodCall', 1, 9, true]]],
  ['Get-Item |', [['EmptyPipeElement', 1, 11, true]]],
  ['Get-Item | | x', [['EmptyPipeElement', 1, 11, false]]],
  ['1 | 2', [['ExpressionsMustBeFirstInPipeline', 1, 5, false]]],
  ['param($a, $a)', [['DuplicateFormalParameter', 1, 11, false]]],
  ['$x = 300y', [['BadNumericConstant', 1, 6, false]]],
  ['try { }', [['MissingCatchOrFinally', 1, 8, true]]],
  ['try', [['MissingTryStatementBlock', 1, 4, true]]],
  ['switch ($x) { 1 }', [['MissingSwitchStatementClause', 1, 16, false]]],
  ['switch ($x) { default { 1 } default { 2 } }', [['MultipleSwitchDefaultClauses', 1, 29, false]]],
  ['<# open', [['MissingTerminatorMultiLineComment', 1, 1, true]]],
  ['@splat', [['SplattingNotPermitted', 1, 1, false]]],
  ['Get-Item < foo', [['RedirectionNotSupported', 1, 10, false]]],
  ['Get-Item >', [['MissingFileSpecification', 1, 11, true]]],
  ['define x', [['ReservedKeywordNotAllowed', 1, 1, false]]],
  ['else { }', [['UnexpectedToken', 1, 1, false]]],
  ['function f { begin { } 1 }', [['MissingNamedBlocks', 1, 24, false]]],
  ['function f { end { } end { } }', [['DuplicateScriptCommandClause', 1, 22, false]]],
  ['"`u{110000}"', [['InvalidUnicodeEscapeSequenceValue', 1, 2, false]]],
  ['"`u{}"', [['InvalidUnicodeEscapeSequence', 1, 2, false]]],
  ['"`u{1234567}"', [['TooManyDigitsInUnicodeEscapeSequence', 1, 2, false]]],
  ['${}', [['EmptyVariableReference', 1, 1, false]]],
  ['${abc', [['IncompleteDollarVariableReference', 1, 1, true]]],
  ['1 ? 2', [['MissingExpressionAfterToken', 1, 6, true]]],
  ['[ValidateNotNull()]', [['UnexpectedAttribute', 1, 1, false]]],
  ['Get-Foo -Name:', [['ParameterRequiresArgument', 1, 9, true]]],
  ['$x = @"abc\n"@', [['UnexpectedCharactersAfterHereStringHeader', 1, 8, false], ['UnexpectedToken', 2, 2, false]]],
  ['1 = 2', [['InvalidLeftHandSide', 1, 1, false]]],
  // Listed in the order they are found, as pwsh does: the stray token before the missing brace.
  ['{ 1 2', [['UnexpectedToken', 1, 5, false], ['MissingEndCurlyBrace', 1, 1, true]]],
  ['if ($x) { 1 } else { 2 } }\n$y = (', [['UnexpectedToken', 1, 26, false], ['ExpectedExpression', 2, 7, true], ['MissingEndParenthesisInExpression', 2, 7, true]]],
];

for (const [input, expected] of table) {
  test(`errors of ${JSON.stringify(input)}`, () => {
    const result = parse(input);
    const actual = result.errors.map((e) => [e.errorId, e.extent.startLineNumber, e.extent.startColumnNumber, e.incomplete]);
    assert.equal(actual, expected);
    for (const e of result.errors) {
      // Every message is pwsh's text for its id, with placeholders filled.
      const template = parserStrings[e.errorId];
      const pattern = new RegExp('^' + template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\d+\\\}/g, '.*').replace(/\\\{\\\{/g, '\\{').replace(/\\\}\\\}/g, '\\}') + '$', 's');
      assert.ok(pattern.test(e.message), `${e.errorId}: ${e.message}`);
    }
  });
}

test('exact message texts of the errors named in the issue', () => {
  const message = (s: string) => parse(s).errors[0].message;
  assert.is(message('{'), "Missing closing '}' in statement block or type definition.");
  assert.is(message('1 2'), "Unexpected token '2' in expression or statement.");
  assert.is(message('-'), "Missing expression after unary operator '-'.");
  assert.is(message('"abc'), 'The string is missing the terminator: ".');
  assert.is(message('$x = 300y'), 'The numeric constant 300y is not valid.');
  assert.is(message('param($a, $a)'), 'Duplicate parameter $a in parameter list.');
});

test('offsets are UTF-16 code units, columns count them too', () => {
  const e = parse('"\u{1F600}" 1').errors[0];
  assert.is(e.errorId, 'UnexpectedToken');
  assert.is(e.extent.startOffset, 5);
  assert.is(e.extent.startColumnNumber, 6);
});

test('a script that only stops early is incomplete; a wrong one is not', () => {
  for (const s of ['{', 'if ($x) {', '"abc', "@'\nx", '(1 +', 'foreach ($a in $b)', 'function f {', '$x = @(', 'Get-Item |']) {
    const r = parse(s);
    assert.ok(r.errors.length > 0 && r.errors.every((e) => e.incomplete), s);
  }
  for (const s of ['1 2', '}', 'x )', '$x = 300y', 'else {}']) {
    const r = parse(s);
    assert.ok(r.errors.length > 0 && r.errors.some((e) => !e.incomplete), s);
  }
});

test.run();
