const versionPattern = /^(\d+)\.(\d+)(?:\.(\d+)(?:\.(\d+))?)?$/;
const maxComponent = 0x7fffffff;

/** System.Version: major.minor[.build[.revision]]; absent components are undefined (-1 in .NET). */
export class Version {
  constructor(
    readonly major: number,
    readonly minor: number,
    readonly build?: number,
    readonly revision?: number,
  ) {
    if (revision !== undefined && build === undefined) throw new RangeError('A Version with a revision needs a build number');
    for (const part of [major, minor, build, revision]) {
      if (part !== undefined && (!Number.isInteger(part) || part < 0 || part > maxComponent)) {
        throw new RangeError(`Version component ${part} must be an integer from 0 to ${maxComponent}`);
      }
    }
  }

  /** Parses "major.minor[.build[.revision]]"; returns undefined for anything else. */
  static parse(text: string): Version | undefined {
    const match = versionPattern.exec(text);
    if (!match) return undefined;
    const parts = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
    if (parts.some((part) => part !== undefined && part > maxComponent)) return undefined;
    return new Version(parts[0]!, parts[1]!, parts[2], parts[3]);
  }

  equals(other: unknown): boolean {
    return other instanceof Version && other.toString() === this.toString();
  }

  toString(): string {
    let text = `${this.major}.${this.minor}`;
    if (this.build !== undefined) text += `.${this.build}`;
    if (this.revision !== undefined) text += `.${this.revision}`;
    return text;
  }
}
