/**
 * [cultureinfo] (System.Globalization.CultureInfo) with its DateTimeFormat and NumberFormat:
 * the invariant culture, the current culture (en-US, as psh presents itself), GetCultureInfo
 * and new for the cultures the conversion module knows, and what the culture-aware methods of
 * dates and numbers take as their IFormatProvider.
 */
import { cultureByName, currentCultureData, invariantCulture, knownCultureNames, type CultureData, type DateTimeFormatData, type NumberFormatData } from '../../conversion/cultures.js';
import type { CultureFormats } from '../../conversion/composite-format.js';
import { ConversionFailure, convertTo, invalidCastWithInner, toPSString } from '../../conversion/index.js';
import { noConversion, typeByFullName } from '../../types/index.js';
import { psTypeNames } from '../../values/index.js';
import { DotNetException, notNull } from '../errors.js';
import { defineEnum, enumNumber } from '../enums.js';
import { defineType } from '../member-table.js';
import { registerNativeType } from '../type-registration.js';

class CultureInfo {
  readonly [psTypeNames] = ['System.Globalization.CultureInfo', 'System.Object'];

  constructor(readonly data: CultureData) {}

  /** CultureInfo.Equals: the same culture, whichever instance ([cultureinfo]'de-DE' -eq (Get-Culture de-DE)). */
  equals(other: unknown): boolean {
    return other instanceof CultureInfo && other.data === this.data;
  }

  toString(): string {
    return this.data.name;
  }
}

class DateTimeFormatInfo {
  readonly [psTypeNames] = ['System.Globalization.DateTimeFormatInfo', 'System.Object'];

  constructor(readonly data: DateTimeFormatData) {}

  toString(): string {
    return this[psTypeNames][0];
  }
}

class NumberFormatInfo {
  readonly [psTypeNames] = ['System.Globalization.NumberFormatInfo', 'System.Object'];

  constructor(readonly data: NumberFormatData) {}

  toString(): string {
    return this[psTypeNames][0];
  }
}

const sharedCultures = new Map<string, CultureInfo>();

/** CultureInfo.GetCultureInfo: one read-only instance per culture. */
export function getCultureInfo(name: string): CultureInfo {
  const data = cultureData(name);
  let culture = sharedCultures.get(data.name);
  if (!culture) {
    culture = new CultureInfo(data);
    sharedCultures.set(data.name, culture);
  }
  return culture;
}

const invariantCultureInfo = getCultureInfo('');

/** CultureInfo.CurrentCulture and CurrentUICulture. */
export function currentCultureInfo(): CultureInfo {
  return getCultureInfo(currentCultureData().name);
}

function cultureData(name: string): CultureData {
  const data = cultureByName(name);
  if (!data) throw new DotNetException('System.Globalization.CultureNotFoundException', `Culture is not supported. (Parameter 'name')\n${name} is an invalid culture identifier.`);
  return data;
}

function cultureDataByLcid(lcid: number): CultureData {
  const data = lcid === invariantCulture.lcid ? invariantCulture : knownCultureNames.map((name) => cultureByName(name)!).find((culture) => culture.lcid === lcid);
  if (!data) throw new DotNetException('System.Globalization.CultureNotFoundException', `Culture is not supported. (Parameter 'culture')\n${lcid} (0x${lcid.toString(16).padStart(4, '0')}) is an invalid culture identifier.`);
  return data;
}

/** What an IFormatProvider argument stands for: $null means the current culture, as in .NET. */
export function dateTimeFormatOf(provider: unknown): DateTimeFormatData {
  if (provider instanceof DateTimeFormatInfo) return provider.data;
  return (provider instanceof CultureInfo ? provider.data : currentCultureData()).dateTimeFormat;
}

export function numberFormatOf(provider: unknown): NumberFormatData {
  if (provider instanceof NumberFormatInfo) return provider.data;
  return (provider instanceof CultureInfo ? provider.data : currentCultureData()).numberFormat;
}

/** Both formats an IFormatProvider stands for (String.Format's provider). */
export function cultureFormatsOf(provider: unknown): CultureFormats {
  if (provider instanceof CultureInfo) return provider.data;
  if (provider instanceof NumberFormatInfo || provider instanceof DateTimeFormatInfo) return { numberFormat: numberFormatOf(provider), dateTimeFormat: dateTimeFormatOf(provider) };
  return currentCultureData();
}

/** Month names as .NET lists them: thirteen, the last empty (for thirteen-month calendars). */
const thirteen = (names: readonly string[]) => [...names, ''];

registerNativeType('System.Globalization.CultureInfo', ['System.IFormatProvider', 'System.Object'], {
  isInstance: (value) => value instanceof CultureInfo,
  // [cultureinfo]'de-DE' and an LCID, as LanguagePrimitives reaches the (string) and (int) constructors.
  convertFrom: (value) => {
    if (typeof value !== 'number' && typeof value !== 'string') return noConversion;
    try {
      return new CultureInfo(typeof value === 'number' ? cultureDataByLcid(value) : cultureData(value));
    } catch (error) {
      if (!(error instanceof DotNetException)) throw error;
      const inner = new ConversionFailure(error.exceptionTypeName, error.message);
      throw invalidCastWithInner(String(value), 'System.Globalization.CultureInfo', inner, 'InvalidCastConstructorException');
    }
  },
}, 'cultureinfo');
registerNativeType('System.Globalization.DateTimeFormatInfo', ['System.IFormatProvider', 'System.Object']);
registerNativeType('System.Globalization.NumberFormatInfo', ['System.IFormatProvider', 'System.Object']);

