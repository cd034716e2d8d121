/**
 * A user name and password for network logon (the shape of .NET's NetworkCredential). The
 * password lives in a private field and every way Node or JSON renders an object (inspect,
 * toJSON, toString) shows it redacted, so credentials cannot leak into errors or logs.
 */
const inspectCustom = Symbol.for('nodejs.util.inspect.custom');
const REDACTED = '********';

export class NetworkCredential {
  readonly userName: string;
  readonly domain: string;
  readonly #password: string;

  constructor(userName: string, password: string, domain = '') {
    this.userName = userName;
    this.domain = domain;
    this.#password = password;
  }

  /**
   * Splits `DOMAIN\user` into its parts, as Windows does for a PSCredential's user name.
   * A UPN (`user@domain`) stays whole: NTLM sends it as the user name with an empty domain.
   */
  static fromUserName(qualifiedUserName: string, password: string): NetworkCredential {
    const slash = qualifiedUserName.indexOf('\\');
    if (slash < 0) return new NetworkCredential(qualifiedUserName, password);
    return new NetworkCredential(qualifiedUserName.slice(slash + 1), password, qualifiedUserName.slice(0, slash));
  }

  /** The secret itself; call sites are the few places that derive keys from it. */
  revealPassword(): string {
    return this.#password;
  }

  /** `DOMAIN\user` or `user`, never the password. */
  get qualifiedUserName(): string {
    return this.domain ? `${this.domain}\\${this.userName}` : this.userName;
  }

  toString(): string {
    return `NetworkCredential(${this.qualifiedUserName})`;
  }

  toJSON(): { userName: string; domain: string; password: string } {
    return { userName: this.userName, domain: this.domain, password: REDACTED };
  }

  [inspectCustom](): string {
    return `NetworkCredential { userName: ${JSON.stringify(this.userName)}, domain: ${JSON.stringify(this.domain)}, password: '${REDACTED}' }`;
  }
}
