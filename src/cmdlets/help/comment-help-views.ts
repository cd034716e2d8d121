/**
 * Help for a script function with comment-based help, laid out as pwsh lays out the MAML that
 * HelpCommentsParser builds from the comments (Help.format.ps1xml's MamlCommandHelpInfo views):
 * the default view, -Detailed, -Full, -Examples and -Parameter. The MAML's parameters come from
 * the metadata in declaration order with 1-based positions, types by their .NET names, and each
 * description from .PARAMETER or the comment next to the parameter.
 */
import type { ExpressionAst, ParameterAst } from '../../../grammar/ast.js';
import { parameterSetsOf, resolveParameterType, type ParameterMetadata, type ParameterSetData } from '../../binding/index.js';
import { toPSString } from '../../engine/conversion/index.js';
import { FunctionCommandInfo } from '../command-discovery.js';
import type { CommentHelp } from './comment-help.js';
import { ComplexText } from './complex-text.js';
import { declaredParameterAsts, describedParameters, enumValues, pipelineInputText, positionText, type HelpContent } from './help-content.js';
import { helpDisplayText as text } from './help-strings.js';
import type { HelpView } from './reduced-views.js';

/** What the MAML says of one parameter (in one set, for the syntax). */
interface MamlParameter {
  readonly name: string;
  readonly required: boolean;
  /** 1-based, or `named`. */
  readonly position: string;
  readonly isSwitch: boolean;
  /** The type's .NET name (String, Int32[], SwitchParameter); an enum's names instead as a value group. */
  readonly typeName: string;
  readonly enumValues: string[] | undefined;
}

const numericTypes = new Set(['System.Byte', 'System.SByte', 'System.Int16', 'System.UInt16', 'System.Int32', 'System.UInt32', 'System.Int64', 'System.UInt64', 'System.Single', 'System.Double', 'System.Decimal']);

function mamlParameter(parameter: ParameterMetadata, data: ParameterSetData | undefined): MamlParameter {
  return {
    name: parameter.name,
    required: data?.mandatory ?? false,
    position: positionText(data, true),
    isSwitch: parameter.isSwitch,
    typeName: resolveParameterType(parameter).name,
    enumValues: enumValues(parameter),
  };
}

/** A parameter's description: .PARAMETER's section, else the comment next to its declaration (`parameters`: the command's, in order). */
export function parameterDescription(help: CommentHelp, parameters: readonly ParameterMetadata[], parameter: ParameterMetadata): string | undefined {
  const declared = help.parameters.get(parameter.name.toUpperCase()) ?? help.parameterComments[parameters.indexOf(parameter)];
  const trimmed = declared?.trim();
  return trimmed ? trimmed : undefined;
}

/** A constant's value as ToString gives it (strings without quotes, $true as True); any other expression as written. */
function defaultValueText(expression: ExpressionAst): string {
  switch (expression.kind) {
    case 'Constant':
      return toPSString(expression.value);
    case 'StringConstant':
      return expression.value;
    case 'Variable': {
      const name = expression.extent.text.toLowerCase();
      if (name === '$true') return 'True';
      if (name === '$false') return 'False';
      if (name === '$null') return '';
      return expression.extent.text;
    }
    default:
      return expression.extent.text;
  }
}

/** dev:defaultValue: the declared default, else the one the compiler gives the type (False for bool and switch, 0 for numbers). */
function defaultValue(parameter: ParameterMetadata, declarations: readonly ParameterAst[]): string {
  const declared = declarations.find((d) => d.name.unqualifiedName.toLowerCase() === parameter.name.toLowerCase())?.defaultValue;
  if (declared) return defaultValueText(declared);
  const type = resolveParameterType(parameter);
  if (type.fullName === 'System.Boolean' || parameter.isSwitch) return 'False';
  return numericTypes.has(type.fullName) && !type.enumConstants ? '0' : '';
}

function declarationsOf(content: HelpContent): readonly ParameterAst[] {
  return content.command instanceof FunctionCommandInfo ? declaredParameterAsts(content.command.fn) : [];
}

