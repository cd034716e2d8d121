/**
 * `class` and `enum` statements. pwsh defines a script's types when it compiles the script, so
 * a type can be used before the statement that defines it: psh registers the type when it
 * compiles the statement, and the statement (run first in its statement list, see
 * `typeDefinitionsFirst`) gives a class the session its methods run in.
 */
import type { ExpressionAst, FunctionMemberAst, ParameterAst, PropertyMemberAst, StatementAst, TypeDefinitionAst, TypeNameSyntax } from '../../../grammar/ast.js';
import { signatureTypeName } from '../dotnet/csharp-type-names.js';
import { defineEnum } from '../dotnet/enums.js';
import { resolveType, type PSTypeInfo } from '../types/index.js';
import { NumericValue, ordinalIgnoreCaseKey } from '../values/index.js';
import { classDefinitionError } from './class-errors.js';
import { classParserStrings } from './class-messages.js';
import { compileMethodBody } from './class-method-body.js';
import { compileExpression, constantValue } from './compile-expression.js';
import type { Stmt } from './compile-statement.js';
import { formatMessage } from './messages.js';
import { ScriptClass, type ClassDeclaration, type MethodDeclaration, type ParameterDeclaration, type PropertyDeclaration } from './script-class.js';

/** A statement list with its type definitions first: they take effect before the other statements run. */
export function typeDefinitionsFirst<T extends StatementAst>(statements: readonly T[]): readonly T[] {
  if (!statements.some((statement) => statement.kind === 'TypeDefinition')) return statements;
  return [...statements.filter((statement) => statement.kind === 'TypeDefinition'), ...statements.filter((statement) => statement.kind !== 'TypeDefinition')];
}

export function compileTypeDefinition(ast: TypeDefinitionAst): Stmt {
  if (ast.typeKind === 'enum') {
    const define = compileEnum(ast);
    define();
    // Defined again when the statement runs: another script may have defined an enum of that name since.
    return () => {
      define();
    };
  }
  const scriptClass = new ScriptClass(classDeclaration(ast));
  return (f) => scriptClass.bind(f);
}

// --- classes

function classDeclaration(ast: TypeDefinitionAst): ClassDeclaration {
  const properties: PropertyDeclaration[] = [];
  const methods: MethodDeclaration[] = [];
  const constructors: MethodDeclaration[] = [];
  let staticConstructor: MethodDeclaration | null = null;
  const propertyNames = new Set<string>();
  const signatures = new Set<string>();
  for (const member of ast.members) {
    if (member.kind === 'PropertyMember') {
      const key = ordinalIgnoreCaseKey(member.name);
      if (propertyNames.has(key)) throw memberAlreadyDefined(member.name, member);
      propertyNames.add(key);
      properties.push(propertyDeclaration(member));
      continue;
    }
    const isConstructor = ordinalIgnoreCaseKey(member.name) === ordinalIgnoreCaseKey(ast.name);
    if (isConstructor && member.returnType) {
      throw classDefinitionError('ConstructorCantHaveReturnType', classParserStrings.ConstructorCantHaveReturnType, member.returnType.extent);
    }
    const parameters = member.parameters.map(parameterDeclaration);
    const signature = [member.isStatic, ordinalIgnoreCaseKey(member.name), ...parameters.map((parameter) => ordinalIgnoreCaseKey(parameter.typeName?.fullName ?? 'object'))].join('|');
    if (signatures.has(signature)) throw memberAlreadyDefined(member.name, member);
    signatures.add(signature);
    const returnsValue = !isConstructor && member.returnType !== null && member.returnType.typeName.fullName.toLowerCase() !== 'void';
    const declaration: MethodDeclaration = {
      name: member.name,
      isStatic: member.isStatic,
      isHidden: member.isHidden,
      returnTypeName: isConstructor ? null : (member.returnType?.typeName ?? null),
      parameters,
      body: compileMethodBody(member, returnsValue),
      baseArguments: member.baseArguments?.map(compileExpression) ?? null,
      extent: member.extent,
    };
    if (!isConstructor) methods.push(declaration);
    else if (member.isStatic) staticConstructor = declaration;
    else constructors.push(declaration);
  }
  return { name: ast.name, baseTypeNames: ast.baseTypes, properties, methods, constructors, staticConstructor, extent: ast.extent };
}

function memberAlreadyDefined(name: string, member: PropertyMemberAst | FunctionMemberAst) {
  return classDefinitionError('MemberAlreadyDefined', formatMessage(classParserStrings.MemberAlreadyDefined, name), member.extent);
}

function propertyDeclaration(member: PropertyMemberAst): PropertyDeclaration {
  return {
    name: member.name,
    typeName: member.propertyType?.typeName ?? null,
    isStatic: member.isStatic,
    isHidden: member.isHidden,
    initializer: member.initialValue ? compileExpression(member.initialValue) : null,
  };
}

function parameterDeclaration(parameter: ParameterAst): ParameterDeclaration {
  const constraint = parameter.attributes.find((attribute) => attribute.kind === 'TypeConstraint');
  return { name: parameter.name.unqualifiedName, typeName: constraint?.typeName ?? null };
}

// --- enums

