/**
 * The command metadata of a script block or function, read from its param block the way pwsh
 * compiles it: [CmdletBinding()] options, one [Parameter()] attribute per parameter set,
 * [Alias()], the validation and Allow* attributes, type constraints. The result goes through the
 * same defineCommand and binder as psh's cmdlets.
 *
 * Attribute arguments are evaluated once, when the command is first invoked (they are
 * constants, or expressions like `[int]::MaxValue`).
 */
import type { AttributeAst, AttributeBaseAst, ExpressionAst, ParameterAst, ScriptBlockAst } from '../../../grammar/ast.js';
import { defineCommand, type CommandMetadata, type ConfirmImpact, type ParameterAttributeSpec, type ParameterSpec, type ValidateRangeKind, type ValidationAttribute } from '../../binding/index.js';
import { enumerableItems, isNumeric, toBoolean, toDouble, toPSString } from '../conversion/index.js';
import { compileExpression, valueOf } from './compile-expression.js';
import type { Frame } from './frame.js';
import { ScriptBlockValue } from './script-block.js';

/** An attribute's name as pwsh matches it: without namespace and `Attribute` suffix, lower case. */
export function attributeName(attribute: AttributeBaseAst): string {
  return attribute.typeName.fullName.toLowerCase().replace(/^system\.management\.automation\./, '').replace(/attribute$/, '');
}

function isParameterAttribute(attribute: AttributeBaseAst): attribute is AttributeAst {
  return attribute.kind === 'Attribute' && attributeName(attribute) === 'parameter';
}

/** True for an advanced function: [CmdletBinding()] or any [Parameter()]. */
export function isAdvancedScript(ast: ScriptBlockAst, parameters: readonly ParameterAst[]): boolean {
  return (ast.paramBlock?.attributes ?? []).some((a) => attributeName(a) === 'cmdletbinding') || parameters.some((p) => p.attributes.some(isParameterAttribute));
}

/** Evaluates attribute arguments in the frame that first needs them. */
class AttributeReader {
  constructor(private readonly frame: Frame) {}

  value(ast: ExpressionAst | null): unknown {
    // `[Parameter(Mandatory)]`: a named argument without a value means $true.
    if (ast === null) return true;
    if (ast.kind === 'ScriptBlockExpression') return new ScriptBlockValue(ast.scriptBlock);
    return valueOf(compileExpression(ast)(this.frame));
  }

  named(attribute: AttributeAst, name: string): unknown {
    const argument = attribute.namedArguments.find((a) => a.argumentName.toLowerCase() === name.toLowerCase());
    return argument === undefined ? undefined : this.value(argument.argument);
  }

  flag(attribute: AttributeAst, name: string): boolean | undefined {
    const value = this.named(attribute, name);
    return value === undefined ? undefined : toBoolean(value);
  }

  positional(attribute: AttributeAst): unknown[] {
    return attribute.positionalArguments.map((a) => this.value(a));
  }
}

/** An attribute argument as a number (pwsh converts it to the attribute's parameter type). */
function toNumber(value: unknown): number {
  return isNumeric(value) ? toDouble(value) : Number(toPSString(value ?? null));
}

const rangeKinds: readonly ValidateRangeKind[] = ['Positive', 'NonNegative', 'Negative', 'NonPositive'];

function validationAttribute(attribute: AttributeAst, name: string, reader: AttributeReader): ValidationAttribute | null {
  const args = () => reader.positional(attribute);
  const strings = () => args().flatMap((v) => enumerableItems(v) ?? [v]).map((v) => toPSString(v));
  switch (name) {
    case 'validatenotnull':
      return { kind: 'ValidateNotNull' };
    case 'validatenotnullorempty':
      return { kind: 'ValidateNotNullOrEmpty' };
    case 'validateset':
      return { kind: 'ValidateSet', values: strings(), ignoreCase: reader.flag(attribute, 'IgnoreCase') ?? true };
    case 'validatepattern':
      return { kind: 'ValidatePattern', pattern: strings()[0] ?? '' };
    case 'validaterange': {
      const values = args();
      if (values.length === 1) {
        const kind = rangeKinds.find((k) => k.toLowerCase() === toPSString(values[0]).toLowerCase());
        return kind ? { kind: 'ValidateRange', rangeKind: kind } : null;
      }
      return { kind: 'ValidateRange', min: toNumber(values[0] ?? null), max: toNumber(values[1] ?? null) };
    }
    case 'validatelength': {
      const [min, max] = args().map((v) => toNumber(v));
      return { kind: 'ValidateLength', min: min ?? 0, max: max ?? 0 };
    }
    case 'validatecount': {
      const [min, max] = args().map((v) => toNumber(v));
      return { kind: 'ValidateCount', min: min ?? 0, max: max ?? 0 };
    }
    case 'validatescript': {
      const script = args()[0];
      return script instanceof ScriptBlockValue ? { kind: 'ValidateScript', script } : null;
    }
  }
  return null;
}

