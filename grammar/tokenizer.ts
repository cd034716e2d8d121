/**
 * The PowerShell tokenizer. PowerShell is lexed by context: the same characters are a bare-word
 * argument in command mode (`Get-Item 1..3`) and operators in expression mode (`$x = 1..3`), and
 * keywords are keywords only where a statement begins. pwsh's parser switches its tokenizer's
 * mode as it goes; Chevrotain wants the tokens up front, so this tokenizer tracks the structure
 * itself (a stack of open brackets and what they hold) to know the mode at each character.
 *
 * Strings with `$(...)` and generic tokens with `$var` carry their nested tokens in their payload;
 * the parser parses those nested token lists as sub-expressions.
 */
import type { IToken, TokenType } from 'chevrotain';
import * as T from './tokens.js';
import { SourceText } from './extent.js';
import { parseError, type ParseError } from './errors.js';
import { scanNumber, type NumberValue } from './numbers.js';
import { fitted } from './fitted-array.js';
import type { StreamName, StringConstantType } from './ast.js';

export interface VariablePayload {
  name: string;
  scope: string | null;
  unqualifiedName: string;
  braced: boolean;
  splatted: boolean;
}

export type StringPart =
  | { kind: 'text'; text: string }
  | { kind: 'variable'; token: PshToken }
  | { kind: 'subexpression'; tokens: PshToken[]; start: number; end: number };

export interface StringPayload {
  value: string;
  stringType: StringConstantType;
  /** For expandable strings and generic tokens: the literal runs and nested variables and `$( )`. */
  parts?: StringPart[];
}

export interface RedirectionPayload {
  from: StreamName;
  to: StreamName | null;
  append: boolean;
  /** `<` and other operators pwsh reserves. */
  unsupported: boolean;
}

export type TokenPayload = VariablePayload | NumberValue | StringPayload | RedirectionPayload | { name: string; colon: boolean } | { op: string } | null;

export interface PshToken extends IToken {
  payload?: TokenPayload;
}

/** Token types by Chevrotain's index of each, which is all a token stores of its type. */
const typeByIndex: TokenType[] = [];
for (const type of T.allTokenTypes) typeByIndex[type.tokenTypeIdx!] = type;
const newLineIndex = T.NewLine.tokenTypeIdx!;
const genericTokenIndex = T.GenericToken.tokenTypeIdx!;
const variableIndex = T.Variable.tokenTypeIdx!;
const splattedVariableIndex = T.SplattedVariable.tokenTypeIdx!;
const parameterIndex = T.Parameter.tokenTypeIdx!;

/**
 * A token of psh's tokenizer. Its image and line and column are read from the source when asked
 * for (the parser rarely needs them), which saves a string and a line search per token. Its type
 * is looked up from its type index (what Chevrotain matches on): every token lives as long as
 * the parse, so each field it leaves out is memory the young-generation collections need not copy.
 * For the same reason the payload of a bare word, a plain `$name` / `@name` or a parameter, which
 * its text alone gives, is made when asked for, and dies young in the parser that asked; and a
 * token holds a payload field only when it has a scanned one (a ScannedToken), as few do.
 */
