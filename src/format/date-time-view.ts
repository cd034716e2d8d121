/**
 * DotNetTypes.format.ps1xml's DateTime view: a date shows as its DateTime script property (the
 * long date and long time in the current culture, or one of them as Get-Date's DisplayHint says).
 */
import { getMember } from '../engine/dotnet/index.js';
import { DateTime, PSObject } from '../engine/values/index.js';

/** The view's text for a date (bare or wrapped with a DisplayHint), or undefined for anything else. */
export function dateTimeViewText(value: unknown): string | undefined {
  const date = value instanceof PSObject ? value.baseObject : value;
  if (!(date instanceof DateTime)) return undefined;
  const text = getMember(value, 'DateTime');
  return text.found ? String(text.value) : undefined;
}
