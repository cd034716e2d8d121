/**
 * Script blocks as the evaluator runs them: the AST, compiled once into closures (cached on the
 * AST node, so a function called a million times compiles once), the parameter metadata the
 * binder uses, and the scope a GetNewClosure() block keeps.
 */
import type { AttributeBaseAst, ExpressionAst, ParameterAst, ScriptBlockAst } from '../../../grammar/ast.js';
import { parse } from '../../../grammar/parser/index.js';
import { toBoolean } from '../conversion/index.js';
import { resolveType, type PSTypeInfo } from '../types/index.js';
import { ScriptBlock } from '../values/index.js';
import type { CommandMetadata, ParameterMetadata } from './binder.js';
import { compileExpression, constantValue, pipelineResult, type Expr } from './compile-expression.js';
import { compileStatementList, type Stmt } from './compile-statement.js';
import { ExceptionValue, newErrorRecord, PSErrorException } from './error-record.js';
import { typeNotFound } from './errors.js';
import type { Frame } from './frame.js';
import { PSVariable, Scope } from './session-state.js';
import { compileValidator, type Validator } from './validation.js';

export interface CompiledParameter {
  readonly metadata: ParameterMetadata;
  readonly defaultValue: Expr | null;
  /** [ValidateSet()], [ValidateRange()]... checks for a bound value. */
  readonly validators: readonly Validator[];
}

export interface CompiledScriptBlock {
  readonly parameters: readonly CompiledParameter[];
  readonly isAdvanced: boolean;
  readonly supportsShouldProcess: boolean;
  readonly begin: Stmt | null;
  readonly process: Stmt | null;
  readonly end: Stmt | null;
  readonly clean: Stmt | null;
  /** Metadata for the binder, under the name the block is invoked by. */
  metadata(name: string): CommandMetadata;
}

const compiledBlocks = new WeakMap<ScriptBlockAst, CompiledScriptBlock>();
const textBlocks = new WeakMap<ScriptBlock, ScriptBlockValue>();

/** A script block value with its AST. */
export class ScriptBlockValue extends ScriptBlock {
  constructor(
    readonly ast: ScriptBlockAst,
    /** The scope a GetNewClosure() block runs under, instead of the caller's. */
    readonly closureScope: Scope | null = null,
    /** `function f($a, $b)` parameters, declared outside the body. */
    readonly functionParameters: readonly ParameterAst[] | null = null,
  ) {
    super(scriptBlockText(ast));
  }

  get compiled(): CompiledScriptBlock {
    let compiled = compiledBlocks.get(this.ast);
    if (!compiled) {
      compiled = compileScriptBlock(this.ast, this.functionParameters);
      compiledBlocks.set(this.ast, compiled);
    }
    return compiled;
  }

  /** The runnable form of any ScriptBlock (one received as text is parsed once). */
  static from(block: ScriptBlock): ScriptBlockValue {
    if (block instanceof ScriptBlockValue) return block;
    let value = textBlocks.get(block);
    if (!value) {
      value = ScriptBlockValue.parse(block.text);
      textBlocks.set(block, value);
    }
    return value;
  }

  /** [scriptblock]::Create(text): parse errors are raised as pwsh's ParseException. */
  static parse(text: string, file?: string): ScriptBlockValue {
    const result = parse(text, file);
    if (result.errors.length > 0) {
      const first = result.errors[0];
      const exception = new ExceptionValue('System.Management.Automation.ParseException', first.message);
      const record = newErrorRecord(exception, first.errorId, 'ParserError');
      throw new PSErrorException(record);
    }
    return new ScriptBlockValue(result.ast);
  }
}

/** ScriptBlock.ToString(): the text between the braces. */
function scriptBlockText(ast: ScriptBlockAst): string {
  const text = ast.extent.text;
  return text.startsWith('{') && text.endsWith('}') ? text.slice(1, -1) : text;
}

function attributeName(attribute: AttributeBaseAst): string {
  return attribute.typeName.fullName.toLowerCase().replace(/^system\.management\.automation\./, '').replace(/attribute$/, '');
}

/** A named attribute argument's value, read from its constant (`Mandatory`, `Mandatory=$true`, `Position=0`). */
function namedArgument(attribute: AttributeBaseAst, name: string): ExpressionAst | null | undefined {
  if (attribute.kind !== 'Attribute') return undefined;
  const arg = attribute.namedArguments.find((a) => a.argumentName.toLowerCase() === name.toLowerCase());
  return arg === undefined ? undefined : arg.argument;
}

function constantOf(ast: ExpressionAst | null | undefined): unknown {
  if (ast === undefined) return undefined;
  if (ast === null) return true;
  if (ast.kind === 'Constant') return constantValue(ast.numberType, ast.value);
  if (ast.kind === 'StringConstant') return ast.value;
  if (ast.kind === 'Variable') {
    const name = ast.unqualifiedName.toLowerCase();
    if (name === 'true') return true;
    if (name === 'false') return false;
    if (name === 'null') return null;
  }
  return true;
}

