/**
 * WebRequestPSCmdlet: what Invoke-WebRequest and Invoke-RestMethod share. It checks the
 * parameters (pwsh's conflicts and refusals, in pwsh's order), prepares the session (headers,
 * user agent, Basic authorization, cookies), builds the request (method, -Body as a query for
 * GET or as the content, -InFile, -Form), sends it following redirects as .NET's HttpClient does, and
 * turns failures into pwsh's errors: HttpResponseException for an unsuccessful status (with the
 * body as ErrorDetails), HttpRequestException for a request that got no response.
 */
import { appendFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandRuntime } from '../../engine/runtime/command-runtime.js';
import { PSErrorException } from '../../engine/runtime/error-record.js';
import { readVariable, assignVariable } from '../../engine/runtime/variables.js';
import { formatMessage } from '../../engine/runtime/messages.js';
import { baseObject, objectToString, toPSString } from '../../engine/conversion/index.js';
import { Hashtable, PSObject, Uri } from '../../engine/values/index.js';
import { PSCredential } from '../credential.js';
import { resolveFilePath } from '../file-streams.js';
import { charsetOf, decodeBody, isJson, mediaType } from './content-type.js';
import { multipartForm } from './multipart-form.js';
import { exchangeSync, type ExchangeOutcome, type ExchangeRequest } from './http-exchange.js';
import { contentHeaderNames, headerValues, httpStatusCodeName, responseMessage, type ResponseHead } from './response-head.js';
import { defaultUserAgent } from './user-agent.js';
import { webRequestStrings } from './web-messages.js';
import { WebRequestSession } from './web-session.js';

/** A response that passed the status check, for the cmdlet to write. */
export interface WebResponse {
  head: ResponseHead;
  body: Uint8Array;
  /** The Link header's rel links (ParseLinkHeader), keyed by rel. */
  relationLinks: Map<string, string>;
  /** -Resume found the file complete already: nothing to write. */
  skipWriting?: boolean;
}

/** .NET's HttpClientHandler.MaxAutomaticRedirections when -MaximumRedirection is not given. */
const defaultMaximumRedirection = 50;
const redirectCodes = new Set([300, 301, 302, 303, 307, 308]);

export class WebRequestCommand {
  private readonly session: WebRequestSession;
  private method: string;
  private body: Uint8Array | undefined;
  private contentType: string | undefined;
  private isForm = false;
  /** -Resume: the size of the file already there (0 when there is none), asked for as a Range. */
  private resumeFrom: number | undefined;
  /** The Authorization a 401's Basic challenge was answered with (see answersChallenge). */
  private challengeAnswer: string | undefined;

  constructor(private readonly runtime: CommandRuntime) {
    this.validate();
    this.session = this.prepareSession();
    this.method = this.initialMethod();
  }

  private parameter<T>(name: string): T | undefined {
    return this.runtime.has(name) ? (this.runtime.parameter(name) as T) : undefined;
  }

  /** ValidateParameters: the conflicts pwsh refuses before any request. */
  private validate(): void {
    const runtime = this.runtime;
    const authentication = this.authentication;
    const refuse = (message: string, errorId: string) => {
      throw new PSErrorException(runtime.errorRecord('System.Management.Automation.ValidationMetadataException', message, errorId, 'InvalidArgument', null));
    };
    if (runtime.has('WebSession') && runtime.has('SessionVariable')) refuse(webRequestStrings.SessionConflict, 'WebCmdletSessionConflictException');
    if (authentication !== 'None' && runtime.has('Token') && runtime.has('Credential')) refuse(webRequestStrings.AuthenticationTokenConflict, 'WebCmdletAuthenticationTokenConflictException');
    if (authentication === 'Basic' && !runtime.has('Credential')) refuse(webRequestStrings.AuthenticationCredentialNotSupplied, 'WebCmdletAuthenticationCredentialNotSuppliedException');
    if ((authentication === 'OAuth' || authentication === 'Bearer') && !runtime.has('Token')) refuse(webRequestStrings.AuthenticationTokenNotSupplied, 'WebCmdletAuthenticationTokenNotSuppliedException');
    const sendsSecrets = authentication !== 'None' || runtime.has('Credential') || runtime.switch('UseDefaultCredentials');
    if (!runtime.switch('AllowUnencryptedAuthentication') && sendsSecrets && this.uri.protocol !== 'https:') {
      refuse(webRequestStrings.AllowUnencryptedAuthenticationRequired, 'WebCmdletAllowUnencryptedAuthenticationRequiredException');
    }
    if (runtime.has('Body') && runtime.has('InFile')) refuse(webRequestStrings.BodyConflict, 'WebCmdletBodyConflictException');
    if (runtime.has('Body') && runtime.has('Form')) refuse(webRequestStrings.BodyFormConflict, 'WebCmdletBodyFormConflictException');
    if (runtime.has('InFile') && runtime.has('Form')) refuse(webRequestStrings.FormInFileConflict, 'WebCmdletFormInFileConflictException');
    if (runtime.switch('PassThru') && !runtime.has('OutFile')) refuse(formatMessage(webRequestStrings.OutFileMissing, 'PassThru'), 'WebCmdletOutFileMissingException');
    if (runtime.switch('Resume') && !runtime.has('OutFile')) refuse(formatMessage(webRequestStrings.OutFileMissing, 'Resume'), 'WebCmdletOutFileMissingException');
    const outFile = this.outFilePath();
    if (runtime.switch('Resume') && outFile !== undefined && statSync(outFile, { throwIfNoEntry: false })?.isDirectory()) {
      refuse(formatMessage(webRequestStrings.ResumeNotFilePath, outFile), 'WebCmdletResumeNotFilePathException');
    }
  }

