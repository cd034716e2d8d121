/** [cultureinfo]: the invariant, current and named cultures, and dates and numbers written and read in them. */
import '../../../src/engine/index.js';
import { test } from 'uvu';
import { scriptCases } from '../runtime/run-script.js';

const message = (script: string) => `try { ${script} } catch { $_.Exception.Message }`;
const date = '$d = [datetime]::new(2024, 7, 4, 21, 5, 3); ';
const inCulture = (name: string, expression: string) => `${date}$c = [cultureinfo]::GetCultureInfo('${name}'); ${expression}`;

scriptCases([
  ['[cultureinfo]::InvariantCulture.Name.Length; [cultureinfo]::InvariantCulture.DisplayName; [cultureinfo]::InvariantCulture.LCID', '0\nInvariant Language (Invariant Country)\n127\n'],
  ['[cultureinfo]::CurrentCulture.Name; [cultureinfo]::CurrentUICulture.DisplayName; $Host.CurrentCulture.LCID', 'en-US\nEnglish (United States)\n1033\n'],
  ['$c = [cultureinfo]"de-DE"; $c.Name, $c.DisplayName, $c.NativeName, $c.LCID, $c.TwoLetterISOLanguageName, $c.ThreeLetterISOLanguageName -join "|"', 'de-DE|German (Germany)|Deutsch (Deutschland)|1031|de|deu\n'],
  ['([cultureinfo]1036).Name; [cultureinfo]::GetCultureInfo(1041).NativeName; [cultureinfo]::new("en-GB").EnglishName', 'fr-FR\n日本語 (日本)\nEnglish (United Kingdom)\n'],
  ['[cultureinfo]"DE-de" -eq [cultureinfo]::GetCultureInfo("de-DE"); "$([cultureinfo]"fr-FR")"; [cultureinfo]"ja-JP" -is [System.IFormatProvider]', 'True\nfr-FR\nTrue\n'],
  // IFormatProvider is an interface: in the type's base types, not in an instance's type names.
  ['([cultureinfo]"de-DE").pstypenames -join ","; [cultureinfo]::InvariantCulture.NumberFormat.pstypenames -join ","; (Get-Date) -is [System.IFormatProvider]', 'System.Globalization.CultureInfo,System.Object\nSystem.Globalization.NumberFormatInfo,System.Object\nFalse\n'],
  // DotNetTypes.format.ps1xml's table: LCID and Name 16 wide, DisplayName the rest.
  [
    '[cultureinfo]"de-DE", [cultureinfo]::InvariantCulture | Out-String',
    '\nLCID             Name             DisplayName\n----             ----             -----------\n1031             de-DE            German (Germany)\n127                               Invariant Language (Invariant Country)\n\n\n',
  ],
  [message('[cultureinfo]"xx-XX"'), 'Cannot convert value "xx-XX" to type "System.Globalization.CultureInfo". Error: "Culture is not supported. (Parameter \'name\')\nxx-XX is an invalid culture identifier."\n'],
  [message('[cultureinfo]::GetCultureInfo("xx")'), 'Exception calling "GetCultureInfo" with "1" argument(s): "Culture is not supported. (Parameter \'name\')\nxx is an invalid culture identifier."\n'],
  ['$f = ([cultureinfo]"de-DE").DateTimeFormat; $f.ShortDatePattern, $f.LongTimePattern, $f.DateSeparator, $f.FirstDayOfWeek -join "|"', 'dd.MM.yyyy|HH:mm:ss|.|Monday\n'],
  ['$f = [cultureinfo]::InvariantCulture.DateTimeFormat; $f.FullDateTimePattern; $f.MonthNames.Count; $f.GetMonthName(2); $f.GetAbbreviatedDayName("Friday")', 'dddd, dd MMMM yyyy HH:mm:ss\n13\nFebruary\nFri\n'],
  ['([cultureinfo]"fr-FR").DateTimeFormat.DayNames -join ","', 'dimanche,lundi,mardi,mercredi,jeudi,vendredi,samedi\n'],
  ['$n = ([cultureinfo]"de-DE").NumberFormat; $n.NumberDecimalSeparator, $n.NumberGroupSeparator, $n.CurrencySymbol -join "|"', ',|.|€\n'],
  // Dates written in a culture.
  [`${date}$d.ToString('MMM d, yyyy', [cultureinfo]::InvariantCulture)`, 'Jul 4, 2024\n'],
  [inCulture('', '$d.ToString("D", $c); $d.ToString($c)'), 'Thursday, 04 July 2024\n07/04/2024 21:05:03\n'],
  [inCulture('en-US', '$d.ToString("D", $c); $d.ToString($c); $d.ToString("t", $c)'), 'Thursday, July 4, 2024\n7/4/2024 9:05:03 PM\n9:05 PM\n'],
  [inCulture('en-GB', '$d.ToString("D", $c); $d.ToString($c); $d.ToString("h tt", $c)'), 'Thursday, 4 July 2024\n04/07/2024 21:05:03\n9 pm\n'],
  [inCulture('de-DE', '$d.ToString("D", $c); $d.ToString($c); $d.ToString("ddd MMM yyyy", $c); $d.ToString("d. MMM", $c)'), 'Donnerstag, 4. Juli 2024\n04.07.2024 21:05:03\nDo Jul 2024\n4. Juli\n'],
  [inCulture('fr-FR', '$d.ToString("D", $c); $d.ToString("g", $c); $d.ToString("MMMM yyyy", $c)'), 'jeudi 4 juillet 2024\n04/07/2024 21:05\njuillet 2024\n'],
  [inCulture('ja-JP', '$d.ToString("D", $c); $d.ToString($c); $d.ToString("tt h:mm", $c)'), '2024年7月4日木曜日\n2024/07/04 21:05:03\n午後 9:05\n'],
  [inCulture('de-DE', '$d.ToString("r", $c); $d.ToString("yyyy/MM/dd HH:mm", $c)'), 'Thu, 04 Jul 2024 21:05:03 GMT\n2024.07.04 21:05\n'],
  [`${date}$d.ToShortDateString(); $d.ToLongTimeString(); $d.ToString(); $d.ToString('d'); "$d"`, '7/4/2024\n9:05:03 PM\n7/4/2024 9:05:03 PM\n7/4/2024\n07/04/2024 21:05:03\n'],
  // Dates read in a culture.
  ["[datetime]::ParseExact('04/07/2024', 'dd/MM/yyyy', [cultureinfo]::InvariantCulture).Month", '7\n'],
  ["[datetime]::ParseExact('Thursday, 4 July 2024 9:05 PM', 'dddd, d MMMM yyyy h:mm tt', $null).ToString('o')", '2024-07-04T21:05:00.0000000\n'],
  ["[datetime]::ParseExact('4. Juli 24 21:05:03,25', 'd. MMMM yy HH:mm:ss,ff', [cultureinfo]'de-DE').ToString('o')", '2024-07-04T21:05:03.2500000\n'],
  ["[datetime]::ParseExact('2024', 'yyyy', $null).ToString('o')", '2024-01-01T00:00:00.0000000\n'],
  // A numeric date in a shape the culture does not write keeps the culture's day/month order.
  ["'de-DE', 'en-GB', 'en-US' | ForEach-Object { [datetime]::Parse('4/7/2024', [cultureinfo]$_).ToString('yyyy-MM-dd') }", '2024-07-04\n2024-07-04\n2024-04-07\n'],
  ["[datetime]::ParseExact('x2024', @('yyyy', 'xyyyy'), $null, 'None').Year", '2024\n'],
  ["[datetime]::Parse('04.07.2024 13:14:15', [cultureinfo]'de-DE').ToString('o'); [datetime]::Parse('4/7/2024', [cultureinfo]'en-GB').Month", '2024-07-04T13:14:15.0000000\n7\n'],
  ["[datetime]::Parse('7/4/2024', [cultureinfo]::InvariantCulture).Month", '7\n'],
  ["$r = [datetime]::Now; [datetime]::TryParseExact('2024-13', 'yyyy-MM', $null, 'None', [ref]$r); $r.Ticks", 'False\n0\n'],
  // A $null text is a failed parse, not an ArgumentNullException (TryParse never throws for its input).
  ["$r = [datetime]::Now; [datetime]::TryParse($null, [ref]$r); $r.Ticks", 'False\n0\n'],
  [message("[datetime]::ParseExact('Friday, 4 July 2024', 'dddd, d MMMM yyyy', $null)"), 'Exception calling "ParseExact" with "3" argument(s): "String \'Friday, 4 July 2024\' was not recognized as a valid DateTime because the day of week was incorrect."\n'],
  [message("[datetime]::ParseExact('4/7/2024', 'dd/MM/yyyy', $null)"), 'Exception calling "ParseExact" with "3" argument(s): "String \'4/7/2024\' was not recognized as a valid DateTime."\n'],
  // Numbers written and read in a culture.
  ['$n = -1234567.891; foreach ($c in "en-US", "de-DE", "fr-FR", "") { $n.ToString("N2", [cultureinfo]$c) }', '-1,234,567.89\n-1.234.567,89\n-1\u202f234\u202f567,89\n-1,234,567.89\n'],
  ['foreach ($c in "en-US", "en-GB", "de-DE", "ja-JP", "") { (-1234.5).ToString("C", [cultureinfo]$c) }', '-$1,234.50\n-£1,234.50\n-1.234,50 €\n-￥1,235\n(¤1,234.50)\n'],
  ['foreach ($c in "en-US", "de-DE", "") { (0.125).ToString("P1", [cultureinfo]$c) }', '12.5%\n12,5 %\n12.5 %\n'],
  ['(1.5).ToString([cultureinfo]"de-DE"); (1.5e-7).ToString([cultureinfo]"de-DE"); (1234.5).ToString("#,##0.00", [cultureinfo]"de-DE")', '1,5\n1,5E-07\n1.234,50\n'],
  ['[double]::PositiveInfinity.ToString([cultureinfo]"de-DE"); [double]::PositiveInfinity.ToString([cultureinfo]::InvariantCulture)', '∞\nInfinity\n'],
  ['(1.5).ToString("C"); (0.5).ToString("P0"); [double]::PositiveInfinity.ToString(); (1.10d).ToString(); (1e-5).ToString()', '$1.50\n50%\n∞\n1.10\n1E-05\n'],
  ['[double]::Parse("1.234,5", [cultureinfo]"de-DE"); [double]::Parse("1,5", [cultureinfo]::InvariantCulture); [decimal]::Parse("2,5", [cultureinfo]"fr-FR")', '1234.5\n15\n2.5\n'],
  [message('[int]::Parse("1.5", [cultureinfo]"de-DE")'), 'Exception calling "Parse" with "2" argument(s): "The input string \'1.5\' was not in a correct format."\n'],
  // -f and [string]::Format format in the current culture; "$x" stays invariant.
  ['"{0:C}|{1:P}|{2:d}|{3}|{4:N1}" -f 1.5, 0.5, [datetime]"2024-07-04", [double]::PositiveInfinity, 1234.56', '$1.50|50.00%|7/4/2024|∞|1,234.6\n'],
  ['[string]::Format("{0}", [datetime]"2024-07-04 21:05:03"); "$([datetime]"2024-07-04 21:05:03") $([double]::PositiveInfinity)"', '7/4/2024 9:05:03 PM\n07/04/2024 21:05:03 Infinity\n'],
  // String.Format with a provider: a culture, or one of its format infos (the other part then the current culture's).
  ["[string]::Format([cultureinfo]'de-DE', '{0:N1}|{1:d}', 1234.5, [datetime]'2024-07-04'); [string]::Format([cultureinfo]::InvariantCulture, '{0:C}', 1)", '1.234,5|04.07.2024\n¤1.00\n'],
  ["[string]::Format(([cultureinfo]'de-DE').NumberFormat, '{0:N1}|{1:d}', 1234.5, [datetime]'2024-07-04'); [string]::Format('{0}|{1}', 'a', 1.5)", '1.234,5|7/4/2024\na|1.5\n'],
  // Get-Culture and Get-UICulture.
  ['(Get-Culture).Name; (Get-UICulture).Name; (Get-Culture -Name de-DE, ja-JP).LCID; "fr-FR" | Get-Culture | ForEach-Object EnglishName', 'en-US\nen-US\n1031\n1041\nFrench (France)\n'],
  ['(Get-Culture -ListAvailable).Name -contains "de-DE"; (Get-Culture -NoUserOverrides) -eq [cultureinfo]::CurrentCulture', 'True\nTrue\n'],
]);

test.run();
