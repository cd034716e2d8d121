/**
 * -Encoding's ArgumentToEncodingTransformation: a name or a code page the cmdlets' table and
 * Encoding.GetEncoding do not know fails as a transformation, before the cmdlet runs, with
 * GetEncoding's own message; $null fails the parameter's ValidateNotNullOrEmpty.
 */
import '../../src/engine/index.js';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { encodingArgumentTransformation, type TextEncoding } from '../../src/engine/dotnet/types/system-text-encoding.js';
import { PSObject } from '../../src/engine/values/index.js';
import { scriptCases } from '../engine/runtime/run-script.js';

const failure = (command: string) => `try { ${command} } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.Exception.Message }`;
const badName = (cmdlet: string, name: string) =>
  `ParameterArgumentTransformationError,Microsoft.PowerShell.Commands.${cmdlet}Command\nInvalidData\n` +
  `Cannot process argument transformation on parameter 'Encoding'. '${name}' is not a supported encoding name. For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method. (Parameter 'name')\n`;

const nullArgument = (cmdlet: string) =>
  `ParameterArgumentValidationError,Microsoft.PowerShell.Commands.${cmdlet}Command\nInvalidData\n` +
  "Cannot validate argument on parameter 'Encoding'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.\n";

scriptCases([
  [failure('Get-Content nothing.txt -Encoding bogus'), badName('GetContent', 'bogus')],
  [failure('Set-Content nothing.txt -Value 1 -Encoding nope'), badName('SetContent', 'nope')],
  [failure('"a" | Out-File nothing.txt -Encoding x-utf8'), badName('OutFile', 'x-utf8')],
  [failure('1 | Export-Csv nothing.csv -Encoding bogus'), badName('ExportCsv', 'bogus')],
  [failure('1 | Export-Clixml nothing.xml -Encoding bogus'), badName('ExportClixml', 'bogus')],
  [failure('1 | Tee-Object nothing.txt -Encoding bogus'), badName('TeeObject', 'bogus')],
  [
    failure('Set-Content nothing.txt -Value 1 -Encoding 99999'),
    'ParameterArgumentTransformationError,Microsoft.PowerShell.Commands.SetContentCommand\nInvalidData\n' +
      "Cannot process argument transformation on parameter 'Encoding'. Valid values are between 0 and 65535, inclusive. (Parameter 'codepage')\n",
  ],
  // The transformation leaves an array as it is, and the binder refuses a collection for a scalar type.
  [
    failure('Set-Content nothing.txt -Value 1 -Encoding utf8, ascii'),
    'CannotConvertArgument,Microsoft.PowerShell.Commands.SetContentCommand\nInvalidArgument\n' +
      "Cannot convert 'System.Object[]' to the type 'System.Text.Encoding' required by parameter 'Encoding'. Specified method is not supported.\n",
  ],
  // Every -Encoding carries ValidateNotNullOrEmpty; the transformation leaves $null as it is.
  [failure('Get-Content nothing.txt -Encoding $null'), nullArgument('GetContent')],
  [failure('Add-Content nothing.txt -Value 1 -Encoding $null'), nullArgument('AddContent')],
  [failure('"a" | Out-File nothing.txt -Encoding $null'), nullArgument('OutFile')],
  [failure('Import-Csv nothing.csv -Encoding $null'), nullArgument('ImportCsv')],
  [failure('1 | Export-Clixml nothing.xml -Encoding $null'), nullArgument('ExportClixml')],
  [failure('1 | Tee-Object nothing.txt -Encoding $null'), nullArgument('TeeObject')],
]);

test('the transformation: the cmdlets\' names and .NET\'s, code pages; other values are left to conversion', () => {
  const webName = (value: unknown) => (encodingArgumentTransformation(value) as TextEncoding).identity.webName;
  for (const [argument, expected] of [['utf8BOM', 'utf-8'], ['UNICODE', 'utf-16'], ['us-ascii', 'us-ascii'], ['latin1', 'iso-8859-1'], [1201, 'utf-16BE']] as const) {
    assert.is(webName(argument), expected, String(argument));
  }
  assert.is(webName(new PSObject('bigendianutf32')), 'utf-32BE');
  const date = new Date(0);
  assert.is(encodingArgumentTransformation(date), date);
});

test.run();
