/**
 * Non-error transfers of control. pwsh implements break, continue, return and exit as
 * exceptions that unwind through pipelines and nested script blocks until a loop, a function
 * or the host catches them; psh does the same, so a `break` inside a ForEach-Object script
 * block leaves the enclosing loop as in pwsh.
 */

/** `break [label]`: caught by the innermost loop or switch (whose label matches, when given). */
export class BreakException {
  constructor(readonly label: string | null) {}
}

/** `continue [label]`. */
export class ContinueException {
  constructor(readonly label: string | null) {}
}

/** `return`: its value has already been written to the output; caught by the function or script. */
export class ReturnException {}

/** `exit [code]`: ends the script (or the whole run at top level) with $LASTEXITCODE = code. */
export class ExitException {
  constructor(readonly exitCode: number) {}
}

/**
 * Thrown by a downstream command that needs no more input (Select-Object -First): the pipeline
 * stops feeding the commands before `command`, then finishes `command` and those after it.
 */
export class StopUpstreamException {
  constructor(readonly command: object) {}
}

/** True when a loop labelled `loopLabel` handles a break/continue that names `target`. */
export function labelMatches(target: string | null, loopLabel: string | null): boolean {
  return target === null || (loopLabel !== null && target.toLowerCase() === loopLabel.toLowerCase());
}
