/**
 * The -Encoding parameter the file cmdlets share (Out-File, Tee-Object, the CSV and CLIXML
 * cmdlets, the FileSystem provider's content parameters), as pwsh declares it on each: an
 * ArgumentToEncodingTransformation and ValidateNotNullOrEmpty, UTF-8 without a byte-order mark
 * when it is not given.
 */
import type { ParameterSpec } from '../binding/index.js';
import { encodingArgumentTransformation, toEncoding, utf8NoBom, type TextEncoding } from '../engine/dotnet/types/system-text-encoding.js';
import type { CommandRuntime } from '../engine/runtime/command-runtime.js';

/** -Encoding in every set; a cmdlet that places it (Out-File's position 1) spreads it and adds that. */
export const encodingParameter: ParameterSpec = {
  name: 'Encoding',
  type: 'System.Text.Encoding',
  transformation: encodingArgumentTransformation,
  validation: [{ kind: 'ValidateNotNullOrEmpty' }],
};

/** The encoding -Encoding names, or the default, UTF-8 without a byte-order mark. */
export function encodingOf(runtime: CommandRuntime): TextEncoding {
  return runtime.has('Encoding') ? toEncoding(runtime.parameter('Encoding')) : utf8NoBom;
}
