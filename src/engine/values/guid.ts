import { randomUUID } from 'node:crypto';

/** What guidForm finds. */
const notAGuid = 0;
const lowerCaseGuid = 1;
const mixedCaseGuid = 2;

/**
 * Whether the text is 8-4-4-4-12 hex digits, and in which case. By hand rather than by a
 * regular expression: CLIXML reads one of these for every <G>.
 */
function guidForm(text: string): number {
  if (text.length !== 36) return notAGuid;
  let form = lowerCaseGuid;
  for (let i = 0; i < 36; i++) {
    const code = text.charCodeAt(i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (code !== 0x2d /* - */) return notAGuid;
    } else if (code >= 0x41 && code <= 0x46) form = mixedCaseGuid; // A-F
    else if (!((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x66))) return notAGuid;
  }
  return form;
}

/** System.Guid, kept as its lower-case "D" text (8-4-4-4-12 hex digits). */
export class Guid {
  readonly text: string;

  constructor(text: string) {
    const form = guidForm(text);
    if (form === notAGuid) throw new RangeError(`'${text}' is not a GUID in 8-4-4-4-12 form`);
    this.text = form === mixedCaseGuid ? text.toLowerCase() : text;
  }

  static newGuid(): Guid {
    return new Guid(randomUUID());
  }

  static isGuidText(text: string): boolean {
    return guidForm(text) !== notAGuid;
  }

  equals(other: unknown): boolean {
    return other instanceof Guid && other.text === this.text;
  }

  toString(): string {
    return this.text;
  }
}
