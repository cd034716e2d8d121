/**
 * System.Management.Automation.ScriptBlock as it crosses a process boundary: its text only.
 * The engine compiles the text when it needs to run it.
 */
export class ScriptBlock {
  constructor(readonly text: string) {}

  equals(other: unknown): boolean {
    return other instanceof ScriptBlock && other.text === this.text;
  }

  toString(): string {
    return this.text;
  }
}