// [System.DayOfWeek] is date-time.ts's; it is looked up when read, as that module imports this one.
const dayOfWeek = (day: number) => convertTo(day, typeByFullName('System.DayOfWeek')!);

// ParseExact's styles: psh reads dates as with None whatever is given.
defineEnum('System.Globalization.DateTimeStyles', {
  None: 0, AllowLeadingWhite: 1, AllowTrailingWhite: 2, AllowInnerWhite: 4, AllowWhiteSpaces: 7, NoCurrentDateDefault: 8,
  AdjustToUniversal: 16, AssumeLocal: 32, AssumeUniversal: 64, RoundtripKind: 128,
}, true);

defineType({
  fullName: 'System.Globalization.CultureInfo',
  properties: {
    LCID: { type: 'int', get: (culture: CultureInfo) => culture.data.lcid },
    Name: { type: 'string', get: (culture: CultureInfo) => culture.data.name },
    IetfLanguageTag: { type: 'string', get: (culture: CultureInfo) => culture.data.name },
    DisplayName: { type: 'string', get: (culture: CultureInfo) => culture.data.englishName },
    NativeName: { type: 'string', get: (culture: CultureInfo) => culture.data.nativeName },
    EnglishName: { type: 'string', get: (culture: CultureInfo) => culture.data.englishName },
    TwoLetterISOLanguageName: { type: 'string', get: (culture: CultureInfo) => culture.data.twoLetterISOLanguageName },
    ThreeLetterISOLanguageName: { type: 'string', get: (culture: CultureInfo) => culture.data.threeLetterISOLanguageName },
    IsNeutralCulture: { type: 'bool', get: () => false },
    NumberFormat: { type: 'System.Globalization.NumberFormatInfo', get: (culture: CultureInfo) => new NumberFormatInfo(culture.data.numberFormat) },
    DateTimeFormat: { type: 'System.Globalization.DateTimeFormatInfo', get: (culture: CultureInfo) => new DateTimeFormatInfo(culture.data.dateTimeFormat) },
  },
  staticProperties: {
    InvariantCulture: { type: 'cultureinfo', get: () => invariantCultureInfo },
    CurrentCulture: { type: 'cultureinfo', get: currentCultureInfo },
    CurrentUICulture: { type: 'cultureinfo', get: currentCultureInfo },
  },
  constructors: [
    ['cultureinfo new(string name)', (_type, [name]: [string | null]) => new CultureInfo(cultureData(notNull(name, 'name')))],
    ['cultureinfo new(int culture)', (_type, [lcid]: [number]) => new CultureInfo(cultureDataByLcid(lcid))],
  ],
  methods: [
    ['static cultureinfo GetCultureInfo(string name)', (_type, [name]: [string | null]) => getCultureInfo(notNull(name, 'name'))],
    ['static cultureinfo GetCultureInfo(int culture)', (_type, [lcid]: [number]) => getCultureInfo(cultureDataByLcid(lcid).name)],
    ['string ToString()', (culture: CultureInfo) => culture.data.name],
    ['bool Equals(System.Object value)', (culture: CultureInfo, [other]: [unknown]) => culture.equals(other)],
    ['System.Object GetFormat(type formatType)', (culture: CultureInfo, [type]: [{ fullName: string } | null]) => {
      if (type?.fullName === 'System.Globalization.NumberFormatInfo') return new NumberFormatInfo(culture.data.numberFormat);
      if (type?.fullName === 'System.Globalization.DateTimeFormatInfo') return new DateTimeFormatInfo(culture.data.dateTimeFormat);
      return null;
    }],
  ],
});

const pattern = (get: (data: DateTimeFormatData) => string) => ({ type: 'string', get: (info: DateTimeFormatInfo) => get(info.data) });
const names = (get: (data: DateTimeFormatData) => readonly string[]) => ({ type: 'string[]', get: (info: DateTimeFormatInfo) => [...get(info.data)] });

