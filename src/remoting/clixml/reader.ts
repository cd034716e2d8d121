/**
 * A strict, pull-style XML reader for CLIXML text (PSRP message bodies, Export-Clixml files): the
 * deserializer asks it for one child element or end tag at a time and builds values as it goes, so
 * no element tree is ever built.
 *
 * Why CLIXML does not use the general XML layer (src/remoting/xml, fast-xml-parser): speed.
 * CLIXML is a small, fixed vocabulary (unprefixed elements, a few attributes, text), and a
 * pipeline can carry tens of thousands of objects per second; fast-xml-parser plus the separate
 * well-formedness pass plus the tree conversion made a CLIXML round trip some fifty times slower
 * than this single pass. The SOAP envelopes around PSRP messages still go through the general layer.
 *
 * The reader accepts XML 1.0 with namespaces: elements, attributes (either quote), text, the five
 * predefined entities, character references, CDATA sections, comments, an XML declaration and a
 * leading byte-order mark. It refuses DOCTYPE and ENTITY declarations, other processing
 * instructions, mismatched or unclosed tags, text outside the root, several roots and characters
 * XML does not allow. Input is untrusted: every refusal is a ClixmlError, every loop moves forward
 * through the text (linear time; the only regular expressions are single character classes, which
 * cannot backtrack), and nesting uses no recursion.
 */
import { XML_NAMESPACE, type XmlAttribute } from '../xml/element.js';
import { ClixmlError } from './errors.js';

export interface ReadLimits {
  /** Largest accepted document, in bytes of its UTF-8 (or received) encoding. */
  readonly maxBytes: number;
  /** Deepest accepted element nesting; the root element is depth 1. */
  readonly maxDepth: number;
}

const xmlnsNamespace = 'http://www.w3.org/2000/xmlns/';

/**
 * The text of a document within the size limit: a string as it is (less a byte-order mark), bytes
 * decoded as UTF-8 or, after a byte-order mark, UTF-16.
 */
export function documentText(input: string | Uint8Array, maxBytes: number): string {
  if (typeof input === 'string') {
    // A string takes at least one and at most three UTF-8 bytes per UTF-16 code unit: measure
    // only when the character count cannot decide.
    if (input.length > maxBytes) throw tooLarge(maxBytes);
    if (input.length * 3 > maxBytes && Buffer.byteLength(input, 'utf8') > maxBytes) throw tooLarge(maxBytes);
    return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  }
  if (input.byteLength > maxBytes) throw tooLarge(maxBytes);
  return decode(input);
}

/** The refusals that are the XML layer's: once one is thrown, the reader's state is spent. */
export function isXmlError(error: unknown): boolean {
  if (!(error instanceof ClixmlError)) return false;
  const kind = error.kind;
  return kind === 'Malformed' || kind === 'Doctype' || kind === 'TooDeep' || kind === 'TooLarge' || kind === 'Encoding';
}

/**
 * A document that declares entities is refused as such, even when an earlier error (typically a
 * reference to one of those entities) stopped the reading before it reached the declaration.
 */
export function asDoctypeError(error: unknown, text: string): unknown {
  if (error instanceof ClixmlError && error.kind === 'Malformed' && (text.includes('<!DOCTYPE') || text.includes('<!ENTITY'))) return doctype();
  return error;
}

/** DTDs are the door to entity expansion and external entities: never accepted. */
function doctype(): ClixmlError {
  return new ClixmlError('Doctype', 'DOCTYPE and ENTITY declarations are not allowed.');
}

