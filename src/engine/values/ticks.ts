/** .NET's tick (100 ns) units, as the bigints DateTime and TimeSpan count in. */
export const ticksPerMillisecond = 10_000n;
export const ticksPerSecond = 1000n * ticksPerMillisecond;
export const ticksPerMinute = 60n * ticksPerSecond;
export const ticksPerHour = 60n * ticksPerMinute;
export const ticksPerDay = 24n * ticksPerHour;
