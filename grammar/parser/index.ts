/**
 * The PowerShell parser: text -> tokens -> AST, with every parse error pwsh would report.
 * The Chevrotain parser is built once (its grammar analysis is the expensive part) and reused.
 */
import { tokenMatcher } from '../chevrotain.js';
import * as T from '../tokens.js';
import { StatementParser } from './statements.js';
import { SourceText } from '../extent.js';
import { Tokenizer, type PshToken } from '../tokenizer.js';
import type { ParseError } from '../errors.js';
import type { ScriptBlockAst } from '../ast.js';

export interface ParseResult {
  ast: ScriptBlockAst;
  tokens: PshToken[];
  errors: ParseError[];
  source: SourceText;
}

class PowerShellParser extends StatementParser {
  /** A whole script: its body, then any stray closers, each reported and skipped. */
  scriptFile = this.RULE('scriptFile', (): ScriptBlockAst => {
    const body = this.SUBRULE(this.scriptBlockBody, { ARGS: [0] });
    this.MANY(() => {
      const t = this.CONSUME(T.AnyToken);
      if (!this.RECORDING_PHASE) this.reportUnexpected(t);
      const more = this.SUBRULE(this.statementList);
      if (!this.RECORDING_PHASE) {
        const end = body.endBlock ?? body.processBlock;
        // A new list: the block's own may be the shared empty one.
        if (end) end.statements = end.statements.concat(more);
      }
    });
    return body;
  });

  /** The statements of a `$( )` inside a string, parsed on their own after the main parse. */
  subExpressionBody = this.RULE('subExpressionBody', () => {
    const statements = this.SUBRULE(this.statementList);
    this.MANY(() => {
      const t = this.CONSUME(T.AnyToken);
      if (!this.RECORDING_PHASE) this.reportUnexpected(t);
      const more = this.SUBRULE1(this.statementList);
      if (!this.RECORDING_PHASE) statements.push(...more);
    });
    return statements;
  });

  constructor() {
    super();
    this.performSelfAnalysis();
  }

  parseText(text: string, file: string | undefined): ParseResult {
    const source = new SourceText(text, file);
    const { tokens, errors, requires } = Tokenizer.tokenize(source);
    this.source = source;
    this.parseErrors = errors;
    // The tokenizer finds its errors where they are.
    this.detectedAt = errors.map((e) => e.extent.startOffset);
    this.deferred = [];
    let last = tokens.length - 1;
    while (last >= 0 && tokenMatcher(tokens[last], T.NewLine)) last--;
    this.lastSignificantStart = last >= 0 ? tokens[last].startOffset : -1;
    this.input = tokens;
    let ast = this.runRule(() => this.scriptFile(), tokens, 0);
    if (!ast) ast = emptyScript(source);
    ast.requires = requires;
    ast = { ...ast, extent: source.extent(0, text.length) };
    // Sub-expressions inside strings, innermost last; each may queue more.
    for (let i = 0; i < this.deferred.length; i++) {
      const d = this.deferred[i];
      this.input = d.tokens;
      const statements = this.runRule(() => this.subExpressionBody(), d.tokens, d.start) ?? [];
      d.fill(this.statementBlock(statements, d.start + 2, Math.max(d.start + 2, d.end - 1)));
    }
    this.releaseArgument();
    const order = this.parseErrors.map((_, i) => i).sort((a, b) => this.detectedAt[a] - this.detectedAt[b] || a - b);
    const all = order.map((i) => this.parseErrors[i]);
    return { ast, tokens, errors: all, source };
  }

  /** Runs a rule; a recognition failure the grammar did not anticipate becomes an UnexpectedToken error. */
  private runRule<R>(rule: () => R, tokens: PshToken[], fallbackOffset: number): R | undefined {
    try {
      const result = rule();
      for (const e of this.errors) this.reportRecognitionError(e.token as PshToken, fallbackOffset);
      return result;
    } catch (e) {
      if (e instanceof RangeError) {
        // Stack exhaustion on pathological input: an error, not a crash.
        this.report('ScriptTooComplicated', fallbackOffset, fallbackOffset, [], false);
        return undefined;
      }
      const token = (e as { token?: PshToken }).token;
      if (!token && !(e instanceof Error && /Expecting|NoViable|Mismatch/i.test(e.name + e.message))) throw e;
      this.reportRecognitionError(token ?? tokens[tokens.length - 1], fallbackOffset);
      return undefined;
    }
  }

  private reportRecognitionError(token: PshToken | undefined, fallbackOffset: number): void {
    if (!token || Number.isNaN(token.startOffset) || tokenMatcher(token, T.NewLine)) {
      const at = token && !Number.isNaN(token.startOffset) ? token.startOffset : this.source.text.length;
      this.report('UnexpectedToken', at || fallbackOffset, at || fallbackOffset, [''], true);
      return;
    }
    this.reportUnexpected(token);
  }
}

function emptyScript(source: SourceText): ScriptBlockAst {
  const extent = source.extent(0, source.text.length);
  return {
    kind: 'ScriptBlock', usingStatements: [], requires: [], attributes: [], paramBlock: null, dynamicParamBlock: null,
    beginBlock: null, processBlock: null, endBlock: null, cleanBlock: null, isFilter: false, extent,
  };
}

let shared: PowerShellParser | undefined;

/** Constructs the parser if it has not been yet (the one-time cost of grammar analysis). */
export function warmUpParser(): void {
  shared ??= new PowerShellParser();
}

/** Parses PowerShell source text. Never throws for bad input: problems are in `errors`. */
export function parse(text: string, file?: string): ParseResult {
  warmUpParser();
  return shared!.parseText(text, file);
}
