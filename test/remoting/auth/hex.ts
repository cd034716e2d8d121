/** Test helper: hex strings (spaces allowed, as the specifications print them) to bytes and back. */
export function hex(text: string): Uint8Array {
  const clean = text.replace(/\s+/g, '');
  if (clean.length % 2 !== 0) throw new Error(`odd-length hex: ${text}`);
  return new Uint8Array(Buffer.from(clean, 'hex'));
}

export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}
