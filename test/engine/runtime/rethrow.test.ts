/** A bare `throw` written anywhere inside a catch block rethrows the error being handled (pwsh's IsRethrow is lexical). */
import '../../../src/engine/index.js';
import { test } from 'uvu';
import { scriptCases } from './run-script.js';

const outer = (inner: string) => `try { ${inner} } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }`;

scriptCases([
  [outer('try { throw "first" } catch { throw }'), 'first\nfirst\n'],
  [outer('try { throw "first" } catch { & { throw } }'), 'first\nfirst\n'],
  [outer('try { throw "first" } catch { & { . { throw } } }'), 'first\nfirst\n'],
  [outer('try { throw "second" } catch { function f { throw }; f }'), 'second\nsecond\n'],
  [outer('try { [int]"x" } catch { $sb = { throw }; & $sb }'), 'Cannot convert value "x" to type "System.Int32". Error: "The input string \'x\' was not in a correct format."\nInvalidCastFromStringToInteger\n'],
  // Outside any catch a bare throw is ScriptHalted.
  [outer('& { throw }'), 'ScriptHalted\nScriptHalted\n'],
]);

test.run();
