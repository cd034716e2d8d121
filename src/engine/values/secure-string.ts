/**
 * System.Security.SecureString. One made in this process (Read-Host -AsSecureString,
 * ConvertTo-SecureString) holds its text; one received over PSRP holds the AES-256-CBC cipher
 * text made with the session key (MS-PSRP 2.2.5.1.24), which only the key's holder can decrypt.
 */
export class SecureString {
  constructor(
    /** The wire form, for a SecureString received from or bound for a PSRP peer. */
    readonly cipherText: Uint8Array,
    private readonly text?: string,
  ) {}

  static fromPlainText(text: string): SecureString {
    return new SecureString(new Uint8Array(0), text);
  }

  /** The characters, for this process's own SecureStrings (undefined for cipher text). */
  get plainText(): string | undefined {
    return this.text;
  }

  get length(): number {
    return this.text?.length ?? 0;
  }

  equals(other: unknown): boolean {
    if (!(other instanceof SecureString)) return false;
    return this.text !== undefined ? this.text === other.text : Buffer.from(other.cipherText).equals(this.cipherText);
  }

  /** Like .NET, a SecureString never shows its content. */
  toString(): string {
    return 'System.Security.SecureString';
  }
}