class SourceToken implements PshToken {
  /** A true private field: not enumerated, so a token never serializes the whole source. */
  readonly #source: SourceText;
  constructor(
    source: SourceText,
    readonly tokenTypeIdx: number,
    readonly startOffset: number,
    readonly endOffset: number,
  ) {
    this.#source = source;
  }
  /** The payload its text gives, or null. */
  get payload(): TokenPayload {
    switch (this.tokenTypeIdx) {
      case genericTokenIndex: return { value: this.#source.name(this.startOffset, this.endOffset + 1), stringType: 'BareWord' };
      case variableIndex: return variablePayload(this.#source.name(this.startOffset + 1, this.endOffset + 1), false, false);
      case splattedVariableIndex: return variablePayload(this.#source.name(this.startOffset + 1, this.endOffset + 1), false, true);
      case parameterIndex: {
        // `-name` or `-name:`; the name never holds a colon.
        const colon = this.#source.text.charCodeAt(this.endOffset) === C.Colon;
        return { name: this.#source.name(this.startOffset + 1, colon ? this.endOffset : this.endOffset + 1), colon };
      }
      default: return null;
    }
  }
  get tokenType(): TokenType {
    return typeByIndex[this.tokenTypeIdx];
  }
  get image(): string {
    return this.#source.text.slice(this.startOffset, this.endOffset + 1);
  }
  get startLine(): number {
    return this.#source.lineIndexAt(this.startOffset) + 1;
  }
  get startColumn(): number {
    return this.startOffset - this.#source.lineStart(this.#source.lineIndexAt(this.startOffset)) + 1;
  }
}

/** A token with the payload its scanner made (a string's value, a number's, an operator's...). */
class ScannedToken extends SourceToken {
  readonly #payload: TokenPayload;
  constructor(source: SourceText, tokenTypeIdx: number, startOffset: number, endOffset: number, payload: NonNullable<TokenPayload>) {
    super(source, tokenTypeIdx, startOffset, endOffset);
    this.#payload = payload;
  }
  override get payload(): TokenPayload {
    return this.#payload;
  }
}

function sourceToken(source: SourceText, tokenTypeIdx: number, startOffset: number, endOffset: number, payload: TokenPayload | undefined): PshToken {
  return payload == null ? new SourceToken(source, tokenTypeIdx, startOffset, endOffset) : new ScannedToken(source, tokenTypeIdx, startOffset, endOffset, payload);
}

export interface TokenizeResult {
  tokens: PshToken[];
  errors: ParseError[];
  /** `#requires` lines in order. */
  requires: string[];
}

type Mode =
  | 'statement' // a statement may begin: keywords are keywords
  | 'element' // a pipeline element may begin: expression or command
  | 'command' // inside a command's arguments
  | 'operand' // expression mode, an operand is expected
  | 'operator' // expression mode, after an operand
  | 'hashKey' // a key of @{ } may begin
  | 'member' // after `.` or `::`: a member name
  | 'typeName' // inside [ ] of a type literal or attribute
  | 'word'; // one generic word (function name, label, class name...), then `afterWord`

type FrameKind =
  | 'script' | 'block' | 'scriptBlockExpr' | 'subexpr' | 'paren' | 'hash' | 'index' | 'methodArgs'
  | 'typeBracket' | 'attrArgs' | 'paramList' | 'keywordCond' | 'foreachCond' | 'classBody' | 'stringSubexpr';

interface Frame {
  kind: FrameKind;
  closer: number; // char code that closes the frame, or -1
  /** The mode to return to after the closer. */
  after: Mode;
  /** For keyword conditions: whether a statement block follows the `)`. */
  blockFollows: boolean;
  /** The body of a `do` loop: `while` or `until` follows it. */
  doBody: boolean;
}

/** A frame with every field set, so that all frames share one shape (see keptShapes). */
function frame(kind: FrameKind, closer: number, after: Mode, blockFollows = false, doBody = false): Frame {
  return { kind, closer, after, blockFollows, doBody };
}

const enum C {
  Tab = 9, LF = 10, VT = 11, FF = 12, CR = 13, Space = 32, Bang = 33, DQuote = 34, Hash = 35, Dollar = 36,
  Percent = 37, Amp = 38, SQuote = 39, LParen = 40, RParen = 41, Star = 42, Plus = 43, Comma = 44,
  Dash = 45, Dot = 46, Slash = 47, Colon = 58, Semi = 59, Lt = 60, Eq = 61, Gt = 62, Question = 63,
  At = 64, LBracket = 91, Backslash = 92, RBracket = 93, Caret = 94, Underscore = 95, Backtick = 96,
  LCurly = 123, Pipe = 124, RCurly = 125, NBSP = 0xa0, EnDash = 0x2013, EmDash = 0x2014,
  HorizontalBar = 0x2015, QuoteSingleLeft = 0x2018, QuoteSingleRight = 0x2019, QuoteSingleBase = 0x201a,
  QuoteReversed = 0x201b, QuoteDoubleLeft = 0x201c, QuoteDoubleRight = 0x201d, QuoteLowDoubleLeft = 0x201e,
}

/** Classes of the ASCII characters, as bits in a table: one load answers what a chain of comparisons would. */
const enum Class {
  Whitespace = 1, Newline = 2, Letter = 4, Digit = 8, Identifier = 16,
  /** Ends a generic token (pwsh's ForceStartNewToken). */
  NewToken = 32,
  /** May follow a number (pwsh's ForceStartNewTokenAfterNumber, plus the above). */
  AfterNumber = 64,
}
const asciiClass = (() => {
  const table = new Uint8Array(128);
  const add = (chars: string, bits: number) => { for (const ch of chars) table[ch.charCodeAt(0)] |= bits; };
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  add(' \t\v\f', Class.Whitespace | Class.NewToken | Class.AfterNumber);
  add('\n\r', Class.Newline | Class.NewToken | Class.AfterNumber);
  add(letters, Class.Letter | Class.Identifier);
  add('0123456789', Class.Digit | Class.Identifier);
  add('_', Class.Identifier);
  add('\0&(),;{}|', Class.NewToken | Class.AfterNumber);
  add('!#%*+-./<=>]:?"\'[', Class.AfterNumber);
  return table;
})();

function isWhitespace(c: number): boolean {
  return c < 128 ? (asciiClass[c] & Class.Whitespace) !== 0 : c === C.NBSP || c === 0x85 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0xfeff;
}
function isNewline(c: number): boolean { return c === C.LF || c === C.CR; }
function isDash(c: number): boolean { return c === C.Dash || c === C.EnDash || c === C.EmDash || c === C.HorizontalBar; }
function isSingleQuote(c: number): boolean { return c === C.SQuote || c === C.QuoteSingleLeft || c === C.QuoteSingleRight || c === C.QuoteSingleBase || c === C.QuoteReversed; }
function isDoubleQuote(c: number): boolean { return c === C.DQuote || c === C.QuoteDoubleLeft || c === C.QuoteDoubleRight || c === C.QuoteLowDoubleLeft; }
function isDigit(c: number): boolean { return c >= 48 && c <= 57; }
// Past ASCII (and for NaN, past the end) these fall back to Unicode categories.
function isLetter(c: number): boolean {
  return c < 128 ? (asciiClass[c] & Class.Letter) !== 0 : c > 127 && /\p{L}/u.test(String.fromCharCode(c));
}
function isIdentifierChar(c: number): boolean {
  return c < 128 ? (asciiClass[c] & Class.Identifier) !== 0 : c > 127 && /[\p{L}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]/u.test(String.fromCharCode(c));
}
function isVariableChar(c: number): boolean { return isIdentifierChar(c) || c === C.Question; }
/** Characters that end a generic token (pwsh's ForceStartNewToken); NaN is the end of input. */
function forcesNewToken(c: number): boolean {
  return c < 128 ? (asciiClass[c] & Class.NewToken) !== 0 : Number.isNaN(c) || isWhitespace(c);
}
/** Characters that may follow a number (pwsh's ForceStartNewTokenAfterNumber, plus the above). */
function endsNumber(c: number): boolean {
  return c < 128 ? (asciiClass[c] & Class.AfterNumber) !== 0 : Number.isNaN(c) || isWhitespace(c) || isDash(c) || isDoubleQuote(c) || isSingleQuote(c);
}

interface Keyword { word: string; type: TokenType }

/**
 * Statement keywords by length and first letter, so that a word at a statement start (most are
 * command names) is looked up without making a lower-cased copy of it.
 */
const keywordsByShape: (Keyword[] | undefined)[] = [];
function keywordShape(length: number, first: number): number { return length * 32 + (first & 31); }
for (const [word, type] of T.statementKeywords) (keywordsByShape[keywordShape(word.length, word.charCodeAt(0))] ??= []).push({ word, type });

/** The keyword an ASCII word spells in any case, as its lower-cased text would find it. */
function asciiKeywordAt(s: string, start: number, end: number): Keyword | undefined {
  const candidates = keywordsByShape[keywordShape(end - start, s.charCodeAt(start))];
  if (candidates === undefined) return undefined;
  next: for (const keyword of candidates) {
    // Keywords are lower-case letters: setting the 0x20 bit lower-cases A-Z and matches no other character to them.
    for (let k = 0; k < keyword.word.length; k++) if ((s.charCodeAt(start + k) | 0x20) !== keyword.word.charCodeAt(k)) continue next;
    return keyword;
  }
  return undefined;
}

function lowerCasedKeyword(text: string): Keyword | undefined {
  const word = text.toLowerCase();
  const type = T.statementKeywords.get(word);
  return type && { word, type };
}

/** Keywords whose `( )` condition comes next. */
const conditionKeywords = new Set(['if', 'elseif', 'while', 'switch', 'foreach', 'for', 'until']);

/** One shared payload per dash operator spelling (payloads are never changed). */
const operatorPayloads = new Map<string, { op: string }>();
function operatorPayload(name: string): { op: string } {
  let payload = operatorPayloads.get(name);
  if (!payload) operatorPayloads.set(name, (payload = { op: '-' + name }));
  return payload;
}

/** Deepest bracket nesting the parser accepts; far beyond real scripts, well within the stack. */
export const MAX_NESTING = 64;

const streamByDigit: Record<string, StreamName> = {
  '*': 'All', '1': 'Output', '2': 'Error', '3': 'Warning', '4': 'Verbose', '5': 'Debug', '6': 'Information',
};

/** Frames whose content is a list of statements: a newline or `;` there ends the statement. */
function separatorMode(kind: FrameKind): Mode | null {
  switch (kind) {
    case 'script': case 'block': case 'scriptBlockExpr': case 'subexpr': case 'stringSubexpr': return 'statement';
    case 'hash': return 'hashKey';
    case 'classBody': return 'statement';
    case 'paren': case 'keywordCond': case 'foreachCond': return 'element';
    default: return null;
  }
}

/** A set of token types as a table by type index: a look-up is one load, no hashing. */
function typeIndexSet(types: readonly TokenType[]): Uint8Array {
  const set = new Uint8Array(typeByIndex.length);
  for (const type of types) set[type.tokenTypeIdx!] = 1;
  return set;
}

/** Tokens after which a newline does not end the statement: the right side is still to come. */
const continuationTypes = typeIndexSet([
  T.Pipe, T.AndAnd, T.OrOr, T.Equals, T.CompoundAssignment, T.Plus, T.Minus, T.Star, T.Slash, T.Percent,
  T.DashLogical, T.DashBitwise, T.DashComparison, T.DashSplitJoin, T.DashFormat, T.DashNot, T.Exclaim,
  T.DotDot, T.Comma, T.QuestionQuestion, T.QuestionMark, T.Colon,
]);

const valueEndTypes = typeIndexSet([T.Variable, T.NumberLiteral, T.StringLiteral, T.ExpandableString, T.RParen, T.RBracket, T.RCurly, T.GenericToken, T.TypeName]);
/** Tokens after which `(` opens a method's arguments: `.`, `::` and `?.` before a member name. */
const memberOperatorTypes = typeIndexSet([T.Dot, T.ColonColon, T.QuestionDot]);

export class Tokenizer {
  private pos: number;
  private mode: Mode = 'statement';
  private readonly frames: Frame[] = [];
  private readonly out: PshToken[] = [];
  /** The next `{` opens a statement block (after `if (...)`, `else`, `try`, a function name...). */
  private blockExpected = false;
  /** The keyword whose construct is being scanned, for what follows its parts. */
  private pendingKeyword = '';
  /** The last emitted token was the `]` that ends a type literal. */
  private afterTypeLiteral = false;
  /** Mode to enter after a 'word'. */
  private afterWord: Mode = 'command';

  /** The source's text, read per character. */
  private readonly s: string;

  constructor(
    private readonly source: SourceText,
    start: number,
    private readonly end: number,
    private readonly errors: ParseError[],
    private readonly requires: string[],
    outerFrame: Frame,
    initialMode: Mode,
    /** Nesting of the enclosing tokenizers, for a `$( )` inside a string. */
    private readonly depthOffset = 0,
  ) {
    this.s = source.text;
    this.pos = start;
    this.frames.push(outerFrame);
    this.mode = initialMode;
  }

  static tokenize(source: SourceText): TokenizeResult {
    const errors: ParseError[] = [];
    const requires: string[] = [];
    const t = new Tokenizer(source, 0, source.text.length, errors, requires, frame('script', -1, 'statement'), 'statement');
    t.run();
    return { tokens: t.out, errors, requires };
  }

  /** The character code at an offset; NaN past the end (`end` is always the text's length). */
  private at(offset: number): number { return this.s.charCodeAt(offset); }
  private get c(): number { return this.s.charCodeAt(this.pos); }
  private get top(): Frame { return this.frames[this.frames.length - 1]; }

  private emit(type: TokenType, start: number, end: number, payload?: PshToken['payload']): PshToken {
    // Every field set in the constructors, so tokens have two shapes only (with and without a
    // scanned payload). End lines and columns are left out: nothing reads them.
    const tok = sourceToken(this.source, type.tokenTypeIdx!, start, end - 1, payload);
    this.afterTypeLiteral = false;
    this.out.push(tok);
    return tok;
  }

  /** A bare word whose value is its text: its payload is made when asked for. */
  private emitBareWord(start: number, end: number): void {
    this.emit(T.GenericToken, start, end);
  }

  private error(id: Parameters<typeof parseError>[0], start: number, end: number, incomplete: boolean, ...args: string[]): void {
    this.errors.push(parseError(id, this.source.extent(start, end), incomplete, ...args));
  }

  private lastToken(): PshToken | undefined { return this.out[this.out.length - 1]; }

  /** Runs until the outermost frame closes (nested tokenizers) or input ends. Returns the end offset. */
  run(): number {
    // One exit, reached every iteration: an exit only taken at the end of input would have no
    // type feedback, and the optimized loop would be thrown away each time it is reached.
    for (;;) {
      const pos = this.pos;
      if (pos >= this.end) return pos;
      if (!this.skipTrivia() && this.scanToken()) return this.pos;
    }
  }

  /** Skips whitespace, line continuations and comments; returns true if it skipped anything. */
  private skipTrivia(): boolean {
    const c = this.c;
    if (isWhitespace(c)) {
      // The whole run at once: indentation is a good part of most scripts.
      const s = this.s;
      let pos = this.pos + 1;
      while (pos < this.end && isWhitespace(s.charCodeAt(pos))) pos++;
      this.pos = pos;
      return true;
    }
    if (c === C.Backtick && isNewline(this.at(this.pos + 1))) {
      this.pos += this.at(this.pos + 1) === C.CR && this.at(this.pos + 2) === C.LF ? 3 : 2;
      return true;
    }
    if (c === C.Hash && this.mode !== 'typeName') {
      const start = this.pos;
      const s = this.s;
      let pos = start + 1;
      while (pos < this.end && !isNewline(s.charCodeAt(pos))) pos++;
      this.pos = pos;
      if ((s.charCodeAt(start + 1) | 0x20) === 0x72) {
        const text = s.slice(start, pos);
        if (/^#requires\s/i.test(text)) this.requires.push(text);
      }
      return true;
    }
    if (c === C.Lt && this.at(this.pos + 1) === C.Hash) {
      const start = this.pos;
      const close = this.s.indexOf('#>', this.pos + 2);
      if (close < 0 || close + 2 > this.end) {
        this.pos = this.end;
        this.error('MissingTerminatorMultiLineComment', start, this.end, true);
      } else {
        this.pos = close + 2;
      }
      return true;
    }
    return false;
  }

  /** Scans one token at `pos` (not trivia). Returns true when the outermost frame closed. */
  private scanToken(): boolean {
    const c = this.c;
    const start = this.pos;

    if (isNewline(c) || c === C.Semi) {
      const last = this.lastToken();
      const continues = last !== undefined && continuationTypes[last.tokenTypeIdx] === 1 && c !== C.Semi;
      this.pos += c === C.CR && this.at(this.pos + 1) === C.LF ? 2 : 1;
      // A run of line breaks (blank lines, comment lines) is one NewLine token: the parser
      // treats them alike and need not loop over each.
      if (c === C.Semi || last?.tokenTypeIdx !== newLineIndex) this.emit(c === C.Semi ? T.Semi : T.NewLine, start, this.pos);
      if (!continues) this.endOfStatementPart();
      return false;
    }
    if (c === C.RParen || c === C.RCurly || c === C.RBracket) return this.scanCloser(c);

    switch (this.mode) {
      case 'typeName': this.scanInTypeName(); return false;
      case 'member': this.scanMemberName(); return false;
      case 'word': this.scanWordThen(); return false;
      case 'command': this.scanInCommand(); return false;
      case 'hashKey': this.scanHashKey(); return false;
      case 'statement': if (!this.scanStatementStart()) this.scanElementStart(); return false;
      case 'element': this.scanElementStart(); return false;
      case 'operand': case 'operator': this.scanInExpression(); return false;
    }
  }

  /** A newline or `;` at the level of a statement list ends the statement there. */
  private endOfStatementPart(): void {
    const sep = separatorMode(this.top.kind);
    if (sep !== null) this.mode = sep;
  }

  private scanCloser(c: number): boolean {
    const start = this.pos;
    this.pos++;
    const type = c === C.RParen ? T.RParen : c === C.RCurly ? T.RCurly : T.RBracket;
    const closing = this.top;
    if (closing.closer !== c) {
      // Unbalanced closer: emit it and let the parser report it; stay in the current frame.
      this.emit(type, start, this.pos);
      if (this.mode === 'operand' || this.mode === 'member') this.mode = 'operator';
      return false;
    }
    this.frames.pop();
    this.emit(type, start, this.pos);
    if (closing.kind === 'stringSubexpr') return true;
    this.mode = closing.after;
    if (closing.kind === 'typeBracket') this.afterTypeLiteral = true;
    if (closing.kind === 'keywordCond' || closing.kind === 'foreachCond') {
      this.blockExpected = closing.blockFollows;
    }
    this.doWhile = closing.doBody;
    if (this.frames.length === 0) return true;
    return false;
  }

  private push(kind: FrameKind, closer: number, after: Mode, inner: Mode, blockFollows = false, doBody = false): void {
    this.frames.push(frame(kind, closer, after, blockFollows, doBody));
    this.mode = inner;
    if (this.frames.length + this.depthOffset > MAX_NESTING && !this.tooDeep) {
      // The parser recurses once per level: refuse nesting deep enough to exhaust the stack.
      this.tooDeep = true;
      const at = this.lastToken()!.startOffset;
      this.error('ScriptTooComplicated', at, at + 1, false);
      this.pos = this.end;
    }
  }
  private tooDeep = false;

  // ---------------------------------------------------------------------------------------------
  // Statement start: keywords and labels

  private scanStatementStart(): boolean {
    const c = this.c;
    const start = this.pos;
    if (c === C.LCurly && this.blockExpected) {
      this.openStatementBlock(start);
      return true;
    }
    if (c === C.Colon && isIdentifierChar(this.at(this.pos + 1))) {
      let i = this.pos + 1;
      while (isIdentifierChar(this.at(i))) i++;
      this.pos = i;
      this.emit(T.Label, start, i, { name: this.s.slice(start + 1, i), colon: false });
      return true;
    }
    if (!isLetter(c) && c !== C.Underscore) return false;
    let i = this.pos;
    let dashed = false;
    let ascii = true;
    for (;;) {
      const ch = this.at(i);
      if (isDash(ch)) dashed = true;
      else if (!isIdentifierChar(ch)) break;
      if (ch > 127) ascii = false;
      i++;
    }
    // No keyword is longer than 13 letters or holds a dash: most command names stop here.
    if (this.top.kind !== 'classBody' && (dashed || i - start > 13)) return false;
    if (this.top.kind === 'classBody') {
      // Members of a class or enum: modifiers, then names that are not commands.
      const word = this.s.slice(start, i).toLowerCase();
      this.pos = i;
      if (word === 'hidden' || word === 'static') { this.emit(T.MemberModifier, start, i); return true; }
      this.emitBareWord(start, i);
      this.mode = 'operator';
      return true;
    }
    // Past ASCII, lower-casing may make a keyword of other letters (the Kelvin sign is a `k`).
    const keyword = ascii ? asciiKeywordAt(this.s, start, i) : lowerCasedKeyword(this.s.slice(start, i));
    // A keyword must end where a token may (`if(`, `else{`); `foreach-object` is a word.
    if (!keyword || keyword.type === T.In || !forcesNewToken(this.at(i))) return false;
    this.pos = i;
    this.emit(keyword.type, start, i);
    this.afterKeyword(keyword.word);
    return true;
  }

  private afterKeyword(word: string): void {
    const afterDoBody = this.doWhile;
    this.doWhile = false;
    this.pendingKeyword = word;
    switch (word) {
      case 'if': case 'elseif': case 'switch': case 'foreach': case 'for':
        this.mode = 'statement';
        break;
      case 'while': case 'until':
        this.mode = 'statement';
        this.conditionWithoutBlock = afterDoBody;
        break;
      case 'else': case 'try': case 'finally': case 'do': case 'begin': case 'process': case 'end': case 'clean': case 'dynamicparam':
      case 'catch': case 'trap':
        this.blockExpected = true;
        this.mode = 'statement';
        break;
      case 'function': case 'filter': case 'workflow':
        this.blockExpected = true;
        this.afterWord = 'statement';
        this.mode = 'word';
        break;
      case 'param':
        this.mode = 'statement';
        break;
      case 'break': case 'continue':
        this.afterWord = 'operator';
        this.mode = 'word';
        break;
      case 'return': case 'throw': case 'exit':
        this.mode = 'element';
        break;
      case 'data':
        this.blockExpected = true;
        this.mode = 'command';
        break;
      case 'class': case 'enum':
        this.blockExpected = true;
        this.afterWord = 'statement';
        this.mode = 'word';
        break;
      case 'using':
        this.mode = 'command';
        break;
      default:
        this.mode = 'element';
    }
  }

  /** The last token closed the body of a `do` loop. */
  private doWhile = false;
  private conditionWithoutBlock = false;

  private openStatementBlock(start: number): void {
    this.pos++;
    this.emit(T.LCurly, start, this.pos);
    this.blockExpected = false;
    const keyword = this.pendingKeyword;
    this.pendingKeyword = '';
    if (keyword === 'class' || keyword === 'enum') this.push('classBody', C.RCurly, 'statement', 'statement');
    else this.push('block', C.RCurly, 'statement', 'statement', false, keyword === 'do');
  }

  // ---------------------------------------------------------------------------------------------
  // Pipeline element start: an expression or a command

  private scanElementStart(): void {
    const c = this.c;
    const start = this.pos;
    const next = this.at(this.pos + 1);
    if (c === C.LCurly && this.blockExpected) { this.openStatementBlock(start); return; }
    if (c === C.LParen && conditionKeywords.has(this.pendingKeyword)) {
      const kw = this.pendingKeyword;
      this.pos++;
      this.emit(T.LParen, start, this.pos);
      const withoutBlock = this.conditionWithoutBlock;
      this.conditionWithoutBlock = false;
      this.pendingKeyword = '';
      if (kw === 'foreach') this.push('foreachCond', C.RParen, 'statement', 'operand', true);
      else if (kw === 'for') this.push('keywordCond', C.RParen, 'statement', 'statement', true);
      else this.push('keywordCond', C.RParen, withoutBlock ? 'operator' : 'statement', 'element', !withoutBlock);
      return;
    }
    if (isDash(c) && this.pendingKeyword && (this.pendingKeyword === 'switch' || this.pendingKeyword === 'foreach')) {
      // switch -regex -file x / foreach -parallel: flags before the condition.
      this.scanParameter(start);
      if (this.lastToken()?.image.toLowerCase() === '-file') {
        this.skipInlineWhitespace();
        this.mode = 'command';
        this.scanCommandArgument();
      }
      this.mode = 'statement';
      return;
    }
    if (c === C.LParen && this.pendingKeyword === 'param') {
      this.pendingKeyword = '';
      this.pos++;
      this.emit(T.LParen, start, this.pos);
      this.push('paramList', C.RParen, 'statement', 'operand');
      return;
    }
    if (c === C.Amp && next !== C.Amp) {
      this.pos++;
      this.emit(T.Ampersand, start, this.pos);
      this.mode = 'command';
      this.commandNameNext = true;
      return;
    }
    if (c === C.Dot && (isWhitespace(next) || next === C.Dollar || isDoubleQuote(next) || isSingleQuote(next) || next === C.LCurly || next === C.LParen)) {
      this.pos++;
      this.emit(T.DotSource, start, this.pos);
      this.mode = 'command';
      this.commandNameNext = true;
      return;
    }
    if (this.startsExpression(c, next)) {
      this.mode = 'operand';
      this.scanInExpression();
      return;
    }
    if (c === C.Pipe || c === C.Comma || c === C.Eq || c === C.RParen) {
      // Structural tokens where an element was expected: the parser reports them.
      this.mode = 'operand';
      this.scanInExpression();
      return;
    }
    // A command name.
    this.mode = 'command';
    this.commandNameNext = true;
    this.scanInCommand();
  }
  private commandNameNext = false;

  private startsExpression(c: number, next: number): boolean {
    if (c === C.Dollar || isSingleQuote(c) || isDoubleQuote(c) || c === C.LParen || c === C.LBracket || c === C.LCurly) return true;
    if (c === C.At && (next === C.LParen || next === C.LCurly || isSingleQuote(next) || isDoubleQuote(next) || isVariableChar(next))) return true;
    if (c === C.Bang || c === C.Comma) return true;
    if (c === C.Plus || isDash(c)) {
      if (isDash(c) && isLetter(next)) {
        // `-not $x` is an expression; `-Name` alone is not.
        let i = this.pos + 1;
        while (isLetter(this.at(i))) i++;
        return T.dashOperators.has(this.s.slice(this.pos + 1, i).toLowerCase()) && !isIdentifierChar(this.at(i));
      }
      return true;
    }
    if (isDigit(c) || (c === C.Dot && isDigit(next))) {
      const scanned = this.scanNumberHere();
      // Kept for scanInExpression, which goes on to read this number.
      this.numberAhead = scanned;
      this.numberAheadAt = this.pos;
      return scanned !== null && scanned.end <= this.end;
    }
    return false;
  }

  /** The number startsExpression scanned, and where: scanned once, not again to be read. */
  private numberAhead: ReturnType<typeof scanNumber> = null;
  private numberAheadAt = -1;

  /** The number at `pos` in expression mode, where it may end at an operator (`1+2`, `1..3`). */
  private scanNumberHere(): ReturnType<typeof scanNumber> {
    if (this.numberAheadAt === this.pos) return this.numberAhead;
    return scanNumber(this.s, this.pos, endsNumber);
  }

  // ---------------------------------------------------------------------------------------------
  // Expression mode

  private scanInExpression(): void {
    const c = this.c;
    const next = this.at(this.pos + 1);
    const start = this.pos;
    const operand = this.mode === 'operand';

    if (c === C.LCurly && this.blockExpected) { this.openStatementBlock(start); return; }
    if (this.afterTypeLiteral && isLetter(c) && /^(param|class|enum)\b/i.test(this.s.slice(this.pos, this.pos + 6))) {
      // Attributes before `param(`, `class` or `enum`: the keyword still starts the statement.
      const top = this.top.kind;
      if (top !== 'classBody' && this.scanStatementStart()) return;
    }
    switch (c) {
      case C.Dollar: this.scanDollar(start); return;
      case C.At: if (this.scanAt(start)) return; break;
      case C.LParen:
        this.pos++;
        this.emit(T.LParen, start, this.pos);
        if (!operand && this.adjacentToMemberName(start)) this.push('methodArgs', C.RParen, 'operator', 'operand');
        else this.push('paren', C.RParen, 'operator', 'element');
        return;
      case C.LCurly:
        this.pos++;
        this.emit(T.LCurly, start, this.pos);
        this.push('scriptBlockExpr', C.RCurly, 'operator', 'statement');
        return;
      case C.LBracket:
        this.pos++;
        if (!operand && this.adjacentToValueAt(start) && !this.afterTypeLiteral) {
          this.emit(T.LBracket, start, this.pos);
          this.push('index', C.RBracket, 'operator', 'operand');
        } else {
          this.emit(T.LBracket, start, this.pos);
          this.push('typeBracket', C.RBracket, 'operand', 'typeName');
        }
        return;
      case C.Comma: this.pos++; this.emit(T.Comma, start, this.pos); this.mode = 'operand'; return;
      case C.Pipe: case C.Amp:
        if (this.scanPipelineOperator(start)) return;
        // A single `&` where an operand is expected is the call operator.
        this.pos++;
        this.emit(T.Ampersand, start, this.pos);
        this.mode = operand ? 'command' : 'statement';
        if (operand) this.commandNameNext = true;
        return;
      case C.Eq:
        this.pos++;
        this.emit(T.Equals, start, this.pos);
        this.mode = this.assignmentRightMode();
        return;
      case C.Bang: this.pos++; this.emit(T.Exclaim, start, this.pos); this.mode = 'operand'; return;
      case C.Plus:
        if (next === C.Plus) { this.pos += 2; this.emit(T.PlusPlus, start, this.pos); this.mode = operand ? 'operand' : 'operator'; return; }
        if (next === C.Eq) { this.pos += 2; this.emit(T.CompoundAssignment, start, this.pos); this.mode = this.assignmentRightMode(); return; }
        this.pos++; this.emit(T.Plus, start, this.pos); this.mode = 'operand'; return;
      case C.Star:
        if (next === C.Gt) { this.scanRedirection(start, 'All', 1); return; }
        if (next === C.Eq) { this.pos += 2; this.emit(T.CompoundAssignment, start, this.pos); this.mode = this.assignmentRightMode(); return; }
        this.pos++; this.emit(T.Star, start, this.pos); this.mode = 'operand'; return;
      case C.Slash:
        if (next === C.Eq) { this.pos += 2; this.emit(T.CompoundAssignment, start, this.pos); this.mode = this.assignmentRightMode(); return; }
        this.pos++; this.emit(T.Slash, start, this.pos); this.mode = 'operand'; return;
      case C.Percent:
        if (next === C.Eq) { this.pos += 2; this.emit(T.CompoundAssignment, start, this.pos); this.mode = this.assignmentRightMode(); return; }
        this.pos++; this.emit(T.Percent, start, this.pos); this.mode = 'operand'; return;
      case C.Dot:
        if (next === C.Dot) { this.pos += 2; this.emit(T.DotDot, start, this.pos); this.mode = 'operand'; return; }
        if (isDigit(next) && (operand || !this.adjacentToValueAt(start))) break; // a number like .5
        this.pos++;
        this.emit(T.Dot, start, this.pos);
        this.mode = 'member';
        return;
      case C.Colon:
        if (next === C.Colon) { this.pos += 2; this.emit(T.ColonColon, start, this.pos); this.mode = 'member'; return; }
        this.pos++; this.emit(T.Colon, start, this.pos); this.mode = 'operand'; return;
      case C.Question:
        if (next === C.Question) {
          if (this.at(this.pos + 2) === C.Eq) { this.pos += 3; this.emit(T.CompoundAssignment, start, this.pos); this.mode = this.assignmentRightMode(); return; }
          this.pos += 2; this.emit(T.QuestionQuestion, start, this.pos); this.mode = 'operand'; return;
        }
        if (!operand && next === C.Dot && this.adjacentToValueAt(start)) { this.pos += 2; this.emit(T.QuestionDot, start, this.pos); this.mode = 'member'; return; }
        if (!operand && next === C.LBracket && this.adjacentToValueAt(start)) {
          this.pos += 2;
          this.emit(T.QuestionLBracket, start, this.pos);
          this.push('index', C.RBracket, 'operator', 'operand');
          return;
        }
        this.pos++; this.emit(T.QuestionMark, start, this.pos); this.mode = 'operand'; return;
      case C.Gt: case C.Lt:
        this.scanRedirection(start, 'Output', 0);
        return;
    }
    if (isDash(c)) {
      if (isDash(next)) {
        this.pos += 2;
        this.emit(T.MinusMinus, start, this.pos);
        this.mode = operand ? 'operand' : 'operator';
        return;
      }
      if (next === C.Eq) { this.pos += 2; this.emit(T.CompoundAssignment, start, this.pos); this.mode = this.assignmentRightMode(); return; }
      if (isLetter(next)) {
        let i = this.pos + 1;
        while (isLetter(this.at(i))) i++;
        const name = this.s.slice(this.pos + 1, i).toLowerCase();
        const opType = T.dashOperators.get(name);
        if (opType && !isIdentifierChar(this.at(i))) {
          this.pos = i;
          this.emit(opType, start, i, operatorPayload(name));
          this.mode = 'operand';
          return;
        }
        // Not an operator: pwsh scans a parameter token here, which the parser rejects.
        this.scanParameter(start);
        this.mode = 'operand';
        return;
      }
      this.pos++;
      this.emit(T.Minus, start, this.pos);
      this.mode = 'operand';
      return;
    }
    if (isDigit(c) && (next === C.Gt) && streamByDigit[String.fromCharCode(c)] && !operand) {
      this.scanRedirection(start, streamByDigit[String.fromCharCode(c)], 1);
      return;
    }
    if (isDigit(c) || c === C.Dot) {
      const scanned = this.scanNumberHere();
      if (scanned && scanned.end <= this.end) {
        this.pos = scanned.end;
        if (!scanned.value) this.error('BadNumericConstant', start, this.pos, false, this.s.slice(start, this.pos));
        this.emit(T.NumberLiteral, start, this.pos, scanned.value ?? { numberType: 'Int32', value: 0 });
        this.mode = 'operator';
        return;
      }
    }
    if (isSingleQuote(c) || isDoubleQuote(c)) {
      this.scanString(start);
      this.mode = 'operator';
      return;
    }
    // A bare word in expression mode (a parse error in most places) or an unknown character.
    this.scanGenericToken(start, false);
    this.mode = 'operator';
    const word = this.lastToken()!;
    if (this.top.kind === 'foreachCond' && word.image.toLowerCase() === 'in') {
      this.out.pop();
      this.emit(T.In, word.startOffset, word.endOffset! + 1);
      this.mode = 'element';
    }
  }

  /** `|`, `||` or `&&`: a new pipeline element follows. Returns false for a single `&`. */
  private scanPipelineOperator(start: number): boolean {
    const c = this.c;
    const next = this.at(this.pos + 1);
    if (c === C.Pipe) {
      this.pos += next === C.Pipe ? 2 : 1;
      this.emit(next === C.Pipe ? T.OrOr : T.Pipe, start, this.pos);
    } else if (next === C.Amp) {
      this.pos += 2;
      this.emit(T.AndAnd, start, this.pos);
    } else {
      return false;
    }
    this.mode = 'element';
    return true;
  }

  private assignmentRightMode(): Mode {
    const k = this.top.kind;
    if (k === 'attrArgs' || k === 'paramList' || k === 'methodArgs' || k === 'index' || k === 'classBody') return 'operand';
    return 'statement';
  }

  private adjacentToValueAt(start: number): boolean {
    const last = this.lastToken();
    return last !== undefined && last.endOffset! + 1 === start && valueEndTypes[last.tokenTypeIdx] === 1;
  }

  /** In command mode, a generic token is an argument, not a value to take members of; a member name is. */
  private lastIsExpressionValue(): boolean {
    const last = this.lastToken();
    if (!last) return false;
    if (last.tokenTypeIdx !== genericTokenIndex) return true;
    const before = this.out[this.out.length - 2];
    return before !== undefined && memberOperatorTypes[before.tokenTypeIdx] === 1;
  }

  private adjacentToMemberName(start: number): boolean {
    const last = this.lastToken();
    const beforeLast = this.out[this.out.length - 2];
    return last !== undefined && last.endOffset! + 1 === start && beforeLast !== undefined && memberOperatorTypes[beforeLast.tokenTypeIdx] === 1;
  }

  // ---------------------------------------------------------------------------------------------
  // Command mode

  private scanInCommand(): void {
    const c = this.c;
    const next = this.at(this.pos + 1);
    const start = this.pos;
    const commandName = this.commandNameNext;
    this.commandNameNext = false;
    if (c === C.LCurly && this.blockExpected) { this.openStatementBlock(start); return; }
    switch (c) {
      case C.Pipe: case C.Amp:
        if (this.scanPipelineOperator(start)) return;
        // A single `&` after a command runs it in the background.
        this.pos++;
        this.emit(T.Ampersand, start, this.pos);
        this.mode = 'statement';
        return;
      case C.Comma: this.pos++; this.emit(T.Comma, start, this.pos); return;
      case C.Dot:
        if (this.adjacentToValueAt(start) && this.lastIsExpressionValue() && (isIdentifierChar(next) || next === C.Dollar || isSingleQuote(next) || isDoubleQuote(next) || next === C.LParen)) {
          this.pos++;
          this.emit(T.Dot, start, this.pos);
          this.mode = 'member';
          this.memberReturn = 'command';
          return;
        }
        break;
      case C.LBracket:
        if (this.adjacentToValueAt(start) && this.lastIsExpressionValue()) {
          this.pos++;
          this.emit(T.LBracket, start, this.pos);
          this.push('index', C.RBracket, 'command', 'operand');
          return;
        }
        break;
      case C.Gt: case C.Lt:
        this.scanRedirection(start, 'Output', 0);
        return;
      case C.Star:
        if (next === C.Gt) { this.scanRedirection(start, 'All', 1); return; }
        break;
    }
    if (isDigit(c) && next === C.Gt && streamByDigit[String.fromCharCode(c)] && !commandName) {
      this.scanRedirection(start, streamByDigit[String.fromCharCode(c)], 1);
      return;
    }
    if (isDash(c) && !commandName) {
      if (isDash(next) && this.at(this.pos + 2) === C.Percent && (forcesNewToken(this.at(this.pos + 3)))) {
        // --% stops parsing: the rest of the line goes to the command as it is.
        let i = this.pos + 3;
        while (i < this.end && !isNewline(this.at(i)) && this.at(i) !== C.Pipe) i++;
        while (i > start + 3 && isWhitespace(this.at(i - 1))) i--;
        this.pos = i;
        this.emit(T.StopParsing, start, i, { value: this.s.slice(start + 3, i).replace(/^[ \t]/, ''), stringType: 'BareWord' });
        return;
      }
      if (isDash(next) && forcesNewToken(this.at(this.pos + 2))) {
        this.pos += 2;
        this.emit(T.MinusMinus, start, this.pos);
        return;
      }
      if (isLetter(next) || next === C.Underscore || next === C.Question) {
        this.scanParameter(start);
        return;
      }
    }
    this.scanCommandArgument(commandName);
  }
  private memberReturn: Mode = 'operator';

  /** One argument in command mode: a value that starts an expression-like token, or a generic token. */
  private scanCommandArgument(commandName = false): void {
    const c = this.c;
    const next = this.at(this.pos + 1);
    const start = this.pos;
    const stay: Mode = 'command';
    switch (c) {
      case C.LParen:
        this.pos++;
        this.emit(T.LParen, start, this.pos);
        this.push('paren', C.RParen, stay, 'element');
        return;
      case C.LCurly:
        this.pos++;
        this.emit(T.LCurly, start, this.pos);
        this.push('scriptBlockExpr', C.RCurly, stay, 'statement');
        return;
      case C.Dollar:
        this.scanDollar(start);
        return;
      case C.At:
        if (this.scanAt(start)) { if (this.mode === 'operator') this.mode = stay; return; }
        break;
    }
    if (isSingleQuote(c) || isDoubleQuote(c)) {
      this.scanString(start);
      this.mode = stay;
      return;
    }
    if (!commandName && (isDigit(c) || ((c === C.Dot || isDash(c) || c === C.Plus) && (isDigit(next) || next === C.Dot)))) {
      const numberStart = isDash(c) || c === C.Plus ? this.pos + 1 : this.pos;
      const scanned = scanNumber(this.s, numberStart, forcesNewToken);
      if (scanned && scanned.end <= this.end && scanned.value) {
        this.pos = scanned.end;
        let value = scanned.value;
        if (isDash(c)) value = negate(value);
        this.emit(T.NumberLiteral, start, this.pos, value);
        this.mode = stay;
        return;
      }
    }
    this.scanGenericToken(start, true);
    this.mode = stay;
  }

  private scanParameter(start: number): void {
    let i = this.pos + 1;
    while (i < this.end) {
      const ch = this.at(i);
      if (forcesNewToken(ch) || ch === C.Colon) break;
      if (isSingleQuote(ch) || isDoubleQuote(ch) || ch === C.Dollar) {
        // Quotes or variables are never part of a parameter: the whole thing is an argument.
        this.scanGenericToken(start, true);
        return;
      }
      if (ch === C.LBracket || ch === C.Gt || ch === C.Lt) break;
      i++;
    }
    if (this.at(i) === C.Colon) i++;
    this.pos = i;
    // The payload, name and colon, is the token's text: made when asked for.
    this.emit(T.Parameter, start, i);
  }

  private scanRedirection(start: number, from: StreamName, prefixLength: number): void {
    let i = this.pos + prefixLength;
    if (this.at(i) === C.Lt) {
      this.pos = i + 1;
      this.emit(T.Redirection, start, this.pos, { from: 'Output', to: null, append: false, unsupported: true });
      return;
    }
    i++; // the '>'
    let append = false;
    if (this.at(i) === C.Gt) { append = true; i++; }
    let to: StreamName | null = null;
    if (!append && this.at(i) === C.Amp && this.at(i + 1) >= 49 && this.at(i + 1) <= 54) {
      to = streamByDigit[String.fromCharCode(this.at(i + 1))];
      i += 2;
    }
    this.pos = i;
    this.emit(T.Redirection, start, i, { from, to, append, unsupported: false });
    // A file target follows: in command mode it is an argument-like token, in expression mode an operand.
    if (this.mode !== 'command') this.mode = to ? 'operator' : 'operand';
  }

  // ---------------------------------------------------------------------------------------------
  // Hashtable keys, member names, type names, words

  private scanHashKey(): void {
    const c = this.c;
    const start = this.pos;
    if (isLetter(c) || c === C.Underscore) {
      let i = this.pos;
      while (i < this.end && !forcesNewToken(this.at(i)) && this.at(i) !== C.Eq) i++;
      this.pos = i;
      this.emitBareWord(start, i);
      this.mode = 'operator';
      return;
    }
    this.mode = 'operand';
    this.scanInExpression();
  }

  private scanMemberName(): void {
    const c = this.c;
    const start = this.pos;
    const back = this.memberReturn;
    this.memberReturn = 'operator';
    if (isIdentifierChar(c)) {
      let i = this.pos;
      while (isIdentifierChar(this.at(i))) i++;
      this.pos = i;
      this.emitBareWord(start, i);
      this.mode = back;
      this.afterMemberName(back);
      return;
    }
    if (c === C.Dollar) { this.mode = 'operand'; this.scanDollar(start); this.mode = back; this.afterMemberName(back); return; }
    if (isSingleQuote(c) || isDoubleQuote(c)) { this.scanString(start); this.mode = back; this.afterMemberName(back); return; }
    if (c === C.LParen) {
      this.pos++;
      this.emit(T.LParen, start, this.pos);
      this.push('paren', C.RParen, back, 'element');
      return;
    }
    // Missing member name: let the parser report it.
    this.mode = back === 'command' ? 'command' : 'operand';
  }

  /** In command mode, `$x.Method(...)` calls need their arguments scanned as an expression. */
  private afterMemberName(back: Mode): void {
    if (back !== 'command') return;
    const c = this.c;
    if (c === C.LParen) {
      const start = this.pos;
      this.pos++;
      this.emit(T.LParen, start, this.pos);
      this.push('methodArgs', C.RParen, 'command', 'operand');
    }
  }

  private scanInTypeName(): void {
    const c = this.c;
    const start = this.pos;
    if (c === C.LBracket) {
      this.pos++;
      this.emit(T.LBracket, start, this.pos);
      this.push('typeBracket', C.RBracket, 'typeName', 'typeName');
      return;
    }
    if (c === C.Comma) { this.pos++; this.emit(T.Comma, start, this.pos); return; }
    if (c === C.LParen) {
      this.pos++;
      this.emit(T.LParen, start, this.pos);
      this.push('attrArgs', C.RParen, 'typeName', 'operand');
      return;
    }
    let i = this.pos;
    while (i < this.end) {
      const ch = this.at(i);
      if (ch === C.Backtick && i + 1 < this.end) { i += 2; continue; }
      if (isIdentifierChar(ch) || ch === C.Dot || ch === C.Plus) { i++; continue; }
      break;
    }
    if (i === this.pos) {
      // Not a type name character: pwsh reports the missing ']' in the parser.
      this.pos++;
      this.emitBareWord(start, this.pos);
      return;
    }
    this.pos = i;
    this.emit(T.TypeName, start, i);
  }

  /** One generic word (a function or class name, a loop label), then `afterWord`. */
  private scanWordThen(): void {
    const c = this.c;
    const start = this.pos;
    const back = this.afterWord;
    if (back === 'operator' && (c === C.Dollar)) {
      this.mode = 'operand';
      this.scanDollar(start);
      this.mode = 'operator';
      return;
    }
    if (back === 'operator' && (c === C.Pipe || c === C.Amp)) {
      this.mode = 'operator';
      this.scanInExpression();
      return;
    }
    let i = this.pos;
    while (i < this.end && !forcesNewToken(this.at(i)) && !(back === 'statement' && (this.at(i) === C.Colon && this.pendingKeyword !== 'function' && this.pendingKeyword !== 'filter'))) i++;
    if (i === this.pos) {
      // `function (` or `class {`: no name; the parser reports it.
      this.mode = back;
      if (this.c === C.LParen && (this.pendingKeyword === 'function' || this.pendingKeyword === 'filter' || this.pendingKeyword === 'workflow')) this.openFunctionParams();
      return;
    }
    this.pos = i;
    this.emitBareWord(start, i);
    this.mode = back;
    if (back === 'statement') {
      // After a function name, an optional parameter list.
      let j = this.pos;
      while (isWhitespace(this.at(j))) j++;
      if (this.at(j) === C.LParen && (this.pendingKeyword === 'function' || this.pendingKeyword === 'filter' || this.pendingKeyword === 'workflow')) {
        this.pos = j;
        this.openFunctionParams();
      } else if (this.pendingKeyword === 'class' || this.pendingKeyword === 'enum') {
        this.scanTypeDeclarationTail();
      }
    }
  }

  private openFunctionParams(): void {
    const start = this.pos;
    this.pos++;
    this.emit(T.LParen, start, this.pos);
    this.push('paramList', C.RParen, 'statement', 'operand');
  }

  /** After `class Name`: `: Base, IInterface` then the body. */
  private scanTypeDeclarationTail(): void {
    for (;;) {
      this.skipInlineWhitespaceAndNewlines();
      const c = this.c;
      const start = this.pos;
      if (c === C.Colon) { this.pos++; this.emit(T.Colon, start, this.pos); continue; }
      if (c === C.Comma) { this.pos++; this.emit(T.Comma, start, this.pos); continue; }
      if (isIdentifierChar(c)) {
        let i = this.pos;
        while (isIdentifierChar(this.at(i)) || this.at(i) === C.Dot) i++;
        if (this.at(i) === C.LBracket) {
          // A generic base type: scan it as a type name.
          this.pos = i;
          this.emit(T.TypeName, start, i);
          const s2 = this.pos;
          this.pos++;
          this.emit(T.LBracket, s2, this.pos);
          this.push('typeBracket', C.RBracket, 'statement', 'typeName');
          return;
        }
        this.pos = i;
        this.emit(T.TypeName, start, i);
        continue;
      }
      this.mode = 'statement';
      return;
    }
  }

  private skipInlineWhitespace(): void {
    while (isWhitespace(this.c)) this.pos++;
  }
  private skipInlineWhitespaceAndNewlines(): void {
    for (;;) {
      if (isWhitespace(this.c)) { this.pos++; continue; }
      if (isNewline(this.c)) {
        const start = this.pos;
        this.pos += this.c === C.CR && this.at(this.pos + 1) === C.LF ? 2 : 1;
        this.emit(T.NewLine, start, this.pos);
        continue;
      }
      if (this.c === C.Hash || (this.c === C.Lt && this.at(this.pos + 1) === C.Hash)) { this.skipTrivia(); continue; }
      return;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Variables, splats, @( @{ and here-strings

  /** `$name`, `${name}`, `$(`; in command mode a `$` that is not a variable starts a generic token. */
  private scanDollar(start: number): void {
    const inCommand = this.mode === 'command';
    const next = this.at(this.pos + 1);
    if (next === C.LParen) {
      this.pos += 2;
      this.emit(T.DollarParen, start, this.pos);
      this.push('subexpr', C.RParen, inCommand ? 'command' : 'operator', 'statement');
      return;
    }
    const variable = this.readVariable(this.pos + 1, false);
    if (!variable) {
      if (inCommand) { this.scanGenericToken(start, true); return; }
      this.pos++;
      this.error('InvalidVariableReference', start, this.pos, false);
      this.emit(T.Variable, start, this.pos, { name: '', scope: null, unqualifiedName: '', braced: false, splatted: false });
      this.mode = 'operator';
      return;
    }
    if (inCommand && !variable.braced && !forcesNewToken(this.at(variable.end)) && ![C.Dot, C.LBracket, C.Eq, C.Colon].includes(this.at(variable.end)) && !(this.at(variable.end) === C.Gt)) {
      // `$x-y` in command mode is one generic token that expands `$x`.
      this.scanGenericToken(start, true);
      return;
    }
    this.pos = variable.end;
    this.emit(T.Variable, start, this.pos, variable.payload);
    this.mode = inCommand ? 'command' : 'operator';
  }

  /**
   * Reads a variable name after `$` (or `@`). Returns null when no name follows. In strings,
   * pwsh takes `$x:y` only when a name character follows the colon. The payload is null where
   * the token's text gives it (no braces).
   */
  private readVariable(i: number, splatted: boolean): { end: number; payload: VariablePayload | null; braced: boolean } | null {
    const c = this.at(i);
    if (c === C.LCurly) {
      let j = i + 1;
      let name = '';
      while (j < this.end && this.at(j) !== C.RCurly) {
        if (this.at(j) === C.Backtick && j + 1 < this.end) { name += this.s[j + 1]; j += 2; continue; }
        name += this.s[j];
        j++;
      }
      if (j >= this.end) {
        this.error('IncompleteDollarVariableReference', i - 1, this.end, true);
        return { end: this.end, payload: variablePayload(name, true, splatted), braced: true };
      }
      if (name === '') this.error('EmptyVariableReference', i - 1, j + 1, false);
      return { end: j + 1, payload: variablePayload(name, true, splatted), braced: true };
    }
    if (!splatted && (c === C.Dollar || c === C.Caret || c === C.Question)) {
      return { end: i + 1, payload: null, braced: false };
    }
    if (!isVariableChar(c) && c !== C.Colon) return null;
    let j = i;
    while (isVariableChar(this.at(j))) j++;
    if (this.at(j) === C.Colon && this.at(j + 1) !== C.Colon && j > i) {
      // Scope or drive qualifier: `$global:x`, `$env:PATH`, `$env:ProgramFiles(x86)` is not taken.
      let k = j + 1;
      while (isVariableChar(this.at(k))) k++;
      if (k > j + 1) j = k;
    }
    if (j === i) return null;
    return { end: j, payload: null, braced: false };
  }

  /** `@(`, `@{`, `@'`, `@"`, `@name`. Returns false when `@` starts none of these. */
  private scanAt(start: number): boolean {
    const next = this.at(this.pos + 1);
    const resume: Mode = this.mode === 'command' ? 'command' : 'operator';
    if (next === C.LParen) {
      this.pos += 2;
      this.emit(T.AtParen, start, this.pos);
      this.push('subexpr', C.RParen, resume, 'statement');
      return true;
    }
    if (next === C.LCurly) {
      this.pos += 2;
      this.emit(T.AtCurly, start, this.pos);
      this.push('hash', C.RCurly, resume, 'hashKey');
      return true;
    }
    if (isSingleQuote(next) || isDoubleQuote(next)) {
      this.scanHereString(start);
      this.mode = resume;
      return true;
    }
    const variable = this.readVariable(this.pos + 1, true);
    if (variable && (variable.braced || isVariableChar(this.at(this.pos + 1)))) {
      this.pos = variable.end;
      this.emit(T.SplattedVariable, start, this.pos, variable.payload);
      this.mode = resume;
      return true;
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Strings

  private scanString(start: number): void {
    if (isSingleQuote(this.c)) this.scanSingleQuoted(start);
    else this.scanDoubleQuoted(start);
  }

  private scanSingleQuoted(start: number): void {
    const s = this.s;
    let i = this.pos + 1;
    let value = '';
    // The value is taken a run of plain characters at a time, not a string per character.
    let runStart = i;
    for (;;) {
      if (i >= this.end) {
        value += s.slice(runStart, i);
        this.error('TerminatorExpectedAtEndOfString', start, start + 1, true, "'");
        break;
      }
      const ch = s.charCodeAt(i);
      if (isSingleQuote(ch)) {
        // A doubled quote stands for one: the run takes the first.
        if (isSingleQuote(s.charCodeAt(i + 1))) { value += s.slice(runStart, i + 1); i += 2; runStart = i; continue; }
        value += s.slice(runStart, i);
        i++;
        break;
      }
      i++;
    }
    this.pos = Math.min(i, this.end);
    this.emit(T.StringLiteral, start, this.pos, { value, stringType: 'SingleQuoted' });
  }

  private scanDoubleQuoted(start: number): void {
    const s = this.s;
    const parts: StringPart[] = [];
    let text = '';
    let value = '';
    let i = this.pos + 1;
    let terminated = false;
    // Plain characters are taken a run at a time, not a string per character: `runStart` is
    // where the run not yet added to `text` and `value` begins.
    let runStart = i;
    while (i < this.end) {
      const ch = s.charCodeAt(i);
      if (isDoubleQuote(ch)) {
        // A doubled quote stands for one: the run takes the first.
        const doubled = isDoubleQuote(s.charCodeAt(i + 1));
        const run = s.slice(runStart, doubled ? i + 1 : i);
        text += run;
        value += run;
        if (doubled) { i += 2; runStart = i; continue; }
        i++;
        runStart = i;
        terminated = true;
        break;
      }
      if (ch === C.Backtick && i + 1 < this.end) {
        const run = s.slice(runStart, i);
        const escaped = this.backtickEscape(i);
        text += run + escaped.text;
        value += run + escaped.text;
        i = runStart = escaped.end;
        continue;
      }
      if (ch === C.Dollar) {
        const run = s.slice(runStart, i);
        text += run;
        value += run;
        runStart = i;
        const nested = this.scanDollarInString(i, text, parts);
        if (nested) {
          text = '';
          value += s.slice(i, nested);
          i = runStart = nested;
          continue;
        }
      }
      i++;
    }
    if (runStart < i) {
      const run = s.slice(runStart, Math.min(i, this.end));
      text += run;
      value += run;
    }
    if (!terminated) this.error('TerminatorExpectedAtEndOfString', start, start + 1, true, '"');
    if (text) parts.push({ kind: 'text', text });
    this.pos = Math.min(i, this.end);
    const hasNested = parts.some((p) => p.kind !== 'text');
    if (hasNested) this.emit(T.ExpandableString, start, this.pos, { value, stringType: 'DoubleQuoted', parts: fitted(parts) });
    else this.emit(T.StringLiteral, start, this.pos, { value: text, stringType: 'DoubleQuoted' });
  }

  /**
   * A `$` inside an expandable string or generic token. Pushes the literal text so far and the
   * variable or sub-expression onto `parts`; returns the offset after it, or 0 if the `$` is literal.
   */
  private scanDollarInString(i: number, textSoFar: string, parts: StringPart[]): number {
    const next = this.at(i + 1);
    if (next === C.LParen) {
      const nested = new Tokenizer(this.source, i + 2, this.end, this.errors, this.requires,
        frame('stringSubexpr', C.RParen, 'operator'), 'statement', this.frames.length + this.depthOffset);
      if (this.frames.length + this.depthOffset > MAX_NESTING) {
        if (!this.tooDeep) this.error('ScriptTooComplicated', i, i + 1, false);
        this.tooDeep = true;
        return this.end;
      }
      const end = nested.run();
      const closed = nested.frames.length === 0;
      if (!closed) this.error('MissingEndParenthesisInSubexpression', i, end, true);
      if (textSoFar) parts.push({ kind: 'text', text: textSoFar });
      // Drop the closing ')' the nested tokenizer emitted: the sub-expression's extent covers it.
      const tokens = closed ? nested.out.slice(0, -1) : nested.out;
      parts.push({ kind: 'subexpression', tokens, start: i, end });
      return end;
    }
    const variable = this.readVariableInString(i + 1);
    if (!variable) return 0;
    if (textSoFar) parts.push({ kind: 'text', text: textSoFar });
    const token = sourceToken(this.source, T.Variable.tokenTypeIdx!, i, variable.end - 1, variable.payload);
    parts.push({ kind: 'variable', token });
    return variable.end;
  }

  private readVariableInString(i: number): { end: number; payload: VariablePayload | null } | null {
    const c = this.at(i);
    if (c === C.LCurly) return this.readVariable(i, false);
    if (c === C.Dollar || c === C.Caret || c === C.Question) return this.readVariable(i, false);
    if (!isVariableChar(c) && !(c === C.Colon)) return null;
    let j = i;
    while (isIdentifierChar(this.at(j)) || this.at(j) === C.Question) j++;
    if (this.at(j) === C.Colon && j > i && (isIdentifierChar(this.at(j + 1)))) {
      let k = j + 1;
      while (isIdentifierChar(this.at(k))) k++;
      j = k;
    }
    if (j === i) return null;
    return { end: j, payload: null };
  }

  private backtickEscape(i: number): { text: string; end: number } {
    const ch = this.s[i + 1];
    switch (ch) {
      case '0': return { text: '\0', end: i + 2 };
      case 'a': return { text: '\x07', end: i + 2 };
      case 'b': return { text: '\b', end: i + 2 };
      case 'e': return { text: '\x1b', end: i + 2 };
      case 'f': return { text: '\f', end: i + 2 };
      case 'n': return { text: '\n', end: i + 2 };
      case 'r': return { text: '\r', end: i + 2 };
      case 't': return { text: '\t', end: i + 2 };
      case 'v': return { text: '\v', end: i + 2 };
      case 'u': {
        if (this.s[i + 2] !== '{') return { text: 'u', end: i + 2 };
        let j = i + 3;
        while (j < this.end && /[0-9a-fA-F]/.test(this.s[j])) j++;
        const hex = this.s.slice(i + 3, j);
        if (this.s[j] !== '}') {
          this.error(hex.length > 6 ? 'TooManyDigitsInUnicodeEscapeSequence' : hex.length === 0 ? 'InvalidUnicodeEscapeSequence' : 'MissingUnicodeEscapeSequenceTerminator', i, j, false);
          return { text: '', end: j };
        }
        if (hex.length === 0) { this.error('InvalidUnicodeEscapeSequence', i, j + 1, false); return { text: '', end: j + 1 }; }
        if (hex.length > 6) { this.error('TooManyDigitsInUnicodeEscapeSequence', i, j + 1, false); return { text: '', end: j + 1 }; }
        const code = parseInt(hex, 16);
        if (code > 0x10ffff) { this.error('InvalidUnicodeEscapeSequenceValue', i, j + 1, false); return { text: '', end: j + 1 }; }
        return { text: String.fromCodePoint(code), end: j + 1 };
      }
      default: {
        const code = this.s.codePointAt(i + 1)!;
        const text = String.fromCodePoint(code);
        return { text, end: i + 1 + text.length };
      }
    }
  }

  private scanHereString(start: number): void {
    const quote = this.at(this.pos + 1);
    const expandable = isDoubleQuote(quote);
    let i = this.pos + 2;
    // Only whitespace may follow the header on its line.
    while (isWhitespace(this.at(i))) i++;
    if (!isNewline(this.at(i))) {
      if (i >= this.end) {
        this.pos = this.end;
        this.error('TerminatorExpectedAtEndOfString', start, start + 2, true, expandable ? '"@' : "'@");
        this.emit(T.StringLiteral, start, this.pos, { value: '', stringType: expandable ? 'DoubleQuotedHereString' : 'SingleQuotedHereString' });
        return;
      }
      this.error('UnexpectedCharactersAfterHereStringHeader', i, i, false);
      // pwsh treats the rest as an ordinary string; scan it as one so tokenizing can continue.
      this.pos = start + 1;
      this.scanString(start + 1);
      return;
    }
    i += this.at(i) === C.CR && this.at(i + 1) === C.LF ? 2 : 1;
    const contentStart = i;
    // Find the footer: a line starting with the closing quote then `@`.
    let contentEnd = -1;
    let footerEnd = -1;
    let j = i;
    for (;;) {
      if (j >= this.end) break;
      if ((expandable ? isDoubleQuote(this.at(j)) : isSingleQuote(this.at(j))) && this.at(j + 1) === C.At) {
        contentEnd = j;
        footerEnd = j + 2;
        break;
      }
      // Move to the next line.
      while (j < this.end && !isNewline(this.at(j))) j++;
      if (j >= this.end) break;
      j += this.at(j) === C.CR && this.at(j + 1) === C.LF ? 2 : 1;
    }
    if (contentEnd < 0) {
      this.error('TerminatorExpectedAtEndOfString', start, start + 2, true, expandable ? '"@' : "'@");
      contentEnd = this.end;
      footerEnd = this.end;
    }
    // The newline before the footer is not part of the value.
    let valueEnd = contentEnd;
    if (valueEnd > contentStart && this.at(valueEnd - 1) === C.LF) valueEnd--;
    if (valueEnd > contentStart && this.at(valueEnd - 1) === C.CR) valueEnd--;
    if (valueEnd < contentStart) valueEnd = contentStart;
    const stringType: StringConstantType = expandable ? 'DoubleQuotedHereString' : 'SingleQuotedHereString';
    if (!expandable) {
      this.pos = footerEnd;
      this.emit(T.StringLiteral, start, this.pos, { value: this.s.slice(contentStart, valueEnd).replace(/\r\n/g, '\n'), stringType });
      return;
    }
    const parts: StringPart[] = [];
    let text = '';
    let k = contentStart;
    while (k < valueEnd) {
      const ch = this.at(k);
      if (ch === C.Backtick && k + 1 < valueEnd) {
        const escaped = this.backtickEscape(k);
        text += escaped.text;
        k = escaped.end;
        continue;
      }
      if (ch === C.Dollar) {
        const nested = this.scanDollarInString(k, text, parts);
        if (nested) { text = ''; k = nested; continue; }
      }
      if (ch === C.CR && this.at(k + 1) === C.LF) { text += '\n'; k += 2; continue; }
      text += this.s[k];
      k++;
    }
    if (text) parts.push({ kind: 'text', text });
    this.pos = Math.max(footerEnd, k);
    const value = this.s.slice(contentStart, valueEnd);
    if (parts.some((p) => p.kind !== 'text')) this.emit(T.ExpandableString, start, this.pos, { value, stringType, parts: fitted(parts) });
    else this.emit(T.StringLiteral, start, this.pos, { value: parts.length ? (parts[0] as { text: string }).text : '', stringType });
  }

  // ---------------------------------------------------------------------------------------------
  // Generic tokens

  /**
   * A generic token: a bare word, command name or argument. Ends at whitespace or one of
   * `& ( ) , ; { } |`; embeds quoted sections and `$` expansions; backticks escape.
   */
  private scanGenericToken(start: number, expandable: boolean): void {
    // Fast path: a plain word with no quotes, escapes or `$` is its own text.
    let plainEnd = start;
    const command = this.mode === 'command';
    while (plainEnd < this.end) {
      const ch = this.s.charCodeAt(plainEnd);
      if (ch === C.Backtick || ch === C.Dollar || isSingleQuote(ch) || isDoubleQuote(ch) || forcesNewToken(ch)) break;
      if (plainEnd > start && (command ? ch === C.Gt : !isIdentifierChar(ch) && !isDash(ch))) break;
      plainEnd++;
    }
    const stop = this.at(plainEnd);
    if (plainEnd > start && (plainEnd >= this.end || forcesNewToken(stop) || (command ? stop === C.Gt : !isIdentifierChar(stop) && !isDash(stop) && stop !== C.Backtick && stop !== C.Dollar && !isSingleQuote(stop) && !isDoubleQuote(stop)))) {
      this.pos = plainEnd;
      this.emitBareWord(start, plainEnd);
      return;
    }
    const parts: StringPart[] = [];
    let text = '';
    let value = '';
    let i = start;
    while (i < this.end) {
      const ch = this.at(i);
      if (forcesNewToken(ch)) break;
      if (this.mode === 'command' && i > start && ch === C.Gt) break;
      if (this.mode !== 'command' && i > start && !isIdentifierChar(ch) && !isDash(ch)) break;
      if (ch === C.Backtick) {
        if (i + 1 >= this.end) { text += '`'; value += '`'; i++; continue; }
        if (isNewline(this.at(i + 1))) break;
        const escaped = this.backtickEscape(i);
        text += escaped.text;
        value += escaped.text;
        i = escaped.end;
        continue;
      }
      if (isSingleQuote(ch)) {
        let j = i + 1;
        let closed = false;
        while (j < this.end) {
          if (isSingleQuote(this.at(j))) {
            if (isSingleQuote(this.at(j + 1))) { text += this.s[j]; j += 2; continue; }
            closed = true;
            j++;
            break;
          }
          text += this.s[j];
          j++;
        }
        if (!closed) this.error('TerminatorExpectedAtEndOfString', i, i + 1, true, "'");
        value += this.s.slice(i, j);
        i = j;
        continue;
      }
      if (isDoubleQuote(ch)) {
        let j = i + 1;
        let closed = false;
        while (j < this.end) {
          const cj = this.at(j);
          if (isDoubleQuote(cj)) {
            if (isDoubleQuote(this.at(j + 1))) { text += this.s[j]; j += 2; continue; }
            closed = true;
            j++;
            break;
          }
          if (cj === C.Backtick && j + 1 < this.end) { const e = this.backtickEscape(j); text += e.text; j = e.end; continue; }
          if (cj === C.Dollar && expandable) {
            const nested = this.scanDollarInString(j, text, parts);
            if (nested) { text = ''; j = nested; continue; }
          }
          text += this.s[j];
          j++;
        }
        if (!closed) this.error('TerminatorExpectedAtEndOfString', i, i + 1, true, '"');
        value += this.s.slice(i, j);
        i = j;
        continue;
      }
      if (ch === C.Dollar && expandable) {
        const nested = this.scanDollarInString(i, text, parts);
        if (nested) { value += this.s.slice(i, nested); text = ''; i = nested; continue; }
      }
      text += this.s[i];
      value += this.s[i];
      i++;
    }
    if (i === start) {
      // A character no token starts with (e.g. a stray backtick at end of line).
      i = start + 1;
      text = this.s[start];
    }
    if (text) parts.push({ kind: 'text', text });
    this.pos = i;
    const hasNested = parts.some((p) => p.kind !== 'text');
    const cooked = hasNested ? undefined : parts.map((p) => (p as { text: string }).text).join('');
    this.emit(T.GenericToken, start, i, hasNested ? { value, stringType: 'BareWord', parts: fitted(parts) } : { value: cooked ?? '', stringType: 'BareWord' });
  }
}

/**
 * A tokenizer and a frame kept for the module's lifetime, so that V8 keeps their shapes. V8 holds
 * an object shape (hidden class) only weakly once no object has it: when no tokenizer was alive
 * (between parses, or during one once its tokens were made), a full collection dropped these
 * shapes and with them every optimized tokenizer method that checks them, and each parse paid to
 * optimize them again (callgrind: ~40% of the instructions of a parse of 0.3 MB went to TurboFan).
 */
export const keptShapes: readonly object[] = [new Tokenizer(new SourceText('', undefined), 0, 0, [], [], frame('script', -1, 'statement'), 'statement')];

function variablePayload(name: string, braced: boolean, splatted: boolean): VariablePayload {
  const colon = name.indexOf(':');
  const scope = colon > 0 && !braced ? name.slice(0, colon) : colon > 0 && braced ? name.slice(0, colon) : null;
  return { name, scope, unqualifiedName: scope === null ? name : name.slice(colon + 1), braced, splatted };
}

function negate(v: NumberValue): NumberValue {
  if (typeof v.value === 'bigint') return { ...v, value: -v.value };
  if (typeof v.value === 'string') return { ...v, value: v.value.startsWith('-') ? v.value.slice(1) : '-' + v.value };
  return { ...v, value: -v.value };
}
