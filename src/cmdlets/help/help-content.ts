/**
 * What Get-Help knows of one command: its metadata, the aliases that name it, and for a script
 * function its comment-based help. Shared by the views for commands with help content (MAML
 * built from comments) and without (pwsh's DefaultCommandHelpObjectBuilder).
 */
import type { AttributeAst, ParameterAst, ScriptBlockAst } from '../../../grammar/ast.js';
import type { CommandMetadata, ParameterMetadata, ParameterSetData } from '../../binding/index.js';
import type { FunctionInfo } from '../../engine/runtime/commands.js';
import { resolveType } from '../../engine/types/index.js';
import { CmdletCommandInfo, type FunctionCommandInfo } from '../command-discovery.js';
import { moduleOf } from '../command-modules.js';
import { functionCommentHelp, type CommentHelp } from './comment-help.js';
import { helpDisplayText } from './help-strings.js';

export interface HelpContent {
  readonly command: FunctionCommandInfo | CmdletCommandInfo;
  readonly metadata: CommandMetadata;
  /** The session's aliases for the command. */
  readonly aliases: readonly string[];
  readonly comment: CommentHelp | undefined;
  /** HelpInfo.Category: Cmdlet, Function or Filter. */
  readonly category: string;
  readonly moduleName: string;
  /** [CmdletBinding(HelpUri = '...')]: where -Online goes when the help names no URI. */
  readonly helpUri: string | undefined;
}

export function helpContentOf(command: FunctionCommandInfo | CmdletCommandInfo, aliases: readonly string[]): HelpContent {
  if (command instanceof CmdletCommandInfo) {
    return { command, metadata: command.metadata, aliases, comment: undefined, category: 'Cmdlet', moduleName: moduleOf(command.cmdlet).name, helpUri: undefined };
  }
  return { command, metadata: command.metadata, aliases, comment: commentHelpOf(command.fn), category: command.fn.commandType, moduleName: '', helpUri: declaredHelpUri(command.fn.scriptBlock.ast) };
}

/** The parameters a function declares as written: `function f($a)`'s, else its param() block's. */
export function declaredParameterAsts(fn: FunctionInfo): readonly ParameterAst[] {
  const block = fn.scriptBlock;
  return block.functionParameters ?? block.ast.paramBlock?.parameters ?? [];
}

/** A function's comment-based help, or undefined without any. */
export function commentHelpOf(fn: FunctionInfo): CommentHelp | undefined {
  return functionCommentHelp(fn.scriptBlock.ast, declaredParameterAsts(fn));
}

/** The HelpUri a function's [CmdletBinding()] gives as a string. */
function declaredHelpUri(body: ScriptBlockAst): string | undefined {
  const binding = body.paramBlock?.attributes.find((a): a is AttributeAst => a.kind === 'Attribute' && a.typeName.name.toLowerCase() === 'cmdletbinding');
  const argument = binding?.namedArguments.find((a) => a.argumentName.toLowerCase() === 'helpuri')?.argument;
  return argument?.kind === 'StringConstant' && argument.value !== '' ? argument.value : undefined;
}

/** The parameters help describes: the command's own, and -WhatIf/-Confirm, without the common parameters. */
export function describedParameters(metadata: CommandMetadata): ParameterMetadata[] {
  return metadata.parameters.filter((p) => p.origin !== 'Common');
}

/** True when the command takes the common parameters (a cmdlet or an advanced function). */
export function hasCommonParameters(metadata: CommandMetadata): boolean {
  return metadata.parameters.some((p) => p.origin === 'Common');
}

/** The values a parameter's syntax lists in braces: its ValidateSet, or its (element) enum's names. */
export function validateSetOrEnumValues(parameter: ParameterMetadata): string[] | undefined {
  const validateSet = parameter.validation.find((v) => v.kind === 'ValidateSet');
  if (validateSet && validateSet.kind === 'ValidateSet') return [...validateSet.values];
  return enumValues(parameter);
}

/** The names of a parameter's enum type, or of its array's element enum type. */
export function enumValues(parameter: ParameterMetadata): string[] | undefined {
  const type = resolveType(parameter.typeName);
  return (type?.elementType ?? type)?.enumConstants?.map((c) => c.name);
}

/** A parameter's position as help gives it: the MAML built from comments numbers from 1 and writes `named`, the metadata's help from 0 with Named. */
export function positionText(data: ParameterSetData | undefined, fromComments: boolean): string {
  if (data?.position === null || data?.position === undefined) return fromComments ? 'named' : helpDisplayText.NamedParameter;
  return String(data.position + (fromComments ? 1 : 0));
}

/** `true (ByValue, ByPropertyName)` or `false`, from the parameter's first set attribute. */
export function pipelineInputText(parameter: ParameterMetadata, withRemainingArguments: boolean): string {
  const data = parameter.setData[0];
  const kinds = [
    data?.valueFromPipeline ? helpDisplayText.PipelineByValue : null,
    data?.valueFromPipelineByPropertyName ? helpDisplayText.PipelineByPropertyName : null,
    withRemainingArguments && data?.valueFromRemainingArguments ? helpDisplayText.PipelineFromRemainingArguments : null,
  ].filter((k) => k !== null);
  return kinds.length === 0 ? helpDisplayText.FalseShort : `${helpDisplayText.TrueShort} (${kinds.join(', ')})`;
}
