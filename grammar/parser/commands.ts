/**
 * Pipelines and commands: pipeline chains (`&&`, `||`, background `&`), assignments, pipeline
 * elements that are expressions or commands, command arguments and parameters, splatting,
 * `--%`, and redirections.
 */
import type { IOrAlt, IToken, OrMethodOpts } from 'chevrotain';
import { tokenMatcher } from '../chevrotain.js';
import * as T from '../tokens.js';
import { ExpressionParser } from './expressions.js';
import { emptyList, fitted } from '../fitted-array.js';
import type {
  AssignmentOperatorText, AssignmentStatementAst, CommandBaseAst, CommandElementAst, ExpressionAst, PipelineAst,
  PipelineBaseAst, RedirectionAst,
} from '../ast.js';
import type { PshToken, RedirectionPayload, StringPayload } from '../tokenizer.js';

export class CommandParser extends ExpressionParser {
  /** A pipeline chain, or an assignment whose right side is a statement. */
  protected override pipelineOrAssignment = this.RULE('pipelineOrAssignment', (): PipelineBaseAst | AssignmentStatementAst => {
    return this.OR((this.pipelineOrAssignmentAlternatives ??= [
      {
        // An expression first: it may be the target of an assignment.
        ALT: () => {
          const expr = this.SUBRULE(this.expression);
          // An assignment operator decides; Chevrotain records both continuations.
          if (this.mayStartWith(T.AssignmentOperator)) {
            const assignment = this.SUBRULE(this.assignmentRest, this.argument(expr));
            if (!this.RECORDING_PHASE) return assignment;
          }
          // Without redirections the element is built here rather than by its own rule.
          const element = this.RECORDING_PHASE || this.laIs(1, T.Redirection)
            ? this.SUBRULE(this.expressionElementRest, this.argument(expr))
            : this.commandExpression(expr, emptyList());
          return this.SUBRULE(this.pipelineChainRest, this.argument(element));
        },
      },
      {
        ALT: () => {
          const command = this.SUBRULE(this.command);
          return this.SUBRULE1(this.pipelineChainRest, this.argument(command));
        },
      },
    ]));
  });
  private pipelineOrAssignmentAlternatives?: IOrAlt<PipelineBaseAst | AssignmentStatementAst>[];

  private assignmentRest = this.RULE('assignmentRest', (left: ExpressionAst): AssignmentStatementAst => {
    const op = this.CONSUME(T.AssignmentOperator);
    this.manyTokens(T.NewLine);
    const right = this.optionalRule(this.statement);
    if (this.RECORDING_PHASE) return undefined as never;
    let r = right;
    if (!r) {
      this.report('ExpectedValueExpression', this.endOf(op), this.endOf(op), [op.image]);
      r = this.emptyPipeline(this.endOf(op));
    }
    if (!isAssignable(left)) this.report('InvalidLeftHandSide', left.extent.startOffset, left.extent.endOffset, [], false);
    return { kind: 'AssignmentStatement', left, operator: op.image as AssignmentOperatorText, right: r, extent: this.extent(left.extent.startOffset, r.extent.endOffset) };
  });

  /** After a pipeline's first element: more elements, `&&`/`||` chains, and a background `&`. */
  private pipelineChainRest = this.RULE('pipelineChainRest', (first: CommandBaseAst): PipelineBaseAst => {
    // Most pipelines are one element with nothing after it.
    if (!this.RECORDING_PHASE && !this.pipeFollows() && !this.laIs(1, T.ChainOperator) && !this.laIs(1, T.Ampersand)) return this.pipeline([first]);
    let chain: PipelineBaseAst = this.SUBRULE(this.pipelineRest, this.argument(first));
    if (this.mayStartWith(T.ChainOperator)) this.MANY(() => {
      const op = this.CONSUME(T.ChainOperator);
      this.manyTokens(T.NewLine, 1);
      const right = this.optionalRule(this.simplePipeline);
      if (!this.RECORDING_PHASE) {
        const r = right ?? (this.report('EmptyPipeElement', this.endOf(op), this.endOf(op)), this.emptyPipeline(this.endOf(op)));
        chain = { kind: 'PipelineChain', left: chain, operator: op.image as '&&' | '||', right: r, background: false, extent: this.extent(chain.extent.startOffset, r.extent.endOffset) };
      }
    });
    const amp = this.mayStartWith(T.Ampersand) ? this.optionalToken(T.Ampersand, 1) : undefined;
    if (this.RECORDING_PHASE) return undefined as never;
    if (amp) chain = { ...chain, background: true, extent: this.extent(chain.extent.startOffset, this.endOf(amp)) };
    return chain;
  });

