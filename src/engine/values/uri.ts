/** System.Uri, kept as the text it was created from (CLIXML carries it verbatim). */
export class Uri {
  constructor(readonly text: string) {}

  equals(other: unknown): boolean {
    return other instanceof Uri && other.text === this.text;
  }

  toString(): string {
    return this.text;
  }
}
