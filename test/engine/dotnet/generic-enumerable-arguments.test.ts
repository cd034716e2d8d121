/**
 * IEnumerable[T] parameters (List[T]'s constructor and AddRange, HashSet[T]'s...): pwsh has no
 * conversion from object[] to IEnumerable[int] (pwsh issue 16538), so `@(1, 2)` is refused while
 * a typed array or a generic collection of T passes; a constructor with other overloads for one
 * argument then finds none that fits, a method with one overload reports the argument.
 */
import '../../../src/engine/index.js';
import { test } from 'uvu';
import { scriptCases } from '../runtime/run-script.js';

const failure = (script: string) => `try { ${script} } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }`;
const list = '[System.Collections.Generic.List[int]]';

scriptCases([
  [failure(`${list}::new(@(1, 2, 3))`), 'MethodCountCouldNotFindBest\nCannot find an overload for "new" and the argument count: "1".\n'],
  [failure('[System.Collections.Generic.HashSet[string]]::new(@("a", "b"))'), 'MethodCountCouldNotFindBest\nCannot find an overload for "new" and the argument count: "1".\n'],
  [
    failure(`${list}::new().AddRange(@(1, 2))`),
    'MethodArgumentConversionInvalidCastArgument\nCannot convert argument "collection", with value: "System.Object[]", for "AddRange" to type "System.Collections.Generic.IEnumerable`1[System.Int32]": ' +
      '"Cannot convert the "System.Object[]" value of type "System.Object[]" to type "System.Collections.Generic.IEnumerable`1[System.Int32]"."\n',
  ],
  [failure(`${list}::new([long[]](1, 2))`), 'MethodCountCouldNotFindBest\nCannot find an overload for "new" and the argument count: "1".\n'],
  [`${list}::new([int[]](1, 2, 3)).Count; ${list}::new(${list}::new([int[]](4, 5))).Count`, '3\n2\n'],
  ['[System.Collections.Generic.List[object]]::new(@(1, "a")).Count; [System.Collections.Generic.List[string]]::new([string[]]("a", "b")).Count', '2\n2\n'],
  [`$l = ${list}::new(); $l.AddRange([int[]](1, 2)); $l.Count`, '2\n'],
  // A constructor's argument that does not convert names the chosen constructor as pwsh's binder does.
  [
    failure(`${list}::new("x")`),
    'MethodArgumentConversionInvalidCastArgument\nCannot convert argument "capacity", with value: "x", for ".ctor" to type "System.Int32": "Cannot convert value "x" to type "System.Int32". Error: "The input string \'x\' was not in a correct format.""\n',
  ],
  // A cast is not a call: it builds the list from the array's elements, each converted.
  [`(${list}@(1, "2")).Count`, '2\n'],
]);

test.run();
