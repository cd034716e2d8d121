/**
 * `psh -ParseOnly`: pwsh's ParserError view for each error, one JSON line per file with -Ast,
 * and the exit code. Also parses every .ps1 fixture under test/.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runParseOnly } from '../../src/host/parse-only.js';
import { parse } from '../../grammar/parser/index.js';

function run(files: Record<string, string>, ast: boolean): { code: number; out: string } {
  let out = '';
  const code = runParseOnly(Object.keys(files), ast, (path) => {
    const name = Object.keys(files).find((f) => path.endsWith(f));
    if (name === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    return files[name];
  }, (s) => { out += s; });
  return { code, out };
}

test('errors are printed in the ParserError view', () => {
  const { code, out } = run({ 'bad.ps1': '$a = 1\nif ($x) {\n  "unterminated\n' }, false);
  assert.is(code, 1);
  const lines = out.split('\n');
  // In the order pwsh finds them: the string while scanning it, the brace at the end.
  assert.match(lines[0], /^ParserError: .*bad\.ps1:3$/);
  assert.equal(lines.slice(1, 5), ['Line |', '   3 |    "unterminated', '     |    ~', '     | The string is missing the terminator: ".']);
  assert.match(lines[5], /^ParserError: .*bad\.ps1:2$/);
  assert.equal(lines.slice(6, 10), ['Line |', '   2 |  if ($x) {', '     |          ~', "     | Missing closing '}' in statement block or type definition."]);
});

test('a clean file exits 0 and prints nothing', () => {
  const { code, out } = run({ 'good.ps1': 'Get-Item -Path a.txt 1..3' }, false);
  assert.is(code, 0);
  assert.is(out, '');
});

test('-Ast prints one JSON line per file with the AST and the errors', () => {
  const { code, out } = run({ 'one.ps1': '$x = 1..3', 'two.ps1': '1 +' }, true);
  assert.is(code, 1);
  const [one, two] = out.trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.is(one.file, 'one.ps1');
  assert.is(one.ast.kind, 'ScriptBlock');
  assert.is(one.ast.endBlock.statements[0].kind, 'AssignmentStatement');
  assert.is(one.ast.endBlock.statements[0].extent.text, '$x = 1..3');
  assert.equal(one.errors, []);
  assert.equal(two.errors, [{
    errorId: 'ExpectedValueExpression', message: "You must provide a value expression following the '+' operator.",
    line: 1, column: 4, offset: 3, incomplete: true,
  }]);
});

test('a missing file is reported and fails the run', () => {
  let out = '';
  const code = runParseOnly(['nowhere.ps1'], false, () => { throw Object.assign(new Error('no'), { code: 'ENOENT' }); }, (s) => { out += s; });
  assert.is(code, 1);
  assert.match(out, /Cannot find path '.*nowhere\.ps1' because it does not exist\./);
});

test('every .ps1 under test/ parses without errors', () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ps1')) found.push(path);
    }
  };
  walk(root);
  assert.ok(found.length > 0);
  for (const file of found) {
    const r = parse(readFileSync(file, 'utf8'), file);
    assert.equal(r.errors.map((e) => `${e.extent.startLineNumber}:${e.extent.startColumnNumber} ${e.message}`), [], file);
  }
});

test.run();
