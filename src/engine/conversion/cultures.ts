/**
 * The cultures psh knows, as .NET on Linux defines them from ICU: the invariant culture (what
 * pwsh converts and "$date" formats with), en-US (the current culture psh presents), and a
 * handful of common ones for ToString(format, culture), Parse(s, culture) and [cultureinfo].
 * Day and month names and AM/PM come from Node's ICU (Intl); the patterns are .NET's, which
 * widen ICU's short date's two-digit year to four digits.
 */

export interface DateTimeFormatData {
  readonly dayNames: readonly string[];
  readonly abbreviatedDayNames: readonly string[];
  /** Stand-alone month names ("MMMM yyyy"). */
  readonly monthNames: readonly string[];
  readonly abbreviatedMonthNames: readonly string[];
  /** Month names as they read next to a day ("d MMMM"): the genitive in some languages, "Jan." for "Jan" in German. */
  readonly monthGenitiveNames: readonly string[];
  readonly abbreviatedMonthGenitiveNames: readonly string[];
  readonly amDesignator: string;
  readonly pmDesignator: string;
  readonly dateSeparator: string;
  readonly timeSeparator: string;
  readonly shortDatePattern: string;
  readonly longDatePattern: string;
  readonly shortTimePattern: string;
  readonly longTimePattern: string;
  readonly monthDayPattern: string;
  readonly yearMonthPattern: string;
  /** Sunday is 0, as System.DayOfWeek counts. */
  readonly firstDayOfWeek: number;
}

export interface NumberFormatData {
  readonly decimalSeparator: string;
  readonly groupSeparator: string;
  readonly negativeSign: string;
  readonly percentSymbol: string;
  readonly currencySymbol: string;
  readonly currencyDecimalDigits: number;
  /** .NET's CurrencyPositivePattern: 0 "$n", 1 "n$", 2 "$ n", 3 "n $". */
  readonly currencyPositivePattern: number;
  /** .NET's CurrencyNegativePattern: 0 "($n)", 1 "-$n", 8 "-n $" (the ones these cultures use). */
  readonly currencyNegativePattern: number;
  /** .NET's PercentPositivePattern: 0 "n %", 1 "n%". */
  readonly percentPositivePattern: number;
  readonly nanSymbol: string;
  readonly positiveInfinitySymbol: string;
  readonly negativeInfinitySymbol: string;
}

export interface CultureData {
  /** '' for the invariant culture. */
  readonly name: string;
  readonly englishName: string;
  readonly nativeName: string;
  readonly lcid: number;
  readonly twoLetterISOLanguageName: string;
  readonly threeLetterISOLanguageName: string;
  readonly dateTimeFormat: DateTimeFormatData;
  readonly numberFormat: NumberFormatData;
}

const englishDayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const englishMonthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const invariantCulture: CultureData = {
  name: '',
  englishName: 'Invariant Language (Invariant Country)',
  nativeName: 'Invariant Language (Invariant Country)',
  lcid: 127,
  twoLetterISOLanguageName: 'iv',
  threeLetterISOLanguageName: 'ivl',
  dateTimeFormat: {
    dayNames: englishDayNames,
    abbreviatedDayNames: englishDayNames.map((name) => name.slice(0, 3)),
    monthNames: englishMonthNames,
    abbreviatedMonthNames: englishMonthNames.map((name) => name.slice(0, 3)),
    monthGenitiveNames: englishMonthNames,
    abbreviatedMonthGenitiveNames: englishMonthNames.map((name) => name.slice(0, 3)),
    amDesignator: 'AM',
    pmDesignator: 'PM',
    dateSeparator: '/',
    timeSeparator: ':',
    shortDatePattern: 'MM/dd/yyyy',
    longDatePattern: 'dddd, dd MMMM yyyy',
    shortTimePattern: 'HH:mm',
    longTimePattern: 'HH:mm:ss',
    monthDayPattern: 'MMMM dd',
    yearMonthPattern: 'yyyy MMMM',
    firstDayOfWeek: 0,
  },
  numberFormat: {
    decimalSeparator: '.',
    groupSeparator: ',',
    negativeSign: '-',
    percentSymbol: '%',
    currencySymbol: '¤',
    currencyDecimalDigits: 2,
    currencyPositivePattern: 0,
    currencyNegativePattern: 0,
    percentPositivePattern: 0,
    nanSymbol: 'NaN',
    positiveInfinitySymbol: 'Infinity',
    negativeInfinitySymbol: '-Infinity',
  },
};

