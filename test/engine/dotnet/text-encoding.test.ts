/** [System.Text.Encoding]: the static encodings, GetEncoding, GetBytes/GetString with .NET's replacements. */
import '../../../src/engine/index.js';
import { test } from 'uvu';
import { scriptCases } from '../runtime/run-script.js';

const message = (script: string) => `try { ${script} } catch { $_.Exception.Message }`;

scriptCases([
  ['[System.Text.Encoding]::UTF8.GetBytes("é").Count', '2\n'],
  ['[System.Text.Encoding]::UTF8.GetString([byte[]](0x70, 0x73, 0x68))', 'psh\n'],
  ['[System.Text.Encoding]::UTF8.GetBytes("psh€") -join ","', '112,115,104,226,130,172\n'],
  ['[System.Text.Encoding]::UTF8.GetString([byte[]](0x61, 0xff, 0xe2, 0x82)) -eq "a`u{fffd}`u{fffd}"', 'True\n'],
  ['[System.Text.Encoding]::UTF8.GetString([byte[]](0xef, 0xbb, 0xbf, 0x41)).Length', '2\n'],
  ['[System.Text.Encoding]::Unicode.GetBytes("aé") -join ","', '97,0,233,0\n'],
  ['[System.Text.Encoding]::BigEndianUnicode.GetBytes("a") -join ","', '0,97\n'],
  ['[System.Text.Encoding]::UTF32.GetBytes("😀") -join ","', '0,246,1,0\n'],
  ['[System.Text.Encoding]::UTF32.GetString([byte[]](0, 246, 1, 0)) -eq "😀"', 'True\n'],
  ['[System.Text.Encoding]::ASCII.GetBytes("aé😀") -join ","', '97,63,63\n'],
  ['[System.Text.Encoding]::ASCII.GetString([byte[]](0x41, 0xc3))', 'A?\n'],
  ['[System.Text.Encoding]::Latin1.GetBytes("aéĀ") -join ","', '97,233,63\n'],
  ['[System.Text.Encoding]::Latin1.GetString([byte[]](0xe9))', 'é\n'],
  ['[System.Text.Encoding]::Unicode.GetBytes("`u{d800}") -join ","', '253,255\n'],
  ['[System.Text.Encoding]::UTF8.GetByteCount("aé"); [System.Text.Encoding]::Unicode.GetCharCount([byte[]](97, 0, 98, 0))', '3\n2\n'],
  ['[System.Text.Encoding]::UTF8.GetBytes([char[]]"abc", 1, 2) -join ","; [System.Text.Encoding]::UTF8.GetString([byte[]](97, 98, 99), 1, 1)', '98,99\nb\n'],
  ['[System.Text.Encoding]::UTF8.GetChars([byte[]](104, 105)) -join "-"', 'h-i\n'],
  ['[System.Text.Encoding]::UTF8.GetPreamble() -join ","; [System.Text.Encoding]::Default.GetPreamble().Count', '239,187,191\n0\n'],
  ['[System.Text.Encoding]::Unicode.GetPreamble() -join ","; [System.Text.Encoding]::UTF32.GetPreamble() -join ","', '255,254\n255,254,0,0\n'],
  ['$e = [System.Text.Encoding]::UTF8; $e.WebName, $e.CodePage, $e.EncodingName, $e.IsSingleByte -join "|"', 'utf-8|65001|Unicode (UTF-8)|False\n'],
  ['$e = [System.Text.Encoding]::ASCII; $e.WebName, $e.CodePage, $e.EncodingName, $e.IsSingleByte -join "|"', 'us-ascii|20127|US-ASCII|True\n'],
  ['[System.Text.Encoding]::Latin1.WebName; [System.Text.Encoding]::BigEndianUnicode.EncodingName', 'iso-8859-1\nUnicode (Big-Endian)\n'],
  ['[System.Text.Encoding]::UTF8.GetType().FullName; [System.Text.Encoding]::ASCII.ToString()', 'System.Text.UTF8Encoding+UTF8EncodingSealed\nSystem.Text.ASCIIEncoding+ASCIIEncodingSealed\n'],
  ['[System.Text.Encoding]::Unicode.GetType().FullName; [System.Text.Encoding]::Unicode -is [System.Text.Encoding]', 'System.Text.UnicodeEncoding\nTrue\n'],
  ['[System.Text.Encoding]::GetEncoding("utf-8") -eq [System.Text.Encoding]::UTF8; [System.Text.Encoding]::GetEncoding(1201).WebName', 'True\nutf-16BE\n'],
  ['[System.Text.Encoding]::GetEncoding("ISO-8859-1").CodePage; [System.Text.Encoding]::GetEncoding("unicodeFFFE").CodePage', '28591\n1201\n'],
  ['[System.Text.UTF8Encoding]::new($false).GetPreamble().Count; [System.Text.UTF8Encoding]::new($true).GetPreamble().Count; [System.Text.UTF8Encoding]::new().GetType().FullName', '0\n3\nSystem.Text.UTF8Encoding\n'],
  ['[System.Text.UnicodeEncoding]::new($true, $false).GetBytes("a") -join ","; [System.Text.UnicodeEncoding]::new($true, $true).GetPreamble() -join ","', '0,97\n254,255\n'],
  ['[System.Text.UTF32Encoding]::new($true, $true).GetBytes("a") -join ","', '0,0,0,97\n'],
  ['[Convert]::ToBase64String([System.Text.Encoding]::UTF8.GetBytes("psh")); [System.Text.Encoding]::UTF8.GetString([Convert]::FromBase64String("cHNo"))', 'cHNo\npsh\n'],
  ['[System.Text.Encoding]::Convert([System.Text.Encoding]::UTF8, [System.Text.Encoding]::Unicode, [byte[]](0xc3, 0xa9)) -join ","', '233,0\n'],
  [message('[System.Text.Encoding]::GetEncoding("x")'), `Exception calling "GetEncoding" with "1" argument(s): "'x' is not a supported encoding name. For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method. (Parameter 'name')"\n`],
  [message('[System.Text.Encoding]::GetEncoding(70000)'), `Exception calling "GetEncoding" with "1" argument(s): "Valid values are between 0 and 65535, inclusive. (Parameter 'codepage')"\n`],
  [message('[System.Text.Encoding]::UTF8.GetString($null)'), `Exception calling "GetString" with "1" argument(s): "Value cannot be null. (Parameter 'bytes')"\n`],
  [message('[System.Text.Encoding]::UTF8.GetBytes("ab", 1, 5)'), `Exception calling "GetBytes" with "3" argument(s): "Index and count must refer to a location within the string. (Parameter 'index')"\n`],
  [message('[System.Text.Encoding]::UTF8.GetString([byte[]](1, 2), 1, 5)'), `Exception calling "GetString" with "3" argument(s): "Index and count must refer to a location within the buffer. (Parameter 'bytes')"\n`],
  [message('[System.Text.Encoding]::UTF8.GetString([byte[]](1, 2), -1, 1)'), `Exception calling "GetString" with "3" argument(s): "Non-negative number required. (Parameter 'index')"\n`],
  // No view in pwsh's format files: the default list of every property, the span Preamble empty.
  [
    '[System.Text.Encoding]::UTF8 | Out-String',
    '\nPreamble          : \nBodyName          : utf-8\nEncodingName      : Unicode (UTF-8)\nHeaderName        : utf-8\nWebName           : utf-8\n' +
      'WindowsCodePage   : 1200\nIsBrowserDisplay  : True\nIsBrowserSave     : True\nIsMailNewsDisplay : True\nIsMailNewsSave    : True\n' +
      'IsSingleByte      : False\nEncoderFallback   : System.Text.EncoderReplacementFallback\nDecoderFallback   : System.Text.DecoderReplacementFallback\n' +
      'IsReadOnly        : True\nCodePage          : 65001\n\n\n',
  ],
  ['$e = [System.Text.Encoding]::Unicode; $e.IsBrowserDisplay, $e.IsBrowserSave, $e.IsMailNewsDisplay, $e.IsMailNewsSave -join "|"', 'False|True|False|False\n'],
  ['$e = [System.Text.Encoding]::ASCII; $e.IsBrowserDisplay, $e.IsBrowserSave, $e.IsMailNewsDisplay, $e.IsMailNewsSave -join "|"', 'False|False|True|True\n'],
  ['$e = [System.Text.Encoding]::Latin1; $e.IsBrowserDisplay, $e.IsMailNewsSave -join "|"; "$($e.DecoderFallback)"', 'True|True\nSystem.Text.DecoderReplacementFallback\n'],
  [
    'try { [System.Text.Encoding]::UTF8.Preamble } catch { $_.Exception.GetType().FullName; $_.Exception.Message }',
    'System.Management.Automation.GetValueException\nCannot get or set the property or field "Preamble" of the ByRef-like type "System.ReadOnlySpan`1[System.Byte]". ByRef-like types are not supported in PowerShell.\n',
  ],
]);

test.run();
