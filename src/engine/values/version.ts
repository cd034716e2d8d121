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
    // By hand rather than by a regular expression: CLIXML reads one of these for every Version.
    const parts: number[] = [];
    let at = 0;
    for (;;) {
      const start = at;
      let part = 0;
      for (let code = text.charCodeAt(at); code >= 0x30 && code <= 0x39; code = text.charCodeAt(++at)) part = part * 10 + (code - 0x30);
      if (at === start || part > maxComponent) return undefined;
      parts.push(part);
      if (at === text.length) break;
      if (parts.length === 4 || text.charCodeAt(at) !== 0x2e /* . */) return undefined;
      at++;
    }
    return parts.length < 2 ? undefined : new Version(parts[0]!, parts[1]!, parts[2], parts[3]);
  }

  /** Version.CompareTo: component by component, an absent component before any present one. */
  compareTo(other: Version): number {
    const parts = [this.major, this.minor, this.build ?? -1, this.revision ?? -1];
    const otherParts = [other.major, other.minor, other.build ?? -1, other.revision ?? -1];
    for (let index = 0; index < 4; index++) if (parts[index] !== otherParts[index]) return parts[index]! < otherParts[index]! ? -1 : 1;
    return 0;
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
