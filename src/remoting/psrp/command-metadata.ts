/**
 * The replies to GET_COMMAND_METADATA (4.1.11), sent as PIPELINE_OUTPUT objects: first a
 * CommandMetadataCount (2.2.3.21), then one CommandMetadata (2.2.3.22) per command, each with
 * its ParameterMetadata (2.2.3.23).
 */
import { Hashtable, PSNoteProperty, PSObject } from '../../engine/values/index.js';
import { dictionaryOf, listItems, Shape, typedList } from './clixml-shapes.js';
import { CommandTypes, enumObject, enumText } from './enums.js';
import { PsrpError } from './errors.js';

export interface ParameterMetadata {
  readonly name: string;
  /** A type name, e.g. System.String[]. */
  readonly parameterType: string;
  readonly aliases: readonly string[];
  readonly switchParameter: boolean;
  readonly isDynamic: boolean;
}

export interface CommandMetadata {
  readonly name: string;
  readonly namespace: string | null;
  readonly helpUri: string | null;
  /** 2.2.3.19 CommandTypes value. */
  readonly commandType: number;
  readonly outputType: readonly string[];
  readonly parameters: ReadonlyMap<string, ParameterMetadata>;
}

const COUNT_TYPE_NAMES = ['Selected.Microsoft.PowerShell.Commands.GenericMeasureInfo', 'System.Management.Automation.PSCustomObject', 'System.Object'];
const PARAMETER_TYPE_NAMES = ['System.Management.Automation.ParameterMetadata', 'System.Object'];
const OUTPUT_TYPE_NAMES = [
  'System.Collections.ObjectModel.ReadOnlyCollection`1[[System.Management.Automation.PSTypeName, System.Management.Automation, Version=1.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35]]',
  'System.Object',
];
const PARAMETERS_TYPE_NAMES = [
  'System.Collections.Generic.Dictionary`2[[System.String, mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089],[System.Management.Automation.ParameterMetadata, System.Management.Automation, Version=3.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35]]',
  'System.Object',
];
const ALIASES_TYPE_NAMES = [
  'System.Collections.ObjectModel.Collection`1[[System.String, mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089]]',
  'System.Object',
];

export function commandMetadataCountToValue(count: number): PSObject {
  const object = new PSObject(undefined, [...COUNT_TYPE_NAMES]);
  object.addNoteProperty('Count', count);
  return object;
}

/** The Count of a CommandMetadataCount object, or undefined when `value` is not one. */
export function commandMetadataCountFromValue(value: unknown): number | undefined {
  if (!(value instanceof PSObject) || !hasTypeName(value, COUNT_TYPE_NAMES[0]!)) return undefined;
  return Shape.of(value, 'CommandMetadataCount').int32('Count');
}

export function commandMetadataToValue(metadata: CommandMetadata): PSObject {
  // 2.2.3.22: "Selected.System.Management.Automation.<command type>Info".
  const typeName = `Selected.System.Management.Automation.${enumText(CommandTypes, metadata.commandType)}Info`;
  const object = new PSObject(undefined, [typeName, 'System.Management.Automation.PSCustomObject', 'System.Object']);
  const parameters = new Hashtable();
  for (const [name, parameter] of metadata.parameters) parameters.set(name, parameterToValue(parameter));
  object.addNoteProperty('Name', metadata.name);
  object.addNoteProperty('Namespace', metadata.namespace);
  object.addNoteProperty('HelpUri', metadata.helpUri);
  object.addNoteProperty('CommandType', enumObject(CommandTypes, metadata.commandType));
  object.addNoteProperty('OutputType', typedList(OUTPUT_TYPE_NAMES, metadata.outputType));
  object.addNoteProperty('Parameters', new PSObject(parameters, [...PARAMETERS_TYPE_NAMES]));
  return object;
}

export function commandMetadataFromValue(value: unknown): CommandMetadata {
  const shape = Shape.of(value, 'CommandMetadata');
  const parameters = new Map<string, ParameterMetadata>();
  const table = shape.optional('Parameters');
  if (table !== undefined && table !== null) {
    for (const [key, parameter] of dictionaryOf(table, 'CommandMetadata.Parameters')) {
      if (typeof key !== 'string') throw new PsrpError('ReceivedUnsupportedDataType', ['CommandMetadata.Parameters key']);
      parameters.set(key, parameterFromValue(parameter, `CommandMetadata.Parameters[${key}]`));
    }
  }
  return {
    name: shape.string('Name'),
    namespace: shape.nullableString('Namespace'),
    helpUri: shape.nullableString('HelpUri'),
    commandType: shape.int32('CommandType'),
    outputType: strings(shape.nullableList('OutputType') ?? [], 'CommandMetadata.OutputType'),
    parameters,
  };
}

function parameterToValue(parameter: ParameterMetadata): PSObject {
  const object = new PSObject(undefined, [...PARAMETER_TYPE_NAMES]);
  object.toStringText = PARAMETER_TYPE_NAMES[0];
  const properties: [string, unknown][] = [
    ['Name', parameter.name],
    ['ParameterType', parameter.parameterType],
    ['Aliases', typedList(ALIASES_TYPE_NAMES, parameter.aliases)],
    ['SwitchParameter', parameter.switchParameter],
    ['IsDynamic', parameter.isDynamic],
  ];
  // ParameterMetadata is a .NET object: its properties travel as adapted properties (<Props>).
  for (const [name, value] of properties) object.adaptedProperties.add(new PSNoteProperty(name, value));
  return object;
}

function parameterFromValue(value: unknown, where: string): ParameterMetadata {
  const shape = Shape.of(value, where);
  return {
    name: shape.string('Name'),
    parameterType: shape.string('ParameterType'),
    aliases: strings(shape.nullableList('Aliases') ?? [], `${where}.Aliases`),
    switchParameter: shape.optionalBoolean('SwitchParameter', false),
    isDynamic: shape.optionalBoolean('IsDynamic', false),
  };
}

function strings(items: unknown[], where: string): string[] {
  return listItems(items, where).map((item) => {
    if (typeof item !== 'string') throw new PsrpError('ReceivedUnsupportedDataType', [where]);
    return item;
  });
}

function hasTypeName(object: PSObject, typeName: string): boolean {
  return object.typeNames.some((name) => name === typeName || name === `Deserialized.${typeName}`);
}
