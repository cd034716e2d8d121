/**
 * A response's status line and headers, and pwsh's views of them: the Headers dictionary
 * (WebResponseHelper.GetHeadersDictionary: each name, case-insensitive, with all its values) and
 * a minimal HttpResponseMessage for BaseResponse.
 */
import { GenericDictionary, StringComparer } from '../../engine/dotnet/types/generic-collections.js';
import { PSObject } from '../../engine/values/index.js';

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
  message.addNoteProperty('StatusCode', head.status);
  message.addNoteProperty('ReasonPhrase', head.reason);
  message.addNoteProperty('IsSuccessStatusCode', head.status >= 200 && head.status <= 299);
  const request = new PSObject(undefined, ['System.Net.Http.HttpRequestMessage', 'System.Object']);
  request.addNoteProperty('Method', head.method);
  request.addNoteProperty('RequestUri', head.url);
  message.addNoteProperty('RequestMessage', request);
  return message;
}

const statusCodeNames: Record<number, string> = {
  200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'NoContent', 206: 'PartialContent',
  304: 'NotModified',
  400: 'BadRequest', 401: 'Unauthorized', 403: 'Forbidden', 404: 'NotFound', 405: 'MethodNotAllowed', 408: 'RequestTimeout',
  409: 'Conflict', 410: 'Gone', 416: 'RequestedRangeNotSatisfiable', 429: 'TooManyRequests',
  500: 'InternalServerError', 501: 'NotImplemented', 502: 'BadGateway', 503: 'ServiceUnavailable', 504: 'GatewayTimeout',
};

/** The code as .NET's HttpStatusCode enum writes it (the first name of a value with several), else its number. */
export function httpStatusCodeName(status: number): string {
  return statusCodeNames[status] ?? String(status);
}
