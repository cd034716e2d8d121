/** Type.ToString() in conversion messages: generic type arguments without their assemblies, and a signature's generic names with their arity. */
import '../../../src/engine/index.js';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { typeText } from '../../../src/engine/conversion/type-text.js';
import { scriptCases } from '../runtime/run-script.js';

const core = ', System.Private.CoreLib, Version=9.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e';

const names: [string, string][] = [
  ['System.Int32', 'System.Int32'],
  ['System.Int32[]', 'System.Int32[]'],
  [`System.Collections.Generic.List\`1[[System.Int32${core}]]`, 'System.Collections.Generic.List`1[System.Int32]'],
  [`System.Collections.Generic.Dictionary\`2[[System.String${core}],[System.Int32${core}]]`, 'System.Collections.Generic.Dictionary`2[System.String,System.Int32]'],
  [`System.Collections.Generic.List\`1[[System.Collections.Generic.List\`1[[System.Int32${core}]]${core}]]`, 'System.Collections.Generic.List`1[System.Collections.Generic.List`1[System.Int32]]'],
  [`System.Collections.Generic.List\`1[[System.Int32${core}]][]`, 'System.Collections.Generic.List`1[System.Int32][]'],
  // A method signature's notation: the generic definition has no arity yet.
  ['System.Collections.Generic.IEnumerable[System.Int32]', 'System.Collections.Generic.IEnumerable`1[System.Int32]'],
  ['System.Collections.Generic.Dictionary[System.String, System.Int32[]]', 'System.Collections.Generic.Dictionary`2[System.String,System.Int32[]]'],
  ['System.Collections.Generic.List[System.Collections.Generic.List[System.Int32]][]', 'System.Collections.Generic.List`1[System.Collections.Generic.List`1[System.Int32]][]'],
  ['System.Collections.Generic.List`1[System.Int32]', 'System.Collections.Generic.List`1[System.Int32]'],
  // Array ranks are not type arguments.
  ['System.Int32[,]', 'System.Int32[,]'],
  [`System.Collections.Generic.List\`1[[System.Int32${core}]][,]`, 'System.Collections.Generic.List`1[System.Int32][,]'],
];

for (const [fullName, text] of names) {
  test(`typeText(${text})`, () => assert.is(typeText(fullName), text));
}

scriptCases([
  ['[System.Collections.Generic.List[int]]@(1, "a")', '', 'InvalidArgument: Cannot convert the "System.Object[]" value of type "System.Object[]" to type "System.Collections.Generic.List`1[System.Int32]".\n'],
  ['[System.Collections.Generic.Dictionary[string,int]]"x"', '', 'InvalidArgument: Cannot convert the "x" value of type "System.String" to type "System.Collections.Generic.Dictionary`2[System.String,System.Int32]".\n'],
  ['[int][System.Collections.Generic.List[int]]::new()', '', 'InvalidArgument: Cannot convert the "System.Collections.Generic.List`1[System.Int32]" value of type "System.Collections.Generic.List`1[System.Int32]" to type "System.Int32".\n'],
  // A single value converts to the element type with that conversion's own error.
  ['[System.Collections.Generic.List[int]]"x"', '', 'InvalidArgument: Cannot convert value "x" to type "System.Int32". Error: "The input string \'x\' was not in a correct format."\n'],
  // A FullName as [type] reads it, assemblies and all.
  ["([type]'System.Collections.Generic.List[[System.Int32, System.Private.CoreLib]]').Name", 'List`1\n'],
  ['$t = [System.Collections.Generic.Dictionary[string, int]]; [type]$t.FullName -eq $t', 'True\n'],
  ['([System.Collections.Generic.List[int]]"5")[0] + 1; [System.Collections.Generic.List[int]]::new().ToString()', '6\nSystem.Collections.Generic.List`1[System.Int32]\n'],
]);

test.run();