function compileParameters(parameters: readonly ParameterAst[], explicitPositions: boolean): CompiledParameter[] {
  let nextPosition = 0;
  return parameters.map((p) => {
    let type: PSTypeInfo | null = null;
    let mandatory = false;
    let position: number | null = null;
    let valueFromPipeline = false;
    let valueFromRemainingArguments = false;
    const aliases: string[] = [];
    const validators: Validator[] = [];
    for (const attribute of p.attributes) {
      if (attribute.kind === 'TypeConstraint') {
        type = resolveType(attribute.typeName.fullName);
        if (!type) throw typeNotFound(attribute.typeName.fullName);
        continue;
      }
      const name = attributeName(attribute);
      if (name === 'parameter') {
        mandatory = toBoolean(constantOf(namedArgument(attribute, 'Mandatory')) ?? false);
        const pos = constantOf(namedArgument(attribute, 'Position'));
        if (typeof pos === 'number') position = pos;
        valueFromPipeline = toBoolean(constantOf(namedArgument(attribute, 'ValueFromPipeline')) ?? false);
        valueFromRemainingArguments = toBoolean(constantOf(namedArgument(attribute, 'ValueFromRemainingArguments')) ?? false);
      } else if (name === 'alias') {
        for (const a of attribute.positionalArguments) {
          const value = constantOf(a);
          if (typeof value === 'string') aliases.push(value);
        }
      } else {
        const validator = compileValidator(attribute, name);
        if (validator) validators.push(validator);
      }
    }
    const isSwitch = type?.fullName === 'System.Management.Automation.SwitchParameter';
    if (!explicitPositions && !isSwitch) position = nextPosition++;
    return {
      metadata: {
        name: p.name.unqualifiedName, type: isSwitch ? null : type, aliases, position, isSwitch, mandatory, valueFromPipeline, valueFromRemainingArguments,
      },
      defaultValue: p.defaultValue ? compileExpression(p.defaultValue) : null,
      validators,
    };
  });
}

function compileScriptBlock(ast: ScriptBlockAst, functionParameters: readonly ParameterAst[] | null): CompiledScriptBlock {
  const parameterAsts = functionParameters ?? ast.paramBlock?.parameters ?? [];
  const blockAttributes = ast.paramBlock?.attributes ?? [];
  const isAdvanced =
    blockAttributes.some((a) => attributeName(a) === 'cmdletbinding') ||
    parameterAsts.some((p) => p.attributes.some((a) => a.kind === 'Attribute' && attributeName(a) === 'parameter'));
  const cmdletBinding = blockAttributes.find((a) => attributeName(a) === 'cmdletbinding');
  const supportsShouldProcess = cmdletBinding !== undefined && toBoolean(constantOf(namedArgument(cmdletBinding, 'SupportsShouldProcess')) ?? false);
  const explicitPositions = parameterAsts.some((p) => p.attributes.some((a) => namedArgument(a, 'Position') !== undefined));
  const parameters = compileParameters(parameterAsts, explicitPositions);
  const block = (b: ScriptBlockAst['endBlock']) => (b ? compileStatementList(b.statements, b.traps) : null);
  let process = block(ast.processBlock);
  let end = block(ast.endBlock);
  if (ast.isFilter && !process && ast.endBlock && !ast.endBlock.explicit) {
    process = end;
    end = null;
  }
  const metadataByName = new Map<string, CommandMetadata>();
  return {
    parameters,
    isAdvanced,
    supportsShouldProcess,
    begin: block(ast.beginBlock),
    process,
    end,
    clean: block(ast.cleanBlock),
    metadata(name) {
      let metadata = metadataByName.get(name);
      if (!metadata) {
        metadata = { name, parameters: parameters.map((p) => p.metadata), isAdvanced, supportsShouldProcess };
        metadataByName.set(name, metadata);
      }
      return metadata;
    },
  };
}

/**
 * The ScriptBlock methods that need the evaluator: Invoke, InvokeReturnAsIs, GetNewClosure.
 * Returns found: false for any other method (the .NET surface handles those).
 */
export function invokeScriptBlockMethod(f: Frame, block: ScriptBlock, name: string, args: unknown[]): { found: true; value: unknown } | { found: false } {
  switch (name.toLowerCase()) {
    case 'invoke':
      return { found: true, value: f.context.runner.invoke(f, block, args) };
    case 'invokereturnasis':
      return { found: true, value: pipelineResult(f.context.runner.invoke(f, block, args)) };
    case 'getnewclosure': {
      const scope = new Scope(f.scope.global);
      for (const variable of f.scope.variables.values()) scope.define(new PSVariable(variable.name, variable.value, variable.typeConstraint));
      const value = ScriptBlockValue.from(block);
      return { found: true, value: new ScriptBlockValue(value.ast, scope, value.functionParameters) };
    }
  }
  return { found: false };
}
