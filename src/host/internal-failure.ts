/**
 * A failure of psh itself rather than of the script it runs (a module that does not load, a
 * worker that dies): reported as `psh: <message>`, with exit code 70 (EX_SOFTWARE).
 */
export function reportInternalFailure(e: unknown, writeError: (text: string) => void): number {
  writeError(`psh: ${e instanceof Error ? e.message : String(e)}\n`);
  return 70;
}
