/** System.Xml.XmlDocument, kept as its outer XML text; psh does not parse it on its own. */
export class XmlDocument {
  constructor(readonly text: string) {}

  equals(other: unknown): boolean {
    return other instanceof XmlDocument && other.text === this.text;
  }

  toString(): string {
    return this.text;
  }
}