  private get authentication(): string {
    return this.runtime.has('Authentication') ? toPSString(this.runtime.parameter('Authentication')) : 'None';
  }

  /** The -Uri; one without a scheme is http (CheckProtocol). */
  get uri(): URL {
    const text = (() => {
      const value = this.runtime.parameter('Uri');
      return value instanceof Uri ? value.text : toPSString(value);
    })();
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
  }

  /** PrepareSession: the given or a new session, with this invocation's settings added. */
  private prepareSession(): WebRequestSession {
    const runtime = this.runtime;
    const given = this.parameter<unknown>('WebSession');
    const session = (given instanceof PSObject ? given.baseObject : given) as WebRequestSession | undefined ?? new WebRequestSession(defaultUserAgent(this.osDescription()));
    const variable = this.parameter<string>('SessionVariable');
    if (variable !== undefined) assignVariable(runtime.frame, null, variable.replace(/^\$/, ''), session);
    if (runtime.has('UserAgent')) session.userAgent = toPSString(runtime.parameter('UserAgent'));
    const credential = this.parameter<PSCredential>('Credential');
    if (credential instanceof PSCredential) {
      session.credentials = credential;
      if (this.authentication === 'Basic') session.headers.set('Authorization', basicAuthorization(credential));
    }
    const token = this.parameter<{ plainText?: string }>('Token');
    if (token && (this.authentication === 'Bearer' || this.authentication === 'OAuth')) session.headers.set('Authorization', `Bearer ${token.plainText ?? ''}`);
    const dictionary = baseObject(this.parameter<unknown>('Headers'));
    if (dictionary instanceof Hashtable) {
      // value.ToString(), a null value left out.
      for (const [key, value] of dictionary) if (value !== null && value !== undefined) session.headers.set(toPSString(key), objectToString(value));
    }
    if (runtime.has('MaximumRedirection')) session.maximumRedirection = Number(runtime.parameter('MaximumRedirection'));
    const retries = Number(this.parameter('MaximumRetryCount') ?? 0);
    if (retries > 0) {
      session.maximumRetryCount = retries;
      session.retryIntervalInSeconds = Number(this.parameter('RetryIntervalSec') ?? 5);
    }
    return session;
  }

  /** $PSVersionTable.OS, which is .NET's OSDescription. */
  private osDescription(): string {
    const table = readVariable(this.runtime.frame, 'global', 'PSVersionTable');
    return table instanceof Hashtable ? toPSString(table.get('OS')) : '';
  }

  private initialMethod(): string {
    const custom = this.parameter<string>('CustomMethod');
    if (custom) return custom.toUpperCase();
    const method = this.runtime.has('Method') ? toPSString(this.runtime.parameter('Method')) : 'Default';
    return method === 'Default' ? 'GET' : method.toUpperCase();
  }

  /** PrepareUri: a dictionary -Body of a GET request becomes the query string (FormatDictionary). */
  private requestUri(uri: URL): URL {
    const body = this.bodyValue();
    if (body instanceof Hashtable && this.method === 'GET') {
      const query = formatDictionary(body);
      const result = new URL(uri);
      result.search = uri.search.length > 1 ? `${uri.search.slice(1)}&${query}` : query;
      return result;
    }
    return uri;
  }

