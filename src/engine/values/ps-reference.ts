/**
 * [ref] (System.Management.Automation.PSReference): a reference whose Value reads and writes
 * through to where it was taken from, e.g. a variable (`[ref]$x`), so `[int]::TryParse('5',
 * [ref]$n)` can set $n.
 */
export class PSReference {
  constructor(
    private readonly read: () => unknown,
    private readonly write: (value: unknown) => void,
  ) {}

  /** A reference to a value that lives only in the reference (`[ref]5`). */
  static ofValue(initial: unknown): PSReference {
    let current = initial;
    return new PSReference(
      () => current,
      (value) => {
        current = value;
      },
    );
  }

  get value(): unknown {
    return this.read();
  }

  set value(value: unknown) {
    this.write(value);
  }
}
