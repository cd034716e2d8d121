/**
 * Chevrotain's runtime, loaded from the single-file bundle the package ships. The package's
 * main entry pulls in hundreds of lodash-es modules (about 0.6 s at start-up on this machine);
 * the bundle loads in a few milliseconds. Types still come from the package itself.
 */
import type * as Chevrotain from 'chevrotain';

const bundle = new URL('../chevrotain.mjs', import.meta.resolve('chevrotain'));
const runtime = (await import(bundle.href)) as typeof Chevrotain;

export const { createToken, createTokenInstance, tokenMatcher, EmbeddedActionsParser, EOF, Lexer, LLkLookaheadStrategy } = runtime;
