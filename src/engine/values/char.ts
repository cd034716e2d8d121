/** System.Char: one UTF-16 code unit (a lone surrogate is allowed, as in .NET). */
export class Char {
  constructor(readonly code: number) {
    if (!Number.isInteger(code) || code < 0 || code > 0xffff) {
      throw new RangeError(`Value ${code} is not a UTF-16 code unit`);
    }
  }

  static fromString(text: string): Char {
    if (text.length !== 1) throw new RangeError('A System.Char holds exactly one UTF-16 code unit');
    return new Char(text.charCodeAt(0));
  }

  equals(other: unknown): boolean {
    return other instanceof Char && other.code === this.code;
  }

  toString(): string {
    return String.fromCharCode(this.code);
  }
}
