/**
 * What Invoke-WebRequest writes: Microsoft.PowerShell.Commands.WebResponseObject for a binary
 * body, and BasicHtmlWebResponseObject for text (its Content decoded, with pwsh 7's basic HTML
 * parsing for Links, Images and InputFields), each with PowerShellCore.format.ps1xml's list view.
 */
import { defineType } from '../../engine/dotnet/member-table.js';
import { toEncoding, type TextEncoding } from '../../engine/dotnet/types/system-text-encoding.js';
import { registerNativeType } from '../../engine/dotnet/type-registration.js';
import { PSNoteProperty, PSObject, psTypeNames } from '../../engine/values/index.js';
import { engineViews } from '../../format/index.js';
import { decodeBody, isText, mediaType } from './content-type.js';
import { headerValues, headersDictionary, inDotNetOrder, stringDictionary, type ResponseHead } from './response-head.js';

const webResponseType = 'Microsoft.PowerShell.Commands.WebResponseObject';
const basicHtmlType = 'Microsoft.PowerShell.Commands.BasicHtmlWebResponseObject';

/** ContentHelper.GetRawContentHeader: the status line and the headers, then an empty line. */
function rawContentHeader(head: ResponseHead): string {
  const lines = [`HTTP/${head.version} ${head.status} ${head.reason}`, ...inDotNetOrder(head.headers).map(([name, value]) => `${name}: ${value}`)];
  return lines.join('\n') + '\n\n';
}

/** WebResponseObject.IsPrintable: what ToString keeps of the body read as ASCII (the rest becomes '.'). */
function asciiText(body: Uint8Array): string {
  let text = '';
  for (const byte of body) {
    const printable = byte < 0x80 && (byte >= 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d) && byte !== 0x7f;
    text += printable ? String.fromCharCode(byte) : '.';
  }
  return text;
}

export class WebResponseObject {
  readonly [psTypeNames]: readonly string[] = [webResponseType, 'System.Object'];
  relationLink: Map<string, string> | null = null;
  outFile: string | null = null;
  private headerDictionary: unknown;

  constructor(
    readonly head: ResponseHead,
    readonly body: Uint8Array,
  ) {}

  get headers(): unknown {
    return (this.headerDictionary ??= headersDictionary(this.head.headers));
  }

  get rawContent(): string {
    return rawContentHeader(this.head) + this.toString();
  }

  toString(): string {
    return asciiText(this.body);
  }
}

export class BasicHtmlWebResponseObject extends WebResponseObject {
  override readonly [psTypeNames]: readonly string[] = [basicHtmlType, webResponseType, 'System.Object'];
  readonly content: string;
  /** The encoding the content was decoded with (null when the body is not text). */
  readonly encoding: TextEncoding | null;
  private elements = new Map<string, PSObject[]>();

  constructor(head: ResponseHead, body: Uint8Array) {
    super(head, body);
    const contentType = headerValues(head.headers, 'Content-Type')[0];
    const decoded = isText(mediaType(contentType)) ? decodeBody(body, contentType) : undefined;
    this.content = decoded?.text ?? '';
    this.encoding = decoded ? encodingNamed(decoded.charset) : null;
  }

  override get rawContent(): string {
    return rawContentHeader(this.head) + this.content;
  }

  /** The elements one of pwsh's HtmlParser expressions finds, parsed once. */
  elementsOf(tagName: 'A' | 'IMG' | 'INPUT'): PSObject[] {
    let found = this.elements.get(tagName);
    if (!found) {
      found = [...this.content.matchAll(elementPatterns[tagName])].map((match) => htmlElement(match[0], tagName));
      this.elements.set(tagName, found);
    }
    return found;
  }

  override toString(): string {
    return this.content;
  }
}

/** Encoding.GetEncoding(name), or UTF-8 for a charset psh's encodings do not know. */
function encodingNamed(charset: string): TextEncoding {
  try {
    return toEncoding(charset);
  } catch {
    return toEncoding('utf-8');
  }
}

// BasicHtmlWebResponseObject.HtmlParser's expressions (Singleline, IgnoreCase).
const elementPatterns = {
  A: /<a\s+[^>]*(\/>|>[\s\S]*?<\/a>)/gi,
  IMG: /<img\s[^>]*?>/gi,
  INPUT: /<input\s+[^>]*(\/?>|>[\s\S]*?<\/input>)/gi,
};
const tagPattern = /<\w+((\s+[^"'>/=\s\p{Cc}]+(\s*=\s*(?:"[\s\S]*?"|'[\s\S]*?'|[^'">\s]+))?)+\s*|\s*)\/?>/iu;
const attributesPattern = /(?<=\s+)([^"'>/=\s\p{Cc}]+(\s*=\s*(?:"[\s\S]*?"|'[\s\S]*?'|[^'">\s]+))?)/giu;
const attributePattern = /([^"'>/=\s\p{Cc}]+)(?:\s*=\s*(?:"([\s\S]*?)"|'([\s\S]*?)'|([^'">\s]+)))?/iu;

