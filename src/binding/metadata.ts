/**
 * Declarative command metadata, as pwsh's CommandMetadata/CompiledCommandParameter hold it: the
 * parameters with their per-set attributes, aliases, validation, the parameter sets in the order
 * pwsh numbers them, and the common and ShouldProcess parameters pwsh adds to every cmdlet and
 * advanced function.
 */
import { formatMessage } from '../engine/conversion/index.js';
import { MetadataError } from './errors.js';
import { metadataStrings } from './messages.js';
import type { ValidationAttribute } from './validation.js';

/** ParameterSetName = '__AllParameterSets': the parameter belongs to every set. */
export const allParameterSets = '__AllParameterSets';

export type ConfirmImpact = 'None' | 'Low' | 'Medium' | 'High';

/** What a [Parameter()] attribute says for one parameter set. */
export interface ParameterAttributeSpec {
  readonly position?: number;
  readonly mandatory?: boolean;
  readonly valueFromPipeline?: boolean;
  readonly valueFromPipelineByPropertyName?: boolean;
  readonly valueFromRemainingArguments?: boolean;
  readonly helpMessage?: string;
}

export interface ParameterSpec extends ParameterAttributeSpec {
  readonly name: string;
  /** The parameter's type as a script writes it ('string[]', 'System.Int32'); Object when absent. */
  readonly type?: string;
  readonly aliases?: readonly string[];
  /**
   * One [Parameter()] attribute per set the parameter belongs to (set name -> attribute). When
   * absent the parameter belongs to all sets with the attribute given at the top level.
   */
  readonly parameterSets?: Readonly<Record<string, ParameterAttributeSpec>>;
  readonly supportsWildcards?: boolean;
  /** The default value a script parameter declares (`$x = 5`), or a cmdlet's documented default. */
  readonly defaultValue?: unknown;
  readonly validation?: readonly ValidationAttribute[];
  /**
   * A cmdlet's ArgumentTransformationAttribute (pwsh's ArgumentToEncodingTransformation): it
   * turns the argument into the value to bind before any conversion; what it throws is a
   * ParameterArgumentTransformationError.
   */
  readonly transformation?: (value: unknown) => unknown;
  readonly allowNull?: boolean;
  readonly allowEmptyString?: boolean;
  readonly allowEmptyCollection?: boolean;
}

export type CommandType = 'Cmdlet' | 'Function';

export interface CommandSpec {
  readonly name: string;
  readonly commandType?: CommandType;
  /** The cmdlet's implementing class (Microsoft.PowerShell.Commands.GetDateCommand), which names it in FullyQualifiedErrorIds. */
  readonly implementingType?: string;
  readonly aliases?: readonly string[];
  readonly parameters: readonly ParameterSpec[];
  readonly defaultParameterSetName?: string;
  readonly supportsShouldProcess?: boolean;
  readonly confirmImpact?: ConfirmImpact;
  readonly outputType?: readonly string[];
  /** [CmdletBinding(PositionalBinding)]: a function's parameters take positions in declaration order unless one declares a Position. */
  readonly positionalBinding?: boolean;
  /** A simple function (no [CmdletBinding()] or [Parameter()]): no common parameters, stray arguments go to $args. */
  readonly isSimpleFunction?: boolean;
}

/** One parameter's attribute in one set, with the set's flag (0 for all sets). */
export interface ParameterSetData {
  readonly setName: string;
  readonly flag: number;
  readonly position: number | null;
  readonly mandatory: boolean;
  readonly valueFromPipeline: boolean;
  readonly valueFromPipelineByPropertyName: boolean;
  readonly valueFromRemainingArguments: boolean;
  readonly helpMessage: string | null;
}

/** Which binder a parameter belongs to: the command's own, the common parameters, or -WhatIf/-Confirm. */
export type ParameterOrigin = 'Declared' | 'Common' | 'ShouldProcess';

export interface ParameterMetadata {
  readonly name: string;
  readonly typeName: string;
  readonly isSwitch: boolean;
  readonly aliases: readonly string[];
  /** Per-set attributes; a single entry with flag 0 when the parameter is in all sets. */
  readonly setData: readonly ParameterSetData[];
  /** The flags of the sets it belongs to; 0 when it is in all sets. */
  readonly setFlags: number;
  readonly supportsWildcards: boolean;
  readonly hasDefaultValue: boolean;
  readonly defaultValue: unknown;
  readonly validation: readonly ValidationAttribute[];
  readonly transformation?: (value: unknown) => unknown;
  readonly allowNull: boolean;
  readonly allowEmptyString: boolean;
  readonly allowEmptyCollection: boolean;
  readonly origin: ParameterOrigin;
}