function decode(input: Uint8Array): string {
  try {
    // The decoders drop the byte-order mark they are chosen by.
    if (input[0] === 0xff && input[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(input);
    if (input[0] === 0xfe && input[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(input);
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    throw new ClixmlError('Encoding', 'The XML document is not valid UTF-8 or UTF-16.');
  }
}

function tooLarge(maxBytes: number): ClixmlError {
  return new ClixmlError('TooLarge', `The XML document is larger than the limit of ${maxBytes} bytes.`);
}

/**
 * Reads a document element by element. The reader always stands at the start tag last read (the
 * current element: `local`, `ns`, `prefix`, its attributes) or just after an end tag:
 *
 *     reader.readRoot();                       // the root's start tag
 *     while (reader.nextChild()) { ... }       // each child's start tag; false at the end tag
 *     reader.end();                            // nothing but comments and whitespace after the root
 *
 * `text` is the character data read on the way to that tag (references resolved, CDATA and
 * comments joined), which is how an element's text content or the whitespace between its children
 * is seen. Any refusal is a ClixmlError, after which the reader must not be used again.
 */
export class ClixmlReader {
  /** The current element's local name: for CLIXML's own names, that very (internalized) string constant. */
  local = '';
  /** The current element's namespace ('' for none). */
  ns = '';
  /** The current element's prefix ('' for none). */
  prefix = '';
  /** Where the current element's start tag begins (its '<'). */
  start = 0;
  /** Character data read before the tag last read. */
  text = '';
  /** The text of the child nextPlainChild read last. */
  content = '';
  /** Whether that child's text, or its N attribute, holds a '_': only then can it hold a CLIXML _xHHHH_ escape. */
  plainContentMayBeEncoded = false;
  plainNameMayBeEncoded = false;

  private pos = 0;
  /** Qualified names of the open elements (the current one included, until its end tag). */
  private readonly openNames: string[] = [];
  /** Where each open element's name starts in the text: end tags are compared with it code unit by code unit. */
  private readonly openNameStarts: number[] = [];
  /** The current element was written `<X/>`: the next nextChild() closes it without reading. */
  private selfClosed = false;
  /** The current start tag's attributes other than namespace declarations, as written: reused arrays with their own count. */
  private readonly attributeNames: string[] = [];
  private readonly attributeValues: string[] = [];
  private attributeCount = 0;
  /** Undo logs of the open elements that declare namespaces, with their depths (most elements declare none). */
  private readonly openUndo: { readonly depth: number; readonly undo: string[] }[] = [];
  /** Prefix -> namespace in scope; '' is the default namespace. Elements undo their own declarations. */
  private bindings: Map<string, string> | undefined;
  private defaultNamespace = '';
  /** Set by name(): where the prefix ends, or -1. */
  private colon = -1;
  private rootRead = false;
  /** Where the end tag last read begins (its '<'). */
  private lastEndTagStart = 0;
  /**
   * The text's UTF-16 code units, then zeros: the scanning loops read these rather than
   * charCodeAt, which costs several times more per character. A zero stops every loop at the
   * end of the text, where the loop's own end-of-text check takes over.
   */
  private readonly codes: Uint16Array;
  /** The same code units two at a time (pair n is code units 2n and 2n + 1), for comparing remembered contents. */
  private readonly codePairs: Uint32Array;
  private readonly codeUnitBuffer: CodeUnitBuffer;

  constructor(
    private readonly source: string,
    private readonly maxDepth: number,
  ) {
    this.codeUnitBuffer = codeUnitsOf(source);
    this.codes = this.codeUnitBuffer.codes;
    this.codePairs = this.codeUnitBuffer.pairs;
  }

  /** Hands the code unit buffer on to the next reader; this reader must not be used again. */
  release(): void {
    if (this.codes.length <= maxSpareCodeUnits) spareCodeUnits = this.codeUnitBuffer;
  }

  /** Open elements, the current one included. */
  get depth(): number {
    return this.openNames.length;
  }

  /** Reads up to the root element's start tag: an XML declaration, comments and whitespace may come first. */
  readRoot(): void {
    const source = this.source;
    // (startsWith only after a look at one character: on text joined from pieces it takes a slow path.)
    if (source.charCodeAt(1) === 0x3f /* ? */ && source.startsWith('<?xml') && isWhitespace(source.charCodeAt(5))) this.declaration();
    this.outsideRoot();
    if (this.pos >= source.length) this.fail('there is no root element');
    this.rootRead = true;
    this.startTag();
  }

  /**
   * Inside the current element: reads on to its next child's start tag (true: that child is now
   * the current element) or to its end tag (false: the element is closed).
   */
  nextChild(): boolean {
    if (this.selfClosed) {
      this.selfClosed = false;
      this.text = '';
      this.close();
      return false;
    }
    const source = this.source;
    const codes = this.codes;
    let text = '';
    for (;;) {
      if (codes[this.pos] !== 0x3c /* < */) {
        if (this.pos >= source.length) this.fail(`the document ends inside <${this.openNames[this.openNames.length - 1]}>`);
        text = text === '' ? this.characterData() : text + this.characterData();
        continue;
      }
      const next = codes[this.pos + 1];
      if (next === 0x2f /* / */) {
        this.text = text;
        this.endTag();
        return false;
      }
      if (next === 0x21 /* ! */) {
        if (source.startsWith('<!--', this.pos)) this.comment();
        else if (source.startsWith('<![CDATA[', this.pos)) text += this.cdata();
        else this.declarationMarkup();
      } else if (next === 0x3f /* ? */) this.fail('processing instructions are not accepted');
      else {
        this.text = text;
        this.startTag();
        return true;
      }
    }
  }

  /**
   * Reads the next child whole when it is written plainly, as PowerShell writes most values:
   * `<Tag>text</Tag>` or `<Tag N="name">text</Tag>`, Tag one of `tags`, right after the last tag,
   * short, with no references, line ends or other characters to look at in name or text. Then
   * the child's name, namespace and attributes are as nextChild leaves them, its text is
   * `content`, and the reader stands after its end tag: returns what `tags` holds for the tag.
   * Otherwise nothing is read (undefined).
   */
  nextPlainChild<T>(tags: KnownNameMap<T>): T | undefined {
    const codes = this.codes;
    const start = this.pos;
    if (this.selfClosed || codes[start] !== 0x3c /* < */ || this.openNames.length >= this.maxDepth) return undefined;
    const nameFrom = start + 1;
    let i = nameFrom;
    let code = codes[i]!;
    if ((codeClasses[code]! & nameStart) === 0) return undefined;
    while ((codeClasses[code]! & (nameStart | nameOther)) !== 0) code = codes[++i]!;
    const nameEnd = i;
    const id = knownNameId(codes, nameFrom, nameEnd);
    if (id < 0) return undefined;
    const meaning = tags.byId[id];
    if (meaning === undefined) return undefined;
    let name: string | undefined;
    if (code === 0x20 /* space */) {
      if (clixmlAttributeAt(codes, i + 1) !== 'N') return undefined;
      const valueStart = i + 4;
      i = scanPlain(codes, valueStart, plainAttribute | withoutUnderscore);
      this.plainNameMayBeEncoded = codes[i] === 0x5f; /* _ */
      if (this.plainNameMayBeEncoded) i = scanPlain(codes, i, plainAttribute);
      if (codes[i] !== 0x22 /* " */) return undefined;
      name = this.source.slice(valueStart, i);
      code = codes[++i]!;
    }
    if (code !== 0x3e /* > */) return undefined;
    const textStart = i + 1;
    i = scanPlain(codes, textStart, plainText | withoutUnderscore);
    this.plainContentMayBeEncoded = codes[i] === 0x5f;
    if (this.plainContentMayBeEncoded) i = scanPlain(codes, i, plainText);
    const length = nameEnd - nameFrom;
    if (!this.isEndTagAt(i, nameFrom, length)) return undefined;
    this.content = i === textStart ? '' : this.source.slice(textStart, i);
    this.pos = i + 3 + length;
    this.start = start;
    this.text = '';
    this.local = knownNameList[id]!;
    this.prefix = '';
    this.ns = this.defaultNamespace;
    if (name === undefined) {
      this.attributeCount = 0;
      this.plainNameMayBeEncoded = false;
    } else {
      this.attributeNames[0] = 'N';
      this.attributeValues[0] = name;
      this.attributeCount = 1;
    }
    return meaning;
  }

  /**
   * The text of the current element, reading through its end tag; undefined when a child element
   * starts instead (that child is then the current element).
   */
  textContent(): string | undefined {
    if (!this.selfClosed) {
      // Most values are a short run of plain text right up to the element's own end tag: read
      // those in one loop; anything else (references, CDATA, line ends, long text) goes the
      // general way, from the same place.
      const codes = this.codes;
      const from = this.pos;
      const loopEnd = from + 64;
      let i = from;
      let code = codes[i]!;
      while (i < loopEnd && (codeClasses[code]! & plainText) !== 0) code = codes[++i]!;
      const top = this.openNames.length - 1;
      const length = this.openNames[top]!.length;
      if (this.isEndTagAt(i, this.openNameStarts[top]!, length)) {
        const text = i === from ? '' : this.source.slice(from, i);
        this.text = text;
        this.pos = i + 3 + length;
        this.close();
        return text;
      }
    }
    return this.nextChild() ? undefined : this.text;
  }

  /** Where the reader stands in the text: right after a start tag, where that element's content begins. */
  get offset(): number {
    return this.pos;
  }

  /**
   * The value remembered for the current element's content, if that content (its text up to the
   * end tag) is exactly one remembered earlier in the same default namespace: then the reader has
   * moved past the element's end tag without reading the content again, which was well-formed and
   * meant the same then (see remember).
   */
  recall<T>(contents: RememberedContents<T>): T | undefined {
    if (this.selfClosed || this.prefix !== '' || this.openNames.length >= this.maxDepth) return undefined;
    const endTag = contents.endTag(this.local);
    const source = this.source;
    const from = this.pos;
    // The contents recalled last are compared in place first: the same few recur, and a comparison
    // usually tells one from another within a few characters. Then those of the length up to the
    // next end tag of that name.
    for (const candidate of contents.recent) {
      if (this.isContentHere(candidate, from) && this.isTextHere(endTag, from + candidate.content.length)) return this.recalled(contents, candidate, endTag);
    }
    const end = source.indexOf(endTag, from);
    const candidates = end < 0 ? undefined : contents.byLength.get(end - from);
    if (candidates !== undefined) for (const candidate of candidates) if (this.isContentHere(candidate, from)) return this.recalled(contents, candidate, endTag);
    return undefined;
  }

  private isContentHere<T>(candidate: RememberedContent<T>, from: number): boolean {
    const content = candidate.content;
    const length = content.length;
    if (candidate.defaultNamespace !== this.defaultNamespace || from + length > this.source.length) return false;
    // Two code units at a time, from where the text's pairs start: the native comparison of
    // strings (startsWith) takes a slow path for text joined from pieces, which the serializer's is.
    const codes = this.codes;
    const single = from & 1;
    if (single === 1 && codes[from] !== content[0]) return false;
    const pairs = single === 0 ? candidate.pairsFromEven : candidate.pairsFromOdd;
    const codePairs = this.codePairs;
    const pairFrom = (from + single) >> 1;
    const count = pairs.length;
    let k = 0;
    while (k < count && codePairs[pairFrom + k] === pairs[k]) k++;
    if (k < count) return false;
    // At most one code unit is left over.
    const compared = single + 2 * count;
    return compared === length || codes[from + compared] === content[compared];
  }

  /** Whether `</name>` stands at `at`, the name being the `length` code units at `nameStart`. */
  private isEndTagAt(at: number, nameStart: number, length: number): boolean {
    const codes = this.codes;
    if (codes[at] !== 0x3c /* < */ || codes[at + 1] !== 0x2f /* / */ || codes[at + 2 + length] !== 0x3e /* > */) return false;
    for (let k = 0; k < length; k++) if (codes[at + 2 + k] !== codes[nameStart + k]) return false;
    return true;
  }

  private isTextHere(text: string, at: number): boolean {
    const codes = this.codes;
    for (let k = 0; k < text.length; k++) if (codes[at + k] !== text.charCodeAt(k)) return false;
    return true;
  }

  /** Moves past the content and end tag of the current element, which is `candidate`'s content. */
  private recalled<T>(contents: RememberedContents<T>, candidate: RememberedContent<T>, endTag: string): T {
    contents.used(candidate);
    this.text = '';
    this.pos += candidate.content.length + endTag.length;
    this.close();
    return candidate.value;
  }

  /**
   * Remembers the value `meaning` gives for the content of the element just closed, which began
   * at `contentStart` (offset, read right after its start tag) and held only elements without
   * children, text and whitespace. Content with a prefix is not remembered (a prefix depends on
   * the declarations around it), so the same text recalled elsewhere means the same in the same
   * default namespace. The value must hold no slice of this document (see detached).
   */
  remember<T>(contents: RememberedContents<T>, contentStart: number, meaning: () => T): void {
    const length = this.lastEndTagStart - contentStart;
    if (length <= 0 || length > maxRememberedLength) return;
    const content = this.codes.slice(contentStart, this.lastEndTagStart);
    if (content.includes(0x3a /* : */)) return;
    const pairsFromEven = codePairsOf(content);
    const pairsFromOdd = codePairsOf(content.slice(1));
    contents.add({ content, pairsFromEven, pairsFromOdd, defaultNamespace: this.defaultNamespace, value: meaning() });
  }

  /** Reads through the end tag of the current element, whatever it holds. */
  skipElement(): void {
    for (let open = 1; open > 0; ) open += this.nextChild() ? 1 : -1;
  }

  /** After the root element: only comments and whitespace may follow. */
  end(): void {
    this.outsideRoot();
  }

  /** After a refusal of the value rather than of the XML: reads the rest, so that broken XML is reported as such. */
  readToEnd(): void {
    while (this.openNames.length > 0) this.nextChild();
    if (this.rootRead) this.end();
  }

  /** The value of the current element's unprefixed attribute `name`, or undefined. */
  attribute(name: string): string | undefined {
    for (let i = 0; i < this.attributeCount; i++) if (this.attributeNames[i] === name) return this.attributeValues[i];
    return undefined;
  }

  /** The current element's attributes, namespaces resolved. */
  attributes(): XmlAttribute[] {
    const attributes: XmlAttribute[] = [];
    for (let i = 0; i < this.attributeCount; i++) {
      const name = this.attributeNames[i]!;
      const colon = name.indexOf(':');
      const value = this.attributeValues[i]!;
      if (colon < 0) attributes.push({ ns: '', prefix: '', local: name, value });
      else {
        const prefix = name.slice(0, colon);
        const local = name.slice(colon + 1);
        attributes.push({ ns: this.resolve(prefix, local), prefix, local, value });
      }
    }
    return attributes;
  }

  private fail(reason: string): never {
    // Reasons quote names from the document, which can be most of a hostile document.
    const shown = reason.length > 200 ? `${reason.slice(0, 200)}...` : reason;
    throw new ClixmlError('Malformed', `The XML document is not well-formed: ${shown} (at character ${this.pos}).`);
  }

  /** Before and after the root: whitespace and comments, up to the root's start tag or the end of the text. */
  private outsideRoot(): void {
    const source = this.source;
    while (this.pos < source.length) {
      const code = source.charCodeAt(this.pos);
      if (isWhitespace(code)) this.pos++;
      else if (code !== 0x3c) this.fail('text is not allowed outside the root element');
      else if (source.charCodeAt(this.pos + 1) === 0x21 /* ! */) {
        if (source.startsWith('<!--', this.pos)) this.comment();
        else this.declarationMarkup();
      }
      else if (source.charCodeAt(this.pos + 1) === 0x3f /* ? */) this.fail('processing instructions are not accepted');
      else if (this.rootRead) this.fail('a document has exactly one root element');
      else return;
    }
  }

  /** `<!` that starts neither a comment nor a CDATA section: a DTD, or nothing XML knows. */
  private declarationMarkup(): never {
    if (this.source.startsWith('<!DOCTYPE', this.pos) || this.source.startsWith('<!ENTITY', this.pos)) throw doctype();
    return this.fail("'<!' starts neither a comment nor a CDATA section");
  }
  /** `<?xml version="1.0" encoding="..." standalone="..."?>` at the very start. */
  private declaration(): void {
    const end = this.source.indexOf('?>', 5);
    if (end < 0) this.fail('the XML declaration is not closed');
    this.pos = 5;
    let seen = 0;
    const order = ['version', 'encoding', 'standalone'];
    while (this.skipWhitespace() < end) {
      const name = this.name();
      const index = order.indexOf(name);
      if (index < seen || (seen === 0 && index !== 0)) this.fail(`'${name}' is not expected in the XML declaration`);
      seen = index + 1;
      this.skipWhitespace();
      if (this.source.charCodeAt(this.pos) !== 0x3d /* = */) this.fail("'=' expected in the XML declaration");
      this.pos++;
      this.skipWhitespace();
      const quote = this.source.charCodeAt(this.pos);
      if (quote !== 0x22 && quote !== 0x27) this.fail('a quoted value is expected in the XML declaration');
      const close = this.source.indexOf(String.fromCharCode(quote), this.pos + 1);
      if (close < 0 || close > end) this.fail('a value in the XML declaration is not closed');
      for (let i = this.pos + 1; i < close; i++) if (!isDeclarationValueChar(this.source.charCodeAt(i))) this.fail('invalid character in the XML declaration');
      this.pos = close + 1;
      if (this.pos < end && !isWhitespace(this.source.charCodeAt(this.pos))) this.fail('whitespace is expected between declaration values');
    }
    if (seen === 0) this.fail('the XML declaration has no version');
    this.pos = end + 2;
  }

  private skipWhitespace(): number {
    const codes = this.codes;
    while (isWhitespace(codes[this.pos]!)) this.pos++;
    return this.pos;
  }

  private comment(): void {
    const start = this.pos + 4;
    const end = this.source.indexOf('-->', start);
    if (end < 0) this.fail('a comment is not closed');
    // '--' may not occur inside a comment, nor may the comment end with '-'.
    if (this.source.indexOf('--', start) !== end) this.fail("'--' is not allowed inside a comment");
    this.checkCharacters(start, end);
    this.pos = end + 3;
  }

  private cdata(): string {
    const start = this.pos + 9;
    const end = this.source.indexOf(']]>', start);
    if (end < 0) this.fail('a CDATA section is not closed');
    this.checkCharacters(start, end);
    this.pos = end + 3;
    return normaliseLineEnds(this.source.slice(start, end));
  }

  /** Refuses characters XML does not allow anywhere (the check character data does inline). */
  private checkCharacters(from: number, to: number): void {
    const text = this.source;
    for (let i = from; i < to; ) {
      const code = text.charCodeAt(i);
      if (code >= 0x20 && code < 0xd800) i++;
      else i = this.otherCharacter(code, i);
    }
  }

  /** Past a character outside the fast range [#x20, #xD800): tab, line ends, surrogate pairs, the rest of the BMP. */
  private otherCharacter(code: number, at: number): number {
    if (code === 0x09 || code === 0x0a || code === 0x0d) return at + 1;
    if (code >= 0xd800 && code <= 0xdbff) {
      const low = this.source.charCodeAt(at + 1);
      if (low >= 0xdc00 && low <= 0xdfff) return at + 2;
    } else if (code >= 0xe000 && code <= 0xfffd) return at + 1;
    this.pos = at;
    return this.fail(`the character U+${code.toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`);
  }

  /** Text up to the next '<', references resolved and line ends normalised to '\n'. */
  private characterData(): string {
    const text = this.source;
    const codes = this.codes;
    let value = '';
    let start = this.pos;
    let i = start;
    for (;;) {
      // Short runs of plain text (most CLIXML values) in a loop; longer ones by the native search.
      const loopEnd = i + 32;
      let code = codes[i]!;
      while (i < loopEnd && (codeClasses[code]! & plainText) !== 0) code = codes[++i]!;
      if (i === loopEnd) {
        textStop.lastIndex = i;
        i = textStop.test(text) ? textStop.lastIndex - 1 : text.length;
        code = text.charCodeAt(i);
      }
      if (code === 0x3c /* < */ || i >= text.length) break;
      if (code === 0x26 /* & */) {
        value += text.slice(start, i) + this.reference(i);
        i = start = this.pos;
      } else if (code === 0x5d /* ] */) {
        if (text.startsWith(']]>', i)) {
          this.pos = i;
          this.fail("']]>' is not allowed in text");
        }
        i++;
      } else if (code === 0x0d) {
        value += text.slice(start, i) + '\n';
        i = start = text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
      } else i = this.otherCharacter(code, i);
    }
    this.pos = i;
    return start === i ? value : value + text.slice(start, i);
  }

  /** `&name;` or `&#...;` at `at`; returns the character(s) and moves `pos` past the ';'. */
  private reference(at: number): string {
    const text = this.source;
    this.pos = at;
    if (text.charCodeAt(at + 1) === 0x23 /* # */) {
      const hex = text.charCodeAt(at + 2) === 0x78; /* x */
      let i = hex ? at + 3 : at + 2;
      const first = i;
      let code = 0;
      for (; ; i++) {
        const digit = digitValue(text.charCodeAt(i), hex);
        if (digit < 0) break;
        code = code * (hex ? 16 : 10) + digit;
        if (code > 0x10ffff) this.fail('a character reference is out of range');
      }
      if (i === first || text.charCodeAt(i) !== 0x3b /* ; */) this.fail('a character reference is malformed');
      if (!isXmlCharacter(code)) this.fail(`a character reference names U+${code.toString(16).toUpperCase()}, which XML does not allow`);
      this.pos = i + 1;
      return String.fromCodePoint(code);
    }
    const end = text.indexOf(';', at + 1);
    // The longest predefined entity name is four characters.
    const name = end > 0 && end - at <= 5 ? text.slice(at + 1, end) : '';
    const value = predefinedEntities[name];
    if (value === undefined) this.fail('only the predefined entities (&lt; &gt; &amp; &quot; &apos;) and character references are allowed');
    this.pos = end + 1;
    return value;
  }

  /**
   * A qualified name at `pos` (moving past it), checked against XML 1.0's Name and the
   * namespaces' QName productions; `colon` is left at the prefix's length, or -1.
   */
  private name(): string {
    const text = this.source;
    const codes = this.codes;
    const start = this.pos;
    let colon = -1;
    let i = start;
    for (;;) {
      const code = codes[i]!;
      const ascii = codeClasses[code]!;
      if ((ascii & nameStart) !== 0) i++;
      else if ((ascii & nameOther) !== 0 && i !== start + colon + 1) i++;
      else if (code === 0x3a /* : */) {
        if (colon >= 0 || i === start) break;
        colon = i - start;
        i++;
      } else if (code < 0x80) break;
      else {
        const pair = code >= 0xd800 && code <= 0xdbff;
        const point = pair ? (text.codePointAt(i) as number) : code;
        if (!(i === start + colon + 1 ? isNameStartCharacter(point) : isNameCharacter(point))) break;
        i += pair ? 2 : 1;
      }
    }
    this.pos = i;
    if (i === start) this.fail('a name is expected');
    if (colon === i - start - 1 || codes[i] === 0x3a) this.fail(`'${text.slice(start, i + 1)}' is not a valid qualified name`);
    this.colon = colon;
    return (colon < 0 && knownName(codes, start, i)) || text.slice(start, i);
  }

  private startTag(): void {
    const text = this.source;
    this.start = this.pos;
    this.pos++;
    const qname = this.name();
    const colon = this.colon;
    const attributeNames = this.attributeNames;
    const attributeValues = this.attributeValues;
    let attributeCount = 0;
    let undo: string[] | undefined;
    let prefixedAttributes = false;
    const codes = this.codes;
    for (;;) {
      const before = this.pos;
      // CLIXML's own attributes as PowerShell writes them (` N="`, ` RefId="`) skip the general
      // reading of the name and the '=' around it.
      let name = codes[before] === 0x20 ? clixmlAttributeAt(codes, before + 1) : undefined;
      let nameColon = -1;
      if (name !== undefined) this.pos = before + name.length + 2;
      else {
        const code = codes[this.skipWhitespace()];
        if (code === 0x3e /* > */ || (code === 0x2f /* / */ && codes[this.pos + 1] === 0x3e)) break;
        if (this.pos === before) this.fail(this.pos >= text.length ? `the start tag <${qname}> is not closed` : 'whitespace is expected before an attribute');
        name = this.name();
        nameColon = this.colon;
        if (codes[this.pos] !== 0x3d /* = */) {
          this.skipWhitespace();
          if (codes[this.pos] !== 0x3d) this.fail(`the attribute ${name} has no '=' and value`);
        }
        this.pos++;
        this.skipWhitespace();
      }
      const value = this.attributeValue();
      if (nameColon < 0 ? name === 'xmlns' : nameColon === 5 && name.startsWith('xmlns')) {
        undo = this.declare(nameColon < 0 ? '' : name.slice(6), value, undo ?? []);
        continue;
      }
      if (nameColon >= 0) prefixedAttributes = true;
      attributeNames[attributeCount] = name;
      attributeValues[attributeCount++] = value;
    }
    this.attributeCount = attributeCount;
    if (undo && undo.length > 2) this.refuseTwice(undo.filter((_, index) => index % 2 === 0), 'namespace prefix');
    // Prefixed attributes are resolved once all of this element's declarations are read.
    if (prefixedAttributes) {
      const names = this.attributes().map((attribute) => `${attribute.local}\0${attribute.ns}`);
      this.refuseDuplicateAttributes(names, names.length);
    } else if (attributeCount > 1) this.refuseDuplicateAttributes(attributeNames, attributeCount);

    this.selfClosed = text.charCodeAt(this.pos) === 0x2f;
    this.pos += this.selfClosed ? 2 : 1;
    if (colon < 0) {
      this.prefix = '';
      this.local = qname;
      this.ns = this.defaultNamespace;
    } else {
      this.prefix = qname.slice(0, colon);
      this.local = qname.slice(colon + 1);
      this.ns = this.resolve(this.prefix, this.local);
    }
    const depth = this.openNames.length + 1;
    if (depth > this.maxDepth) throw new ClixmlError('TooDeep', `The XML document nests elements deeper than the limit of ${this.maxDepth}.`);
    this.openNames.push(qname);
    this.openNameStarts.push(this.start + 1);
    if (undo) this.openUndo.push({ depth, undo });
  }

  private endTag(): void {
    const text = this.source;
    this.lastEndTagStart = this.pos;
    const qname = this.openNames[this.openNames.length - 1]!;
    // Compared here rather than by startsWith: names are short, and a call costs more than the loop.
    let i = this.pos + 2;
    const codes = this.codes;
    const nameStart = this.openNameStarts[this.openNameStarts.length - 1]!;
    for (let k = 0; k < qname.length; k++, i++) if (codes[i] !== codes[nameStart + k]) this.fail(`the end tag does not match <${qname}>`);
    this.pos = i;
    if (text.charCodeAt(i) !== 0x3e /* > */) {
      if (!isWhitespace(text.charCodeAt(i))) this.fail(`the end tag does not match <${qname}>`);
      if (text.charCodeAt(this.skipWhitespace()) !== 0x3e) this.fail(`the end tag of <${qname}> is not closed`);
    }
    this.pos++;
    this.close();
  }

  /** Closes the innermost open element, undoing its namespace declarations. */
  private close(): void {
    const depth = this.openNames.length;
    this.openNames.pop();
    this.openNameStarts.pop();
    // (Reading index -1 of an empty array would leave V8's fast path: test the length first.)
    const declaring = this.openUndo.length;
    if (declaring > 0 && this.openUndo[declaring - 1]!.depth === depth) this.restore(this.openUndo.pop()!.undo);
  }
  /** A quoted attribute value, references resolved and whitespace normalised as XML 1.0 (3.3.3) says. */
  private attributeValue(): string {
    const text = this.source;
    const codes = this.codes;
    const quote = codes[this.pos];
    if (quote !== 0x22 && quote !== 0x27) this.fail('an attribute value must be quoted');
    let value = '';
    let start = ++this.pos;
    let i = start;
    for (;;) {
      // As in characterData: short values (RefIds, names) in a loop, long ones by the native search.
      const loopEnd = i + 32;
      let code = codes[i]!;
      while (i < loopEnd && (codeClasses[code]! & plainAttribute) !== 0) code = codes[++i]!;
      if (i === loopEnd) {
        attributeStop.lastIndex = i;
        i = attributeStop.test(text) ? attributeStop.lastIndex - 1 : text.length;
        code = text.charCodeAt(i);
      }
      if (code === quote) break;
      if (i >= text.length) {
        this.pos = i;
        this.fail('an attribute value is not closed');
      }
      if (code === 0x22 || code === 0x27) i++;
      else if (code === 0x3c) {
        this.pos = i;
        this.fail("'<' is not allowed in an attribute value");
      } else if (code === 0x26) {
        value += text.slice(start, i) + this.reference(i);
        i = start = this.pos;
      } else if (code === 0x09 || code === 0x0a || code === 0x0d) {
        value += text.slice(start, i) + ' ';
        i = start = code === 0x0d && text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
      } else i = this.otherCharacter(code, i);
    }
    this.pos = i + 1;
    return start === i ? value : value + text.slice(start, i);
  }

  /** Binds `prefix` for the element being read; returns the undo log that restores the outer binding. */
  private declare(prefix: string, ns: string, undo: string[]): string[] {
    if (prefix === 'xmlns' || prefix === 'xml' || ns === XML_NAMESPACE || ns === xmlnsNamespace) {
      if (!(prefix === 'xml' && ns === XML_NAMESPACE)) this.fail(`the namespace declaration of '${prefix}' is reserved`);
    }
    if (prefix !== '' && ns === '') this.fail(`the namespace declaration of '${prefix}' is empty`);
    undo.push(prefix, this.bindings?.get(prefix) ?? '\0');
    this.bind(prefix, ns);
    return undo;
  }

  private restore(undo: string[]): void {
    for (let i = undo.length - 2; i >= 0; i -= 2) {
      const previous = undo[i + 1]!;
      if (previous !== '\0') this.bind(undo[i]!, previous);
      else {
        this.bindings!.delete(undo[i]!);
        if (undo[i] === '') this.defaultNamespace = '';
      }
    }
  }

  private bind(prefix: string, ns: string): void {
    (this.bindings ??= new Map()).set(prefix, ns);
    if (prefix === '') this.defaultNamespace = ns;
  }

  private resolve(prefix: string, local: string): string {
    // The xml prefix is bound in every document (and may only be declared to the same namespace).
    const ns = this.bindings?.get(prefix) ?? (prefix === 'xml' ? XML_NAMESPACE : undefined);
    if (ns === undefined) this.fail(`the prefix of '${prefix}:${local}' is not bound to a namespace`);
    return ns;
  }

  /**
   * Refuses an attribute written twice: the first `count` of `names` are the attributes' names, or
   * local name and namespace when any is prefixed.
   */
  private refuseDuplicateAttributes(names: readonly string[], count: number): void {
    if (count > 8) {
      this.refuseTwice(names.slice(0, count), 'attribute');
      return;
    }
    for (let i = 1; i < count; i++) {
      for (let j = 0; j < i; j++) if (names[i] === names[j]) this.fail(`the attribute ${names[i]!.split('\0')[0]} occurs twice`);
    }
  }

  /** Refuses a name occurring twice, with a set so that thousands of attributes stay linear. */
  private refuseTwice(names: readonly string[], what: string): void {
    const seen = new Set<string>();
    for (const name of names) {
      if (seen.has(name)) this.fail(`the ${what} ${name.split('\0')[0]} occurs twice`);
      seen.add(name);
    }
  }
}

/*
 * The characters that end a run of plain character data or attribute value: markup, references,
 * line ends, and everything the inline checks must look at (controls, surrogates, U+FFFE/U+FFFF).
 * A single character class cannot backtrack; for long runs the native search is several times
 * faster than a loop over charCodeAt.
 */
const textStop = /[<&\]\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/g;
const attributeStop = /["'<&\t\n\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/g;

/**
 * Classes of every UTF-16 code unit for the scanning loops, as bits: one table look-up, without
 * telling ASCII from the rest first. Beyond ASCII, the code units below the surrogates stand in
 * text and attribute values as they are; none is part of a name the fast paths read.
 */
const plainText = 1; // stands in character data as it is
const plainAttribute = 2; // stands in an attribute value as it is
const withoutUnderscore = 16; // not '_' (which may start a CLIXML _xHHHH_ escape): scanPlain stops only when all bits of its class are set
const nameStart = 4; // may start a name (ASCII letters and '_'; ':' is handled apart)
const nameOther = 8; // may follow in a name
const codeClasses = new Uint8Array(0x10000).fill(plainText | plainAttribute | withoutUnderscore, 0x80, 0xd800);
for (let code = 0x20; code < 0x80; code++) {
  const character = String.fromCharCode(code);
  codeClasses[code] =
    (character === '_' ? 0 : withoutUnderscore) |
    ('<&]'.includes(character) ? 0 : plainText) |
    ('<&"\''.includes(character) ? 0 : plainAttribute) |
    (/[A-Za-z_]/.test(character) ? nameStart : 0) |
    (/[0-9.-]/.test(character) ? nameOther : 0);
}

/**
 * Element contents read before, and what they meant to the caller (see ClixmlReader.recall): one
 * per kind of element whose content recurs from document to document, such as CLIXML's type name
 * lists. Bounded, since the contents come from the documents read.
 */
export class RememberedContents<T> {
  /** The contents remembered, by their length. */
  readonly byLength = new Map<number, RememberedContent<T>[]>();
  /** The contents remembered or recalled last, the latest first. */
  readonly recent: RememberedContent<T>[] = [];
  private count = 0;
  private endTagName = '';
  private endTagText = '';

  add(content: RememberedContent<T>): void {
    if (this.count >= maxRememberedContents) {
      this.byLength.clear();
      this.recent.length = 0;
      this.count = 0;
    }
    const sameLength = this.byLength.get(content.content.length);
    if (sameLength === undefined) this.byLength.set(content.content.length, [content]);
    else sameLength.push(content);
    this.count++;
    this.used(content);
  }

  /** Puts `content` first among the recent ones. */
  used(content: RememberedContent<T>): void {
    const recent = this.recent;
    if (recent[0] === content) return;
    const at = recent.indexOf(content);
    const last = at < 0 ? Math.min(recent.length, maxRecentContents - 1) : at;
    for (let i = last; i > 0; i--) recent[i] = recent[i - 1]!;
    recent[0] = content;
  }

  /** `</name>`, kept for the element name last asked for (one per cache, in practice). */
  endTag(name: string): string {
    if (name !== this.endTagName) {
      this.endTagName = name;
      this.endTagText = '</' + name + '>';
    }
    return this.endTagText;
  }
}

interface RememberedContent<T> {
  /** The content's code units (compared with the reader's code unit buffer). */
  readonly content: Uint16Array;
  /** Its code units in pairs as isContentHere compares them: from the first, and from the second (for text where it starts at an odd position). */
  readonly pairsFromEven: Uint32Array;
  readonly pairsFromOdd: Uint32Array;
  readonly defaultNamespace: string;
  readonly value: T;
}

/** Contents compared in place before the search by length. */
const maxRecentContents = 4;
const maxRememberedContents = 256;
const maxRememberedLength = 4096;

/**
 * A copy of `text` that holds no reference to the string it was cut from: a remembered slice
 * would otherwise keep its whole document alive.
 */
export function detached(text: string): string {
  // Text of single-byte characters stays single-byte, as the document's own text usually is:
  // comparing the two is cheaper then.
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return Buffer.from(text, 'utf16le').toString('utf16le');
  return Buffer.from(text, 'latin1').toString('latin1');
}

/** Zeros after the text's code units: enough for every look-ahead past the end. */
const codeUnitPadding = 4;
/** A code unit buffer, its code units in pairs, and a Buffer over the same memory to write text into it. */
interface CodeUnitBuffer {
  readonly codes: Uint16Array;
  readonly pairs: Uint32Array;
  readonly bytes: Buffer;
}

/** The whole pairs of `codes` (which start a buffer of their own): pair n is code units 2n and 2n + 1. */
function codePairsOf(codes: Uint16Array): Uint32Array {
  return new Uint32Array(codes.buffer, codes.byteOffset, codes.length >> 1);
}

/** The buffer a finished reader left; most documents fit the one before. */
let spareCodeUnits: CodeUnitBuffer | undefined;
/** Larger buffers are not kept once their document is read. */
const maxSpareCodeUnits = 1 << 20;
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function codeUnitsOf(text: string): CodeUnitBuffer {
  let buffer = spareCodeUnits;
  const needed = text.length + codeUnitPadding;
  if (buffer !== undefined && buffer.codes.length >= needed) spareCodeUnits = undefined;
  else {
    const codes = new Uint16Array(Math.max(needed, 4096));
    buffer = { codes, pairs: codePairsOf(codes), bytes: Buffer.from(codes.buffer, codes.byteOffset, codes.byteLength) };
  }
  // Node writes UTF-16 natively, far faster than a charCodeAt loop.
  buffer.bytes.write(text, 0, 'utf16le');
  if (!littleEndian) buffer.bytes.subarray(0, text.length * 2).swap16();
  // A loop: for the few code units of padding, the call to fill() costs more.
  for (let i = text.length; i < needed; i++) buffer.codes[i] = 0;
  return buffer;
}

/**
 * CLIXML's own names; a name's number is its index here. The reader returns these very strings
 * for the names it reads, rather than fresh copies: the deserializer compares names and looks them
 * up in maps for every element, which is much cheaper with the same (internalized) string.
 */
const knownNameList = [
  ...['Obj', 'Objs', 'Ref', 'Nil', 'TN', 'TNRef', 'T', 'ToString', 'Props', 'MS', 'LST', 'IE', 'STK', 'QUE', 'DCT', 'En'],
  ...['S', 'C', 'B', 'DT', 'TS', 'By', 'SB', 'U16', 'I16', 'U32', 'I32', 'U64', 'I64', 'Sg', 'Db', 'D', 'BA', 'G', 'URI', 'Version', 'XD', 'SBK', 'SS'],
  ...['N', 'RefId', 'xmlns'],
];
/** The known names' code units, by number. */
const knownNameCodes = knownNameList.map((name) => Uint16Array.from(name, (character) => character.charCodeAt(0)));
/** The numbers of the known names, by length and first character. */
const knownNameIds = Array.from({ length: 16 * 128 }, (): number[] | undefined => undefined);
knownNameList.forEach((name, id) => (knownNameIds[name.length * 128 + name.charCodeAt(0)] ??= []).push(id));

/** The number of the known name written from `start` to `end`, or -1. */
function knownNameId(codes: Uint16Array, start: number, end: number): number {
  const length = end - start;
  const first = codes[start]!;
  if (first >= 128 || length >= 16) return -1;
  const candidates = knownNameIds[length * 128 + first];
  if (candidates === undefined) return -1;
  for (let c = 0; c < candidates.length; c++) {
    const candidate = knownNameCodes[candidates[c]!]!;
    let k = 1;
    while (k < length && codes[start + k] === candidate[k]) k++;
    if (k === length) return candidates[c]!;
  }
  return -1;
}

function knownName(codes: Uint16Array, start: number, end: number): string | undefined {
  const id = knownNameId(codes, start, end);
  return id < 0 ? undefined : knownNameList[id];
}

/**
 * Values for some of CLIXML's own names (see nextPlainChild), found by the name's number rather
 * than by hashing the name.
 */
export class KnownNameMap<T> {
  /** The values by the names' numbers. */
  readonly byId: readonly (T | undefined)[];

  constructor(entries: ReadonlyMap<string, T>) {
    for (const name of entries.keys()) if (!knownNameList.includes(name)) throw new Error(`${name} is not one of CLIXML's own names`);
    this.byId = knownNameList.map((name) => entries.get(name));
  }
}

/**
 * Past the characters that have every bit of `kind` from `from`, or at most 64 of them: longer runs are left
 * to the general way (the caller finds no expected character there).
 */
function scanPlain(codes: Uint16Array, from: number, kind: number): number {
  const end = from + 64;
  let i = from;
  for (let code = codes[i]!; i < end && (codeClasses[code]! & kind) === kind; code = codes[++i]!);
  return i;
}

/** ` N="` or ` RefId="` at `at` (past the space): that attribute's name, the very constant knownName returns. */
function clixmlAttributeAt(codes: Uint16Array, at: number): string | undefined {
  const first = codes[at];
  if (first === 0x4e /* N */) return codes[at + 1] === 0x3d /* = */ && codes[at + 2] === 0x22 /* " */ ? 'N' : undefined;
  if (first !== 0x52 /* R */) return undefined;
  // efId=" after the R.
  return codes[at + 1] === 0x65 && codes[at + 2] === 0x66 && codes[at + 3] === 0x49 && codes[at + 4] === 0x64 && codes[at + 5] === 0x3d && codes[at + 6] === 0x22
    ? 'RefId'
    : undefined;
}

const predefinedEntities: Record<string, string | undefined> = Object.assign(Object.create(null) as Record<string, string>, {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
});

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function normaliseLineEnds(text: string): string {
  return text.includes('\r') ? text.replaceAll('\r\n', '\n').replaceAll('\r', '\n') : text;
}

function isXmlCharacter(code: number): boolean {
  return (
    code === 0x09 || code === 0x0a || code === 0x0d || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Version, encoding and standalone values: letters, digits and . _ - (XML 1.0 productions 26, 81, 32). */
function isDeclarationValueChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x2e || code === 0x5f || code === 0x2d;
}

function digitValue(code: number, hex: boolean): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (!hex) return -1;
  if (code >= 0x61 && code <= 0x66) return code - 0x57;
  if (code >= 0x41 && code <= 0x46) return code - 0x37;
  return -1;
}

/** XML 1.0 (fifth edition) NameStartChar beyond ASCII. */
function isNameStartCharacter(point: number): boolean {
  return (
    (point >= 0xc0 && point <= 0xd6) ||
    (point >= 0xd8 && point <= 0xf6) ||
    (point >= 0xf8 && point <= 0x2ff) ||
    (point >= 0x370 && point <= 0x37d) ||
    (point >= 0x37f && point <= 0x1fff) ||
    (point >= 0x200c && point <= 0x200d) ||
    (point >= 0x2070 && point <= 0x218f) ||
    (point >= 0x2c00 && point <= 0x2fef) ||
    (point >= 0x3001 && point <= 0xd7ff) ||
    (point >= 0xf900 && point <= 0xfdcf) ||
    (point >= 0xfdf0 && point <= 0xfffd) ||
    (point >= 0x10000 && point <= 0xeffff)
  );
}

/** XML 1.0 (fifth edition) NameChar beyond ASCII. */
function isNameCharacter(point: number): boolean {
  return isNameStartCharacter(point) || point === 0xb7 || (point >= 0x300 && point <= 0x36f) || (point >= 0x203f && point <= 0x2040);
}