  private bodyValue(): unknown {
    return baseObject(this.parameter<unknown>('Body'));
  }

  /** FillRequestStream: the content and its Content-Type. */
  private fillContent(): void {
    const runtime = this.runtime;
    const sessionContentType = this.session.headerEntries().find(([name]) => name.toLowerCase() === 'content-type')?.[1];
    this.contentType = runtime.has('ContentType') ? toPSString(runtime.parameter('ContentType')) : sessionContentType;
    if (this.contentType === undefined && this.method === 'POST') this.contentType = 'application/x-www-form-urlencoded';
    const body = this.bodyValue();
    this.body = undefined;
    this.isForm = false;
    const form = baseObject(this.parameter<unknown>('Form'));
    if (form instanceof Hashtable) {
      // MultipartFormDataContent sets its own Content-Type; the session's content headers are dropped.
      ({ body: this.body, contentType: this.contentType } = multipartForm(form));
      this.isForm = true;
    } else if (runtime.has('Body') && body !== null && body !== undefined && !(body instanceof Hashtable && this.method === 'GET')) {
      if (body instanceof Uint8Array) this.body = body;
      else if (Array.isArray(body) && body.every((item) => typeof item === 'number' || (item instanceof PSObject && typeof item.baseObject === 'number'))) {
        this.body = Uint8Array.from(body, (item) => Number(item instanceof PSObject ? item.baseObject : item));
      } else this.body = this.encodeText(body instanceof Hashtable ? formatDictionary(body) : toPSString(body));
    } else if (runtime.has('InFile')) {
      this.body = readFileSync(resolveFilePath(runtime, toPSString(runtime.parameter('InFile')), true));
    }
    // Empty content for the methods where it means something; none for a GET without -ContentType.
    if (this.body === undefined && !(this.method === 'GET' && !runtime.has('ContentType'))) this.body = new Uint8Array(0);
  }

  /** StreamHelper.EncodeToBytes: the Content-Type's charset, else UTF-8. */
  private encodeText(text: string): Uint8Array {
    const charset = charsetOf(this.contentType)?.toLowerCase();
    if (charset === 'iso-8859-1' || charset === 'latin1' || charset === 'us-ascii' || charset === 'ascii') return Buffer.from(text, 'latin1');
    if (charset === 'utf-16' || charset === 'utf-16le' || charset === 'unicode') return Buffer.from(text, 'utf16le');
    return Buffer.from(text, 'utf8');
  }

  /** GetRequest's headers: the session's, the user agent, the content headers and the cookies. */
  private requestHeaders(url: URL, isRedirect: boolean): [string, string][] {
    const headers: [string, string][] = [];
    for (const [name, value] of this.session.headerEntries()) {
      const lower = name.toLowerCase();
      if (contentHeaderNames.has(lower)) continue;
      if (isRedirect && lower === 'authorization' && !this.runtime.switch('PreserveAuthorizationOnRedirect')) continue;
      headers.push([name, value]);
    }
    if (this.challengeAnswer !== undefined && !headers.some(([name]) => name.toLowerCase() === 'authorization')) headers.push(['Authorization', this.challengeAnswer]);
    // A User-Agent among the session's headers is the session's user agent from now on (GetRequest).
    const userAgent = headers.find(([name]) => name.toLowerCase() === 'user-agent');
    if (userAgent) this.session.userAgent = userAgent[1];
    else headers.push(['User-Agent', this.session.userAgent]);
    if (this.runtime.switch('DisableKeepAlive')) headers.push(['Connection', 'Close']);
    if (this.resumeFrom !== undefined) headers.push(['Range', `bytes=${this.resumeFrom}-`]);
    const cookie = this.session.cookies.headerFor(url);
    if (cookie) headers.push(['Cookie', cookie]);
    if (this.body !== undefined) {
      for (const [name, value] of this.isForm ? [] : this.session.headerEntries()) {
        if (contentHeaderNames.has(name.toLowerCase()) && name.toLowerCase() !== 'content-type' && value.trim()) headers.push([name, value]);
      }
      if (this.contentType?.trim()) headers.push(['Content-Type', this.contentType]);
    }
    return headers;
  }

