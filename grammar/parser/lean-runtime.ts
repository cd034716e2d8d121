/**
 * Chevrotain's parsing DSL at run time, without the parts psh turns off. psh's parser has error
 * recovery disabled, builds no CST and never backtracks, yet Chevrotain's run-time methods still
 * pay for them on every step: a rule stack push and pop with try/catch/finally per sub-rule, a
 * closure per gated OPTION or MANY, an arguments array per repetition. These overrides keep what
 * the grammar depends on (the LL(1) look-ahead functions, found by the current rule and the
 * occurrence index) and drop the rest.
 *
 * They replace internal methods of Chevrotain 11 (subruleInternal, consumeInternal,
 * orInternal, optionInternal, manyInternal). While Chevrotain records the grammar it installs its own
 * recording methods on the instance, which shadow these, so recording is unchanged.
 *
 * Sub-rules run without entering Chevrotain's rule wrapper, so the rule stack holds only the rule
 * the parse started with: a recognition exception thrown anywhere ends the parse at that root
 * rule, as it did when every rule rethrew it (recovery being off).
 */
import type { IToken, TokenType } from 'chevrotain';
import { EmbeddedActionsParser } from '../chevrotain.js';
import { MANY_KEY, OPTION_KEY, OR_KEY } from '../lazy-lookahead.js';


type LookaheadFunction = (this: LeanParser) => boolean;
type Action = (this: LeanParser) => unknown;
type GatedAction = { GATE?: (this: LeanParser) => boolean; DEF: Action };
type Alternative = { ALT: Action };
type AlternativesLookahead = (this: LeanParser, alternatives: Alternative[]) => number | undefined;

/** A rule as Chevrotain's RULE returns it, with the rule short name cached on first call. */
interface DefinedRule {
  ruleName: string;
  originalGrammarAction: (...args: unknown[]) => unknown;
  leanShortName?: number;
}

/** Chevrotain type with its category map (internal fields of TokenType). */
interface MatchableTokenType extends TokenType {
  tokenTypeIdx: number;
  isParent?: boolean;
  categoryMatchesMap?: Record<number, boolean>;
}

/**
 * The slot of the closure kept for a production's alternative (for an OPTION or MANY: 0, and 1
 * for its gate), from its look-ahead key (occurrence in bits 0-7, kind of production in bits
 * 8-11, the rule's index from bit 12): distinct for the first eight alternatives of the first
 * eight occurrences of each kind in 128 rules in a row.
 */
function keptClosureSlot(key: number, alternative: number): number {
  return (((key >>> 12) << 8) | (((key >>> 8) & 3) << 6) | ((key & 7) << 3) | (alternative & 7)) & (keptClosureSlots - 1);
}
const keptClosureSlots = 1 << 15;

export class LeanParser extends EmbeddedActionsParser {
  declare private currIdx: number;
  declare private tokVector: IToken[];
  declare private currRuleShortName: number;
  declare private readonly fullRuleNameToShort: Record<string, number>;
  declare private readonly lookAheadFuncsCache: Map<number, LookaheadFunction | AlternativesLookahead>;

  protected subruleInternal(rule: DefinedRule, _occurrence: number, options: { ARGS?: unknown[] } | undefined): unknown {
    const outer = this.currRuleShortName;
    this.currRuleShortName = rule.leanShortName ??= this.fullRuleNameToShort[rule.ruleName];
    const result = options === undefined ? rule.originalGrammarAction.call(this) : rule.originalGrammarAction.apply(this, options.ARGS ?? []);
    this.currRuleShortName = outer;
    return result;
  }

  /**
   * Options that pass one argument to a sub-rule, as `{ ARGS: [value] }` does, without making an
   * object and an array on each call: the sub-rule reads its argument as it starts, so one
   * shared pair serves every call. (While Chevrotain records the grammar, a new pair each time.)
   */
  protected argument<T>(value: T): { ARGS: [T] } {
    if (this.RECORDING_PHASE) return { ARGS: [value] };
    this.sharedArgument.ARGS[0] = value;
    return this.sharedArgument as { ARGS: [T] };
  }
  private readonly sharedArgument: { ARGS: [unknown] } = { ARGS: [undefined] };

  /** Lets go of the last argument passed, so that the parser does not keep part of an AST alive. */
  protected releaseArgument(): void {
    this.sharedArgument.ARGS[0] = undefined;
  }

  protected consumeInternal(tokenType: MatchableTokenType, occurrence: number, options: unknown): IToken {
    const next = this.tokVector[this.currIdx + 1];
    const type = next.tokenTypeIdx!;
    if (type === tokenType.tokenTypeIdx || (tokenType.isParent === true && tokenType.categoryMatchesMap![type] === true)) {
      this.currIdx++;
      return next;
    }
    // A mismatch: Chevrotain's own method builds and throws the recognition exception.
    return (EmbeddedActionsParser.prototype as unknown as LeanParser).consumeInternal.call(this, tokenType, occurrence, options);
  }

