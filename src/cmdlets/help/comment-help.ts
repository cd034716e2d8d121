/**
 * Comment-based help of a script function, found and read as pwsh's HelpCommentsParser does: the
 * comment block just before the `function` keyword (at most one blank line between), else the
 * first help block at the top of the body, else the block just before its closing brace. A block
 * is help when every line is blank or a known directive (.SYNOPSIS, .DESCRIPTION, .PARAMETER
 * name, .EXAMPLE, .INPUTS, .OUTPUTS, .NOTES, .LINK, .COMPONENT, .ROLE, .FUNCTIONALITY...) and
 * one directive is there. Comments next to a parameter describe it when no .PARAMETER does.
 *
 * psh's tokenizer drops comments, so the comments are read from the text between its tokens.
 */
import type { ParameterAst, ScriptBlockAst } from '../../../grammar/ast.js';
import type { SourceText } from '../../../grammar/extent.js';
import { Tokenizer } from '../../../grammar/tokenizer.js';

/** What the help comments say; section texts keep their lines, as the comments had them. */
export interface CommentHelp {
  synopsis?: string;
  description?: string;
  notes?: string;
  component?: string;
  role?: string;
  functionality?: string;
  /** .PARAMETER sections by upper-cased parameter name. */
  readonly parameters: Map<string, string>;
  readonly examples: string[];
  readonly inputs: string[];
  readonly outputs: string[];
  readonly links: string[];
  /** The comment text next to each declared parameter, in declaration order. */
  parameterComments: string[];
}

type TokenKind = 'Comment' | 'NewLine' | 'Other';

interface HelpToken {
  readonly kind: TokenKind;
  readonly type: string;
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  readonly startLine: number;
  readonly endLine: number;
  readonly text: string;
}

/** CommentBlockProximity: how many lines a comment block may end before what it documents. */
const commentBlockProximity = 2;

const directive = /^\s*\.(\w+)(\s+(\S.*))?\s*$/;
const blankLine = /^\s*$/;

const tokenCache = new WeakMap<SourceText, HelpToken[]>();

/** The script's tokens with its comments among them, as pwsh's tokenizer gives them. */
function tokensOf(source: SourceText): HelpToken[] {
  const cached = tokenCache.get(source);
  if (cached) return cached;
  const text = source.text;
  const tokens: HelpToken[] = [];
  const make = (kind: TokenKind, type: string, start: number, end: number): HelpToken => ({
    kind,
    type,
    start,
    end,
    startLine: source.position(start).line,
    endLine: source.position(Math.max(start, end - 1)).line,
    text: text.slice(start, end),
  });
  const commentsBetween = (from: number, to: number) => {
    let pos = from;
    while (pos < to) {
      if (text.startsWith('<#', pos)) {
        const close = text.indexOf('#>', pos + 2);
        const end = close < 0 || close + 2 > to ? to : close + 2;
        tokens.push(make('Comment', 'Comment', pos, end));
        pos = end;
      } else if (text[pos] === '#') {
        let end = pos;
        while (end < to && text[end] !== '\n' && text[end] !== '\r') end++;
        tokens.push(make('Comment', 'Comment', pos, end));
        pos = end;
      } else {
        pos++;
      }
    }
  };
  let previousEnd = 0;
  for (const token of Tokenizer.tokenize(source).tokens) {
    commentsBetween(previousEnd, token.startOffset);
    const type = token.tokenType.name;
    const end = (token.endOffset ?? token.startOffset) + 1;
    tokens.push(make(type === 'NewLine' ? 'NewLine' : 'Other', type, token.startOffset, end));
    previousEnd = end;
  }
  commentsBetween(previousEnd, text.length);
  tokenCache.set(source, tokens);
  return tokens;
}