  /**
   * Sends the request to `uri` and follows redirects as HttpClient does (up to the session's
   * MaximumRedirection; 301 and 302 turn a POST into a GET, 303 anything but HEAD; never from
   * https to http), keeping each response's cookies. Returns the last response.
   */
  send(uri: URL): WebResponse {
    const outFile = this.outFilePath();
    this.resumeFrom = this.runtime.switch('Resume') && outFile !== undefined ? (statSync(outFile, { throwIfNoEntry: false })?.size ?? 0) : undefined;
    const response = this.sendRetrying(uri);
    const head = response.head;
    if (this.resumeFrom === undefined || head.status !== 416) return this.checked(head, response.body);
    // 416: the range starts at or past the end. The same total length means the file is complete.
    const total = /\/(\d+)\s*$/.exec(headerValues(head.headers, 'Content-Range')[0] ?? '')?.[1];
    if (total !== undefined && Number(total) === this.resumeFrom) {
      this.runtime.writeVerbose(formatMessage(webRequestStrings.OutFileWritingSkipped, this.parameter<string>('OutFile')));
      return { ...this.checked({ ...head, status: 200 }, response.body), head, skipWriting: true };
    }
    this.runtime.writeVerbose(webRequestStrings.WebMethodResumeFailedVerboseMsg);
    this.resumeFrom = undefined;
    const again = this.sendRetrying(uri);
    return this.checked(again.head, again.body);
  }

  /**
   * -MaximumRetryCount: a 304 or a 4xx or 5xx response is asked for again after the session's
   * RetryIntervalInSeconds (a 429's Retry-After seconds instead), until one succeeds or the
   * retries run out.
   */
  private sendRetrying(uri: URL): { head: ResponseHead; body: Uint8Array } {
    let retriesLeft = this.session.maximumRetryCount;
    for (;;) {
      const response = this.sendFollowingRedirects(uri);
      const status = response.head.status;
      const success = status >= 200 && status <= 299;
      if (success || retriesLeft === 0 || !(status === 304 || (status >= 400 && status <= 599))) return response;
      retriesLeft--;
      const retryAfter = status === 429 ? headerValues(response.head.headers, 'Retry-After')[0] : undefined;
      const seconds = retryAfter !== undefined && /^\s*\d+\s*$/.test(retryAfter) ? Number(retryAfter) : this.session.retryIntervalInSeconds;
      this.runtime.writeVerbose(formatMessage(webRequestStrings.RetryVerboseMsg, seconds, httpStatusCodeName(status)));
      this.runtime.frame.context.stop.sleep(seconds * 1000);
    }
  }

  private sendFollowingRedirects(uri: URL): { head: ResponseHead; body: Uint8Array } {
    let url = this.requestUri(uri);
    this.fillContent();
    let redirectsLeft = this.session.maximumRedirection < 0 ? defaultMaximumRedirection : this.session.maximumRedirection;
    let isRedirect = false;
    for (;;) {
      let outcome = this.exchange(url, isRedirect);
      if (this.answersChallenge(outcome)) outcome = this.exchange(url, isRedirect);
      const head = this.headOf(outcome, url);
      this.session.cookies.store(url, headerValues(head.headers, 'Set-Cookie'));
      const location = headerValues(head.headers, 'Location')[0];
      if (!redirectCodes.has(head.status) || location === undefined || redirectsLeft === 0) return { head, body: outcome.body };
      const next = new URL(location, url);
      if (url.protocol === 'https:' && next.protocol === 'http:') return { head, body: outcome.body };
      redirectsLeft--;
      if (((head.status === 301 || head.status === 302) && this.method === 'POST') || (head.status === 303 && this.method !== 'HEAD')) {
        this.method = 'GET';
        this.body = undefined;
        this.contentType = undefined;
      }
      url = next;
      isRedirect = true;
    }
  }

  /** HttpHeaders.Add's checks: a token for the name, no line break or NUL in the value (.NET's FormatException). */
  private checkHeader(name: string, value: string): void {
    const problem = !/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(name)
      ? 'The header name format is invalid.'
      : /[\r\n\0]/.test(value)
        ? 'New-line or NUL characters are not allowed in header values.'
        : undefined;
    if (problem) throw new PSErrorException(this.runtime.errorRecord('System.FormatException', problem, 'System.FormatException', 'NotSpecified', null));
  }

