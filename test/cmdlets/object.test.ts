/** ForEach-Object and Where-Object, and objects streaming one at a time through a pipeline. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import '../../src/engine/index.js';
import { CmdletInfo, registerCmdlet } from '../../src/engine/runtime/commands.js';
import { lines } from '../engine/runtime/run-script.js';

const cases: [string, string][] = [
  ['1..3 | ForEach-Object { $_ * 2 }', '2\n4\n6\n'],
  ['1..3 | % { $_ } | % { "[$_]" }', '[1]\n[2]\n[3]\n'],
  ['$sum = 0; 1..4 | ForEach-Object { $sum += $_ }; $sum', '10\n'],
  ['1..2 | ForEach-Object -Begin { "b" } -Process { $_ } -End { "e" }', 'b\n1\n2\ne\n'],
  ['1..2 | ForEach-Object { "b" } { $_ } { "e" }', 'b\n1\n2\ne\n'],
  ['"a", "bb" | ForEach-Object Length', '1\n2\n'],
  ['"a", "b" | ForEach-Object ToUpper', 'A\nB\n'],
  ['1..5 | Where-Object { $_ -gt 3 }', '4\n5\n'],
  ['1..5 | ? { $_ % 2 }', '1\n3\n5\n'],
  ['"a", "bb", "ccc" | Where-Object Length -ge 2', 'bb\nccc\n'],
  ['foreach ($i in 1..3) { 1..3 | ForEach-Object { if ($_ -eq 2) { continue } ; "$i$_" } }', '11\n21\n31\n'],
  // What a command writes in its begin block reaches the next command after that one's begin.
  ['function a { begin { "x" } process { "y" } }; a | ForEach-Object -Begin { "b" } -Process { "p $_" }', 'b\np x\np y\n'],
  ['& { begin { 1; 2 } } | & { begin { "B" } process { "got $_" } } | ForEach-Object { "[$_]" }', '[B]\n[got 1]\n[got 2]\n'],
  // Each object reaches the end of the pipeline before the next one is produced.
  ['function gen { foreach ($i in 1..3) { "make $i"; $i } }; gen | ForEach-Object { if ($_ -is [int]) { "use $_" } else { $_ } }', 'make 1\nuse 1\nmake 2\nuse 2\nmake 3\nuse 3\n'],
];

for (const [script, expected] of cases) {
  test(script, () => {
    assert.is(lines(script), expected);
  });
}

// A command that takes the first N objects and then stops the commands before it, as
// Select-Object -First will.
registerCmdlet(
  new CmdletInfo(
    { name: 'Take-ForTest', parameters: [{ name: 'InputObject', valueFromPipeline: true }, { name: 'Count', type: 'int', position: 0 }] },
    (runtime) => {
      let taken = 0;
      return {
        process(input) {
          runtime.writeObject(input);
          if (++taken >= Number(runtime.parameter('Count'))) runtime.stopUpstream();
        },
        end() {
          runtime.writeObject(`took ${taken}`);
        },
      };
    },
  ),
);

test('a downstream command stops the upstream ones; its own end and later commands still run', () => {
  assert.is(
    lines('$made = 0; function gen { foreach ($i in 1..100000) { $script:made++; $i } }; gen | Take-ForTest 2 | ForEach-Object -Process { "got $_" } -End { "end" }; $made'),
    'got 1\ngot 2\ngot took 2\nend\n2\n',
  );
});

test.run();