function parameterSpec(p: ParameterAst, reader: AttributeReader): ParameterSpec {
  let type: string | undefined;
  const aliases: string[] = [];
  const validation: ValidationAttribute[] = [];
  const sets: Record<string, ParameterAttributeSpec> = {};
  let supportsWildcards = false;
  const allow = { allowNull: false, allowEmptyString: false, allowEmptyCollection: false };
  for (const attribute of p.attributes) {
    if (attribute.kind === 'TypeConstraint') {
      type = attribute.typeName.fullName;
      continue;
    }
    const name = attributeName(attribute);
    if (name === 'parameter') {
      const setName = reader.named(attribute, 'ParameterSetName');
      const position = reader.named(attribute, 'Position');
      const helpMessage = reader.named(attribute, 'HelpMessage');
      sets[setName === undefined ? '__AllParameterSets' : toPSString(setName)] = {
        position: position === undefined ? undefined : toNumber(position),
        mandatory: reader.flag(attribute, 'Mandatory'),
        valueFromPipeline: reader.flag(attribute, 'ValueFromPipeline'),
        valueFromPipelineByPropertyName: reader.flag(attribute, 'ValueFromPipelineByPropertyName'),
        valueFromRemainingArguments: reader.flag(attribute, 'ValueFromRemainingArguments'),
        helpMessage: helpMessage === undefined ? undefined : toPSString(helpMessage),
      };
    } else if (name === 'alias') {
      for (const value of reader.positional(attribute)) for (const item of enumerableItems(value) ?? [value]) aliases.push(toPSString(item));
    } else if (name === 'supportswildcards') {
      supportsWildcards = true;
    } else if (name === 'allownull') {
      allow.allowNull = true;
    } else if (name === 'allowemptystring') {
      allow.allowEmptyString = true;
    } else if (name === 'allowemptycollection') {
      allow.allowEmptyCollection = true;
    } else {
      const attributeValue = validationAttribute(attribute, name, reader);
      if (attributeValue) validation.push(attributeValue);
    }
  }
  const setNames = Object.keys(sets);
  const single = setNames.length === 1 && setNames[0] === '__AllParameterSets' ? sets[setNames[0]] : undefined;
  return {
    name: p.name.unqualifiedName,
    type,
    aliases,
    ...(single ?? {}),
    ...(setNames.length > 0 && !single ? { parameterSets: sets } : {}),
    supportsWildcards,
    validation,
    ...allow,
  };
}

const impacts: readonly ConfirmImpact[] = ['None', 'Low', 'Medium', 'High'];

/** The metadata of a script block invoked as `name`. */
export function scriptCommandMetadata(name: string, ast: ScriptBlockAst, parameters: readonly ParameterAst[], frame: Frame): CommandMetadata {
  const reader = new AttributeReader(frame);
  const cmdletBinding = (ast.paramBlock?.attributes ?? []).find((a): a is AttributeAst => a.kind === 'Attribute' && attributeName(a) === 'cmdletbinding');
  const defaultSet = cmdletBinding && reader.named(cmdletBinding, 'DefaultParameterSetName');
  const impact = cmdletBinding && reader.named(cmdletBinding, 'ConfirmImpact');
  return defineCommand({
    name,
    commandType: 'Function',
    isSimpleFunction: !isAdvancedScript(ast, parameters),
    parameters: parameters.map((p) => parameterSpec(p, reader)),
    defaultParameterSetName: defaultSet === undefined ? undefined : toPSString(defaultSet),
    supportsShouldProcess: cmdletBinding ? (reader.flag(cmdletBinding, 'SupportsShouldProcess') ?? false) : false,
    confirmImpact: impact === undefined ? undefined : impacts.find((i) => i.toLowerCase() === toPSString(impact).toLowerCase()),
    positionalBinding: cmdletBinding ? reader.flag(cmdletBinding, 'PositionalBinding') : undefined,
  });
}
