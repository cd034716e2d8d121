/**
 * Formatting in the current culture, which pwsh uses for display and for Get-Date -Format (as
 * opposed to the invariant culture of conversions and "$date"): en-US, the culture psh presents,
 * as .NET on Linux defines it (its long date is 'Thursday, November 26, 2026', its long time
 * '10:18:07 AM').
 */
import type { DateTime } from '../values/index.js';
import { formatDateTime } from './date-time-format.js';

/** en-US patterns of the standard formats that differ from the invariant culture's. */
const enUsDateTimePatterns: Readonly<Record<string, string>> = {
  d: 'M/d/yyyy',
  D: 'dddd, MMMM d, yyyy',
  t: 'h:mm tt',
  T: 'h:mm:ss tt',
  f: 'dddd, MMMM d, yyyy h:mm tt',
  F: 'dddd, MMMM d, yyyy h:mm:ss tt',
  g: 'M/d/yyyy h:mm tt',
  G: 'M/d/yyyy h:mm:ss tt',
  m: 'MMMM d',
  M: 'MMMM d',
  y: 'MMMM yyyy',
  Y: 'MMMM yyyy',
};

/** DateTime.ToString(format, CurrentCulture); '' or undefined means 'G'. */
export function formatDateTimeCurrentCulture(value: DateTime, format = 'G'): string {
  const pattern = enUsDateTimePatterns[format === '' ? 'G' : format];
  return formatDateTime(value, pattern ?? format);
}
