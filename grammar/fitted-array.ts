/**
 * Arrays the AST and tokens keep, copied to their exact length. An array grown by push has room
 * for 16 or more further elements (V8 grows its store by half plus 16), and most of the AST's
 * lists hold one to three. Every list lives as long as the parse, so the young-generation
 * collections during a parse copied that spare room too (7% of the heap a parse held). A copy
 * by slice is exact, and the grown original dies young, where it costs nothing to collect.
 */
export function fitted<T>(items: T[]): T[] {
  return items.length === 0 ? emptyList() : items.slice();
}

/**
 * The one empty list that every empty AST list shares. Most of the AST's lists are usually
 * empty (a command's redirections, a block's traps, a type name's generic arguments and ranks):
 * an array each was a sixth of the objects a parse kept. Frozen, so that code adding to an AST
 * list it did not make fails at once rather than adding to every empty list.
 */
const sharedEmpty: never[] = Object.freeze([]) as unknown as never[];

export function emptyList<T>(): T[] {
  return sharedEmpty;
}
