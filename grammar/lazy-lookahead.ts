/**
 * Chevrotain's LL(k) look-ahead, built for each production the first time the parser reaches it
 * rather than for every production when the parser is constructed. Building them all was most
 * of the construction time (~140 ms of ~220 ms), which every psh run pays before its first
 * parse, while a short command reaches only a few dozen productions.
 */
import type { ILookaheadStrategy } from 'chevrotain';
import { LLkLookaheadStrategy } from './chevrotain.js';

type Strategy = ILookaheadStrategy;

export class LazyLookaheadStrategy implements Strategy {
  private readonly eager: Strategy;

  constructor(maxLookahead: number) {
    this.eager = new LLkLookaheadStrategy({ maxLookahead });
  }

  validate(options: Parameters<Strategy['validate']>[0]): ReturnType<Strategy['validate']> {
    return this.eager.validate(options);
  }

  buildLookaheadForAlternation(options: Parameters<Strategy['buildLookaheadForAlternation']>[0]): ReturnType<Strategy['buildLookaheadForAlternation']> {
    const eager = this.eager;
    let built: ReturnType<Strategy['buildLookaheadForAlternation']> | undefined;
    // Chevrotain calls look-ahead functions with the parser as `this`.
    return function (this: unknown, alternatives) {
      built ??= eager.buildLookaheadForAlternation(options);
      return built.call(this, alternatives);
    };
  }

  buildLookaheadForOptional(options: Parameters<Strategy['buildLookaheadForOptional']>[0]): ReturnType<Strategy['buildLookaheadForOptional']> {
    const eager = this.eager;
    let built: ReturnType<Strategy['buildLookaheadForOptional']> | undefined;
    return function (this: unknown) {
      built ??= eager.buildLookaheadForOptional(options);
      return built.call(this);
    };
  }
}