/** MamlParameterControl: `[[-Name] <String>]`, `-Mode {A | B}`, `[-Force]` (a switch has no value in the syntax). */
function syntaxParameterText(p: MamlParameter): string {
  const optional = !p.required;
  const positional = p.position !== 'named';
  const value = p.enumValues ? ` {${p.enumValues.join(' | ')}}` : p.isSwitch ? '' : ` <${p.typeName}>`;
  if (optional && positional) return `[[-${p.name}]${value}] `;
  if (optional) return `[-${p.name}${value}] `;
  if (positional) return `[-${p.name}]${value} `;
  return `-${p.name}${value} `;
}

/** MamlParameterValueControl: ` <String>`, a switch's ` [<SwitchParameter>]`; an enum parameter has none. */
function parameterValueText(p: MamlParameter): string {
  if (p.enumValues) return '';
  return p.isSwitch ? ` [<${p.typeName}>]` : ` <${p.typeName}>`;
}

/** The text of the paragraph's lines, each written on its own line. */
function writeParagraph(out: ComplexText, paragraph: string | undefined): void {
  if (paragraph !== undefined) out.text(paragraph).newline();
}

class CommentHelpWriter {
  private readonly out = new ComplexText();
  private readonly help: CommentHelp;
  private readonly name: string;
  private readonly parameters: ParameterMetadata[];
  private readonly declarations: readonly ParameterAst[];

  constructor(private readonly content: HelpContent) {
    this.help = content.comment!;
    this.name = content.metadata.name;
    this.parameters = describedParameters(content.metadata);
    this.declarations = declarationsOf(content);
  }

  lines(view: HelpView): string[] {
    const out = this.out;
    this.details();
    if (view === 'Examples') {
      out.frame(4, () => this.examples());
      return out.finish();
    }
    this.syntax();
    this.description();
    if (view === 'Default') {
      this.relatedLinksSection();
      out.newline();
      this.remarks();
      return out.finish();
    }
    out.text(text.Parameters).newline();
    out.frame(4, () => {
      for (const parameter of this.parameters) {
        this.parameterBlock(parameter, view === 'Full');
      }
      out.text(text.CommonParameters).newline();
      out.frame(4, () => out.text(text.BaseCmdletInformation));
      out.newline(2);
    });
    if (view === 'Detailed') {
      out.frame(4, () => this.examples());
      this.remarks();
      return out.finish();
    }
    out.text(text.InputType).newline();
    out.frame(4, () => {
      this.types(this.help.inputs);
      out.newline();
    });
    out.text(text.ReturnType).newline();
    out.frame(4, () => {
      this.types(this.help.outputs.length > 0 ? this.help.outputs : this.content.metadata.outputType);
      out.newline();
    });
    if (this.help.notes?.trim()) {
      out.text(text.Notes).newline();
      out.frame(4, () => {
        out.newline();
        writeParagraph(out, this.help.notes!.trim());
        out.newline();
      });
    }
    out.frame(4, () => {
      this.examples();
      out.newline();
    });
    this.relatedLinksSection();
    return out.finish();
  }

  /** -Parameter: one parameter's full block. */
  parameterLines(parameter: ParameterMetadata): string[] {
    this.parameterBlock(parameter, true);
    return this.out.finish();
  }

  private details(): void {
    const out = this.out;
    out.text(text.Name).newline();
    out.frame(4, () => out.text(this.name).newline(2));
    out.text(text.Synopsis).newline();
    out.frame(4, () => {
      writeParagraph(out, this.help.synopsis?.trim() || undefined);
      out.newline(2);
    });
  }

  private syntax(): void {
    const out = this.out;
    out.text(text.Syntax).newline();
    out.frame(4, () => {
      for (const set of parameterSetsOf(this.content.metadata)) {
        const parameters = set.parameters.filter((p) => p.parameter.origin !== 'Common').map((p) => mamlParameter(p.parameter, p.data));
        out.text(`${this.name} ${parameters.map(syntaxParameterText).join('')}[${text.CommonParameters}]`).newline(2);
      }
      out.newline();
    });
  }

  private description(): void {
    const out = this.out;
    out.text(text.DetailedDescription).newline();
    out.frame(4, () => {
      writeParagraph(out, this.help.description?.trim() || undefined);
      out.newline();
    });
    out.newline();
  }

