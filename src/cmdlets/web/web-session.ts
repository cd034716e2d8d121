/**
 * Microsoft.PowerShell.Commands.WebRequestSession: what -SessionVariable saves and -WebSession
 * carries between requests: headers, the user agent, credentials, the redirection limit and the
 * cookies the server set (a CookieContainer: sent back to the host and path they came from, and
 * dropped when they expire).
 */
import { defineType } from '../../engine/dotnet/member-table.js';
import { registerNativeType } from '../../engine/dotnet/type-registration.js';
import { GenericDictionary, StringComparer } from '../../engine/dotnet/types/generic-collections.js';
import { PSObject, psTypeNames } from '../../engine/values/index.js';

const sessionType = 'Microsoft.PowerShell.Commands.WebRequestSession';
const containerType = 'System.Net.CookieContainer';

interface Cookie {
  name: string;
  value: string;
  domain: string;
  path: string;
  /** Milliseconds since the epoch; undefined for a session cookie. */
  expires?: number;
}

class CookieContainer {
  readonly [psTypeNames] = [containerType, 'System.Object'];
  private readonly cookies: Cookie[] = [];

  get count(): number {
    return this.live().length;
  }

  /** Keeps the cookies of a response's Set-Cookie headers, as .NET's SetCookies does. */
  store(url: URL, setCookieHeaders: readonly string[]): void {
    for (const header of setCookieHeaders) {
      const [pair = '', ...attributes] = header.split(';');
      const equals = pair.indexOf('=');
      if (equals <= 0) continue;
      const cookie: Cookie = { name: pair.slice(0, equals).trim(), value: pair.slice(equals + 1).trim(), domain: url.hostname, path: defaultPath(url) };
      for (const attribute of attributes) {
        const [key = '', value = ''] = attribute.split('=').map((part) => part.trim());
        if (/^path$/i.test(key) && value.startsWith('/')) cookie.path = value;
        else if (/^domain$/i.test(key) && value) cookie.domain = value.replace(/^\./, '').toLowerCase();
        else if (/^max-age$/i.test(key) && /^-?\d+$/.test(value)) cookie.expires = Date.now() + Number(value) * 1000;
        else if (/^expires$/i.test(key) && cookie.expires === undefined && !Number.isNaN(Date.parse(value))) cookie.expires = Date.parse(value);
      }
      const index = this.cookies.findIndex((c) => c.name === cookie.name && c.domain === cookie.domain && c.path === cookie.path);
      if (index >= 0) this.cookies.splice(index, 1);
      this.cookies.push(cookie);
    }
  }

  /** The Cookie header for a request to `url`, or undefined when no cookie applies. */
  headerFor(url: URL): string | undefined {
    const host = url.hostname.toLowerCase();
    const matching = this.live().filter(
      (cookie) => (host === cookie.domain || host.endsWith(`.${cookie.domain}`)) && (url.pathname === cookie.path || url.pathname.startsWith(cookie.path.endsWith('/') ? cookie.path : `${cookie.path}/`)),
    );
    return matching.length ? matching.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ') : undefined;
  }

  /** GetCookies(uri): System.Net.Cookie objects (Name, Value, Domain, Path). */
  cookiesFor(url: URL): PSObject[] {
    const header = this.headerFor(url);
    if (!header) return [];
    return this.live()
      .filter((cookie) => header.split('; ').includes(`${cookie.name}=${cookie.value}`))
      .map((cookie) => {
        const value = new PSObject(undefined, ['System.Net.Cookie', 'System.Object']);
        value.addNoteProperty('Name', cookie.name);
        value.addNoteProperty('Value', cookie.value);
        value.addNoteProperty('Domain', cookie.domain);
        value.addNoteProperty('Path', cookie.path);
        value.toStringText = `${cookie.name}=${cookie.value}`;
        return value;
      });
  }

  private live(): Cookie[] {
    const now = Date.now();
    for (let i = this.cookies.length - 1; i >= 0; i--) if ((this.cookies[i]!.expires ?? Infinity) <= now) this.cookies.splice(i, 1);
    return this.cookies;
  }
}

/** RFC 6265's default path: the request path up to its last '/'. */
function defaultPath(url: URL): string {
  const slash = url.pathname.lastIndexOf('/');
  return slash <= 0 ? '/' : url.pathname.slice(0, slash);
}

export class WebRequestSession {
  readonly [psTypeNames] = [sessionType, 'System.Object'];
  readonly headers = new GenericDictionary('System.String', 'System.String', new StringComparer('OrdinalIgnoreCase', true));
  readonly cookies = new CookieContainer();
  credentials: unknown = null;
  userAgent: string;
  maximumRedirection = -1;
  maximumRetryCount = 0;
  retryIntervalInSeconds = 0;

  constructor(userAgent: string) {
    this.userAgent = userAgent;
  }

  /** The session's headers in the order they were set. */
  headerEntries(): [string, string][] {
    return [...this.headers.entries.values()].map(([name, value]) => [String(name), String(value)]);
  }
}

registerNativeType(sessionType, ['System.Object'], { isInstance: (value) => value instanceof WebRequestSession });
registerNativeType(containerType, ['System.Object'], { isInstance: (value) => value instanceof CookieContainer });

const setting = <T>(type: string, get: (session: WebRequestSession) => T, set: (session: WebRequestSession, value: T) => void) => ({ type, get, set });

defineType({
  fullName: sessionType,
  properties: {
    Headers: { type: 'System.Collections.Generic.Dictionary[string,string]', get: (session: WebRequestSession) => session.headers },
    Cookies: { type: containerType, get: (session: WebRequestSession) => session.cookies },
    UseDefaultCredentials: { type: 'bool', get: () => false },
    Credentials: setting('System.Net.ICredentials', (session) => session.credentials, (session, value: unknown) => { session.credentials = value; }),
    Certificates: { type: 'System.Security.Cryptography.X509Certificates.X509CertificateCollection', get: () => null },
    UserAgent: setting('string', (session) => session.userAgent, (session, value: unknown) => { session.userAgent = String(value ?? ''); }),
    Proxy: { type: 'System.Net.IWebProxy', get: () => null },
    MaximumRedirection: setting('int', (session) => session.maximumRedirection, (session, value: unknown) => { session.maximumRedirection = Number(value); }),
    MaximumRetryCount: setting('int', (session) => session.maximumRetryCount, (session, value: unknown) => { session.maximumRetryCount = Number(value); }),
    RetryIntervalInSeconds: setting('int', (session) => session.retryIntervalInSeconds, (session, value: unknown) => { session.retryIntervalInSeconds = Number(value); }),
  },
});

defineType({
  fullName: containerType,
  properties: {
    Count: { type: 'int', get: (container: CookieContainer) => container.count },
  },
  methods: [['System.Net.CookieCollection GetCookies(uri uri)', (container: CookieContainer, [uri]: [unknown]) => container.cookiesFor(new URL(String(uri)))]],
});
