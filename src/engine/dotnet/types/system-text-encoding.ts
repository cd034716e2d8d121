/**
 * System.Text.Encoding and its public subclasses (UTF8Encoding, UnicodeEncoding, UTF32Encoding,
 * ASCIIEncoding): the static encodings (UTF8, Unicode, ASCII, Latin1, Default...),
 * GetEncoding by name or code page, and GetBytes/GetString with .NET's replacement of what an
 * encoding cannot represent ('?' for ASCII and Latin-1, U+FFFD for a lone surrogate or an invalid
 * byte sequence).
 *
 * The same encoding objects are what the cmdlets' -Encoding parameters take, by pwsh's
 * ArgumentToEncodingTransformation names (utf8NoBOM, the default, utf8BOM, ascii, unicode,
 * bigendianunicode, utf32, bigendianutf32, latin1, ansi and oem, which are UTF-8 on Linux) or a
 * code page: psh converts those names to [System.Text.Encoding] wherever it converts.
 */
import { baseObject, formatMessage, RuntimeException, toPSString } from '../../conversion/index.js';
import { Char, psTypeNames } from '../../values/index.js';
import { argumentException, DotNetException, notNull } from '../errors.js';
import { extendedTypeSystemStrings } from '../messages.js';
import { defineType } from '../member-table.js';
import { registerNativeType } from '../type-registration.js';
import { decodeText } from '../../runtime/text-files.js';

type Codec = 'utf8' | 'ascii' | 'utf16le' | 'utf16be' | 'utf32le' | 'utf32be' | 'latin1';

interface EncodingIdentity {
  readonly typeName: string;
  readonly webName: string;
  readonly encodingName: string;
  readonly codePage: number;
  /** The Windows code page closest to the encoding (1200 for every Unicode one). */
  readonly windowsCodePage: number;
  /** .NET's encoding table's MIME flags: IsMailNewsDisplay, IsMailNewsSave, IsBrowserDisplay, IsBrowserSave. */
  readonly mailNews: { readonly display: boolean; readonly save: boolean };
  readonly browser: { readonly display: boolean; readonly save: boolean };
}

const displayAndSave = { display: true, save: true };
const saveOnly = { display: false, save: true };
const neither = { display: false, save: false };

const identities: Readonly<Record<Codec, Omit<EncodingIdentity, 'typeName'>>> = {
  utf8: { webName: 'utf-8', encodingName: 'Unicode (UTF-8)', codePage: 65001, windowsCodePage: 1200, mailNews: displayAndSave, browser: displayAndSave },
  utf16le: { webName: 'utf-16', encodingName: 'Unicode', codePage: 1200, windowsCodePage: 1200, mailNews: neither, browser: saveOnly },
  utf16be: { webName: 'utf-16BE', encodingName: 'Unicode (Big-Endian)', codePage: 1201, windowsCodePage: 1200, mailNews: neither, browser: neither },
  utf32le: { webName: 'utf-32', encodingName: 'Unicode (UTF-32)', codePage: 12000, windowsCodePage: 1200, mailNews: neither, browser: neither },
  utf32be: { webName: 'utf-32BE', encodingName: 'Unicode (UTF-32 Big-Endian)', codePage: 12001, windowsCodePage: 1200, mailNews: neither, browser: neither },
  ascii: { webName: 'us-ascii', encodingName: 'US-ASCII', codePage: 20127, windowsCodePage: 1252, mailNews: displayAndSave, browser: neither },
  latin1: { webName: 'iso-8859-1', encodingName: 'Western European (ISO)', codePage: 28591, windowsCodePage: 1252, mailNews: displayAndSave, browser: displayAndSave },
};