/** The integral types an enum may be based on, with their ranges. */
const underlyingTypes: Readonly<Record<string, readonly [bigint, bigint]>> = {
  'System.Byte': [0n, 0xffn],
  'System.SByte': [-0x80n, 0x7fn],
  'System.Int16': [-0x8000n, 0x7fffn],
  'System.UInt16': [0n, 0xffffn],
  'System.Int32': [-0x80000000n, 0x7fffffffn],
  'System.UInt32': [0n, 0xffffffffn],
  'System.Int64': [-0x8000000000000000n, 0x7fffffffffffffffn],
  'System.UInt64': [0n, 0xffffffffffffffffn],
};

/** Reads the enum's constants once; the returned function (re)registers the type. */
function compileEnum(ast: TypeDefinitionAst): () => PSTypeInfo {
  const underlying = underlyingType(ast.baseTypes[0] ?? null);
  const [min, max] = underlyingTypes[underlying]!;
  const isFlags = ast.attributes.some((attribute) => attribute.kind === 'Attribute' && /^(System\.)?Flags(Attribute)?$/i.test(attribute.typeName.fullName));
  const constants = new Map<string, { name: string; value: bigint }>();
  let next = 0n;
  for (const member of ast.members) {
    if (member.kind !== 'PropertyMember') continue;
    const key = ordinalIgnoreCaseKey(member.name);
    if (constants.has(key)) throw memberAlreadyDefined(member.name, member);
    const value = member.initialValue ? enumeratorValue(member.initialValue, ast.name, constants) : next;
    if (value < min || value > max) {
      throw classDefinitionError('EnumeratorValueOutOfBounds', formatMessage(classParserStrings.EnumeratorValueOutOfBounds, signatureTypeName(underlying)), (member.initialValue ?? member).extent);
    }
    constants.set(key, { name: member.name, value });
    next = value + 1n;
  }
  const members: Record<string, number> = {};
  for (const constant of constants.values()) members[constant.name] = Number(constant.value);
  return () => defineEnum(ast.name, members, isFlags);
}

function underlyingType(typeName: TypeNameSyntax | null): string {
  if (typeName === null) return 'System.Int32';
  const type = resolveType(typeName.fullName);
  if (!type) throw classDefinitionError('TypeNotFound', formatMessage(classParserStrings.TypeNotFound, typeName.fullName), typeName.extent);
  if (!(type.fullName in underlyingTypes)) {
    throw classDefinitionError('InvalidUnderlyingType', formatMessage(classParserStrings.InvalidUnderlyingType, type.fullName), typeName.extent);
  }
  return type.fullName;
}

/**
 * An enumerator's value: a constant expression of numbers, operators and other enums'
 * constants (`[E]::A -bor 4`), or an earlier constant of the same enum.
 */
function enumeratorValue(ast: ExpressionAst, enumName: string, constants: ReadonlyMap<string, { value: bigint }>): bigint {
  const notConstant = () => classDefinitionError('EnumeratorValueMustBeConstant', classParserStrings.EnumeratorValueMustBeConstant, ast.extent);
  const operand = (child: ExpressionAst) => enumeratorValue(child, enumName, constants);
  switch (ast.kind) {
    case 'Constant': {
      const value = constantValue(ast.numberType, ast.value);
      const number = value instanceof NumericValue ? value.toNumber() : value;
      if (typeof number === 'bigint') return number;
      if (typeof number === 'number' && Number.isInteger(number)) return BigInt(number);
      throw notConstant();
    }
    case 'UnaryExpression':
      if (ast.operator === '-') return -operand(ast.operand);
      if (ast.operator === '+') return operand(ast.operand);
      if (ast.operator === '-bnot') return ~operand(ast.operand);
      throw notConstant();
    case 'BinaryExpression': {
      const operation = binaryOperations[ast.operator];
      if (!operation) throw notConstant();
      return operation(operand(ast.left), operand(ast.right));
    }
    case 'ParenExpression': {
      const pipeline = ast.pipeline;
      if (pipeline.kind === 'Pipeline' && pipeline.elements.length === 1 && pipeline.elements[0].kind === 'CommandExpression') return operand(pipeline.elements[0].expression);
      throw notConstant();
    }
    case 'ConvertExpression':
      return operand(ast.child);
    case 'MemberExpression': {
      if (!ast.isStatic || ast.target.kind !== 'TypeExpression' || ast.member.kind !== 'StringConstant') throw notConstant();
      const memberName = ordinalIgnoreCaseKey(ast.member.value);
      if (ordinalIgnoreCaseKey(ast.target.typeName.fullName) === ordinalIgnoreCaseKey(enumName)) {
        const constant = constants.get(memberName);
        if (constant) return constant.value;
        throw notConstant();
      }
      const constant = resolveType(ast.target.typeName.fullName)?.enumConstants?.find((candidate) => ordinalIgnoreCaseKey(candidate.name) === memberName);
      if (!constant) throw notConstant();
      return BigInt(constant.value);
    }
    default:
      throw notConstant();
  }
}

const binaryOperations: Readonly<Partial<Record<string, (left: bigint, right: bigint) => bigint>>> = {
  '+': (left, right) => left + right,
  '-': (left, right) => left - right,
  '*': (left, right) => left * right,
  '-bor': (left, right) => left | right,
  '-band': (left, right) => left & right,
  '-bxor': (left, right) => left ^ right,
  '-shl': (left, right) => left << right,
  '-shr': (left, right) => left >> right,
};

