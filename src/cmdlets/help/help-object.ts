/**
 * The objects Get-Help writes: property bags named as pwsh's help objects name their members
 * (Name, Category, Synopsis, details, description, parameters.parameter, examples.example,
 * relatedLinks.navigationLink...), typed MamlCommandHelpInfo#<view> for a command with
 * comment-based help and ExtendedCmdletHelpInfo for one without, and shown through a custom
 * view that writes the text pwsh's help views write.
 */
import type { ParameterMetadata } from '../../binding/index.js';
import { commandSyntax } from '../../binding/index.js';
import { engineViews } from '../../format/index.js';
import { PSObject } from '../../engine/values/index.js';
import { commentHelpLines, commentHelpParameterLines, exampleSections, exampleTitle, isAbsoluteUri, parameterDescription } from './comment-help-views.js';
import { describedParameters, positionText, type HelpContent } from './help-content.js';
import { reducedHelpLines, reducedParameterLines, remarksText, type HelpView } from './reduced-views.js';

/** The text each help object shows, by object. */
const helpLines = new WeakMap<object, () => string[]>();

/** The control's lines (the complex view's blank lines around them are the format writer's). */
function helpViewText(value: unknown): string {
  const lines = typeof value === 'object' && value !== null ? helpLines.get(value)?.() : undefined;
  return lines ? lines.join('\n') : '';
}

for (const typeName of ['HelpInfo', 'MamlCommandHelpInfo#parameter', 'ExtendedCmdletHelpInfo#parameter']) {
  engineViews.register(typeName, { kind: 'custom', render: helpViewText });
}

function bag(typeName: string, properties: Record<string, unknown>): PSObject {
  const object = PSObject.customObject(properties);
  object.typeNames = [typeName];
  return object;
}

const paragraphs = (text: string | undefined) => (text?.trim() ? [bag('MamlParaTextItem', { Text: text.trim() })] : null);

function parameterObject(content: HelpContent, parameter: ParameterMetadata, typeName: string): PSObject {
  const data = parameter.setData[0];
  return bag(typeName, {
    name: parameter.name,
    required: data?.mandatory ? 'true' : 'false',
    position: positionText(data, content.comment !== undefined),
    globbing: parameter.supportsWildcards ? 'true' : 'false',
    aliases: parameter.aliases.join(', '),
    description: content.comment ? paragraphs(parameterDescription(content.comment, content.metadata.parameters, parameter)) : data?.helpMessage ?? null,
  });
}

function exampleObject(example: string, index: number): PSObject {
  const { prompt, code, remarks } = exampleSections(example);
  return bag('MamlCommandHelpInfo#example', { title: exampleTitle(index), introduction: [bag('MamlParaTextItem', { Text: prompt })], code, remarks: paragraphs(remarks) });
}

/** Get-Help's object for a command in one of its views. */
export function helpObject(content: HelpContent, view: HelpView): PSObject {
  const comment = content.comment;
  const name = content.metadata.name;
  const parameters = describedParameters(content.metadata).map((p) => parameterObject(content, p, comment ? 'MamlCommandHelpInfo#parameter' : 'ExtendedCmdletHelpInfo#parameter'));
  const common = {
    Name: name,
    Category: content.category,
    ModuleName: content.moduleName,
    details: bag('MamlCommandHelpInfo#details', { name, description: paragraphs(comment?.synopsis) }),
    parameters: bag('MamlCommandHelpInfo#parameters', { parameter: parameters }),
  };
  const object = comment
    ? bag('MamlCommandHelpInfo', {
        ...common,
        Synopsis: comment.synopsis?.trim() ?? '',
        Component: comment.component ?? null,
        Role: comment.role ?? null,
        Functionality: comment.functionality ?? null,
        description: paragraphs(comment.description),
        examples: comment.examples.length > 0 ? bag('MamlCommandHelpInfo#examples', { example: comment.examples.map(exampleObject) }) : null,
        alertSet: comment.notes?.trim() ? bag('MamlCommandHelpInfo#alertSet', { alert: paragraphs(comment.notes) }) : null,
        relatedLinks: comment.links.length > 0 ? bag('MamlCommandHelpInfo#relatedLinks', { navigationLink: comment.links.map((link) => bag('MamlCommandHelpInfo#navigationLink', isAbsoluteUri(link) ? { uri: link } : { linkText: link })) }) : null,
      })
    : bag('ExtendedCmdletHelpInfo', { ...common, Synopsis: commandSyntax(content.metadata), aliases: content.aliases.join('\n'), remarks: remarksText(content) });
  // TransformView puts each type name with the view's suffix before the names themselves.
  const typeNames = comment ? ['MamlCommandHelpInfo', 'HelpInfo'] : ['ExtendedCmdletHelpInfo', 'CmdletHelpInfo', 'HelpInfo'];
  object.typeNames = view === 'Default' ? typeNames : [...typeNames.map((t) => `${t}#${view}View`), ...typeNames];
  helpLines.set(object, () => (comment ? commentHelpLines(content, view) : reducedHelpLines(content, view)));
  return object;
}

/** Get-Help -Parameter's object for one parameter. */
export function parameterHelpObject(content: HelpContent, parameter: ParameterMetadata): PSObject {
  const object = parameterObject(content, parameter, content.comment ? 'MamlCommandHelpInfo#parameter' : 'ExtendedCmdletHelpInfo#parameter');
  helpLines.set(object, () => (content.comment ? commentHelpParameterLines(content, parameter) : reducedParameterLines(parameter)));
  return object;
}

/** GetUriForOnlineHelp: the first related link that is an absolute URI, else the command's HelpUri. */
export function onlineHelpUri(content: HelpContent): string | undefined {
  return content.comment?.links.find(isAbsoluteUri) ?? content.helpUri;
}