/** CollectCommentText: a block comment's lines without `<#` and `#>`, a line comment without its leading `#`s. */
function commentLines(comments: readonly HelpToken[]): string[] {
  const lines: string[] = [];
  for (const comment of comments) {
    if (comment.text.startsWith('<#')) lines.push(...comment.text.slice(2, comment.text.endsWith('#>') ? -2 : undefined).split(/\r\n|\r|\n/));
    else lines.push(comment.text.replace(/^#+/, ''));
  }
  return lines;
}

/**
 * GetSection: the lines after line `index` up to the next directive, without the blank lines
 * before the first, each stripped of at most the first line's leading whitespace; returns the
 * text and the index of the last line taken.
 */
function section(lines: readonly string[], index: number): { text: string; last: number } {
  let capturing = false;
  let indent = 0;
  let text = '';
  let i = index + 1;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (!capturing && blankLine.test(line)) continue;
    if (directive.test(line)) break;
    if (!capturing) indent = /^[ \t\u00a0]*/.exec(line)![0].length;
    capturing = true;
    let start = 0;
    while (start < line.length && start < indent && ' \t\u00a0'.includes(line[start]!)) start++;
    text += `${line.slice(start)}\n`;
  }
  return { text, last: i - 1 };
}

function emptyHelp(): CommentHelp {
  return { parameters: new Map(), examples: [], inputs: [], outputs: [], links: [], parameterComments: [] };
}

/** AnalyzeCommentBlock: the help in the lines, or undefined when they are not a help block. */
function analyze(lines: readonly string[]): CommentHelp | undefined {
  const help = emptyHelp();
  let directiveFound = false;
  for (let i = 0; i < lines.length; i++) {
    const match = directive.exec(lines[i]!);
    if (!match) {
      if (!blankLine.test(lines[i]!)) return undefined;
      continue;
    }
    directiveFound = true;
    const name = match[1]!.toUpperCase();
    const argument = match[3];
    if (argument !== undefined) {
      if (name === 'PARAMETER') {
        const { text, last } = section(lines, i);
        i = last;
        const key = argument.toUpperCase().trim();
        if (!help.parameters.has(key)) help.parameters.set(key, text);
      } else if (!['FORWARDHELPTARGETNAME', 'FORWARDHELPCATEGORY', 'REMOTEHELPRUNSPACE', 'EXTERNALHELP'].includes(name)) {
        return undefined;
      }
      continue;
    }
    const take = (): string => {
      const { text, last } = section(lines, i);
      i = last;
      return text;
    };
    switch (name) {
      case 'SYNOPSIS': help.synopsis = take(); break;
      case 'DESCRIPTION': help.description = take(); break;
      case 'NOTES': help.notes = take(); break;
      case 'LINK': help.links.push(take().trim()); break;
      case 'EXAMPLE': help.examples.push(take()); break;
      case 'INPUTS': help.inputs.push(take()); break;
      case 'OUTPUTS': help.outputs.push(take()); break;
      case 'COMPONENT': help.component = take().trim(); break;
      case 'ROLE': help.role = take().trim(); break;
      case 'FUNCTIONALITY': help.functionality = take().trim(); break;
      default: return undefined;
    }
  }
  return directiveFound ? help : undefined;
}

/** GetPrecedingCommentBlock: the comments right before token `index`, ending at most `proximity` lines above it. */
function precedingComments(tokens: readonly HelpToken[], index: number, proximity: number): HelpToken[] {
  const block: HelpToken[] = [];
  let minEndLine = tokens[index]!.startLine - proximity;
  for (let i = index - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (token.endLine < minEndLine) break;
    if (token.kind === 'Comment') {
      block.push(token);
      minEndLine = token.startLine - 1;
    } else if (token.kind !== 'NewLine') {
      break;
    }
  }
  return block.reverse();
}

/** GetCommentBlock: the comments from `start` on, each on the line after the last; also where scanning stopped. */
function followingComments(tokens: readonly HelpToken[], start: number): { block: HelpToken[]; next: number } {
  const block: HelpToken[] = [];
  let nextMaxStartLine = Number.MAX_SAFE_INTEGER;
  for (let i = start; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.startLine > nextMaxStartLine) return { block, next: i };
    if (token.kind === 'Comment') {
      block.push(token);
      nextMaxStartLine = token.endLine + 1;
    } else if (token.kind !== 'NewLine') {
      return { block, next: i };
    }
  }
  return { block, next: tokens.length };
}

const firstTokenAt = (tokens: readonly HelpToken[], offset: number, from = 0) => {
  let i = from;
  while (i < tokens.length && tokens[i]!.end <= offset) i++;
  return i;
};

/** GetParameterComments: the comments before, inside and right after each parameter's declaration. */
function parameterComments(tokens: readonly HelpToken[], parameters: readonly ParameterAst[]): string[] {
  return parameters.map((parameter) => {
    const first = firstTokenAt(tokens, parameter.extent.startOffset);
    const comments = precedingComments(tokens, first, commentBlockProximity);
    let last = first;
    while (last < tokens.length && tokens[last]!.start < parameter.extent.endOffset) last++;
    comments.push(...tokens.slice(first, last).filter((t) => t.kind === 'Comment'));
    comments.push(...followingComments(tokens, last).block);
    return section(commentLines(comments), -1).text;
  });
}

/** The `function` keyword's token when the body belongs to `function name (params) { }`. */
function functionKeywordIndex(tokens: readonly HelpToken[], bodyIndex: number): number | undefined {
  let i = bodyIndex - 1;
  const skipNewLines = () => {
    while (i >= 0 && tokens[i]!.kind === 'NewLine') i--;
  };
  skipNewLines();
  if (tokens[i]?.type === 'RParen') {
    let depth = 0;
    for (; i >= 0; i--) {
      const type = tokens[i]!.type;
      if (type === 'RParen') depth++;
      else if (type.endsWith('Paren') && --depth === 0) break;
    }
    i--;
    skipNewLines();
  }
  i--; // the function's name
  skipNewLines();
  return tokens[i]?.type === 'Function' ? i : undefined;
}

/** The comment-based help of a function whose body is `body` (its parameters `parameters`), or undefined without any. */
export function functionCommentHelp(body: ScriptBlockAst, parameters: readonly ParameterAst[]): CommentHelp | undefined {
  const tokens = tokensOf(body.extent.source);
  const open = firstTokenAt(tokens, body.extent.startOffset);
  const close = firstTokenAt(tokens, body.extent.endOffset - 1, open);
  if (tokens[open]?.type !== 'LCurly' || tokens[close]?.type !== 'RCurly') return undefined;
  const withParameterComments = (help: CommentHelp | undefined) => {
    if (help) help.parameterComments = parameterComments(tokens, parameters);
    return help;
  };
  const keyword = functionKeywordIndex(tokens, open);
  if (keyword !== undefined) {
    const before = analyze(commentLines(precedingComments(tokens, keyword, commentBlockProximity)));
    if (before) return withParameterComments(before);
  }
  for (let next = open + 1; ; ) {
    const found = followingComments(tokens, next);
    if (found.block.length === 0) break;
    const help = analyze(commentLines(found.block));
    if (help) return withParameterComments(help);
    next = found.next;
  }
  return withParameterComments(analyze(commentLines(precedingComments(tokens, close, tokens[close]!.startLine))));
}
