/**
 * Get-Random's number source, pwsh's PolymorphicRandomNumberGenerator: cryptographic bytes by
 * default, or, after -SetSeed, .NET's seeded System.Random (the Knuth subtractive generator of
 * .NET's compatibility implementation), so a seed gives the numbers pwsh gives. Every draw is
 * built from random bytes as pwsh builds it.
 */
import { randomBytes } from 'node:crypto';

const int32Max = 0x7fffffff;

/** System.Random(seed) as .NET keeps it for seeded instances. */
class SeededRandom {
  private readonly seedArray = new Array<number>(56).fill(0);
  private next = 0;
  private nextP = 21;

  constructor(seed: number) {
    const subtraction = seed === -0x80000000 ? int32Max : Math.abs(seed);
    let mj = 161803398 - subtraction;
    this.seedArray[55] = mj;
    let mk = 1;
    let ii = 0;
    for (let i = 1; i < 55; i++) {
      ii += 21;
      if (ii >= 55) ii -= 55;
      this.seedArray[ii] = mk;
      mk = mj - mk;
      if (mk < 0) mk += int32Max;
      mj = this.seedArray[ii]!;
    }
    for (let k = 1; k < 5; k++) {
      for (let i = 1; i < 56; i++) {
        let n = i + 30;
        if (n >= 55) n -= 55;
        this.seedArray[i] = this.seedArray[i]! - this.seedArray[1 + n]!;
        if (this.seedArray[i]! < 0) this.seedArray[i] = this.seedArray[i]! + int32Max;
      }
    }
  }

  private sample(): number {
    let next = this.next + 1;
    if (next >= 56) next = 1;
    let nextP = this.nextP + 1;
    if (nextP >= 56) nextP = 1;
    let value = this.seedArray[next]! - this.seedArray[nextP]!;
    if (value === int32Max) value--;
    if (value < 0) value += int32Max;
    this.seedArray[next] = value;
    this.next = next;
    this.nextP = nextP;
    return value;
  }

  nextBytes(buffer: Uint8Array): void {
    for (let i = 0; i < buffer.length; i++) buffer[i] = this.sample() & 0xff;
  }
}

export class RandomNumberGenerator {
  private readonly seeded: SeededRandom | null;

  constructor(seed?: number) {
    this.seeded = seed === undefined ? null : new SeededRandom(seed);
  }

  nextBytes(buffer: Uint8Array): void {
    if (this.seeded) this.seeded.nextBytes(buffer);
    else buffer.set(randomBytes(buffer.length));
  }

  /** A non-negative Int32 below Int32.MaxValue. */
  nextInt(): number {
    let value: number;
    do value = this.sampleInt32();
    while (value === int32Max);
    return value < 0 ? value + int32Max : value;
  }

  nextDouble(): number {
    return this.nextInt() * (1.0 / int32Max);
  }

  /** An Int32 in [min, max). */
  nextInRange(min: number, max: number): number {
    const range = max - min;
    if (range <= int32Max) return Math.trunc(this.nextDouble() * range) + min;
    let large: number;
    do large = this.sampleInt32();
    while (large === int32Max);
    large += int32Max;
    return Math.trunc(large * (1.0 / (2 * int32Max)) * range) + min;
  }

  /** An Int64 in [min, max), as pwsh's GetRandomInt64. */
  nextInt64InRange(min: bigint, max: bigint): bigint {
    const difference = max - min;
    if (difference <= BigInt(int32Max)) return min + BigInt(this.nextInRange(0, Number(difference)));
    const bits = difference.toString(2).length;
    const mask = (1n << BigInt(bits)) - 1n;
    const buffer = new Uint8Array(8);
    let value: bigint;
    do {
      this.nextBytes(buffer);
      value = Buffer.from(buffer).readBigUInt64LE(0) & mask;
    } while (difference <= value);
    // pwsh adds in floating point, and so do we.
    return BigInt(Math.trunc(Number(min) + Number(value)));
  }

  private sampleInt32(): number {
    const buffer = new Uint8Array(4);
    this.nextBytes(buffer);
    return Buffer.from(buffer).readInt32LE(0);
  }
}