  /**
   * `MANY<many>(() => CONSUME<consume>(type))`, as common as skipping newlines, without making a
   * closure on every call: while parsing, its LL(1) look-ahead is just the token's type.
   */
  protected manyTokens(type: TokenType, many = 0, consume = 0): void {
    if (this.RECORDING_PHASE) {
      this.dslMethod('MANY', many)(() => this.dslMethod('CONSUME', consume)(type));
      return;
    }
    while (this.nextIs(type as MatchableTokenType)) this.currIdx++;
  }

  /** `OPTION<option>(() => CONSUME<consume>(type))` without a closure per call. */
  protected optionalToken(type: TokenType, option = 0, consume = 0): IToken | undefined {
    if (this.RECORDING_PHASE) return this.dslMethod('OPTION', option)(() => this.dslMethod('CONSUME', consume)(type)) as IToken | undefined;
    return this.nextIs(type as MatchableTokenType) ? this.tokVector[++this.currIdx] : undefined;
  }

  /** `OPTION<option>(() => SUBRULE<subrule>(rule, options))` without a closure per call. */
  protected optionalRule<R>(rule: (...args: never[]) => R, option = 0, subrule = 0, options?: { ARGS: unknown[] }): R | undefined {
    if (this.RECORDING_PHASE) return this.dslMethod('OPTION', option)(() => this.dslMethod('SUBRULE', subrule)(rule, options)) as R | undefined;
    const lookahead = this.lookAheadFuncsCache.get(option | OPTION_KEY | this.currRuleShortName) as LookaheadFunction;
    return lookahead.call(this) === true ? (this.subruleInternal(rule as unknown as DefinedRule, subrule, options) as R) : undefined;
  }

  private nextIs(type: MatchableTokenType): boolean {
    const index = this.currIdx + 1;
    if (index >= this.tokVector.length) return false;
    const next = this.tokVector[index].tokenTypeIdx!;
    return next === type.tokenTypeIdx || (type.isParent === true && type.categoryMatchesMap![next] === true);
  }

  /** One of Chevrotain's numbered DSL methods (`MANY2`, `CONSUME1`...), for recording the grammar. */
  private dslMethod(name: 'MANY' | 'OPTION' | 'CONSUME' | 'SUBRULE', index: number): (...args: unknown[]) => unknown {
    const method = (this as unknown as Record<string, (...args: unknown[]) => unknown>)[index === 0 ? name : `${name}${index}`];
    return method.bind(this);
  }

  /**
   * The closures each OR alternative, OPTION and MANY last ran (and gates apart), kept. V8 keeps a function's
   * optimized code only while a closure that runs it is alive, and many of these closures are
   * made per call: between parses none was alive, a full collection dropped their code, and each
   * parse paid TurboFan to optimize them again. (Two productions that shared a slot would only
   * lose this for one of them.)
   */
  private readonly keptClosures: unknown[] = new Array<unknown>(keptClosureSlots).fill(undefined);

  protected orInternal(alternatives: Alternative[] | { DEF: Alternative[] }, occurrence: number): unknown {
    const key = occurrence | OR_KEY | this.currRuleShortName;
    const lookahead = this.lookAheadFuncsCache.get(key) as AlternativesLookahead;
    const list = Array.isArray(alternatives) ? alternatives : alternatives.DEF;
    const chosen = lookahead.call(this, list);
    if (chosen !== undefined) {
      // The alternative that runs, and the list, whose gates (if any) ran.
      const alternative = list[chosen].ALT;
      this.keptClosures[keptClosureSlot(key, chosen)] = alternative;
      this.keptClosures[keptClosureSlot(key, 7)] = list;
      return alternative.call(this);
    }
    // No alternative fits: Chevrotain's own method builds and throws the recognition exception.
    return (EmbeddedActionsParser.prototype as unknown as LeanParser).orInternal.call(this, alternatives, occurrence);
  }

  protected optionInternal(action: Action | GatedAction, occurrence: number): unknown {
    const key = occurrence | OPTION_KEY | this.currRuleShortName;
    const lookahead = this.lookAheadFuncsCache.get(key) as LookaheadFunction;
    if (typeof action !== 'function' && action.GATE !== undefined) {
      this.keptClosures[keptClosureSlot(key, 1)] = action;
      if (!action.GATE.call(this)) return undefined;
    }
    if (lookahead.call(this) !== true) return undefined;
    this.keptClosures[keptClosureSlot(key, 0)] = action;
    return typeof action === 'function' ? action.call(this) : action.DEF.call(this);
  }

  protected manyInternal(occurrence: number, action: Action | GatedAction): void {
    const key = occurrence | MANY_KEY | this.currRuleShortName;
    const lookahead = this.lookAheadFuncsCache.get(key) as LookaheadFunction;
    const gate = typeof action === 'function' ? undefined : action.GATE;
    const body = typeof action === 'function' ? action : action.DEF;
    if (gate !== undefined) this.keptClosures[keptClosureSlot(key, 1)] = action;
    let kept = false;
    while ((gate === undefined || gate.call(this)) && lookahead.call(this) === true) {
      if (!kept) { this.keptClosures[keptClosureSlot(key, 0)] = action; kept = true; }
      const before = this.currIdx;
      body.call(this);
      // A repetition that consumed nothing would repeat for ever.
      if (this.currIdx <= before) return;
    }
  }
}
