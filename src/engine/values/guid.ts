import { randomUUID } from 'node:crypto';

/**
 * 8-4-4-4-12 hex digits in either case. By hand rather than by a regular expression: CLIXML
 * reads one of these for every <G>.
 */
function isGuidForm(text: string): boolean {
  if (text.length !== 36) return false;
  for (let i = 0; i < 36; i++) {
    const code = text.charCodeAt(i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (code !== 0x2d /* - */) return false;
    } else if (!((code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x66))) return false;
  }
  return true;
}

/** System.Guid, kept as its lower-case "D" text (8-4-4-4-12 hex digits). */
export class Guid {
  readonly text: string;

  constructor(text: string) {
    if (!isGuidForm(text)) throw new RangeError(`'${text}' is not a GUID in 8-4-4-4-12 form`);
    this.text = text.toLowerCase();
  }

  static newGuid(): Guid {
    return new Guid(randomUUID());
  }

  static isGuidText(text: string): boolean {
    return isGuidForm(text);
  }

  equals(other: unknown): boolean {
    return other instanceof Guid && other.text === this.text;
  }

  toString(): string {
    return this.text;
  }
}
