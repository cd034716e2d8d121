/**
 * Script blocks as the evaluator runs them: the AST, compiled once into closures (cached on the
 * AST node, so a function called a million times compiles once), the parameter metadata the
 * binder uses, and the scope a GetNewClosure() block keeps.
 */
import type { ParameterAst, ScriptBlockAst } from '../../../grammar/ast.js';
import { parse } from '../../../grammar/parser/index.js';
import { resolveType, type PSTypeInfo } from '../types/index.js';
import { ordinalIgnoreCaseKey, ScriptBlock } from '../values/index.js';
import type { CommandMetadata } from '../../binding/index.js';
import { compileExpression, pipelineResult, type Expr } from './compile-expression.js';
import { compileStatementList, type Stmt } from './compile-statement.js';
import { ExceptionValue, newErrorRecord, PSErrorException } from './error-record.js';
import { typeNotFound } from './errors.js';
import type { Frame } from './frame.js';
import type { ModuleInfo } from './module-scope.js';
import { PSVariable, Scope } from './session-state.js';
import { isAdvancedScript, scriptCommandMetadata } from './script-metadata.js';

interface CompiledParameter {
  readonly name: string;
  /** ordinalIgnoreCaseKey(name), for defining the variable on each call. */
  readonly key: string;
  /** The variable's type constraint ([int]$x), or null. */
  readonly type: PSTypeInfo | null;
  readonly isSwitch: boolean;
  readonly defaultValue: Expr | null;
}

export interface CompiledScriptBlock {
  readonly parameters: readonly CompiledParameter[];
  readonly isAdvanced: boolean;
  readonly begin: Stmt | null;
  readonly process: Stmt | null;
  readonly end: Stmt | null;
  readonly clean: Stmt | null;
  /** Metadata for the binder, under the name the block is invoked by (attribute arguments evaluated in `frame` the first time). */
  metadata(name: string, frame: Frame): CommandMetadata;
}

const compiledBlocks = new WeakMap<ScriptBlockAst, CompiledScriptBlock>();
const textBlocks = new WeakMap<ScriptBlock, ScriptBlockValue>();

/** A script block value with its AST. */
export class ScriptBlockValue extends ScriptBlock {
  /** The compiled form, kept here too: each call of a function asks for it several times. */
  private compiledBlock: CompiledScriptBlock | null = null;

  constructor(
    readonly ast: ScriptBlockAst,
    /** The scope a GetNewClosure() block runs under, instead of the caller's. */
    readonly closureScope: Scope | null = null,
    /** `function f($a, $b)` parameters, declared outside the body. */
    readonly functionParameters: readonly ParameterAst[] | null = null,
    /** The module the block belongs to (defined by its code): it runs in the module's scope. */
    readonly module: ModuleInfo | null = null,
  ) {
    super(scriptBlockText(ast));
  }

  get compiled(): CompiledScriptBlock {
    if (this.compiledBlock) return this.compiledBlock;
    let compiled = compiledBlocks.get(this.ast);
    if (!compiled) {
      compiled = compileScriptBlock(this.ast, this.functionParameters);
      compiledBlocks.set(this.ast, compiled);
    }
    return (this.compiledBlock = compiled);
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

function compileParameters(parameters: readonly ParameterAst[]): CompiledParameter[] {
  return parameters.map((p) => {
    const constraint = p.attributes.find((a) => a.kind === 'TypeConstraint');
    const type = constraint ? resolveType(constraint.typeName.fullName) : null;
    if (constraint && !type) throw typeNotFound(constraint.typeName.fullName);
    const isSwitch = type?.fullName === 'System.Management.Automation.SwitchParameter';
    const name = p.name.unqualifiedName;
    return { name, key: ordinalIgnoreCaseKey(name), type: isSwitch ? null : type, isSwitch, defaultValue: p.defaultValue ? compileExpression(p.defaultValue) : null };
  });
}

function compileScriptBlock(ast: ScriptBlockAst, functionParameters: readonly ParameterAst[] | null): CompiledScriptBlock {
  const parameterAsts = functionParameters ?? ast.paramBlock?.parameters ?? [];
  const parameters = compileParameters(parameterAsts);
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
    isAdvanced: isAdvancedScript(ast, parameterAsts),
    begin: block(ast.beginBlock),
    process,
    end,
    clean: block(ast.cleanBlock),
    metadata(name, frame) {
      let metadata = metadataByName.get(name);
      if (!metadata) {
        metadata = scriptCommandMetadata(name, ast, parameterAsts, frame);
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
      return { found: true, value: new ScriptBlockValue(value.ast, scope, value.functionParameters, value.module) };
    }
  }
  return { found: false };
}