  /** A pipeline on its own, as on the right of `&&`. */
  private simplePipeline = this.RULE('simplePipeline', (): PipelineAst => {
    const first = this.SUBRULE(this.pipelineElement);
    return this.SUBRULE(this.pipelineRest, this.argument(first));
  });

  /** Elements after the first, separated by `|`; only the first may be an expression. */
  private pipelineRest = this.RULE('pipelineRest', (first: CommandBaseAst): PipelineAst => {
    const elements: CommandBaseAst[] = [first];
    if (this.RECORDING_PHASE || this.pipeFollows()) this.MANY({
      GATE: () => this.pipeFollows(),
      DEF: () => {
        this.manyTokens(T.NewLine, 1);
        const pipe = this.CONSUME(T.Pipe);
        this.manyTokens(T.NewLine, 2, 1);
        const element = this.optionalRule(this.pipelineElement);
        this.ACTION(() => {
          if (!element) { this.report('EmptyPipeElement', this.endOf(pipe), this.endOf(pipe)); return; }
          if (element.kind === 'CommandExpression') this.report('ExpressionsMustBeFirstInPipeline', element.extent.startOffset, element.extent.endOffset, [], false);
          elements.push(element);
        });
      },
    });
    if (this.RECORDING_PHASE) return undefined as never;
    return this.pipeline(fitted(elements));
  });

  private pipeline(elements: CommandBaseAst[]): PipelineAst {
    return {
      kind: 'Pipeline', elements, background: false,
      extent: this.extent(elements[0].extent.startOffset, elements[elements.length - 1].extent.endOffset),
    };
  }

  /** A `|` next, or on the next line: a line that starts with `|` continues the pipeline. */
  private pipeFollows(): boolean {
    return this.laIs(1, T.Pipe) || (this.laIs(1, T.NewLine) && tokenMatcher(this.nextSignificant(), T.Pipe));
  }

  private pipelineElement = this.RULE('pipelineElement', (): CommandBaseAst => {
    return this.OR((this.pipelineElementAlternatives ??= [
      {
        ALT: () => {
          const expr = this.SUBRULE(this.expression);
          return this.SUBRULE(this.expressionElementRest, this.argument(expr));
        },
      },
      { ALT: () => this.SUBRULE(this.command) },
    ]));
  });
  private pipelineElementAlternatives?: IOrAlt<CommandBaseAst>[];

  /** Redirections after an expression used as a pipeline element. */
  private expressionElementRest = this.RULE('expressionElementRest', (expression: ExpressionAst | undefined): CommandBaseAst => {
    const redirections: RedirectionAst[] = [];
    if (this.mayStartWith(T.Redirection)) {
      this.MANY(() => {
        const r = this.SUBRULE(this.redirection);
        if (!this.RECORDING_PHASE) redirections.push(r);
      });
    }
    if (this.RECORDING_PHASE) return undefined as never;
    return this.commandExpression(expression!, fitted(redirections));
  });

  private commandExpression(expression: ExpressionAst, redirections: RedirectionAst[]): CommandBaseAst {
    // Without redirections the element spans just its expression, whose extent it shares.
    const end = this.lastEnd();
    const extent = end <= expression.extent.endOffset ? expression.extent : this.extent(expression.extent.startOffset, end);
    return { kind: 'CommandExpression', expression, redirections, extent };
  }

