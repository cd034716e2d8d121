/**
 * What every part of the parser shares: the Chevrotain parser set-up, token look-ahead that
 * skips newlines, extents, and pwsh-style error reporting. pwsh's parser never throws on bad
 * input: it reports an error where the missing piece should be and carries on, so the rules
 * here test for optional tokens and report, rather than letting Chevrotain throw.
 */
import type { IToken, TokenType } from 'chevrotain';
import { EOF, tokenMatcher } from '../chevrotain.js';
import { LeanParser } from './lean-runtime.js';
import { allTokenTypes } from '../tokens.js';
import { LazyLookaheadStrategy } from '../lazy-lookahead.js';
import * as T from '../tokens.js';
import { SourceText, type Extent } from '../extent.js';
import { parseError, type ParseError } from '../errors.js';
import type { ParserErrorId } from '../parser-strings.js';
import type { PshToken, StringPart } from '../tokenizer.js';
import type { StatementBlockAst, TypeNameSyntax } from '../ast.js';

/** A `$( )` inside a string or generic token, parsed after the enclosing parse finishes. */
export interface DeferredSubExpression {
  tokens: PshToken[];
  start: number;
  end: number;
  fill: (block: StatementBlockAst) => void;
}

export class ParserBase extends LeanParser {
  protected source = new SourceText('', undefined);
  protected parseErrors: ParseError[] = [];
  /**
   * Where each error was detected (the token being looked at), parallel to parseErrors: errors
   * are listed in that order, as pwsh lists them in the order its one pass finds them.
   */
  protected detectedAt: number[] = [];
  protected deferred: DeferredSubExpression[] = [];

  constructor() {
    // Validations are Chevrotain's grammar self-checks: they cost most of the construction time,
    // so they run only when PSH_GRAMMAR_CHECK is set (test/grammar/grammar-check.test.ts sets it).
    super(allTokenTypes as TokenType[], {
      recoveryEnabled: false,
      maxLookahead: 1,
      lookaheadStrategy: new LazyLookaheadStrategy(1),
      skipValidations: process.env.PSH_GRAMMAR_CHECK !== '1',
    });
  }

  protected la(k = 1): PshToken {
    return this.LA(k) as PshToken;
  }

  protected laIs(k: number, type: TokenType): boolean {
    return tokenMatcher(this.LA(k), type);
  }

  /**
   * Whether an optional part starting with `type` may follow. Rules test this before an
   * OPTION or MANY that is usually absent, to skip building its closures; while Chevrotain
   * records the grammar every part must run, so it answers true then.
   */
  protected mayStartWith(type: TokenType): boolean {
    return this.RECORDING_PHASE || tokenMatcher(this.LA(1), type);
  }

  /** The first token ahead that is not a newline. */
  protected nextSignificant(): PshToken {
    let k = 1;
    while (tokenMatcher(this.LA(k), T.NewLine)) k++;
    return this.LA(k) as PshToken;
  }

  protected atEnd(): boolean {
    return this.LA(1).tokenTypeIdx === EOF.tokenTypeIdx;
  }

  /** Offset just past the last consumed token. */
  protected lastEnd(): number {
    const t = this.LA(0);
    return t.tokenTypeIdx === EOF.tokenTypeIdx || Number.isNaN(t.endOffset) ? 0 : (t.endOffset ?? t.startOffset) + 1;
  }

  protected startOf(t: IToken): number {
    return Number.isNaN(t.startOffset) ? this.source.text.length : t.startOffset;
  }

  protected endOf(t: IToken): number {
    return Number.isNaN(t.startOffset) ? this.source.text.length : (t.endOffset ?? t.startOffset) + 1;
  }

  protected extent(start: number, end: number): Extent {
    return this.source.extent(start, Math.max(start, end));
  }

  /** Start offset of the script's last token that is not a newline: errors past it are at the end. */
  protected lastSignificantStart = -1;

  /**
   * Reports an error at [start, end). It marks the input incomplete when nothing but whitespace
   * and comments follows the error extent (pwsh's IsAtEndOfScript), unless told otherwise.
   */
  protected report(errorId: ParserErrorId, start: number, end: number, args: string[] = [], incomplete?: boolean): void {
    const atEnd = incomplete ?? this.lastSignificantStart < Math.max(start, end);
    this.parseErrors.push(parseError(errorId, this.extent(start, end), atEnd, ...args));
    this.detectedAt.push(this.atEnd() ? this.source.text.length : this.startOf(this.LA(1)));
  }

  /**
   * pwsh's semantic check for `[ordered]`: it names an OrderedDictionary only when it casts a hash
   * literal. Like pwsh's post-parse checks, the error is listed after every syntax error.
   */
  protected checkOrderedCast(typeName: TypeNameSyntax, castsHashLiteral: boolean, extent: Extent): void {
    if (castsHashLiteral || typeName.fullName.toLowerCase() !== 'ordered') return;
    this.parseErrors.push(parseError('OrderedAttributeOnlyOnHashLiteralNode', extent, false, typeName.fullName));
    this.detectedAt.push(Infinity);
  }

  /** Reports an error that sits just after the last consumed token (pwsh's `After(token)`). */
  protected reportAfterLast(errorId: ParserErrorId, args: string[] = []): void {
    const at = this.lastEnd();
    this.report(errorId, at, at, args);
  }

  protected reportUnexpected(t: IToken): void {
    this.report('UnexpectedToken', this.startOf(t), this.endOf(t), [t.image], false);
  }

  protected queueSubExpression(part: Extract<StringPart, { kind: 'subexpression' }>, fill: (block: StatementBlockAst) => void): void {
    this.deferred.push({ tokens: part.tokens, start: part.start, end: part.end, fill });
  }
}
