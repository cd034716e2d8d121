/**
 * System.Security.SecureString as it crosses the wire: the AES-256-CBC cipher text produced with
 * the PSRP session key (MS-PSRP 2.2.5.1.24). Decrypting it is up to whoever holds that key.
 */
export class SecureString {
  constructor(readonly cipherText: Uint8Array) {}

  equals(other: unknown): boolean {
    return other instanceof SecureString && Buffer.from(other.cipherText).equals(this.cipherText);
  }

  /** Like .NET, a SecureString never shows its content. */
  toString(): string {
    return 'System.Security.SecureString';
  }
}
