/**
 * What a psh server knows about its accounts, shared by NTLM and Basic verification: the
 * password or, as Windows stores it, the NT hash (MD4 of the UTF-16LE password).
 */
import { bytesEqual } from './bytes.js';
import { ntHash } from './ntlm/ntlmv2-response.js';

export type AccountSecret = { readonly password: string } | { readonly ntHash: Uint8Array };

/**
 * Returns the secret of an account, or undefined when there is no such user. User names are
 * case-insensitive in Windows; the lookup is expected to treat them so.
 */
export type CredentialLookup = (userName: string, domain: string) => AccountSecret | undefined;

export function accountNtHash(secret: AccountSecret): Uint8Array {
  return 'ntHash' in secret ? secret.ntHash : ntHash(secret.password);
}

/** Compares a presented password with a stored secret without early exit on the first differing byte. */
export function passwordMatches(secret: AccountSecret, password: string): boolean {
  return bytesEqual(accountNtHash(secret), ntHash(password));
}
