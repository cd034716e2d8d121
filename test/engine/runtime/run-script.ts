/** Runs script text as `psh -Command` does and captures what the console would show. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ConsoleHost } from '../../../src/host/console-host.js';

export interface Run {
  out: string;
  err: string;
  code: number;
}

export function run(script: string): Run {
  let out = '';
  let err = '';
  const host = new ConsoleHost({ stdout: (s) => { out += s; }, stderr: (s) => { err += s; } });
  const code = host.runCommand(script);
  return { out, err, code };
}

/** Output lines of a script that must not write errors. */
export function lines(script: string): string {
  const result = run(script);
  if (result.err) throw new Error(`unexpected error output for ${JSON.stringify(script)}:\n${result.err}`);
  return result.out;
}

/** One test per `[script, stdout, stderr]` (stderr '' when left out): exactly what the console shows. */
export function scriptCases(cases: readonly (readonly [script: string, out: string, err?: string])[]): void {
  for (const [script, out, err = ''] of cases) {
    test(script, () => {
      const result = run(script);
      assert.is(result.out, out, 'stdout');
      assert.is(result.err, err, 'stderr');
    });
  }
}
