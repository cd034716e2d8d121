import { ticksPerDay, ticksPerSecond } from './ticks.js';

const maxTicks = (1n << 63n) - 1n;
const minTicks = -(1n << 63n);

const durationPattern = /^(-)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:\.(\d+))?S)?)?$/;

/** System.TimeSpan: a signed count of 100-ns ticks. */
export class TimeSpan {
  constructor(readonly ticks: bigint) {
    if (ticks < minTicks || ticks > maxTicks) throw new RangeError(`Ticks ${ticks} are outside the range of System.TimeSpan`);
  }

  static fromMilliseconds(milliseconds: number): TimeSpan {
    return new TimeSpan(BigInt(Math.round(milliseconds * 10_000)));
  }

  /**
   * Parses an XML Schema duration ('PT9.0269026S', '-P1DT2H'), counting a year as 365 days and
   * a month as 30 days as XmlConvert.ToTimeSpan does. Returns undefined if the text is not one
   * or the value does not fit a TimeSpan.
   */
  static parseDuration(text: string): TimeSpan | undefined {
    const match = durationPattern.exec(text);
    if (!match || text.endsWith('P') || text.endsWith('T')) return undefined;
    const [, sign, years, months, days, hours, minutes, seconds, fraction] = match;
    const whole = (part: string | undefined) => BigInt(part ?? '0');
    let ticks =
      (whole(years) * 365n + whole(months) * 30n + whole(days)) * ticksPerDay +
      ((whole(hours) * 60n + whole(minutes)) * 60n + whole(seconds)) * ticksPerSecond +
      BigInt((fraction ?? '').slice(0, 7).padEnd(7, '0'));
    if (sign) ticks = -ticks;
    return ticks < minTicks || ticks > maxTicks ? undefined : new TimeSpan(ticks);
  }

  get totalMilliseconds(): number {
    return Number(this.ticks) / 10_000;
  }

  /** The XML Schema duration text XmlConvert writes: days, hours, minutes, seconds; 'PT0S' for zero. */
  toDurationString(): string {
    if (this.ticks === 0n) return 'PT0S';
    let rest = this.ticks < 0n ? -this.ticks : this.ticks;
    const days = rest / ticksPerDay;
    rest %= ticksPerDay;
    const hours = rest / (3600n * ticksPerSecond);
    rest %= 3600n * ticksPerSecond;
    const minutes = rest / (60n * ticksPerSecond);
    rest %= 60n * ticksPerSecond;
    const seconds = rest / ticksPerSecond;
    const fraction = rest % ticksPerSecond;
    let text = (this.ticks < 0n ? '-' : '') + 'P';
    if (days !== 0n) text += `${days}D`;
    if (hours !== 0n || minutes !== 0n || seconds !== 0n || fraction !== 0n) {
      text += 'T';
      if (hours !== 0n) text += `${hours}H`;
      if (minutes !== 0n) text += `${minutes}M`;
      if (seconds !== 0n || fraction !== 0n) {
        text += String(seconds);
        if (fraction !== 0n) text += '.' + fraction.toString().padStart(7, '0').replace(/0+$/, '');
        text += 'S';
      }
    }
    return text;
  }

  equals(other: unknown): boolean {
    return other instanceof TimeSpan && other.ticks === this.ticks;
  }

  toString(): string {
    return this.toDurationString();
  }
}