/** The public class each codec's encodings are (the static ones are sealed subclasses of some). */
const classNames: Readonly<Record<Codec, string>> = {
  utf8: 'System.Text.UTF8Encoding',
  utf16le: 'System.Text.UnicodeEncoding',
  utf16be: 'System.Text.UnicodeEncoding',
  utf32le: 'System.Text.UTF32Encoding',
  utf32be: 'System.Text.UTF32Encoding',
  ascii: 'System.Text.ASCIIEncoding',
  latin1: 'System.Text.Latin1Encoding',
};

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export class TextEncoding {
  readonly [psTypeNames]: readonly string[];

  /** `sealedClass`: the private sealed subclass .NET's static instances are ('UTF8EncodingSealed'). */
  constructor(
    private readonly codec: Codec,
    readonly preamble: Uint8Array,
    sealedClass?: string,
  ) {
    const className = classNames[codec];
    this[psTypeNames] = [...(sealedClass ? [`${className}+${sealedClass}`] : []), className, 'System.Text.Encoding', 'System.Object'];
  }

  get identity(): Omit<EncodingIdentity, 'typeName'> {
    return identities[this.codec];
  }

  get isSingleByte(): boolean {
    return this.codec === 'ascii' || this.codec === 'latin1';
  }

  /** The bytes of `text`, without the preamble. */
  encode(text: string): Uint8Array {
    switch (this.codec) {
      case 'ascii':
      case 'latin1': {
        const highest = this.codec === 'ascii' ? 0x7f : 0xff;
        // One '?' per character it cannot represent: a surrogate pair counts as one.
        return Uint8Array.from(text, (c) => (c.charCodeAt(0) <= highest ? c.charCodeAt(0) : 0x3f));
      }
      case 'utf8':
        return bytesOf(Buffer.from(text, 'utf8'));
      case 'utf16le':
        return bytesOf(Buffer.from(wellFormed(text), 'utf16le'));
      case 'utf16be':
        return bytesOf(Buffer.from(wellFormed(text), 'utf16le').swap16());
      case 'utf32le':
      case 'utf32be': {
        const points = Array.from(wellFormed(text), (c) => c.codePointAt(0)!);
        const bytes = Buffer.alloc(points.length * 4);
        points.forEach((point, i) => (this.codec === 'utf32le' ? bytes.writeUInt32LE(point, i * 4) : bytes.writeUInt32BE(point, i * 4)));
        return bytesOf(bytes);
      }
    }
  }

  /** Encoding.GetString: every byte is text, a byte-order mark too. */
  getString(bytes: Uint8Array): string {
    switch (this.codec) {
      case 'ascii':
        return Array.from(bytes, (b) => (b < 0x80 ? String.fromCharCode(b) : '?')).join('');
      case 'latin1':
        return Buffer.from(bytes).toString('latin1');
      case 'utf32le':
      case 'utf32be': {
        const view = Buffer.from(bytes);
        let text = '';
        for (let i = 0; i + 4 <= view.length; i += 4) {
          const point = this.codec === 'utf32le' ? view.readUInt32LE(i) : view.readUInt32BE(i);
          text += point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff) ? '\ufffd' : String.fromCodePoint(point);
        }
        return view.length % 4 === 0 ? text : text + '\ufffd';
      }
      default:
        return new TextDecoder(this.codec === 'utf8' ? 'utf-8' : this.codec === 'utf16le' ? 'utf-16le' : 'utf-16be', { ignoreBOM: true }).decode(bytes);
    }
  }

  /** The text of a file's bytes: a UTF-8 or UTF-16 byte-order mark decides (and is dropped), else this encoding. */
  decode(bytes: Uint8Array): string {
    return decodeText(bytes, (unmarked) => this.getString(unmarked));
  }

  toString(): string {
    return this[psTypeNames][0]!;
  }
}

/** A Buffer's bytes as the plain Uint8Array psh's byte[] is. */
function bytesOf(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);
}

function wellFormed(text: string): string {
  return text.replace(loneSurrogate, '\ufffd');
}

const none = new Uint8Array();
const utf8Mark = Uint8Array.of(0xef, 0xbb, 0xbf);
const utf16LeMark = Uint8Array.of(0xff, 0xfe);
const utf16BeMark = Uint8Array.of(0xfe, 0xff);
const utf32LeMark = Uint8Array.of(0xff, 0xfe, 0, 0);
const utf32BeMark = Uint8Array.of(0, 0, 0xfe, 0xff);

const utf8 = new TextEncoding('utf8', utf8Mark, 'UTF8EncodingSealed');
/** Encoding.Default on .NET Core, and the -Encoding parameters' default: UTF-8 without a mark. */
export const utf8NoBom = new TextEncoding('utf8', none, 'UTF8EncodingSealed');
const unicode = new TextEncoding('utf16le', utf16LeMark);
const bigEndianUnicode = new TextEncoding('utf16be', utf16BeMark);
const utf32 = new TextEncoding('utf32le', utf32LeMark);
const bigEndianUtf32 = new TextEncoding('utf32be', utf32BeMark);
const ascii = new TextEncoding('ascii', none, 'ASCIIEncodingSealed');
const latin1 = new TextEncoding('latin1', none, 'Latin1EncodingSealed');

