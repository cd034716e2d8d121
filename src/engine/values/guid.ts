import { randomUUID } from 'node:crypto';

const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** System.Guid, kept as its lower-case "D" text (8-4-4-4-12 hex digits). */
export class Guid {
  readonly text: string;

  constructor(text: string) {
    if (!guidPattern.test(text)) throw new RangeError(`'${text}' is not a GUID in 8-4-4-4-12 form`);
    this.text = text.toLowerCase();
  }

  static newGuid(): Guid {
    return new Guid(randomUUID());
  }

  static isGuidText(text: string): boolean {
    return guidPattern.test(text);
  }

  equals(other: unknown): boolean {
    return other instanceof Guid && other.text === this.text;
  }

  toString(): string {
    return this.text;
  }
}