export interface CommandMetadata {
  readonly name: string;
  readonly commandType: CommandType;
  /** What follows the error id in a FullyQualifiedErrorId: the implementing type of a cmdlet, a function's name. */
  readonly errorIdSuffix: string;
  readonly aliases: readonly string[];
  /** Declared parameters first, then the common parameters, then WhatIf/Confirm. */
  readonly parameters: readonly ParameterMetadata[];
  /** Set names by flag order (the default set first): the set with flag 1 << i is parameterSetNames[i]. */
  readonly parameterSetNames: readonly string[];
  readonly defaultParameterSetName: string | null;
  /** 0 when no default set is declared. */
  readonly defaultParameterSetFlag: number;
  readonly supportsShouldProcess: boolean;
  readonly confirmImpact: ConfirmImpact;
  readonly outputType: readonly string[];
  readonly isSimpleFunction: boolean;
}

/** Every set: the value the binder starts from (pwsh's uint.MaxValue). */
export const allSetsFlag = 0xffffffff;

const switchTypeNames = new Set(['switch', 'switchparameter', 'system.management.automation.switchparameter']);

function isSwitchTypeName(typeName: string): boolean {
  return switchTypeNames.has(typeName.toLowerCase());
}

/** The common parameters (CommonParameters class), in pwsh's declaration order. */
const commonParameterSpecs: readonly ParameterSpec[] = [
  { name: 'Verbose', type: 'switch', aliases: ['vb'] },
  { name: 'Debug', type: 'switch', aliases: ['db'] },
  { name: 'ErrorAction', type: 'System.Management.Automation.ActionPreference', aliases: ['ea'] },
  { name: 'WarningAction', type: 'System.Management.Automation.ActionPreference', aliases: ['wa'] },
  { name: 'InformationAction', type: 'System.Management.Automation.ActionPreference', aliases: ['infa'] },
  { name: 'ProgressAction', type: 'System.Management.Automation.ActionPreference', aliases: ['proga'] },
  { name: 'ErrorVariable', type: 'string', aliases: ['ev'] },
  { name: 'WarningVariable', type: 'string', aliases: ['wv'] },
  { name: 'InformationVariable', type: 'string', aliases: ['iv'] },
  { name: 'OutVariable', type: 'string', aliases: ['ov'] },
  { name: 'OutBuffer', type: 'int', aliases: ['ob'], validation: [{ kind: 'ValidateRange', min: 0, max: 2147483647 }] },
  { name: 'PipelineVariable', type: 'string', aliases: ['pv'] },
];

/** ShouldProcessParameters: added when the command supports ShouldProcess. */
const shouldProcessParameterSpecs: readonly ParameterSpec[] = [
  { name: 'WhatIf', type: 'switch', aliases: ['wi'] },
  { name: 'Confirm', type: 'switch', aliases: ['cf'] },
];

export const commonParameterNames: readonly string[] = commonParameterSpecs.map((p) => p.name);

/** Compiles a declaration into the metadata the binder, ShouldProcess and syntax work from. */
export function defineCommand(spec: CommandSpec): CommandMetadata {
  const commandType = spec.commandType ?? 'Cmdlet';
  const isSimpleFunction = commandType === 'Function' && spec.isSimpleFunction === true;
  const setNames: string[] = [];
  const flagOf = (setName: string): number => {
    if (setName === allParameterSets) return 0;
    let index = setNames.findIndex((n) => n.toLowerCase() === setName.toLowerCase());
    if (index < 0) {
      if (setNames.length >= 32) throw new MetadataError(metadataStrings.ParsingTooManyParameterSets);
      index = setNames.push(setName) - 1;
    }
    return 2 ** index;
  };
  // The default set is numbered first (flag 1), then sets in the order parameters name them.
  const defaultParameterSetFlag = spec.defaultParameterSetName ? flagOf(spec.defaultParameterSetName) : 0;
  const implicitPositions =
    commandType === 'Function' && (spec.positionalBinding ?? true) && !spec.parameters.some((p) => hasExplicitPosition(p));
  let nextImplicitPosition = 0;
  const declared = spec.parameters.map((p) => {
    const implicitPosition = implicitPositions && !isSwitchTypeName(p.type ?? '') ? nextImplicitPosition++ : undefined;
    return compileParameter(p, 'Declared', flagOf, implicitPosition);
  });
  const added = isSimpleFunction
    ? []
    : [
        ...commonParameterSpecs.map((p) => compileParameter(p, 'Common', flagOf)),
        ...(spec.supportsShouldProcess ? shouldProcessParameterSpecs.map((p) => compileParameter(p, 'ShouldProcess', flagOf)) : []),
      ];
  const parameters = [...declared, ...added];
  checkUniqueNames(parameters);
  return {
    name: spec.name,
    commandType,
    errorIdSuffix: spec.implementingType ?? spec.name,
    aliases: spec.aliases ?? [],
    parameters,
    parameterSetNames: setNames,
    defaultParameterSetName: spec.defaultParameterSetName ?? null,
    defaultParameterSetFlag,
    supportsShouldProcess: spec.supportsShouldProcess ?? false,
    confirmImpact: spec.confirmImpact ?? 'Medium',
    outputType: spec.outputType ?? [],
    isSimpleFunction,
  };
}

