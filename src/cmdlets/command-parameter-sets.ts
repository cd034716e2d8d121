/**
 * What CommandInfo says of a command's parameters: ParameterSets as CommandParameterSetInfo
 * objects (each set's parameters as CommandParameterInfo, its ToString() the set's syntax line)
 * and Parameters as a Dictionary[string, ParameterMetadata] whose ParameterSets map each set's
 * name (`__AllParameterSets` for a parameter in every set) to ParameterSetMetadata.
 */
import { resolveParameterType, type CommandMetadata, type ParameterMetadata, type ParameterSetData } from '../binding/index.js';
import { commandParameterSetSyntax, parameterSetsOf } from '../binding/syntax.js';
import { defineType } from '../engine/dotnet/member-table.js';
import { registerNativeType } from '../engine/dotnet/type-registration.js';
import { GenericDictionary, StringComparer } from '../engine/dotnet/types/generic-collections.js';
import { psTypeNames } from '../engine/values/index.js';

/** int.MinValue: CommandParameterInfo.Position of a parameter that takes no position. */
const noPosition = -2147483648;

/** System.Management.Automation.CommandParameterInfo: one parameter as one set has it. */
export class CommandParameterInfo {
  readonly [psTypeNames] = ['System.Management.Automation.CommandParameterInfo', 'System.Object'];
  constructor(
    readonly parameter: ParameterMetadata,
    readonly data: ParameterSetData,
  ) {}
  toString(): string {
    return 'System.Management.Automation.CommandParameterInfo';
  }
}

/** System.Management.Automation.CommandParameterSetInfo. */
export class CommandParameterSetInfo {
  readonly [psTypeNames] = ['System.Management.Automation.CommandParameterSetInfo', 'System.Object'];
  constructor(
    readonly name: string,
    readonly isDefault: boolean,
    readonly parameters: readonly CommandParameterInfo[],
    private readonly syntax: string,
  ) {}
  /** The set's syntax without the command's name, as `Get-Command -Syntax` lists it. */
  toString(): string {
    return this.syntax;
  }
}

/** System.Management.Automation.ParameterSetMetadata: a parameter's attribute in one set. */
export class ParameterSetMetadata {
  readonly [psTypeNames] = ['System.Management.Automation.ParameterSetMetadata', 'System.Object'];
  constructor(readonly data: ParameterSetData) {}
  toString(): string {
    return 'System.Management.Automation.ParameterSetMetadata';
  }
}

/** System.Management.Automation.ParameterMetadata: a parameter across its sets. */
export class ParameterMetadataInfo {
  readonly [psTypeNames] = ['System.Management.Automation.ParameterMetadata', 'System.Object'];
  constructor(readonly parameter: ParameterMetadata) {}
  toString(): string {
    return 'System.Management.Automation.ParameterMetadata';
  }
}

const setDataProperties = {
  Position: { type: 'int', get: (d: ParameterSetData) => d.position ?? noPosition },
  IsMandatory: { type: 'bool', get: (d: ParameterSetData) => d.mandatory },
  ValueFromPipeline: { type: 'bool', get: (d: ParameterSetData) => d.valueFromPipeline },
  ValueFromPipelineByPropertyName: { type: 'bool', get: (d: ParameterSetData) => d.valueFromPipelineByPropertyName },
  ValueFromRemainingArguments: { type: 'bool', get: (d: ParameterSetData) => d.valueFromRemainingArguments },
  HelpMessage: { type: 'string', get: (d: ParameterSetData) => d.helpMessage },
};

/** ParameterSetMetadata's properties (Position, IsMandatory...), read through whatever object holds the set's data. */
function throughData<T extends { data: ParameterSetData }>(): Record<string, { type: string; get: (target: T) => unknown }> {
  return Object.fromEntries(Object.entries(setDataProperties).map(([name, p]) => [name, { type: p.type, get: (target: T) => p.get(target.data) }]));
}

