/**
 * Help for a command without help content, as pwsh shows what DefaultCommandHelpObjectBuilder
 * builds from the command's metadata (HelpV3.format.ps1xml's ExtendedCmdletHelpInfo views):
 * the default view (NAME, SYNTAX, ALIASES, REMARKS), -Detailed and -Full (with PARAMETERS, and
 * -Full's INPUTS and OUTPUTS) and -Examples, and each -Parameter's block.
 */
import type { ParameterMetadata } from '../../binding/index.js';
import { commandParameterSetSyntax, resolveParameterType, shortTypeName } from '../../binding/index.js';
import { CmdletCommandInfo } from '../command-discovery.js';
import { ComplexText } from './complex-text.js';
import { describedParameters, hasCommonParameters, pipelineInputText, positionText, validateSetOrEnumValues, type HelpContent } from './help-content.js';
import { helpDisplayText as text } from './help-strings.js';

export type HelpView = 'Default' | 'Detailed' | 'Full' | 'Examples';

/** A set's syntax line: Get-Command's order and type names, value groups as `{A | B}`. */
function syntaxLine(content: HelpContent, items: readonly string[]): string {
  const rendered = items.map((item) => {
    const parameter = content.metadata.parameters.find((p) => item.match(/-([\w?]+)/)?.[1] === p.name);
    const values = parameter && !parameter.isSwitch ? validateSetOrEnumValues(parameter) : undefined;
    return values ? item.replace(/<[^>]*>/, `{${values.join(' | ')}}`) : item;
  });
  return [content.metadata.name, ...rendered].join(' ');
}

function writeSyntax(out: ComplexText, content: HelpContent): void {
  for (const set of commandParameterSetSyntax(content.metadata)) out.text(syntaxLine(content, set.items)).newline(2);
}

/** Each alias on a line of its own (AppendLine), or None. */
function aliasesText(content: HelpContent): string {
  return (content.aliases.length > 0 ? content.aliases : [text.None]).map((a) => `${a}\n`).join('');
}

/** REMARKS: a cmdlet's missing help files, or None. */
export function remarksText(content: HelpContent): string {
  return content.command instanceof CmdletCommandInfo ? text.GetLatestHelpContentWithoutHelpUri : text.None;
}

/** The parameters the views list: sorted by name (ordinal), the common parameters left out when the command has them. */
function listedParameters(content: HelpContent): ParameterMetadata[] {
  const parameters = hasCommonParameters(content.metadata) ? describedParameters(content.metadata) : [...content.metadata.parameters];
  return parameters.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** `-Name <string[]>`; a switch has no value. */
function parameterHeader(parameter: ParameterMetadata): string {
  return parameter.isSwitch ? `-${parameter.name}` : `-${parameter.name} <${shortTypeName(resolveParameterType(parameter))}>`;
}

/** One parameter's block, as -Full and -Parameter show it. */
function writeParameterBlock(out: ComplexText, parameter: ParameterMetadata): void {
  const data = parameter.setData[0];
  const sets = parameter.setData.map((d) => d.setName);
  out.text(parameterHeader(parameter)).newline();
  out.frame(4, (inner) => {
    if (data?.helpMessage) inner.text(`${data.helpMessage}\n`);
    inner.newline();
    inner.text(text.ParameterRequired + (data?.mandatory ? text.TrueShort : text.FalseShort)).newline();
    inner.text(text.ParameterPosition + positionText(data, false)).newline();
    inner.text(text.AcceptsPipelineInput + pipelineInputText(parameter, true)).newline();
    inner.text(text.ParameterSetName + (sets.length === 0 || sets.includes('__AllParameterSets') ? text.AllParameterSetsName : sets.join(', '))).newline();
    inner.text(text.ParameterAliases + (parameter.aliases.length > 0 ? parameter.aliases.join(', ') : text.None)).newline();
    inner.text(text.ParameterIsDynamic + text.FalseShort).newline();
    inner.text(text.AcceptsWildCardCharacters + (parameter.supportsWildcards ? text.TrueShort : text.FalseShort)).newline(2);
  });
}

/** The common parameters' paragraph, or None for a command without parameters. */
function writeCommonParameters(out: ComplexText, content: HelpContent): void {
  if (hasCommonParameters(content.metadata)) {
    out.text(text.CommonParameters).newline();
    out.frame(4, (inner) => inner.text(text.BaseCmdletInformation));
    out.newline(2);
  } else if (content.metadata.parameters.length === 0) {
    out.text(text.None).newline(2);
  }
}

/** Each type of a parameter that takes pipeline input, or None. */
function inputTypesText(content: HelpContent): string {
  const types: string[] = [];
  for (const parameter of content.metadata.parameters) {
    const takesInput = parameter.setData.some((d) => d.valueFromPipeline || d.valueFromPipelineByPropertyName);
    const name = resolveParameterType(parameter).fullName;
    if (takesInput && !types.includes(name)) types.push(name);
  }
  return (types.length > 0 ? types : [text.None]).map((t) => `${t}\n`).join('');
}

function outputTypesText(content: HelpContent): string {
  const types = content.metadata.outputType;
  return types.length === 0 ? 'System.Object' : types.map((t) => `${t}\n`).join('');
}

function writeAliasesAndRemarks(out: ComplexText, content: HelpContent): void {
  out.text(text.AliasesSection).newline();
  out.frame(4, (inner) => inner.text(aliasesText(content)).newline());
  out.newline();
  out.text(text.RemarksSection).newline();
  out.frame(4, (inner) => inner.text(remarksText(content)).newline());
}

/** The lines of the view pwsh shows for a command without help content. */
export function reducedHelpLines(content: HelpContent, view: HelpView): string[] {
  const out = new ComplexText();
  out.text(text.Name).newline();
  out.frame(4, (inner) => inner.text(content.metadata.name).newline(view === 'Examples' ? 1 : 2));
  if (view === 'Examples') {
    out.newline();
    writeAliasesAndRemarks(out, content);
    return out.finish();
  }
  out.text(text.Syntax).newline();
  out.frame(4, (inner) => {
    writeSyntax(inner, content);
    if (view !== 'Default') inner.newline();
  });
  if (view === 'Default') out.newline();
  if (view === 'Detailed' || view === 'Full') {
    out.text(text.Parameters).newline();
    out.frame(4, (inner) => {
      for (const parameter of listedParameters(content)) {
        if (view === 'Full') writeParameterBlock(inner, parameter);
        else inner.text(parameterHeader(parameter)).newline(2);
      }
      writeCommonParameters(inner, content);
      if (view === 'Full') inner.newline();
    });
    if (view === 'Detailed') out.newline();
  }
  if (view === 'Full') {
    out.text(text.InputType).newline();
    out.frame(4, (inner) => inner.text(inputTypesText(content)).newline(2));
    out.text(text.ReturnType).newline();
    out.frame(4, (inner) => inner.text(outputTypesText(content)).newline(2));
  }
  writeAliasesAndRemarks(out, content);
  return out.finish();
}

/** Get-Help -Parameter's block for one parameter of a command without help content. */
export function reducedParameterLines(parameter: ParameterMetadata): string[] {
  const out = new ComplexText();
  writeParameterBlock(out, parameter);
  return out.finish();
}