  /**
   * -Credential without -Authentication: as HttpClientHandler.Credentials, Basic credentials are
   * sent only when a 401 asks for them (true when the request is to be sent again with them).
   */
  private answersChallenge(outcome: Extract<ExchangeOutcome, { kind: 'response' }>): boolean {
    const credential = this.session.credentials;
    if (outcome.status !== 401 || !(credential instanceof PSCredential) || this.challengeAnswer !== undefined) return false;
    if (!headerValues(outcome.headers, 'WWW-Authenticate').some((challenge) => /^\s*basic\b/i.test(challenge))) return false;
    this.challengeAnswer = basicAuthorization(credential);
    return true;
  }

  private exchange(url: URL, isRedirect: boolean): Extract<ExchangeOutcome, { kind: 'response' }> {
    const timeoutSeconds = Number(this.parameter('ConnectionTimeoutSeconds') ?? 0);
    const headers = this.requestHeaders(url, isRedirect);
    for (const [name, value] of headers) this.checkHeader(name, value);
    const request: ExchangeRequest = {
      url: url.href,
      method: this.method,
      headers,
      body: this.body,
      timeoutMs: timeoutSeconds * 1000,
      skipCertificateCheck: this.runtime.switch('SkipCertificateCheck'),
    };
    const outcome = exchangeSync(request, this.runtime.frame.context.stop);
    if (outcome.kind === 'failure') throw this.requestFailure(outcome, url, timeoutSeconds);
    return outcome;
  }

  private headOf(outcome: Extract<ExchangeOutcome, { kind: 'response' }>, url: URL): ResponseHead {
    const head = { status: outcome.status, reason: outcome.reason, version: '1.1', headers: outcome.headers, url: url.href, method: this.method };
    return { ...head, message: responseMessage(head) };
  }

  /** .NET's HttpRequestException (or HttpClient's timeout) for a request that got no response. */
  private requestFailure(failure: Extract<ExchangeOutcome, { kind: 'failure' }>, url: URL, timeoutSeconds: number): PSErrorException {
    const runtime = this.runtime;
    const port = url.port || (url.protocol === 'https:' ? '443' : '80');
    if (/TIMEOUT/i.test(failure.code)) {
      const message = `The request was canceled due to the configured HttpClient.Timeout of ${timeoutSeconds} seconds elapsing.`;
      return new PSErrorException(runtime.errorRecord('System.Threading.Tasks.TaskCanceledException', message, 'System.Threading.Tasks.TaskCanceledException', 'NotSpecified', null));
    }
    const socketMessages: Record<string, string> = {
      ECONNREFUSED: 'Connection refused',
      ENOTFOUND: 'Name or service not known',
      EAI_AGAIN: 'Resource temporarily unavailable',
      ECONNRESET: 'Connection reset by peer',
      EHOSTUNREACH: 'No route to host',
      ENETUNREACH: 'Network is unreachable',
    };
    const socketMessage = socketMessages[failure.code];
    const certificate = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/i.test(failure.code);
    const message = socketMessage
      ? `${socketMessage} (${url.hostname}:${port})`
      : certificate
        ? 'The SSL connection could not be established, see inner exception.'
        : 'An error occurred while sending the request.';
    const inner = socketMessage ?? (certificate ? 'The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot' : failure.message);
    const record = runtime.errorRecord('System.Net.Http.HttpRequestException', message, 'WebCmdletWebResponseException', 'InvalidOperation', requestMessage(this.method, url));
    record.setErrorDetails(inner);
    return new PSErrorException(record);
  }

  /** The status check (unless -SkipHttpErrorCheck), then the rel links. */
  private checked(head: ResponseHead, body: Uint8Array): WebResponse {
    const success = head.status >= 200 && head.status <= 299;
    if (!success && !this.runtime.switch('SkipHttpErrorCheck')) {
      const message = formatMessage(webRequestStrings.ResponseStatusCodeFailure, head.status, head.reason);
      const record = this.runtime.errorRecord('Microsoft.PowerShell.Commands.HttpResponseException', message, 'WebCmdletWebResponseException', 'InvalidOperation', requestMessage(head.method, new URL(head.url)));
      record.exception.addNoteProperty('Response', head.message);
      record.exception.addNoteProperty('StatusCode', head.status);
      const contentType = headerValues(head.headers, 'Content-Type')[0];
      const details = formatErrorMessage(decodeBody(body, contentType).text, mediaType(contentType));
      if (details) record.setErrorDetails(details);
      throw new PSErrorException(record);
    }
    return { head, body, relationLinks: relationLinks(head) };
  }

