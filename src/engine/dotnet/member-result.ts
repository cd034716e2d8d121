/** The outcome of a member lookup: found with its value, or not found ($null unless strict mode). */
export type MemberResult = { readonly found: true; readonly value: unknown } | { readonly found: false };

export const notFound: MemberResult = { found: false };

export function found(value: unknown): MemberResult {
  return { found: true, value };
}
