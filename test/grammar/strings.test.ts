/**
 * Strings and the lexing cases that depend on context: expansion rules in double-quoted strings
 * and here-strings, escapes, numbers versus bare words, command versus expression mode.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from '../../grammar/parser/index.js';
import { Tokenizer } from '../../grammar/tokenizer.js';
import { SourceText } from '../../grammar/extent.js';
import { sexprScript } from './sexpr.js';

const expansions: [string, string][] = [
  ['"a $x b"', '(expand "a " $x " b")'],
  ['"$x.Prop"', '(expand $x ".Prop")'],
  ['"$x[0]"', '(expand $x "[0]")'],
  ['"$($x.Prop)"', '(expand $({ (. $x Prop) }))'],
  ['"$env:PATH;"', '(expand $env:PATH ";")'],
  ['"$x:"', '(expand $x ":")'],
  ['"${a b}c"', '(expand ${a b} "c")'],
  ['"$"', '"$"'],
  ['"cost: $ 5"', '"cost: $ 5"'],
  ['"$_ and $$ and $?"', '(expand $_ " and " $$ " and " $?)'],
  ['"`$x"', '"$x"'],
  ['"a``b"', '"a`b"'],
  ['"`u{1F600}"', '"\u{1F600}"'],
  ['"`0`a`b`e`f`n`r`t`v"', JSON.stringify('\0\x07\b\x1b\f\n\r\t\v')],
  ['"nested $("in $("deep")")"', '(expand "nested " $({ (expand "in " $({ "deep" })) }))'],
  ['"a ""quoted"" b"', '"a \\"quoted\\" b"'],
  ["'no $expansion here'", '"no $expansion here"'],
  ["'it''s'", '"it\'s"'],
  ['\u201csmart $x\u201d', '(expand "smart " $x)'],
  ['@"\nline1 $x\nline2\n"@', '(expand "line1 " $x "\\nline2")'],
  ["@'\nline1 $x\n  '@ not end\n'@", '"line1 $x\\n  \'@ not end"'],
  ['@"\n"@', '""'],
  ['@"\r\nwindows\r\nlines\r\n"@', '"windows\\nlines"'],
];

for (const [input, expected] of expansions) {
  test(`string ${JSON.stringify(input)}`, () => {
    const r = parse(input);
    assert.equal(r.errors.map((e) => e.message), []);
    assert.is(sexprScript(r.ast), expected);
  });
}

test('sub-expression extents inside strings point into the source', () => {
  const r = parse('"ab $(1 +\n 2) cd"');
  const statement = r.ast.endBlock!.statements[0];
  assert.is(statement.kind, 'Pipeline');
  const expr = (statement as { elements: { expression: { parts: unknown[] } }[] }).elements[0].expression;
  const sub = expr.parts[1] as { kind: string; extent: { text: string; startLineNumber: number } };
  assert.is(sub.kind, 'SubExpression');
  assert.is(sub.extent.text, '$(1 +\n 2)');
  const inner = (sub as unknown as { subExpression: { statements: { extent: { text: string; endLineNumber: number } }[] } }).subExpression.statements[0];
  assert.is(inner.extent.text, '1 +\n 2');
  assert.is(inner.extent.endLineNumber, 2);
});

function tokens(src: string): string {
  return Tokenizer.tokenize(new SourceText(src, undefined)).tokens.map((t) => `${t.tokenType.name}:${t.image}`).join(' ');
}

const lexing: [string, string][] = [
  ['Get-Item -Path a.txt 1..3', 'GenericToken:Get-Item Parameter:-Path GenericToken:a.txt GenericToken:1..3'],
  ['$x = 1..3', 'Variable:$x Equals:= NumberLiteral:1 DotDot:.. NumberLiteral:3'],
  ['echo 2abc 2gb', 'GenericToken:echo GenericToken:2abc NumberLiteral:2gb'],
  ['7z a x.zip', 'GenericToken:7z GenericToken:a GenericToken:x.zip'],
  ['$a -eq $b -ceq $c -ireplace "x"', 'Variable:$a DashComparison:-eq Variable:$b DashComparison:-ceq Variable:$c DashComparison:-ireplace StringLiteral:"x"'],
  ['Get-Foo -eq', 'GenericToken:Get-Foo Parameter:-eq'],
  ['"{0}" -f 1', 'StringLiteral:"{0}" DashFormat:-f NumberLiteral:1'],
  ['gci -f', 'GenericToken:gci Parameter:-f'],
  ['x -Name:value --', 'GenericToken:x Parameter:-Name: GenericToken:value MinusMinus:--'],
  ['x a`$b `', 'GenericToken:x GenericToken:a`$b GenericToken:`'],
  ['x $home\\docs', 'GenericToken:x GenericToken:$home\\docs'],
  ['x `\n  -y', 'GenericToken:x Parameter:-y'],
  ['icacls --% /grant a:b | x', 'GenericToken:icacls StopParsing:--% /grant a:b Pipe:| GenericToken:x'],
  ['1 # c\n<# b\nb #> 2', 'NumberLiteral:1 NewLine:\n NumberLiteral:2'],
  ['foreach-object { }', 'GenericToken:foreach-object LCurly:{ RCurly:}'],
  ['if(1){}else{}', 'If:if LParen:( NumberLiteral:1 RParen:) LCurly:{ RCurly:} Else:else LCurly:{ RCurly:}'],
  ['x | foreach { }', 'GenericToken:x Pipe:| GenericToken:foreach LCurly:{ RCurly:}'],
  ['$x.y[0]', 'Variable:$x Dot:. GenericToken:y LBracket:[ NumberLiteral:0 RBracket:]'],
  ['$x [0]', 'Variable:$x LBracket:[ TypeName:0 RBracket:]'],
  ['10L 0x1F 1e3 .5 7d 1kb', 'NumberLiteral:10L NumberLiteral:0x1F NumberLiteral:1e3 NumberLiteral:.5 NumberLiteral:7d NumberLiteral:1kb'],
];

for (const [input, expected] of lexing) {
  test(`tokens of ${JSON.stringify(input)}`, () => {
    assert.is(tokens(input), expected);
  });
}

test('tokens carry offset, line and column', () => {
  const [a, , b] = Tokenizer.tokenize(new SourceText('ab\r\n  cd', undefined)).tokens;
  assert.equal([a.startOffset, a.startLine, a.startColumn], [0, 1, 1]);
  assert.equal([b.startOffset, b.endOffset, b.startLine, b.startColumn], [6, 7, 2, 3]);
});

test('#requires lines are kept as trivia', () => {
  const r = parse('#requires -Version 7.0\n#Requires -Modules Pester\n1');
  assert.equal(r.ast.requires, ['#requires -Version 7.0', '#Requires -Modules Pester']);
});

test.run();
