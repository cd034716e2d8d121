/**
 * xs:duration values as WS-Man uses them: OperationTimeout and IdleTimeOut on the way in ('PT20S'),
 * Windows' 'PT7200.000S' and 'P0DT0H0M9S' on the way out. Values are converted to and from seconds.
 */
const DURATION = /^(-)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** Seconds in an xs:duration, or undefined when the text is not a duration (or is just 'P'/'PT'). */
export function durationToSeconds(text: string): number | undefined {
  const trimmed = text.trim();
  const m = DURATION.exec(trimmed);
  if (!m || trimmed === 'P' || trimmed.endsWith('T')) return undefined;
  const [, negative, years, months, days, hours, minutes, seconds] = m;
  const n = (v: string | undefined): number => (v === undefined ? 0 : Number(v));
  const total =
    n(years) * 365 * 86400 + n(months) * 30 * 86400 + n(days) * 86400 + n(hours) * 3600 + n(minutes) * 60 + n(seconds);
  return negative ? -total : total;
}

/** 'PT<seconds>S' as pypsrp and pwsh send it; fractional seconds keep millisecond precision like Windows. */
export function secondsToDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) throw new RangeError(`Not a finite duration: ${seconds}`);
  const sign = seconds < 0 ? '-' : '';
  const abs = Math.abs(seconds);
  const text = Number.isInteger(abs) ? String(abs) : abs.toFixed(3);
  return `${sign}PT${text}S`;
}
