/**
 * Robustness: random and mutated scripts never crash or hang the parser, every error has a
 * valid extent, and pathological nesting is refused with an error instead of exhausting the
 * stack. The inputs come from a seeded generator, so a failure reproduces.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from '../../grammar/parser/index.js';

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const seeds = [
  'function Get-Thing { [CmdletBinding()] param([Parameter(Mandatory)][string[]]$Name, [int]$Count = 3) process { foreach ($n in $Name) { "$n $($Count * 2)" } } }',
  '$h = @{ a = 1; b = @(1, 2, 3); c = [ordered]@{ d = "x" } }; $h.c.d += "y"',
  'if ($x -like "a*" -and $y -notmatch "^b") { Write-Host @args } elseif ($z) { $z++ } else { throw "no" }',
  'switch -regex ($line) { "^(\\d+)" { $Matches[1] } default { break } }',
  'try { Get-Item -Path $p -ErrorAction Stop | Select-Object -First 1 } catch [System.IO.IOException] { $_ } finally { Remove-Item $t 2>&1 > $null }',
  "$s = @\"\nline $x\n$(Get-Date)\n\"@\n$t = @'\nraw $y\n'@",
  'class P { [string]$N; P([string]$n) { $this.N = $n } [string] ToString() { return $this.N } }',
  'do { $i-- } until ($i -le 0); for ($i = 0; $i -lt 10; $i += 2) { continue }; :l while (1) { break l }',
  '$r = [System.Collections.Generic.List[int]]::new(); 1..10 | % { $r.Add($_ * 2) }; $r[0..2] -join ","',
  '& { param($a) $a } -a 1 && echo ok || echo no; . ./lib.ps1; cmd --% /c dir',
];

const alphabet = ['$', '(', ')', '{', '}', '[', ']', '@', '"', "'", '`', '|', ';', '\n', ' ', '-', '=', ',', '.', '#', '<#', '#>', '@"\n', '"@', '$(', 'if', 'else', '-eq', '&&', '>', '2>&1', '::', '?', ':', '%', '*', '0x', '1e', 'param', 'function', 'class', 'enum', '\u201c', '\r\n'];

function mutate(source: string, rnd: () => number): string {
  let s = source;
  const edits = 1 + Math.floor(rnd() * 6);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(rnd() * (s.length + 1));
    const kind = rnd();
    if (kind < 0.35) s = s.slice(0, at) + s.slice(at + 1 + Math.floor(rnd() * 4));
    else if (kind < 0.8) s = s.slice(0, at) + alphabet[Math.floor(rnd() * alphabet.length)] + s.slice(at);
    else {
      const from = Math.floor(rnd() * s.length);
      s = s.slice(0, at) + s.slice(from, from + Math.floor(rnd() * 20)) + s.slice(at);
    }
  }
  return s;
}

function randomScript(rnd: () => number): string {
  let s = '';
  const n = Math.floor(rnd() * 60);
  for (let i = 0; i < n; i++) s += rnd() < 0.8 ? alphabet[Math.floor(rnd() * alphabet.length)] : String.fromCharCode(Math.floor(rnd() * 0x3000));
  return s;
}

function checkWellFormed(source: string): void {
  const result = parse(source);
  assert.ok(result.ast && result.ast.kind === 'ScriptBlock');
  for (const e of result.errors) {
    assert.ok(e.extent.startOffset >= 0 && e.extent.endOffset <= source.length && e.extent.startOffset <= e.extent.endOffset, `bad extent for ${e.errorId} in ${JSON.stringify(source)}`);
    assert.type(e.message, 'string');
    assert.ok(e.message.length > 0 && !e.message.includes('{0}'), e.message);
  }
}

test('the seed scripts parse without errors', () => {
  for (const s of seeds) assert.equal(parse(s).errors.map((e) => `${e.errorId} ${e.message}`), [], s);
});

test('mutated scripts: no crash, well-formed errors', () => {
  const rnd = random(0x5eed);
  for (let i = 0; i < 1500; i++) {
    const source = mutate(seeds[i % seeds.length], rnd);
    try {
      checkWellFormed(source);
    } catch (e) {
      throw new Error(`input ${JSON.stringify(source)}: ${(e as Error).message}`);
    }
  }
});

test('random scripts: no crash, well-formed errors', () => {
  const rnd = random(42);
  for (let i = 0; i < 1500; i++) {
    const source = randomScript(rnd);
    try {
      checkWellFormed(source);
    } catch (e) {
      throw new Error(`input ${JSON.stringify(source)}: ${(e as Error).message}`);
    }
  }
});

test('deep nesting is an error, not a stack overflow', () => {
  for (const [open, close] of [['(', ')'], ['{', '}'], ['@(', ')'], ['$(', ')'], ['@{a=', '}'], ['"$(', ')"'], ['[', ']']]) {
    const r = parse(open.repeat(20000) + '1' + close.repeat(20000));
    assert.ok(r.errors.some((e) => e.errorId === 'ScriptTooComplicated'), open);
  }
  // Ordinary depth is fine.
  assert.equal(parse('('.repeat(40) + '1' + ')'.repeat(40)).errors, []);
});

test('long flat inputs parse (no quadratic paths in strings, comments and operators)', () => {
  const big = [
    '"' + 'a'.repeat(200000) + '"',
    '<#' + 'x'.repeat(200000) + '#>',
    Array.from({ length: 20000 }, (_, i) => `$x${i}`).join(' + '),
    'Write-Output ' + Array.from({ length: 20000 }, (_, i) => `a${i}`).join(' '),
    '"' + '$x '.repeat(30000) + '"',
  ];
  for (const s of big) assert.equal(parse(s).errors, []);
});

test.run();