/** Encoding.GetEncoding(int): the code pages .NET has built in. */
const byCodePage = new Map<number, TextEncoding>([
  [0, utf8NoBom],
  [65001, utf8],
  [1200, unicode],
  [1201, bigEndianUnicode],
  [12000, utf32],
  [12001, bigEndianUtf32],
  [20127, ascii],
  [28591, latin1],
]);

/** Encoding.GetEncoding(string): the names (and aliases) .NET's encoding table knows for them. */
const byName = new Map<string, TextEncoding>([
  ...['utf-8', 'unicode-1-1-utf-8', 'unicode-2-0-utf-8', 'x-unicode20utf8'].map((name) => [name, utf8] as const),
  ...['utf-16', 'utf-16le', 'unicode', 'ucs-2', 'iso-10646-ucs-2', 'csunicode'].map((name) => [name, unicode] as const),
  ...['utf-16be', 'unicodefffe'].map((name) => [name, bigEndianUnicode] as const),
  ...['utf-32', 'utf-32le'].map((name) => [name, utf32] as const),
  ['utf-32be', bigEndianUtf32],
  ...['us-ascii', 'ascii', 'us', 'ansi_x3.4-1968', 'ansi_x3.4-1986', 'cp367', 'csascii', 'ibm367', 'iso-ir-6', 'iso646-us', 'iso_646.irv:1991'].map((name) => [name, ascii] as const),
  ...['iso-8859-1', 'latin1', 'l1', 'cp819', 'ibm819', 'iso_8859-1', 'iso_8859-1:1987', 'iso-ir-100', 'csisolatin1'].map((name) => [name, latin1] as const),
]);

/**
 * The EncoderFallback and DecoderFallback of every encoding psh has: .NET's replacement
 * fallbacks, which only show their type name.
 */
class ReplacementFallback {
  readonly [psTypeNames]: readonly string[];

  constructor(direction: 'Encoder' | 'Decoder') {
    this[psTypeNames] = [`System.Text.${direction}ReplacementFallback`, `System.Text.${direction}Fallback`, 'System.Object'];
  }

  toString(): string {
    return this[psTypeNames][0]!;
  }
}

const encoderReplacementFallback = new ReplacementFallback('Encoder');
const decoderReplacementFallback = new ReplacementFallback('Decoder');

function byRefLikeProperty(propertyName: string, typeName: string): RuntimeException {
  return new RuntimeException(
    formatMessage(extendedTypeSystemStrings.CannotAccessByRefLikePropertyOrField, propertyName, typeName),
    'CannotAccessByRefLikePropertyOrField',
    'NotSpecified',
    'System.Management.Automation.GetValueException',
  );
}

const registerProviderHint = 'For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method.';

function encodingByCodePage(codePage: number): TextEncoding {
  if (codePage < 0 || codePage > 65535) throw argumentException('System.ArgumentOutOfRangeException', 'Valid values are between 0 and 65535, inclusive.', 'codepage');
  const encoding = byCodePage.get(codePage);
  if (!encoding) throw new DotNetException('System.NotSupportedException', `No data is available for encoding ${codePage}. ${registerProviderHint}`);
  return encoding;
}

function encodingByName(name: string | null): TextEncoding {
  if (name === null) throw argumentException('System.ArgumentNullException', 'Value cannot be null.', 'name');
  const encoding = byName.get(name.toLowerCase());
  if (!encoding) throw argumentException('System.ArgumentException', `'${name}' is not a supported encoding name. ${registerProviderHint}`, 'name');
  return encoding;
}

/** pwsh's ArgumentToEncodingTransformation names for -Encoding. */
const parameterNames = new Map<string, TextEncoding>([
  ['utf8nobom', utf8NoBom],
  ['utf8', utf8NoBom],
  ['ansi', utf8NoBom],
  ['oem', utf8NoBom],
  ['default', utf8NoBom],
  ['utf8bom', utf8],
  ['ascii', ascii],
  ['unicode', unicode],
  ['bigendianunicode', bigEndianUnicode],
  ['utf32', utf32],
  ['bigendianutf32', bigEndianUtf32],
  ['latin1', latin1],
]);

/** An -Encoding argument: an encoding object, a transformation name, a code page or an encoding name. */
export function toEncoding(value: unknown): TextEncoding {
  if (value instanceof TextEncoding) return value;
  const text = toPSString(value);
  const named = parameterNames.get(text.toLowerCase());
  if (named) return named;
  if (/^\d+$/.test(text)) return encodingByCodePage(Number(text));
  return encodingByName(text);
}

/**
 * pwsh's ArgumentToEncodingTransformationAttribute on the cmdlets' -Encoding: a name (theirs or
 * .NET's) or a code page becomes the encoding, failing as GetEncoding fails; any other value is
 * left for the binder to convert.
 */