defineType({
  fullName: 'System.Globalization.DateTimeFormatInfo',
  properties: {
    AMDesignator: pattern((data) => data.amDesignator),
    DateSeparator: pattern((data) => data.dateSeparator),
    FirstDayOfWeek: { type: 'System.DayOfWeek', get: (info: DateTimeFormatInfo) => dayOfWeek(info.data.firstDayOfWeek) },
    FullDateTimePattern: pattern((data) => `${data.longDatePattern} ${data.longTimePattern}`),
    LongDatePattern: pattern((data) => data.longDatePattern),
    LongTimePattern: pattern((data) => data.longTimePattern),
    MonthDayPattern: pattern((data) => data.monthDayPattern),
    PMDesignator: pattern((data) => data.pmDesignator),
    RFC1123Pattern: pattern(() => "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'"),
    ShortDatePattern: pattern((data) => data.shortDatePattern),
    ShortTimePattern: pattern((data) => data.shortTimePattern),
    SortableDateTimePattern: pattern(() => "yyyy'-'MM'-'dd'T'HH':'mm':'ss"),
    TimeSeparator: pattern((data) => data.timeSeparator),
    UniversalSortableDateTimePattern: pattern(() => "yyyy'-'MM'-'dd HH':'mm':'ss'Z'"),
    YearMonthPattern: pattern((data) => data.yearMonthPattern),
    AbbreviatedDayNames: names((data) => data.abbreviatedDayNames),
    DayNames: names((data) => data.dayNames),
    AbbreviatedMonthNames: names((data) => thirteen(data.abbreviatedMonthNames)),
    MonthNames: names((data) => thirteen(data.monthNames)),
    AbbreviatedMonthGenitiveNames: names((data) => thirteen(data.abbreviatedMonthGenitiveNames)),
    MonthGenitiveNames: names((data) => thirteen(data.monthGenitiveNames)),
  },
  staticProperties: {
    InvariantInfo: { type: 'System.Globalization.DateTimeFormatInfo', get: () => new DateTimeFormatInfo(invariantCulture.dateTimeFormat) },
    CurrentInfo: { type: 'System.Globalization.DateTimeFormatInfo', get: () => new DateTimeFormatInfo(currentCultureData().dateTimeFormat) },
  },
  methods: [
    ['string GetMonthName(int month)', (info: DateTimeFormatInfo, [month]: [number]) => thirteen(info.data.monthNames)[checkMonth(month)]!],
    ['string GetAbbreviatedMonthName(int month)', (info: DateTimeFormatInfo, [month]: [number]) => thirteen(info.data.abbreviatedMonthNames)[checkMonth(month)]!],
    ['string GetDayName(System.DayOfWeek dayofweek)', (info: DateTimeFormatInfo, [day]: [unknown]) => info.data.dayNames[checkDay(day)]!],
    ['string GetAbbreviatedDayName(System.DayOfWeek dayofweek)', (info: DateTimeFormatInfo, [day]: [unknown]) => info.data.abbreviatedDayNames[checkDay(day)]!],
  ],
});

function checkMonth(month: number): number {
  if (month < 1 || month > 13) throw new DotNetException('System.ArgumentOutOfRangeException', `Valid values are between 1 and 13, inclusive. (Parameter 'month')\nActual value was ${month}.`);
  return month - 1;
}

function checkDay(day: unknown): number {
  const number = enumNumber(day);
  if (number < 0 || number > 6) throw new DotNetException('System.ArgumentOutOfRangeException', `Valid values are between 0 and 6, inclusive. (Parameter 'dayofweek')\nActual value was ${toPSString(day)}.`);
  return number;
}

const symbol = (get: (data: NumberFormatData) => string | number, type = 'string') => ({ type, get: (info: NumberFormatInfo) => get(info.data) });

defineType({
  fullName: 'System.Globalization.NumberFormatInfo',
  properties: {
    CurrencyDecimalDigits: symbol((data) => data.currencyDecimalDigits, 'int'),
    CurrencyDecimalSeparator: symbol((data) => data.decimalSeparator),
    CurrencyGroupSeparator: symbol((data) => data.groupSeparator),
    CurrencyNegativePattern: symbol((data) => data.currencyNegativePattern, 'int'),
    CurrencyPositivePattern: symbol((data) => data.currencyPositivePattern, 'int'),
    CurrencySymbol: symbol((data) => data.currencySymbol),
    NaNSymbol: symbol((data) => data.nanSymbol),
    NegativeInfinitySymbol: symbol((data) => data.negativeInfinitySymbol),
    NegativeSign: symbol((data) => data.negativeSign),
    NumberDecimalDigits: symbol(() => 2, 'int'),
    NumberDecimalSeparator: symbol((data) => data.decimalSeparator),
    NumberGroupSeparator: symbol((data) => data.groupSeparator),
    PercentDecimalDigits: symbol(() => 2, 'int'),
    PercentDecimalSeparator: symbol((data) => data.decimalSeparator),
    PercentGroupSeparator: symbol((data) => data.groupSeparator),
    PercentPositivePattern: symbol((data) => data.percentPositivePattern, 'int'),
    PercentSymbol: symbol((data) => data.percentSymbol),
    PositiveInfinitySymbol: symbol((data) => data.positiveInfinitySymbol),
    PositiveSign: symbol(() => '+'),
  },
  staticProperties: {
    InvariantInfo: { type: 'System.Globalization.NumberFormatInfo', get: () => new NumberFormatInfo(invariantCulture.numberFormat) },
    CurrentInfo: { type: 'System.Globalization.NumberFormatInfo', get: () => new NumberFormatInfo(currentCultureData().numberFormat) },
  },
});