function hasExplicitPosition(p: ParameterSpec): boolean {
  return p.position !== undefined || Object.values(p.parameterSets ?? {}).some((a) => a.position !== undefined);
}

function compileParameter(
  spec: ParameterSpec,
  origin: ParameterOrigin,
  flagOf: (setName: string) => number,
  implicitPosition?: number,
): ParameterMetadata {
  const attributes = spec.parameterSets ? Object.entries(spec.parameterSets) : [[allParameterSets, spec] as const];
  const setData = attributes.map(([setName, a]): ParameterSetData => ({
    setName,
    flag: flagOf(setName),
    position: a.position ?? implicitPosition ?? null,
    mandatory: a.mandatory ?? false,
    valueFromPipeline: a.valueFromPipeline ?? false,
    valueFromPipelineByPropertyName: a.valueFromPipelineByPropertyName ?? false,
    valueFromRemainingArguments: a.valueFromRemainingArguments ?? false,
    helpMessage: a.helpMessage ?? null,
  }));
  const typeName = spec.type ?? 'System.Object';
  return {
    name: spec.name,
    typeName,
    isSwitch: isSwitchTypeName(typeName),
    aliases: spec.aliases ?? [],
    setData,
    setFlags: setData.some((d) => d.flag === 0) ? 0 : setData.reduce((flags, d) => flags | d.flag, 0) >>> 0,
    supportsWildcards: spec.supportsWildcards ?? false,
    hasDefaultValue: 'defaultValue' in spec,
    defaultValue: spec.defaultValue,
    validation: spec.validation ?? [],
    transformation: spec.transformation,
    allowNull: spec.allowNull ?? false,
    allowEmptyString: spec.allowEmptyString ?? false,
    allowEmptyCollection: spec.allowEmptyCollection ?? false,
    origin,
  };
}

/** pwsh refuses a command whose parameter names or aliases collide (MetadataException). */
function checkUniqueNames(parameters: readonly ParameterMetadata[]): void {
  const names = new Map<string, string>();
  const aliases = new Map<string, string>();
  for (const p of parameters) {
    const key = p.name.toLowerCase();
    if (names.has(key)) throw new MetadataError(formatMessage(metadataStrings.ParameterNameAlreadyExistsForCommand, p.name));
    const aliasOwner = aliases.get(key);
    if (aliasOwner !== undefined) throw new MetadataError(formatMessage(metadataStrings.ParameterNameConflictsWithAlias, p.name, aliasOwner));
    names.set(key, p.name);
  }
  for (const p of parameters) {
    for (const alias of p.aliases) {
      const key = alias.toLowerCase();
      const owner = names.get(key);
      if (owner !== undefined) throw new MetadataError(formatMessage(metadataStrings.ParameterNameConflictsWithAlias, owner, p.name));
      if (aliases.has(key)) throw new MetadataError(formatMessage(metadataStrings.AliasParameterNameAlreadyExistsForCommand, alias));
      aliases.set(key, p.name);
    }
  }
}

/** The attribute of `parameter` that applies in the sets `flags` (all sets when it is in all sets). */
export function setDataFor(parameter: ParameterMetadata, flags: number): ParameterSetData[] {
  return parameter.setData.filter((d) => d.flag === 0 || (d.flag & flags) !== 0);
}

/** True when the parameter is in one of the sets `flags`. */
export function isInSets(parameter: ParameterMetadata, flags: number): boolean {
  return parameter.setFlags === 0 || (parameter.setFlags & flags) !== 0;
}

export function isMandatoryInSomeSet(parameter: ParameterMetadata): boolean {
  return parameter.setData.some((d) => d.mandatory);
}

/** Number of set bits: how many sets a flag word still allows. */
export function setCount(flags: number): number {
  let count = 0;
  for (let f = flags >>> 0; f !== 0; f = (f & (f - 1)) >>> 0) count++;
  return count;
}

/** The name of the single set `flag` stands for. */
export function setNameOf(command: CommandMetadata, flag: number): string | null {
  if (flag === 0 || setCount(flag) !== 1) return null;
  return command.parameterSetNames[Math.log2(flag >>> 0)] ?? null;
}