export function encodingArgumentTransformation(value: unknown): unknown {
  const base = baseObject(value);
  if (typeof base === 'string') return parameterNames.get(base.toLowerCase()) ?? encodingByName(base);
  if (typeof base === 'number' && Number.isInteger(base)) return encodingByCodePage(base);
  return value;
}

/**
 * The `index, count` part of an overload, checked as .NET checks it: an array's range error
 * names the array, a string's names the index.
 */
function slice<T extends { length: number; slice(start: number, end: number): T }>(items: T | null, index: number, count: number, name: string): T {
  const checked = notNull(items, name);
  if (index < 0 || count < 0) throw argumentException('System.ArgumentOutOfRangeException', 'Non-negative number required.', index < 0 ? 'index' : 'count');
  if (checked.length - index < count) {
    if (typeof checked === 'string') throw argumentException('System.ArgumentOutOfRangeException', 'Index and count must refer to a location within the string.', 'index');
    throw argumentException('System.ArgumentOutOfRangeException', 'Index and count must refer to a location within the buffer.', name);
  }
  return checked.slice(index, index + count);
}

const charsText = (chars: Char[]) => chars.map(String).join('');
const textChars = (text: string) => Array.from(text, (_, i) => new Char(text.charCodeAt(i)));

registerNativeType('System.Text.Encoding', ['System.Object'], { isInstance: (value) => value instanceof TextEncoding, convertFrom: toEncoding });
// Every class an encoding can be, so that GetType() finds it (the sealed and Latin-1 ones are
// private to .NET, but psh has no way to hide a type from type literals).
for (const encoding of [utf8, ascii, latin1, unicode, utf32]) {
  const [className, ...baseTypeNames] = encoding[psTypeNames];
  registerNativeType(className!, baseTypeNames);
}
for (const className of ['System.Text.UTF8Encoding', 'System.Text.ASCIIEncoding', 'System.Text.Latin1Encoding']) {
  registerNativeType(className, ['System.Text.Encoding', 'System.Object']);
}

