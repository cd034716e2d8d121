/**
 * The -Name/-Include/-Exclude matching of the *-Variable and *-Alias cmdlets: a name pattern,
 * kept when some -Include pattern matches (or there is none) and no -Exclude pattern does.
 * `filtered` tells "the filters removed it" from "it does not exist", which only the latter
 * reports as an error.
 */
import { containsWildcardCharacters, WildcardPattern } from '../engine/wildcard/index.js';

export class NameFilter {
  readonly hasWildcard: boolean;
  private readonly name: WildcardPattern;
  private readonly include: WildcardPattern[];
  private readonly exclude: WildcardPattern[];

  constructor(name: string, include: readonly string[] = [], exclude: readonly string[] = []) {
    const pattern = name === '' ? '*' : name;
    this.hasWildcard = containsWildcardCharacters(pattern);
    this.name = new WildcardPattern(pattern);
    this.include = include.map((p) => new WildcardPattern(p));
    this.exclude = exclude.map((p) => new WildcardPattern(p));
  }

  /** True when -Include/-Exclude keep this name. */
  passesFilters(name: string): boolean {
    return (this.include.length === 0 || this.include.some((p) => p.isMatch(name))) && !this.exclude.some((p) => p.isMatch(name));
  }

  /**
   * The candidates the filter keeps, sorted by name, and whether any name was left out by the
   * filters (a wildcard that matched nothing counts as filtered: it is not an error).
   */
  select<T>(candidates: Iterable<T>, nameOf: (item: T) => string, literal: string): { matches: T[]; filtered: boolean } {
    if (!this.hasWildcard && !this.passesFilters(literal)) return { matches: [], filtered: true };
    const matches: T[] = [];
    let filtered = this.hasWildcard;
    for (const item of candidates) {
      const name = nameOf(item);
      if (!this.name.isMatch(name)) continue;
      if (this.passesFilters(name)) matches.push(item);
      else filtered = true;
    }
    matches.sort((a, b) => compareNames(nameOf(a), nameOf(b)));
    return { matches, filtered };
  }
}

/** StringComparer.CurrentCultureIgnoreCase for the names pwsh sorts its listings by. */
export function compareNames(a: string, b: string): number {
  return a.localeCompare(b, 'en-US', { sensitivity: 'accent' });
}