/** CreateHtmlObject: outerHTML, tagName, then each attribute of the opening tag as a note property. */
function htmlElement(html: string, tagName: string): PSObject {
  const element = PSObject.customObject();
  element.members.add(new PSNoteProperty('outerHTML', html));
  element.members.add(new PSNoteProperty('tagName', tagName));
  const openingTag = tagPattern.exec(html)?.[0] ?? '';
  for (const attribute of openingTag.matchAll(attributesPattern)) {
    const parts = attributePattern.exec(attribute[0])!;
    const value = parts[2] ?? parts[3] ?? parts[4] ?? null;
    if (!element.members.get(parts[1]!)) element.members.add(new PSNoteProperty(parts[1]!, value));
  }
  return element;
}

registerNativeType(webResponseType, ['System.Object'], { isInstance: (value) => value instanceof WebResponseObject });
registerNativeType(basicHtmlType, [webResponseType, 'System.Object'], { isInstance: (value) => value instanceof BasicHtmlWebResponseObject });

const relationLink = (response: WebResponseObject) => (response.relationLink ? stringDictionary([...response.relationLink]) : null);

// .NET's declaration order (the derived class's own properties first), which Format-List * follows.
const responseProperties = {
  StatusCode: { type: 'int', get: (response: WebResponseObject) => response.head.status },
  StatusDescription: { type: 'string', get: (response: WebResponseObject) => response.head.reason },
  RawContentLength: { type: 'long', get: (response: WebResponseObject) => response.body.length },
  RawContent: { type: 'string', get: (response: WebResponseObject) => response.rawContent },
  Headers: { type: 'System.Collections.Generic.Dictionary[string,System.Collections.Generic.IEnumerable[string]]', get: (response: WebResponseObject) => response.headers },
  RelationLink: { type: 'System.Collections.Generic.Dictionary[string,string]', get: relationLink },
  OutFile: { type: 'string', get: (response: WebResponseObject) => response.outFile },
  BaseResponse: { type: 'System.Net.Http.HttpResponseMessage', get: (response: WebResponseObject) => response.head.message },
};

defineType({
  fullName: webResponseType,
  properties: {
    Content: { type: 'byte[]', get: (response: WebResponseObject) => [...response.body] },
    ...responseProperties,
  },
  methods: [['string ToString()', (response: WebResponseObject) => response.toString()]],
});

defineType({
  fullName: basicHtmlType,
  properties: {
    Content: { type: 'string', get: (response: BasicHtmlWebResponseObject) => response.content },
    Encoding: { type: 'System.Text.Encoding', get: (response: BasicHtmlWebResponseObject) => response.encoding },
    InputFields: { type: 'Microsoft.PowerShell.Commands.WebCmdletElementCollection', get: (response: BasicHtmlWebResponseObject) => response.elementsOf('INPUT') },
    Links: { type: 'Microsoft.PowerShell.Commands.WebCmdletElementCollection', get: (response: BasicHtmlWebResponseObject) => response.elementsOf('A') },
    Images: { type: 'Microsoft.PowerShell.Commands.WebCmdletElementCollection', get: (response: BasicHtmlWebResponseObject) => response.elementsOf('IMG') },
    ...responseProperties,
  },
  methods: [['string ToString()', (response: BasicHtmlWebResponseObject) => response.toString()]],
});

/** The view's script blocks: the first 200 characters, and '…' when there were that many. */
const first200 = (text: string) => (text.length >= 200 ? text.slice(0, 200) + '\u2026' : text);
const responseOf = (value: unknown) => (value instanceof PSObject ? value.baseObject : value) as WebResponseObject;

engineViews.register(basicHtmlType, {
  kind: 'list',
  items: [
    { value: 'StatusCode' },
    { value: 'StatusDescription' },
    { value: { label: 'Content', expression: (value) => first200((responseOf(value) as BasicHtmlWebResponseObject).content) } },
    { value: { label: 'RawContent', expression: (value) => first200(responseOf(value).rawContent) } },
    { value: 'Headers' },
    { value: 'Images' },
    { value: 'InputFields' },
    { value: 'Links' },
    { value: 'RawContentLength' },
    { value: 'RelationLink' },
  ],
});

engineViews.register(webResponseType, {
  kind: 'list',
  items: [
    { value: 'StatusCode' },
    { value: 'StatusDescription' },
    { value: 'Content' },
    { value: { label: 'RawContent', expression: (value) => first200(responseOf(value).rawContent) } },
    { value: 'Headers' },
    { value: 'RawContentLength' },
    { value: 'RelationLink' },
  ],
});