  /** A parameter's name, value and description; with `full`, MamlFullParameterControl's attribute lines too. */
  private parameterBlock(parameter: ParameterMetadata, full: boolean): void {
    const out = this.out;
    const p = mamlParameter(parameter, parameter.setData[0]);
    out.text(`-${p.name}${parameterValueText(p)}`).newline();
    out.frame(4, () => {
      writeParagraph(out, parameterDescription(this.help, this.content.metadata.parameters, parameter));
      out.newline();
      if (!full) return;
      out.text(text.ParameterRequired + (p.required ? text.TrueShort : text.FalseShort)).newline();
      out.text(text.ParameterPosition + p.position).newline();
      out.text(text.ParameterDefaultValue + defaultValue(parameter, this.declarations)).newline();
      out.text(text.AcceptsPipelineInput + pipelineInputText(parameter, false)).newline();
      out.text(text.ParameterAliases).newline();
      out.text(text.AcceptsWildCardCharacters + (parameter.supportsWildcards ? text.TrueShort : text.FalseShort)).newline(2);
    });
  }

  /** MamlTypeWithDescriptionControl for each .INPUTS or .OUTPUTS entry. */
  private types(names: readonly string[]): void {
    for (const name of names) this.out.text(name.trim()).newline(2);
  }

  /** MamlExampleControl: the title, the prompt and code, then the remarks and four empty paragraphs. */
  private examples(): void {
    const out = this.out;
    this.help.examples.forEach((example, index) => {
      const { prompt, code, remarks } = exampleSections(example);
      out.text(exampleTitle(index)).newline(2);
      out.text(prompt).text(code).newline(2);
      for (const paragraph of [remarks.trim(), '', '', '', '']) out.text(paragraph).newline();
    });
  }

  private relatedLinksSection(): void {
    const out = this.out;
    out.text(text.RelatedLinks).newline();
    out.frame(4, () => {
      for (const link of this.help.links) {
        // A link that is not an absolute URI is link text; the view puts a space after link text.
        out.text(isAbsoluteUri(link) ? link : `${link} `).newline();
      }
    });
  }

  private remarks(): void {
    const out = this.out;
    out.text(text.RemarksSection).newline();
    out.frame(4, () => {
      out.text(`${text.ExampleHelpInfo}"Get-Help ${this.name} -Examples"`).newline();
      out.text(`${text.VerboseHelpInfo}"Get-Help ${this.name} -Detailed"`).newline();
      out.text(`${text.FullHelpInfo}"Get-Help ${this.name} -Full"`).newline();
      // Written when the entry ends, outside every frame: the text brings its own indentation.
      if (this.help.links.length > 0) out.text(`    ${text.RelatedLinksHelpInfo}"Get-Help ${this.name} -Online"`);
    });
  }
}

/** The title pwsh gives the example at `index` (the MAML title's tabs are trimmed away). */
export function exampleTitle(index: number): string {
  return `-------------------------- ${text.ExampleUpperCase} ${index + 1} --------------------------`;
}

/** GetExampleSections: the prompt (up to the first `>` of the first line, or `PS > `), the code up to the first empty line, the remarks after it. */
export function exampleSections(example: string): { prompt: string; code: string; remarks: string } {
  const promptMatch = /^.*?>/.exec(example);
  const prompt = promptMatch ? promptMatch[0] : 'PS > ';
  const content = promptMatch ? example.slice(prompt.length) : example;
  const split = /^([\s\S]*?)\r?\n\r?\n([\s\S]*)$/.exec(content);
  return split ? { prompt, code: split[1]!.trim(), remarks: split[2]! } : { prompt, code: content.trim(), remarks: '' };
}

/** Uri.IsWellFormedUriString(link, Absolute), for the links help comments give. */
export function isAbsoluteUri(link: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\/[^\s]+$/i.test(link) || /^(mailto|urn|news):[^\s]+$/i.test(link);
}

export function commentHelpLines(content: HelpContent, view: HelpView): string[] {
  return new CommentHelpWriter(content).lines(view);
}

export function commentHelpParameterLines(content: HelpContent, parameter: ParameterMetadata): string[] {
  return new CommentHelpWriter(content).parameterLines(parameter);
}
