/**
 * Chevrotain's LL(k) look-ahead, built for each production the first time the parser reaches it
 * rather than for every production when the parser is constructed. Building them all was most
 * of the construction time (~140 ms of ~220 ms), which every psh run pays before its first
 * parse, while a short command reaches only a few dozen productions.
 */
import type { ILookaheadStrategy } from 'chevrotain';
import { LLkLookaheadStrategy } from './chevrotain.js';

type Strategy = ILookaheadStrategy;

// Chevrotain's look-ahead cache keys: occurrence | production kind | rule short name (keys.js).
export const OR_KEY = 1 << 8;
export const OPTION_KEY = 2 << 8;
export const MANY_KEY = 3 << 8;
const optionalKinds: Record<string, number> = {
  Option: OPTION_KEY, Repetition: MANY_KEY, RepetitionMandatory: 4 << 8, RepetitionWithSeparator: 5 << 8,
  RepetitionMandatoryWithSeparator: 6 << 8,
};

/** What of the parser a look-ahead function sees as `this` when it is first called. */
interface LookaheadCache {
  readonly fullRuleNameToShort: Record<string, number>;
  readonly lookAheadFuncsCache: Map<number, unknown>;
}

export class LazyLookaheadStrategy implements Strategy {
  private readonly eager: Strategy;

  constructor(maxLookahead: number) {
    this.eager = new LLkLookaheadStrategy({ maxLookahead });
  }

  validate(options: Parameters<Strategy['validate']>[0]): ReturnType<Strategy['validate']> {
    return this.eager.validate(options);
  }

  // Each function below builds the real one on its first call and puts it in the parser's cache in
  // its own place, so later look-ups reach it directly (a repetition that fetched the lazy one
  // before calls it again: it keeps what it built). Chevrotain calls them with the parser as `this`.

  buildLookaheadForAlternation(options: Parameters<Strategy['buildLookaheadForAlternation']>[0]): ReturnType<Strategy['buildLookaheadForAlternation']> {
    const eager = this.eager;
    let built: ReturnType<Strategy['buildLookaheadForAlternation']> | undefined;
    return function (this: LookaheadCache, alternatives) {
      if (!built) {
        built = eager.buildLookaheadForAlternation(options);
        this.lookAheadFuncsCache.set(this.fullRuleNameToShort[options.rule.name] | OR_KEY | options.prodOccurrence, built);
      }
      return built.call(this, alternatives);
    };
  }

  buildLookaheadForOptional(options: Parameters<Strategy['buildLookaheadForOptional']>[0]): ReturnType<Strategy['buildLookaheadForOptional']> {
    const eager = this.eager;
    let built: ReturnType<Strategy['buildLookaheadForOptional']> | undefined;
    return function (this: LookaheadCache) {
      if (!built) {
        built = eager.buildLookaheadForOptional(options);
        this.lookAheadFuncsCache.set(this.fullRuleNameToShort[options.rule.name] | optionalKinds[options.prodType] | options.prodOccurrence, built);
      }
      return built.call(this);
    };
  }
}