  /** A command: `[& | .] name arguments... redirections...`. */
  protected command = this.RULE('command', (): CommandBaseAst => {
    const head = this.OR((this.commandHeadAlternatives ??= [
      {
        ALT: () => {
          const invocation = this.CONSUME(T.InvocationOperator);
          const name = this.optionalRule(this.commandArgument, 1);
          return { invocation, name };
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.GenericToken);
          return { invocation: undefined, name: this.RECORDING_PHASE ? undefined : this.bareWord(t as PshToken) };
        },
      },
    ]));
    const { invocation, name } = this.RECORDING_PHASE ? { invocation: undefined, name: undefined } : head;
    // The name first, then the arguments as they are read; redirections are rare.
    const elements: CommandElementAst[] = name ? [name] : [];
    let redirections: RedirectionAst[] | undefined;
    let endOfParameters = false;
    this.MANY(() => {
      if (!this.RECORDING_PHASE && this.simpleCommandElement(elements, endOfParameters)) return;
      const item = this.OR2((this.commandElementAlternatives ??= [
        {
          ALT: () => {
            const p = this.CONSUME(T.Parameter);
            const argument = this.OPTION2({
              GATE: () => (p.payload as { colon: boolean }).colon,
              DEF: () => this.SUBRULE1(this.commandArgumentList),
            });
            return { parameter: p, argument };
          },
        },
        { ALT: () => ({ endOfParameters: this.CONSUME(T.MinusMinus) }) },
        { ALT: () => ({ stopParsing: this.CONSUME(T.StopParsing) }) },
        { ALT: () => ({ redirection: this.SUBRULE(this.redirection) }) },
        { ALT: () => ({ argument: this.SUBRULE2(this.commandArgumentList) }) },
      ]));
      if (this.RECORDING_PHASE) return;
      if (item.parameter) {
        const p = item.parameter;
        const { name: parameterName, colon } = p.payload as { name: string; colon: boolean };
        if (endOfParameters) {
          elements.push({ kind: 'StringConstant', value: p.image, stringConstantType: 'BareWord', extent: this.extent(this.startOf(p), this.endOf(p)) });
        } else {
          if (colon && !item.argument) this.report('ParameterRequiresArgument', this.startOf(p), this.endOf(p), [p.image.replace(/:$/, '')]);
          elements.push({ kind: 'CommandParameter', parameterName, argument: item.argument ?? null, colon, extent: this.extent(this.startOf(p), this.lastEnd()) });
        }
      } else if (item.endOfParameters) {
        const t = item.endOfParameters;
        if (endOfParameters) elements.push({ kind: 'StringConstant', value: '--', stringConstantType: 'BareWord', extent: this.extent(this.startOf(t), this.endOf(t)) });
        endOfParameters = true;
      } else if (item.stopParsing) {
        const t = item.stopParsing;
        elements.push({ kind: 'StringConstant', value: (t.payload as StringPayload).value, stringConstantType: 'BareWord', extent: this.extent(this.startOf(t), this.endOf(t)) });
      } else if (item.redirection) {
        (redirections ??= []).push(item.redirection);
      } else if (item.argument) {
        elements.push(item.argument);
      }
    });
    if (this.RECORDING_PHASE) return undefined as never;
    const start = invocation ? this.startOf(invocation) : name ? name.extent.startOffset : this.lastEnd();
    if (!name) {
      const after = invocation ? this.endOf(invocation) : start;
      this.report('MissingExpression', after, after, [invocation ? invocation.image : '&']);
    }
    return {
      kind: 'Command', invocationOperator: invocation ? (invocation.image === '&' ? '&' : '.') : null,
      elements: fitted(elements), redirections: redirections ? fitted(redirections) : emptyList(), extent: this.extent(start, Math.max(start, this.lastEnd())),
    };
  });

  /**
   * Reads the most common command elements, a parameter without `:` or a bare word that is not
   * the start of an array, straight into `elements`; false (nothing consumed) for anything else.
   */
  private simpleCommandElement(elements: CommandElementAst[], endOfParameters: boolean): boolean {
    const t = this.la(1);
    if (tokenMatcher(t, T.Parameter)) {
      if (endOfParameters) return false;
      // A parameter's payload is made from its text on each read: read it once.
      const { name, colon } = t.payload as { name: string; colon: boolean };
      if (colon) return false;
      this.CONSUME(T.Parameter);
      elements.push({ kind: 'CommandParameter', parameterName: name, argument: null, colon: false, extent: this.extent(this.startOf(t), this.endOf(t)) });
      return true;
    }
    if (tokenMatcher(t, T.GenericToken) && !this.laIs(2, T.Comma)) {
      this.CONSUME(T.GenericToken);
      elements.push(this.bareWord(t));
      return true;
    }
    return false;
  }

  private commandElementAlternatives?: IOrAlt<CommandElementPart>[];
  private commandHeadAlternatives?: IOrAlt<{ invocation: IToken | undefined; name: ExpressionAst | undefined }>[];

  /** One argument, or several separated by commas (an array argument). */
  private commandArgumentList = this.RULE('commandArgumentList', (): ExpressionAst => {
    const first = this.SUBRULE(this.commandArgument);
    const rest: ExpressionAst[] = [];
    if (this.mayStartWith(T.Comma)) this.MANY(() => {
      const comma = this.CONSUME(T.Comma);
      this.manyTokens(T.NewLine, 1);
      const next = this.optionalRule(this.commandArgument, 0, 1);
      if (!this.RECORDING_PHASE) {
        if (next) {
          if (next.kind === 'Variable' && next.splatted) this.report('SplattingNotPermittedInArgumentList', next.extent.startOffset, next.extent.endOffset, [next.name], false);
          rest.push(next);
        } else this.report('MissingExpressionAfterToken', this.endOf(comma), this.endOf(comma), [',']);
      }
    });
    if (this.RECORDING_PHASE) return undefined as never;
    if (!rest.length) return first;
    if (first.kind === 'Variable' && first.splatted) this.report('SplattingNotPermittedInArgumentList', first.extent.startOffset, first.extent.endOffset, [first.name], false);
    return { kind: 'ArrayLiteral', elements: [first, ...rest], extent: this.extent(first.extent.startOffset, this.lastEnd()) };
  });

  /** A single command argument (or the command name): a bare word or a value with member access. */
  protected commandArgument = this.RULE('commandArgument', (): ExpressionAst => {
    // The alternatives overlap (a splatted variable or a value is also a primary expression): the
    // first that fits is meant, as in pwsh, which tries them in this order.
    return this.OR((this.commandArgumentAlternatives ??= { IGNORE_AMBIGUITIES: true, DEF: [
      {
        ALT: () => {
          const t = this.CONSUME(T.GenericToken);
          if (this.RECORDING_PHASE) return undefined as never;
          return this.bareWord(t as PshToken);
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.SplattedVariable);
          if (this.RECORDING_PHASE) return undefined as never;
          return this.variableFromToken(t);
        },
      },
      {
        ALT: () => {
          const simple = this.RECORDING_PHASE ? undefined : this.simpleValue();
          if (simple) return this.postfixFollows() ? this.SUBRULE1(this.postfixTail, this.argument(simple)) : simple;
          const value = this.OR1((this.argumentValueAlternatives ??= { IGNORE_AMBIGUITIES: true, DEF: [
            { ALT: () => this.SUBRULE(this.variableExpression) },
            { ALT: () => this.SUBRULE(this.numberExpression) },
            { ALT: () => this.SUBRULE(this.stringExpression) },
            { ALT: () => this.SUBRULE(this.parenExpression) },
            { ALT: () => this.SUBRULE(this.subExpression) },
            { ALT: () => this.SUBRULE(this.primaryExpression) },
          ] }));
          return this.SUBRULE(this.postfixTail, this.argument(value));
        },
      },
    ] }));
  });
  private commandArgumentAlternatives?: OrMethodOpts<ExpressionAst>;
  private argumentValueAlternatives?: OrMethodOpts<ExpressionAst>;

  private redirection = this.RULE('redirection', (): RedirectionAst => {
    const t = this.CONSUME(T.Redirection);
    const target = this.OPTION({
      GATE: () => !(t.payload as RedirectionPayload).to && !(t.payload as RedirectionPayload).unsupported,
      DEF: () => this.SUBRULE(this.commandArgument),
    });
    if (this.RECORDING_PHASE) return undefined as never;
    const p = t.payload as RedirectionPayload;
    const extent = this.extent(this.startOf(t), this.lastEnd());
    if (p.unsupported) this.report('RedirectionNotSupported', this.startOf(t), this.endOf(t), [t.image], false);
    if (p.to) return { kind: 'MergingRedirection', fromStream: p.from, toStream: p.to, extent };
    if (!target && !p.unsupported) this.report('MissingFileSpecification', this.endOf(t), this.endOf(t));
    return { kind: 'FileRedirection', fromStream: p.from, append: p.append, location: target ?? this.errorExpression(), extent };
  });

  // -------------------------------------------------------------------------------------------

  /** A generic token: a bare-word constant, or an expandable string when it holds `$` expansions (also as a command name, so `. $PSScriptRoot\lib.ps1` works). */
  private bareWord(t: PshToken): ExpressionAst {
    const p = t.payload as StringPayload;
    if (p.parts && p.parts.some((x) => x.kind !== 'text')) return this.stringFromToken(t);
    return { kind: 'StringConstant', value: p.value, stringConstantType: 'BareWord', extent: this.extent(this.startOf(t), this.endOf(t)) };
  }

  protected emptyPipeline(at: number): PipelineAst {
    return { kind: 'Pipeline', elements: [], background: false, extent: this.extent(at, at) };
  }
}

/** What one step of a command's arguments read: a parameter, `--`, `--%`, a redirection or an argument. */
interface CommandElementPart {
  parameter?: IToken;
  argument?: ExpressionAst;
  endOfParameters?: IToken;
  stopParsing?: IToken;
  redirection?: RedirectionAst;
}

function isAssignable(e: ExpressionAst): boolean {
  switch (e.kind) {
    case 'Variable': case 'MemberExpression': case 'IndexExpression': return true;
    case 'ConvertExpression': case 'AttributedExpression': return isAssignable(e.child);
    case 'ArrayLiteral': return e.elements.every(isAssignable);
    case 'ParenExpression': return false;
    default: return false;
  }
}