defineType({
  fullName: 'System.Text.Encoding',
  // In .NET's declaration order, which is the order of the default list pwsh shows an encoding in.
  properties: {
    // A span, which pwsh cannot read: its list shows the value empty.
    Preamble: { type: 'System.ReadOnlySpan[byte]', get: () => { throw byRefLikeProperty('Preamble', 'System.ReadOnlySpan`1[System.Byte]'); } },
    BodyName: { type: 'string', get: (encoding: TextEncoding) => encoding.identity.webName },
    EncodingName: { type: 'string', get: (encoding: TextEncoding) => encoding.identity.encodingName },
    HeaderName: { type: 'string', get: (encoding: TextEncoding) => encoding.identity.webName },
    WebName: { type: 'string', get: (encoding: TextEncoding) => encoding.identity.webName },
    WindowsCodePage: { type: 'int', get: (encoding: TextEncoding) => encoding.identity.windowsCodePage },
    IsBrowserDisplay: { type: 'bool', get: (encoding: TextEncoding) => encoding.identity.browser.display },
    IsBrowserSave: { type: 'bool', get: (encoding: TextEncoding) => encoding.identity.browser.save },
    IsMailNewsDisplay: { type: 'bool', get: (encoding: TextEncoding) => encoding.identity.mailNews.display },
    IsMailNewsSave: { type: 'bool', get: (encoding: TextEncoding) => encoding.identity.mailNews.save },
    IsSingleByte: { type: 'bool', get: (encoding: TextEncoding) => encoding.isSingleByte },
    // psh's encodings replace what they cannot encode or decode, as .NET's built-in ones do.
    EncoderFallback: { type: 'System.Text.EncoderFallback', get: () => encoderReplacementFallback },
    DecoderFallback: { type: 'System.Text.DecoderFallback', get: () => decoderReplacementFallback },
    IsReadOnly: { type: 'bool', get: () => true },
    CodePage: { type: 'int', get: (encoding: TextEncoding) => encoding.identity.codePage },
  },
  staticProperties: {
    ASCII: { type: 'System.Text.Encoding', get: () => ascii },
    BigEndianUnicode: { type: 'System.Text.Encoding', get: () => bigEndianUnicode },
    Default: { type: 'System.Text.Encoding', get: () => utf8NoBom },
    Latin1: { type: 'System.Text.Encoding', get: () => latin1 },
    Unicode: { type: 'System.Text.Encoding', get: () => unicode },
    UTF32: { type: 'System.Text.Encoding', get: () => utf32 },
    UTF8: { type: 'System.Text.Encoding', get: () => utf8 },
  },
  methods: [
    ['byte[] GetPreamble()', (encoding: TextEncoding) => encoding.preamble.slice()],
    ['byte[] GetBytes(string s)', (encoding: TextEncoding, [text]: [string | null]) => encoding.encode(notNull(text, 's'))],
    ['byte[] GetBytes(char[] chars)', (encoding: TextEncoding, [chars]: [Char[] | null]) => encoding.encode(charsText(notNull(chars, 'chars')))],
    ['byte[] GetBytes(char[] chars, int index, int count)', (encoding: TextEncoding, [chars, index, count]: [Char[] | null, number, number]) =>
      encoding.encode(charsText(slice(chars, index, count, 'chars')))],
    ['byte[] GetBytes(string s, int index, int count)', (encoding: TextEncoding, [text, index, count]: [string | null, number, number]) =>
      encoding.encode(slice(text, index, count, 's'))],
    ['int GetByteCount(string s)', (encoding: TextEncoding, [text]: [string | null]) => encoding.encode(notNull(text, 's')).length],
    ['int GetByteCount(char[] chars)', (encoding: TextEncoding, [chars]: [Char[] | null]) => encoding.encode(charsText(notNull(chars, 'chars'))).length],
    ['string GetString(byte[] bytes)', (encoding: TextEncoding, [bytes]: [Uint8Array | null]) => encoding.getString(notNull(bytes, 'bytes'))],
    ['string GetString(byte[] bytes, int index, int count)', (encoding: TextEncoding, [bytes, index, count]: [Uint8Array | null, number, number]) =>
      encoding.getString(slice(bytes, index, count, 'bytes'))],
    ['char[] GetChars(byte[] bytes)', (encoding: TextEncoding, [bytes]: [Uint8Array | null]) => textChars(encoding.getString(notNull(bytes, 'bytes')))],
    ['int GetCharCount(byte[] bytes)', (encoding: TextEncoding, [bytes]: [Uint8Array | null]) => encoding.getString(notNull(bytes, 'bytes')).length],
    ['static System.Text.Encoding GetEncoding(int codepage)', (_type, [codePage]: [number]) => encodingByCodePage(codePage)],
    ['static System.Text.Encoding GetEncoding(string name)', (_type, [name]: [string | null]) => encodingByName(name)],
    ['static byte[] Convert(System.Text.Encoding srcEncoding, System.Text.Encoding dstEncoding, byte[] bytes)', (_type, [source, target, bytes]: [TextEncoding | null, TextEncoding | null, Uint8Array | null]) =>
      notNull(target, 'dstEncoding').encode(notNull(source, 'srcEncoding').getString(notNull(bytes, 'bytes')))],
  ],
});

defineType({
  fullName: 'System.Text.UTF8Encoding',
  constructors: [
    ['System.Text.UTF8Encoding new()', () => new TextEncoding('utf8', none)],
    ['System.Text.UTF8Encoding new(bool encoderShouldEmitUTF8Identifier)', (_type, [withMark]: [boolean]) => new TextEncoding('utf8', withMark ? utf8Mark : none)],
  ],
});

defineType({
  fullName: 'System.Text.UnicodeEncoding',
  constructors: [
    ['System.Text.UnicodeEncoding new()', () => new TextEncoding('utf16le', utf16LeMark)],
    ['System.Text.UnicodeEncoding new(bool bigEndian, bool byteOrderMark)', (_type, [bigEndian, withMark]: [boolean, boolean]) =>
      new TextEncoding(bigEndian ? 'utf16be' : 'utf16le', withMark ? (bigEndian ? utf16BeMark : utf16LeMark) : none)],
  ],
});

defineType({
  fullName: 'System.Text.UTF32Encoding',
  constructors: [
    ['System.Text.UTF32Encoding new()', () => new TextEncoding('utf32le', utf32LeMark)],
    ['System.Text.UTF32Encoding new(bool bigEndian, bool byteOrderMark)', (_type, [bigEndian, withMark]: [boolean, boolean]) =>
      new TextEncoding(bigEndian ? 'utf32be' : 'utf32le', withMark ? (bigEndian ? utf32BeMark : utf32LeMark) : none)],
  ],
});

defineType({
  fullName: 'System.Text.ASCIIEncoding',
  constructors: [['System.Text.ASCIIEncoding new()', () => new TextEncoding('ascii', none)]],
});
