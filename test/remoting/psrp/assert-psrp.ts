/** Asserts that a PSRP operation fails with a typed PsrpError carrying pwsh's error id. */
import * as assert from 'uvu/assert';
import { PsrpError, type PsrpErrorId } from '../../../src/remoting/psrp/index.js';

export function throwsPsrp(fn: () => unknown, errorId: PsrpErrorId | string): void {
  try {
    fn();
  } catch (error) {
    assert.instance(error, PsrpError);
    assert.is((error as PsrpError).errorId, errorId);
    return;
  }
  assert.unreachable(`expected ${errorId}`);
}