registerNativeType('System.Management.Automation.CommandParameterInfo', ['System.Object'], { isInstance: (v) => v instanceof CommandParameterInfo });
registerNativeType('System.Management.Automation.CommandParameterSetInfo', ['System.Object'], { isInstance: (v) => v instanceof CommandParameterSetInfo });
registerNativeType('System.Management.Automation.ParameterSetMetadata', ['System.Object'], { isInstance: (v) => v instanceof ParameterSetMetadata });
registerNativeType('System.Management.Automation.ParameterMetadata', ['System.Object'], { isInstance: (v) => v instanceof ParameterMetadataInfo });

const parameterData = throughData<CommandParameterInfo>();
defineType({
  fullName: 'System.Management.Automation.CommandParameterInfo',
  properties: {
    Name: { type: 'string', get: (p: CommandParameterInfo) => p.parameter.name },
    ParameterType: { type: 'type', get: (p: CommandParameterInfo) => resolveParameterType(p.parameter) },
    IsMandatory: parameterData.IsMandatory!,
    IsDynamic: { type: 'bool', get: () => false },
    Position: parameterData.Position!,
    ValueFromPipeline: parameterData.ValueFromPipeline!,
    ValueFromPipelineByPropertyName: parameterData.ValueFromPipelineByPropertyName!,
    ValueFromRemainingArguments: parameterData.ValueFromRemainingArguments!,
    HelpMessage: parameterData.HelpMessage!,
    Aliases: { type: 'string[]', get: (p: CommandParameterInfo) => [...p.parameter.aliases] },
  },
});

defineType({
  fullName: 'System.Management.Automation.CommandParameterSetInfo',
  properties: {
    Name: { type: 'string', get: (s: CommandParameterSetInfo) => s.name },
    IsDefault: { type: 'bool', get: (s: CommandParameterSetInfo) => s.isDefault },
    Parameters: { type: 'System.Management.Automation.CommandParameterInfo[]', get: (s: CommandParameterSetInfo) => [...s.parameters] },
  },
});

defineType({ fullName: 'System.Management.Automation.ParameterSetMetadata', properties: throughData<ParameterSetMetadata>() });

defineType({
  fullName: 'System.Management.Automation.ParameterMetadata',
  properties: {
    Name: { type: 'string', get: (p: ParameterMetadataInfo) => p.parameter.name },
    ParameterType: { type: 'type', get: (p: ParameterMetadataInfo) => resolveParameterType(p.parameter) },
    ParameterSets: { type: 'System.Collections.Generic.Dictionary[string,System.Management.Automation.ParameterSetMetadata]', get: (p: ParameterMetadataInfo) => parameterSetsDictionary(p.parameter) },
    IsDynamic: { type: 'bool', get: () => false },
    Aliases: { type: 'string[]', get: (p: ParameterMetadataInfo) => [...p.parameter.aliases] },
    SwitchParameter: { type: 'bool', get: (p: ParameterMetadataInfo) => p.parameter.isSwitch },
  },
});

function parameterSetsDictionary(parameter: ParameterMetadata): GenericDictionary {
  const sets = new GenericDictionary('System.String', 'System.Management.Automation.ParameterSetMetadata', new StringComparer('OrdinalIgnoreCase', true));
  for (const data of parameter.setData) sets.set(data.setName, new ParameterSetMetadata(data));
  return sets;
}

/** CommandInfo.ParameterSets: every set in pwsh's order, the default set marked. */
export function commandParameterSets(metadata: CommandMetadata): CommandParameterSetInfo[] {
  const syntax = commandParameterSetSyntax(metadata);
  return parameterSetsOf(metadata).map(
    (set, index) => new CommandParameterSetInfo(set.setName, set.isDefault, set.parameters.map((p) => new CommandParameterInfo(p.parameter, p.data)), syntax[index]!.text),
  );
}

/** CommandInfo.Parameters: each parameter by name, case-insensitively. */
export function commandParameters(metadata: CommandMetadata): GenericDictionary {
  const parameters = new GenericDictionary('System.String', 'System.Management.Automation.ParameterMetadata', new StringComparer('OrdinalIgnoreCase', true));
  for (const parameter of metadata.parameters) parameters.set(parameter.name, new ParameterMetadataInfo(parameter));
  return parameters;
}
