/** pwsh's wildcard patterns, for -like, cmdlet name and path matching and Get-Command. */
export { containsWildcardCharacters, escapeWildcard, unescapeWildcard, WildcardPattern, WildcardPatternException, type WildcardOptions } from './wildcard-pattern.js';