type Patterns = Pick<DateTimeFormatData, 'dateSeparator' | 'shortDatePattern' | 'longDatePattern' | 'shortTimePattern' | 'longTimePattern' | 'monthDayPattern' | 'yearMonthPattern' | 'firstDayOfWeek'>;
type CultureSpec = Omit<CultureData, 'dateTimeFormat' | 'numberFormat'> & {
  readonly patterns: Patterns;
  readonly numbers: Pick<NumberFormatData, 'decimalSeparator' | 'groupSeparator' | 'currencySymbol' | 'currencyDecimalDigits' | 'currencyPositivePattern' | 'currencyNegativePattern' | 'percentPositivePattern'>;
};

const usLike = { decimalSeparator: '.', groupSeparator: ',', currencyDecimalDigits: 2, currencyPositivePattern: 0, currencyNegativePattern: 1, percentPositivePattern: 1 };
const euroLike = { decimalSeparator: ',', currencySymbol: '€', currencyDecimalDigits: 2, currencyPositivePattern: 3, currencyNegativePattern: 8, percentPositivePattern: 0 };
/** The 24-hour times, year-month pattern and Monday weeks the European cultures share. */
const europeanTimes = { shortTimePattern: 'HH:mm', longTimePattern: 'HH:mm:ss', yearMonthPattern: 'MMMM yyyy', firstDayOfWeek: 1 } as const;

const specs: readonly CultureSpec[] = [
  {
    name: 'en-US', englishName: 'English (United States)', nativeName: 'English (United States)', lcid: 1033, twoLetterISOLanguageName: 'en', threeLetterISOLanguageName: 'eng',
    patterns: { dateSeparator: '/', shortDatePattern: 'M/d/yyyy', longDatePattern: 'dddd, MMMM d, yyyy', shortTimePattern: 'h:mm tt', longTimePattern: 'h:mm:ss tt', monthDayPattern: 'MMMM d', yearMonthPattern: 'MMMM yyyy', firstDayOfWeek: 0 },
    numbers: { ...usLike, currencySymbol: '$' },
  },
  {
    name: 'en-GB', englishName: 'English (United Kingdom)', nativeName: 'English (United Kingdom)', lcid: 2057, twoLetterISOLanguageName: 'en', threeLetterISOLanguageName: 'eng',
    patterns: { ...europeanTimes, dateSeparator: '/', shortDatePattern: 'dd/MM/yyyy', longDatePattern: 'dddd, d MMMM yyyy', monthDayPattern: 'd MMMM' },
    numbers: { ...usLike, currencySymbol: '£' },
  },
  {
    name: 'de-DE', englishName: 'German (Germany)', nativeName: 'Deutsch (Deutschland)', lcid: 1031, twoLetterISOLanguageName: 'de', threeLetterISOLanguageName: 'deu',
    patterns: { ...europeanTimes, dateSeparator: '.', shortDatePattern: 'dd.MM.yyyy', longDatePattern: 'dddd, d. MMMM yyyy', monthDayPattern: 'd. MMMM' },
    numbers: { ...euroLike, groupSeparator: '.' },
  },
  {
    name: 'fr-FR', englishName: 'French (France)', nativeName: 'français (France)', lcid: 1036, twoLetterISOLanguageName: 'fr', threeLetterISOLanguageName: 'fra',
    patterns: { ...europeanTimes, dateSeparator: '/', shortDatePattern: 'dd/MM/yyyy', longDatePattern: 'dddd d MMMM yyyy', monthDayPattern: 'd MMMM' },
    numbers: { ...euroLike, groupSeparator: '\u202f' },
  },
  {
    name: 'ja-JP', englishName: 'Japanese (Japan)', nativeName: '日本語 (日本)', lcid: 1041, twoLetterISOLanguageName: 'ja', threeLetterISOLanguageName: 'jpn',
    patterns: { dateSeparator: '/', shortDatePattern: 'yyyy/MM/dd', longDatePattern: 'yyyy年M月d日dddd', shortTimePattern: 'H:mm', longTimePattern: 'H:mm:ss', monthDayPattern: 'M月d日', yearMonthPattern: 'yyyy年M月', firstDayOfWeek: 0 },
    numbers: { ...usLike, currencySymbol: '￥', currencyDecimalDigits: 0 },
  },
];

