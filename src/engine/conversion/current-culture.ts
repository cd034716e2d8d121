/**
 * Formatting in the current culture, which pwsh uses for display and for Get-Date -Format (as
 * opposed to the invariant culture of conversions and "$date"): en-US, the culture psh presents
 * (its long date is 'Thursday, November 26, 2026', its long time '10:18:07 AM').
 */
import type { DateTime } from '../values/index.js';
import { currentCultureData } from './cultures.js';
import { formatDateTime } from './date-time-format.js';

/** DateTime.ToString(format, CurrentCulture); '' or undefined means 'G'. */
export function formatDateTimeCurrentCulture(value: DateTime, format = 'G'): string {
  return formatDateTime(value, format, currentCultureData().dateTimeFormat);
}
