/**
 * A response's status line and headers, and pwsh's views of them: the Headers dictionary
 * (WebResponseHelper.GetHeadersDictionary: each name, case-insensitive, with all its values) and
 * a minimal HttpResponseMessage for BaseResponse.
 */
import { GenericDictionary, StringComparer } from '../../engine/dotnet/types/generic-collections.js';
import { PSObject } from '../../engine/values/index.js';
import { enumValue } from '../../engine/conversion/index.js';
import { defineEnum } from '../../engine/dotnet/enums.js';

export interface ResponseHead {
  status: number;
  reason: string;
  /** The HTTP version ('1.1'). */
  version: string;
  /** Names as the server spelled them, in order. */
  headers: [string, string][];
  /** The request's final URL (after redirects) and method. */
  url: string;
  method: string;
  message: PSObject;
}

const ignoreCase = new StringComparer('OrdinalIgnoreCase', true);

/** Content headers (HttpKnownHeaderNames.ContentHeaders): .NET keeps them on the content, apart from the message's. */
export const contentHeaderNames = new Set(['allow', 'content-disposition', 'content-encoding', 'content-language', 'content-length', 'content-location', 'content-md5', 'content-range', 'content-type', 'expires', 'last-modified']);

/** The headers as .NET lists them: the response's own, then its content's. */
export function inDotNetOrder(headers: readonly [string, string][]): [string, string][] {
  const isContent = ([name]: [string, string]) => contentHeaderNames.has(name.toLowerCase());
  return [...headers.filter((header) => !isContent(header)), ...headers.filter(isContent)];
}

export function headerValues(headers: readonly [string, string][], name: string): string[] {
  const lower = name.toLowerCase();
  return headers.filter(([key]) => key.toLowerCase() === lower).map(([, value]) => value);
}

/** Dictionary[string, IEnumerable[string]]: a name's values together, under its first spelling. */
export function headersDictionary(headers: readonly [string, string][]): GenericDictionary {
  const dictionary = new GenericDictionary('System.String', 'System.Collections.Generic.IEnumerable`1[System.String]', ignoreCase);
  for (const [name, value] of inDotNetOrder(headers)) {
    if (dictionary.has(name)) (dictionary.get(name) as string[]).push(value);
    else dictionary.set(name, [value]);
  }
  return dictionary;
}

/** Dictionary[string, string], case-insensitive (RelationLink). */
export function stringDictionary(entries: readonly [string, string][]): GenericDictionary {
  const dictionary = new GenericDictionary('System.String', 'System.String', ignoreCase);
  for (const [name, value] of entries) dictionary.set(name, value);
  return dictionary;
}

/** BaseResponse: HttpResponseMessage's members that scripts read. */
export function responseMessage(head: Omit<ResponseHead, 'message'>): PSObject {
  const message = new PSObject(undefined, ['System.Net.Http.HttpResponseMessage', 'System.Object']);
  message.addNoteProperty('Version', head.version);
  message.addNoteProperty('StatusCode', httpStatusCode(head.status));
  message.addNoteProperty('ReasonPhrase', head.reason);
  message.addNoteProperty('IsSuccessStatusCode', head.status >= 200 && head.status <= 299);
  const request = new PSObject(undefined, ['System.Net.Http.HttpRequestMessage', 'System.Object']);
  request.addNoteProperty('Method', head.method);
  request.addNoteProperty('RequestUri', head.url);
  message.addNoteProperty('RequestMessage', request);
  return message;
}

/** System.Net.HttpStatusCode, one name per value (the one .NET's ToString gives). */
const httpStatusCodeType = defineEnum('System.Net.HttpStatusCode', {
  Continue: 100, SwitchingProtocols: 101, Processing: 102, EarlyHints: 103,
  OK: 200, Created: 201, Accepted: 202, NonAuthoritativeInformation: 203, NoContent: 204, ResetContent: 205, PartialContent: 206, MultiStatus: 207, AlreadyReported: 208, IMUsed: 226,
  Ambiguous: 300, Moved: 301, Redirect: 302, RedirectMethod: 303, NotModified: 304, UseProxy: 305, Unused: 306, RedirectKeepVerb: 307, PermanentRedirect: 308,
  BadRequest: 400, Unauthorized: 401, PaymentRequired: 402, Forbidden: 403, NotFound: 404, MethodNotAllowed: 405, NotAcceptable: 406, ProxyAuthenticationRequired: 407,
  RequestTimeout: 408, Conflict: 409, Gone: 410, LengthRequired: 411, PreconditionFailed: 412, RequestEntityTooLarge: 413, RequestUriTooLong: 414, UnsupportedMediaType: 415,
  RequestedRangeNotSatisfiable: 416, ExpectationFailed: 417, MisdirectedRequest: 421, UnprocessableEntity: 422, Locked: 423, FailedDependency: 424, UpgradeRequired: 426,
  PreconditionRequired: 428, TooManyRequests: 429, RequestHeaderFieldsTooLarge: 431, UnavailableForLegalReasons: 451,
  InternalServerError: 500, NotImplemented: 501, BadGateway: 502, ServiceUnavailable: 503, GatewayTimeout: 504, HttpVersionNotSupported: 505, VariantAlsoNegotiates: 506,
  InsufficientStorage: 507, LoopDetected: 508, NotExtended: 510, NetworkAuthenticationRequired: 511,
});

/** The status as an HttpStatusCode value (an undefined code is its number, as a C# cast gives). */
function httpStatusCode(status: number): unknown {
  return enumValue(httpStatusCodeType, BigInt(status));
}

/** The code as .NET's HttpStatusCode writes it, else its number. */
export function httpStatusCodeName(status: number): string {
  return httpStatusCodeType.enumConstants!.find((constant) => Number(constant.value) === status)?.name ?? String(status);
}
