/**
 * Every binary operator against every other: `$a op1 $b op2 $c` groups by pwsh's precedence
 * table and is left-associative within a level; unary operators and the comma bind tighter than
 * any binary operator.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from '../../grammar/parser/index.js';
import { sexprScript } from './sexpr.js';

const comparisons = ['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'notlike', 'match', 'notmatch', 'replace', 'contains', 'notcontains', 'in', 'notin', 'split'];
const levels: string[][] = [
  ['-and', '-or', '-xor'],
  ['-band', '-bor', '-bxor'],
  [...comparisons.flatMap((op) => [`-${op}`, `-i${op}`, `-c${op}`]), '-is', '-isnot', '-as', '-join', '-shl', '-shr'],
  ['??'],
  ['+', '-'],
  ['*', '/', '%'],
  ['-f'],
  ['..'],
];
const level = new Map(levels.flatMap((ops, i) => ops.map((op) => [op, i] as const)));
const all = levels.flat();

test('binary operators: precedence and left associativity for every pair', () => {
  let checked = 0;
  for (const op1 of all) {
    for (const op2 of all) {
      const source = `$a ${op1} $b ${op2} $c`;
      const r = parse(source);
      assert.equal(r.errors, [], source);
      const expected = level.get(op1)! >= level.get(op2)!
        ? `(${op2} (${op1} $a $b) $c)`
        : `(${op1} $a (${op2} $b $c))`;
      assert.is(sexprScript(r.ast), expected, source);
      checked++;
    }
  }
  assert.is(checked, all.length * all.length);
});

test('unary operators bind tighter than every binary operator', () => {
  for (const op of all) {
    for (const [unary, printed] of [['-not ', '-not'], ['!', '!'], ['-bnot ', '-bnot'], ['-', '-'], ['+', '+'], ['++', '++'], ['-split ', '-split'], ['-join ', '-join'], [',', ',']]) {
      const source = `${unary}$a ${op} $b`;
      const r = parse(source);
      assert.equal(r.errors, [], source);
      assert.is(sexprScript(r.ast), `(${op} (${printed} $a) $b)`, source);
    }
  }
});

test('the comma binds tighter than every binary operator', () => {
  for (const op of all) {
    const source = `$a, $b ${op} $c, $d`;
    assert.is(sexprScript(parse(source).ast), `(${op} (, $a $b) (, $c $d))`, source);
  }
});

test('casts bind tighter than binary operators, and chain', () => {
  for (const op of all) {
    const source = `[int]$a ${op} [string]$b`;
    assert.is(sexprScript(parse(source).ast), `(${op} (cast [int] $a) (cast [string] $b))`, source);
  }
});

test('member access and indexing bind tighter than unary operators', () => {
  assert.is(sexprScript(parse('-$a.b[0]').ast), '(- ([] (. $a b) 0))');
  assert.is(sexprScript(parse('-not $a.b()').ast), '(-not (.call $a b))');
  assert.is(sexprScript(parse('[int]$a.b').ast), '(cast [int] (. $a b))');
});

test('ternary is below every binary operator and nests to the right', () => {
  assert.is(sexprScript(parse('$a -or $b ? 1 + 2 : 3 * 4').ast), '(? (-or $a $b) (+ 1 2) (* 3 4))');
  assert.is(sexprScript(parse('$a ? 1 : $b ? 2 : 3').ast), '(? $a 1 (? $b 2 3))');
});

test.run();