const specsByName = new Map(specs.map((spec) => [spec.name.toLowerCase(), spec]));
const built = new Map<string, CultureData>();

/** The culture of a name ('' is the invariant culture), or undefined when psh does not know it. */
export function cultureByName(name: string): CultureData | undefined {
  if (name === '') return invariantCulture;
  const key = name.toLowerCase();
  let culture = built.get(key);
  if (!culture) {
    const spec = specsByName.get(key);
    if (!spec) return undefined;
    culture = buildCulture(spec);
    built.set(key, culture);
  }
  return culture;
}

export const knownCultureNames: readonly string[] = specs.map((spec) => spec.name);

/** The culture psh presents as current (pwsh's on an en-US system). */
export function currentCultureData(): CultureData {
  return cultureByName('en-US')!;
}

function buildCulture(spec: CultureSpec): CultureData {
  const { patterns, numbers, ...identity } = spec;
  return {
    ...identity,
    dateTimeFormat: { ...intlNames(spec.name), timeSeparator: ':', ...patterns },
    numberFormat: { ...numbers, negativeSign: '-', percentSymbol: '%', nanSymbol: 'NaN', positiveInfinitySymbol: '∞', negativeInfinitySymbol: '-∞' },
  };
}

type IntlNames = 'dayNames' | 'abbreviatedDayNames' | 'monthNames' | 'abbreviatedMonthNames' | 'monthGenitiveNames' | 'abbreviatedMonthGenitiveNames' | 'amDesignator' | 'pmDesignator';

/** Day and month names (stand-alone, as .NET reads them from ICU, and next to a day) and the AM/PM designators. */
function intlNames(locale: string): Pick<DateTimeFormatData, IntlNames> {
  const format = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  const part = (options: Intl.DateTimeFormatOptions, date: Date, type: Intl.DateTimeFormatPartTypes) =>
    format(options).formatToParts(date).find((candidate) => candidate.type === type)?.value ?? '';
  // A name alone is all of the text (Japanese months are "7月", with the 月 as a literal part).
  const alone = (options: Intl.DateTimeFormatOptions, date: Date) => format(options).format(date);
  // 2023-01-01 was a Sunday.
  const days = Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2023, 0, 1 + i)));
  const months = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2023, i, 15)));
  // Next to a day ICU gives the month's format form; where that is a number (Japanese "7月4日"),
  // the name is the stand-alone one.
  const besideDay = (date: Date, month: 'long' | 'short') => {
    const name = part({ day: 'numeric', month }, date, 'month');
    return /^\d+$/.test(name) ? alone({ month }, date) : name;
  };
  return {
    dayNames: days.map((date) => alone({ weekday: 'long' }, date)),
    abbreviatedDayNames: days.map((date) => alone({ weekday: 'short' }, date)),
    monthNames: months.map((date) => alone({ month: 'long' }, date)),
    abbreviatedMonthNames: months.map((date) => alone({ month: 'short' }, date)),
    monthGenitiveNames: months.map((date) => besideDay(date, 'long')),
    abbreviatedMonthGenitiveNames: months.map((date) => besideDay(date, 'short')),
    amDesignator: part({ hour: 'numeric', hour12: true }, new Date(Date.UTC(2023, 0, 1, 9)), 'dayPeriod'),
    pmDesignator: part({ hour: 'numeric', hour12: true }, new Date(Date.UTC(2023, 0, 1, 21)), 'dayPeriod'),
  };
}