  /** -MaximumRedirection 0 with a redirect that -SkipHttpErrorCheck let through: pwsh's non-terminating MaximumRedirectExceeded. */
  reportRedirectLimit(response: WebResponse): void {
    if (this.session.maximumRedirection !== 0 || !redirectCodes.has(response.head.status)) return;
    const record = this.runtime.errorRecord('System.InvalidOperationException', 'Operation is not valid due to the current state of the object.', 'MaximumRedirectExceeded', 'InvalidOperation', requestMessage(this.method, new URL(response.head.url)));
    record.setErrorDetails(webRequestStrings.MaximumRedirectionCountExceeded);
    this.runtime.writeError(record);
  }

  /** The -OutFile path, resolved against the session's location (literally, as pwsh's QualifyFilePath). */
  outFilePath(): string | undefined {
    const outFile = this.parameter<string>('OutFile');
    return outFile === undefined ? undefined : resolveFilePath(this.runtime, outFile, true);
  }

  /**
   * Where the body of `response` goes (GetOutFilePath): -OutFile, or in a folder it names, the
   * last segment of the response's URL; appended to when -Resume got the rest of the file (206).
   */
  outFileTarget(response: WebResponse): { path: string; append: boolean } | undefined {
    const outFile = this.outFilePath();
    if (outFile === undefined || response.skipWriting) return undefined;
    const isFolder = statSync(outFile, { throwIfNoEntry: false })?.isDirectory() ?? false;
    const lastSegment = decodeURIComponent(new URL(response.head.url).pathname.split('/').pop() ?? '');
    return { path: isFolder ? join(outFile, lastSegment) : outFile, append: this.resumeFrom !== undefined && response.head.status === 206 };
  }
}

/** StreamHelper.SaveStreamToFile: the file created anew, or appended to for a resumed download. */
export function saveBody(target: { path: string; append: boolean }, body: Uint8Array): void {
  if (target.append) appendFileSync(target.path, body);
  else writeFileSync(target.path, body);
}

function basicAuthorization(credential: PSCredential): string {
  const pair = `${credential.userName}:${credential.password.plainText ?? ''}`;
  return `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`;
}

/** FormatDictionary: key=value pairs, URL-encoded as WebUtility.UrlEncode does (space as '+'). */
export function formatDictionary(dictionary: Hashtable): string {
  const encode = (text: string) => encodeURIComponent(text).replace(/%20/g, '+').replace(/[!'()*]/g, (c) => c);
  return [...dictionary].map(([key, value]) => `${encode(toPSString(key))}=${value === null || value === undefined ? '' : encode(toPSString(value))}`).join('&');
}

/** The error's TargetObject: an HttpRequestMessage, shown as .NET's ToString shows it. */
function requestMessage(method: string, url: URL): PSObject {
  const message = new PSObject(undefined, ['System.Net.Http.HttpRequestMessage', 'System.Object']);
  message.addNoteProperty('Method', method);
  message.addNoteProperty('RequestUri', url.href);
  message.toStringText = `Method: ${method}, RequestUri: '${url.href}', Version: 1.1, Content: <null>, Headers:\n{\n}`;
  return message;
}

/** FormatErrorMessage: JSON indented, else the text with its HTML tags removed (pwsh's XML indenting is not done). */
function formatErrorMessage(text: string, contentType: string | undefined): string {
  if (isJson(contentType)) {
    try {
      return '\n' + JSON.stringify(JSON.parse(text), null, 2);
    } catch {
      // Not JSON after all: shown as text.
    }
  }
  return text.replace(/<[^>]*>/g, '');
}

/** ParseLinkHeader: `<url>; rel=name` pairs of the Link headers, the first of each rel kept. */
function relationLinks(head: ResponseHead): Map<string, string> {
  const links = new Map<string, string>();
  for (const header of headerValues(head.headers, 'Link')) {
    for (const match of header.matchAll(/<(.*?)>;\s*rel=(?:"(.*?)"|([^,;]*))/g)) {
      const url = match[1]!;
      const rel = match[2] ?? match[3] ?? '';
      if (url && rel && ![...links.keys()].some((key) => key.toLowerCase() === rel.toLowerCase())) links.set(rel, new URL(url, head.url).href);
    }
  }
  return links;
}
