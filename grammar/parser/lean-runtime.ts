/**
 * Chevrotain's parsing DSL at run time, without the parts psh turns off. psh's parser has error
 * recovery disabled, builds no CST and never backtracks, yet Chevrotain's run-time methods still
 * pay for them on every step: a rule stack push and pop with try/catch/finally per sub-rule, a
 * closure per gated OPTION or MANY, an arguments array per repetition. These overrides keep what
 * the grammar depends on (the LL(1) look-ahead functions, found by the current rule and the
 * occurrence index) and drop the rest.
 *
 * They replace internal methods of Chevrotain 11 (subruleInternal, consumeInternal,
 * optionInternal, manyInternal). While Chevrotain records the grammar it installs its own
 * recording methods on the instance, which shadow these, so recording is unchanged.
 *
 * Sub-rules run without entering Chevrotain's rule wrapper, so the rule stack holds only the rule
 * the parse started with: a recognition exception thrown anywhere ends the parse at that root
 * rule, as it did when every rule rethrew it (recovery being off).
 */
import type { IToken, TokenType } from 'chevrotain';
import { EmbeddedActionsParser } from '../chevrotain.js';

// Chevrotain's look-ahead cache keys: occurrence | production kind | rule short name (keys.js).
const OPTION_KEY = 2 << 8;
const MANY_KEY = 3 << 8;

type LookaheadFunction = (this: LeanParser) => boolean;
type Action = (this: LeanParser) => unknown;
type GatedAction = { GATE?: (this: LeanParser) => boolean; DEF: Action };

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

export class LeanParser extends EmbeddedActionsParser {
  declare private currIdx: number;
  declare private tokVector: IToken[];
  declare private currRuleShortName: number;
  declare private readonly fullRuleNameToShort: Record<string, number>;
  declare private readonly lookAheadFuncsCache: Map<number, LookaheadFunction>;

  protected subruleInternal(rule: DefinedRule, _occurrence: number, options: { ARGS?: unknown[] } | undefined): unknown {
    const outer = this.currRuleShortName;
    this.currRuleShortName = rule.leanShortName ??= this.fullRuleNameToShort[rule.ruleName];
    const result = options === undefined ? rule.originalGrammarAction.call(this) : rule.originalGrammarAction.apply(this, options.ARGS ?? []);
    this.currRuleShortName = outer;
    return result;
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

  protected optionInternal(action: Action | GatedAction, occurrence: number): unknown {
    const lookahead = this.lookAheadFuncsCache.get(occurrence | OPTION_KEY | this.currRuleShortName)!;
    if (typeof action === 'function') return lookahead.call(this) === true ? action.call(this) : undefined;
    if (action.GATE !== undefined && !action.GATE.call(this)) return undefined;
    return lookahead.call(this) === true ? action.DEF.call(this) : undefined;
  }

  protected manyInternal(occurrence: number, action: Action | GatedAction): void {
    const lookahead = this.lookAheadFuncsCache.get(occurrence | MANY_KEY | this.currRuleShortName)!;
    const gate = typeof action === 'function' ? undefined : action.GATE;
    const body = typeof action === 'function' ? action : action.DEF;
    while ((gate === undefined || gate.call(this)) && lookahead.call(this) === true) {
      const before = this.currIdx;
      body.call(this);
      // A repetition that consumed nothing would repeat for ever.
      if (this.currIdx <= before) return;
    }
  }
}
