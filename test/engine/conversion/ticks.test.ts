/** An integer converts to [datetime] and [timespan] through their (long ticks) constructors, as LanguagePrimitives finds them. */
import '../../../src/engine/index.js';
import { test } from 'uvu';
import { scriptCases } from '../runtime/run-script.js';

scriptCases([
  ['([datetime]5).Ticks; ([datetime]0).ToString("o"); ([datetime]638557344000000000L).ToString("o")', '5\n0001-01-01T00:00:00.0000000\n2024-07-05T00:00:00.0000000\n'],
  ['([timespan]10000000).ToString(); ([timespan][byte]1).Ticks; ([timespan]-600000000).ToString()', '00:00:01\n1\n-00:01:00\n'],
  // `[datetime] - 5` is a cast of -5: the constructor's range error, wrapped as the conversion's.
  ['[datetime] - 5', '', 'InvalidArgument: Cannot convert value "-5" to type "System.DateTime". Error: "Ticks must be between DateTime.MinValue.Ticks and DateTime.MaxValue.Ticks. (Parameter \'ticks\')"\n'],
  ['try { [datetime]-1 } catch { $_.FullyQualifiedErrorId }', 'InvalidCastConstructorException\n'],
]);

test.run();
