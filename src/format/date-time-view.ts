/**
 * DotNetTypes.format.ps1xml's DateTime view: a date shows as its DateTime script property, the
 * long date and long time in the current culture, or only one of them when Get-Date's
 * DisplayHint note property says Date or Time.
 */
import { toPSString } from '../engine/conversion/index.js';
import { formatDateTimeCurrentCulture } from '../engine/conversion/current-culture.js';
import { DateTime, PSObject } from '../engine/values/index.js';

/** The view's text for a date (bare or wrapped with a DisplayHint), or undefined for anything else. */
export function dateTimeViewText(value: unknown): string | undefined {
  const date = value instanceof PSObject ? value.baseObject : value;
  if (!(date instanceof DateTime)) return undefined;
  const hint = value instanceof PSObject ? toPSString(value.propertyValue('DisplayHint') ?? '').toLowerCase() : '';
  if (hint === 'date') return formatDateTimeCurrentCulture(date, 'D');
  if (hint === 'time') return formatDateTimeCurrentCulture(date, 'T');
  return `${formatDateTimeCurrentCulture(date, 'D')} ${formatDateTimeCurrentCulture(date, 'T')}`;
}
