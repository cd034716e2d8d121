/**
 * RC4 as a streaming key state: NTLM session security keeps one RC4 state per direction for
 * the life of the session, and sealing and signing both advance it, so the state is an object.
 * (Node's OpenSSL 3 no longer offers RC4 outside its legacy provider.)
 */
export class Rc4 {
  readonly #s = new Uint8Array(256);
  #i = 0;
  #j = 0;

  constructor(key: Uint8Array) {
    if (key.length === 0 || key.length > 256) throw new RangeError('RC4 key must be 1 to 256 bytes');
    const s = this.#s;
    for (let i = 0; i < 256; i++) s[i] = i;
    let j = 0;
    for (let i = 0; i < 256; i++) {
      j = (j + s[i]! + key[i % key.length]!) & 0xff;
      const t = s[i]!; s[i] = s[j]!; s[j] = t;
    }
  }

  /** A copy of the current key state (MS-SPNG 3.2.5.1 saves and restores it around mechListMIC). */
  clone(): Rc4 {
    const copy = new Rc4(this.#s);
    copy.restore(this);
    return copy;
  }

  /** Puts this state back to `saved`. */
  restore(saved: Rc4): void {
    this.#restore(saved.#s, saved.#i, saved.#j);
  }

  #restore(s: Uint8Array, i: number, j: number): void {
    this.#s.set(s);
    this.#i = i;
    this.#j = j;
  }

  /** Encrypts or decrypts (the same operation), continuing the key stream. */
  update(data: Uint8Array): Uint8Array {
    const s = this.#s;
    const out = new Uint8Array(data.length);
    let i = this.#i, j = this.#j;
    for (let n = 0; n < data.length; n++) {
      i = (i + 1) & 0xff;
      j = (j + s[i]!) & 0xff;
      const t = s[i]!; s[i] = s[j]!; s[j] = t;
      out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 0xff]!;
    }
    this.#i = i; this.#j = j;
    return out;
  }
}

/** RC4K(key, data) of MS-NLMP section 6: a one-shot RC4 with a fresh key state. */
export function rc4k(key: Uint8Array, data: Uint8Array): Uint8Array {
  return new Rc4(key).update(data);
}
