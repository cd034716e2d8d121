/**
 * System.Text.Encoding as the -Encoding parameters take it (pwsh's ArgumentToEncodingTransformation
 * names: utf8NoBOM, the default, utf8BOM, ascii, unicode, bigendianunicode, utf32,
 * bigendianutf32, latin1, ansi and oem, which are UTF-8 on Linux, or a code page number).
 * Text is encoded with the encoding's preamble (byte-order mark) and decoded without it.
 */
import { toPSString } from '../../engine/conversion/index.js';
import { defineType } from '../../engine/dotnet/member-table.js';
import { registerNativeType } from '../../engine/dotnet/type-registration.js';
import { runtimeError } from '../../engine/runtime/errors.js';
import { decodeText } from '../../engine/runtime/text-files.js';
import { psTypeNames } from '../../engine/values/index.js';

type Codec = 'utf8' | 'ascii' | 'utf16le' | 'utf16be' | 'utf32le' | 'utf32be' | 'latin1';

export class TextEncoding {
  readonly [psTypeNames] = ['System.Text.Encoding', 'System.Object'];

  constructor(
    readonly webName: string,
    readonly codePage: number,
    private readonly codec: Codec,
    readonly preamble: Uint8Array,
  ) {}

  /** The bytes of `text`, without the preamble. */
  encode(text: string): Uint8Array {
    switch (this.codec) {
      case 'ascii':
        return Uint8Array.from(text, (c) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : 0x3f));
      case 'utf16be':
        return Buffer.from(text, 'utf16le').swap16();
      case 'utf32le':
      case 'utf32be': {
        const points = [...text].map((c) => c.codePointAt(0)!);
        const bytes = Buffer.alloc(points.length * 4);
        points.forEach((point, i) => (this.codec === 'utf32le' ? bytes.writeUInt32LE(point, i * 4) : bytes.writeUInt32BE(point, i * 4)));
        return bytes;
      }
      default:
        return Buffer.from(text, this.codec);
    }
  }

  /** The text of file bytes: a byte-order mark decides (and is dropped), else this encoding. */
  decode(bytes: Uint8Array): string {
    if (startsWith(bytes, [0xef, 0xbb, 0xbf]) || startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return decodeText(bytes);
    switch (this.codec) {
      case 'utf32le':
      case 'utf32be': {
        const view = Buffer.from(bytes);
        let text = '';
        for (let i = 0; i + 4 <= view.length; i += 4) text += String.fromCodePoint(this.codec === 'utf32le' ? view.readUInt32LE(i) : view.readUInt32BE(i));
        return text;
      }
      case 'utf16be':
        return Buffer.from(bytes).swap16().toString('utf16le');
      case 'ascii':
        return Array.from(bytes, (b) => (b < 0x80 ? String.fromCharCode(b) : '?')).join('');
      default:
        return Buffer.from(bytes).toString(this.codec);
    }
  }

  toString(): string {
    return 'System.Text.' + (this.codec === 'utf8' ? 'UTF8Encoding' : this.codec === 'ascii' ? 'ASCIIEncoding' : this.codec.startsWith('utf16') ? 'UnicodeEncoding' : this.codec.startsWith('utf32') ? 'UTF32Encoding' : 'Latin1Encoding');
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

const none = new Uint8Array();
export const utf8NoBom = new TextEncoding('utf-8', 65001, 'utf8', none);
const utf8Bom = new TextEncoding('utf-8', 65001, 'utf8', Uint8Array.of(0xef, 0xbb, 0xbf));
const encodings = new Map<string, TextEncoding>([
  ['utf8nobom', utf8NoBom],
  ['utf8', utf8NoBom],
  ['ansi', utf8NoBom],
  ['oem', utf8NoBom],
  ['default', utf8NoBom],
  ['utf8bom', utf8Bom],
  ['ascii', new TextEncoding('us-ascii', 20127, 'ascii', none)],
  ['unicode', new TextEncoding('utf-16', 1200, 'utf16le', Uint8Array.of(0xff, 0xfe))],
  ['bigendianunicode', new TextEncoding('utf-16BE', 1201, 'utf16be', Uint8Array.of(0xfe, 0xff))],
  ['utf32', new TextEncoding('utf-32', 12000, 'utf32le', Uint8Array.of(0xff, 0xfe, 0, 0))],
  ['bigendianutf32', new TextEncoding('utf-32BE', 12001, 'utf32be', Uint8Array.of(0, 0, 0xfe, 0xff))],
  ['latin1', new TextEncoding('iso-8859-1', 28591, 'latin1', none)],
]);

/** ArgumentToEncodingTransformation: an encoding object, a name, or a code page. */
export function toEncoding(value: unknown): TextEncoding {
  if (value instanceof TextEncoding) return value;
  const text = toPSString(value);
  const named = encodings.get(text.toLowerCase()) ?? [...encodings.values()].find((e) => String(e.codePage) === text || e.webName.toLowerCase() === text.toLowerCase());
  if (named) return named;
  throw runtimeError(
    'ArgumentException',
    'InvalidArgument',
    `'${text}' is not a supported encoding name. For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method. (Parameter 'name')`,
    'System.ArgumentException',
  );
}

registerNativeType('System.Text.Encoding', ['System.Object'], { isInstance: (value) => value instanceof TextEncoding, convertFrom: toEncoding });

defineType({
  fullName: 'System.Text.Encoding',
  properties: {
    WebName: { type: 'string', get: (encoding: TextEncoding) => encoding.webName },
    CodePage: { type: 'int', get: (encoding: TextEncoding) => encoding.codePage },
  },
  methods: [
    ['byte[] GetPreamble()', (encoding: TextEncoding) => encoding.preamble],
    ['byte[] GetBytes(string s)', (encoding: TextEncoding, [text]: [string]) => encoding.encode(text)],
    ['string GetString(byte[] bytes)', (encoding: TextEncoding, [bytes]: [Uint8Array]) => encoding.decode(bytes)],
  ],
});
