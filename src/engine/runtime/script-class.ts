/**
 * A class defined by a script, at run time: the type scripts name (`[Point]`, -is, conversions)
 * and the members its instances have. Members go into the .NET surface's member table under the
 * class's name, so property access, method calls, overload choice by argument count and type,
 * `[Point]::new()`, static members and `$p.psobject.Properties` work as for any .NET type; an
 * instance's type names (the class, then its base classes) make a derived class's overrides
 * win, which keeps dispatch virtual after a cast to the base class.
 */
import type { Extent } from '../../../grammar/extent.js';
import type { TypeNameSyntax } from '../../../grammar/ast.js';
import { convertTo, PSInvalidCastException, toPSString } from '../conversion/index.js';
import { DotNetException, MethodInvocationException, PSPropertyCollection, setMember, SetValueInvocationException, type DotNetContext } from '../dotnet/index.js';
import { fullTypeName, signatureTypeName } from '../dotnet/csharp-type-names.js';
import { replaceTypeMembers, typeMembers, type MethodGroup, type MethodOverload, type ParameterInfo, type PropertyMember, type TypeMembers } from '../dotnet/member-table.js';
import { callMethod } from '../dotnet/method-call.js';
import { noConversion, registerType, resolveType, voidType, type PSTypeInfo } from '../types/index.js';
import { ScriptObject, type ScriptObjectClass } from '../types/index.js';
import { Hashtable, ordinalIgnoreCaseKey, PSObject } from '../values/index.js';
import { classDefinitionError } from './class-errors.js';
import { classConversionStrings, classParserStrings } from './class-messages.js';
import { runMethodBody, type ClassSession, type MethodVariable } from './class-method-body.js';
import type { Expr } from './compile-expression.js';
import type { Stmt } from './compile-statement.js';
import { PSErrorException } from './error-record.js';
import { isControlFlow } from './errors.js';
import type { Frame } from './frame.js';
import { formatMessage } from './messages.js';

/** A declared property, as compiled from the class's AST. */
export interface PropertyDeclaration {
  readonly name: string;
  readonly typeName: TypeNameSyntax | null;
  readonly isStatic: boolean;
  readonly isHidden: boolean;
  readonly initializer: Expr | null;
}

export interface ParameterDeclaration {
  readonly name: string;
  readonly typeName: TypeNameSyntax | null;
}

/** A method, or (named as the class) a constructor. */
export interface MethodDeclaration {
  readonly name: string;
  readonly isStatic: boolean;
  readonly isHidden: boolean;
  /** null: void. */
  readonly returnTypeName: TypeNameSyntax | null;
  readonly parameters: readonly ParameterDeclaration[];
  readonly body: Stmt;
  /** A constructor's `: base(...)` arguments, or null. */
  readonly baseArguments: readonly Expr[] | null;
  readonly extent: Extent;
}

export interface ClassDeclaration {
  readonly name: string;
  readonly baseTypeNames: readonly TypeNameSyntax[];
  readonly properties: readonly PropertyDeclaration[];
  readonly methods: readonly MethodDeclaration[];
  readonly constructors: readonly MethodDeclaration[];
  readonly staticConstructor: MethodDeclaration | null;
  readonly extent: Extent;
}

interface ResolvedProperty {
  readonly declaration: PropertyDeclaration;
  readonly key: string;
  /** null: untyped (System.Object). */
  readonly type: PSTypeInfo | null;
}

interface ResolvedParameter {
  readonly name: string;
  readonly type: PSTypeInfo | null;
}

interface ResolvedMethod {
  readonly declaration: MethodDeclaration;
  readonly parameters: readonly ResolvedParameter[];
  /** null: void. */
  readonly returnType: PSTypeInfo | null;
}

/** What the class's types resolve to, once every type the script defines has a name. */
interface ResolvedClass {
  readonly baseClass: ScriptClass | null;
  /** Interfaces (and .NET base types psh cannot derive from), for -is. */
  readonly interfaceNames: readonly string[];
  readonly properties: readonly ResolvedProperty[];
  readonly methods: readonly ResolvedMethod[];
  readonly constructors: readonly ResolvedMethod[];
}

export class ScriptClass implements PSTypeInfo, ScriptObjectClass {
  readonly fullName: string;
  readonly name: string;
  readonly isValueType = false;
  private session: ClassSession | null = null;
  private resolvedClass: ResolvedClass | null = null;
  private resolving = false;
  private staticsInitialized = false;
  private readonly staticValues = new Map<string, unknown>();
  /** Overloads that run a constructor on an instance already made: for `: base(...)`. */
  private initializers: MethodOverload[] = [];

  constructor(readonly declaration: ClassDeclaration) {
    this.fullName = declaration.name;
    this.name = declaration.name;
    registerType(this);
  }

  // --- PSTypeInfo

  get baseTypeNames(): string[] {
    const resolved = this.resolved();
    return [...this.baseClassNames(), ...resolved.interfaceNames, ...(resolved.baseClass?.resolved().interfaceNames ?? [])];
  }

  isInstance(value: unknown): boolean {
    if (!(value instanceof ScriptObject)) return false;
    for (let type: ScriptClass | null = value.objectClass as ScriptClass; type; type = type.resolved().baseClass) {
      if (type === this) return true;
    }
    return false;
  }

  /** `[Point]@{X=1}`, `[Point]$bag`: a new instance with the properties set; `[Point]$x` through a one-argument constructor. */
  convertFrom(value: unknown): unknown {
    const base = value instanceof PSObject && value.baseObject !== undefined ? value.baseObject : value;
    if (base instanceof Hashtable || base instanceof PSObject) {
      // Setting properties needs a parameterless constructor to make the object first.
      if (!this.hasDefaultConstructor()) return noConversion;
      if (base instanceof Hashtable) return this.fromProperties([...base.entries()].map(([key, item]) => [toPSString(key), item]));
      return this.fromProperties([...base.members].flatMap((member) => ('value' in member ? [[member.name, member.value] as [string, unknown]] : [])));
    }
    const oneArgument = this.resolved().constructors.filter((constructor) => constructor.parameters.length === 1);
    if (oneArgument.length === 0) return noConversion;
    return this.instantiate([value]);
  }

  // --- ScriptObjectClass

  get typeNames(): readonly string[] {
    return [this.fullName, ...this.baseClassNames()];
  }

  visiblePropertyNames(): readonly string[] {
    return [...new PSPropertyCollection(new ScriptObject(this))].map((property) => property.name);
  }

  instanceText(instance: ScriptObject): string {
    const overridden = this.findMethod('ToString', 0);
    if (!overridden) return this.fullName;
    return toPSString(overridden.owner.runMethod(overridden.method, instance, []));
  }

  // --- Definition

  /**
   * The class definition statement ran (hoisted to the start of its script block): the class
   * takes the running script's session, is registered again (another script may have defined
   * a class of the same name since) and its static members are initialised once.
   */
  bind(f: Frame): void {
    this.session = { context: f.context, scope: f.scope, streams: f.streams };
    registerType(this);
    this.defineMembers();
    if (!this.staticsInitialized) {
      this.staticsInitialized = true;
      this.initializeStatics();
    }
  }

  private requireSession(): ClassSession {
    if (this.session) return this.session;
    let base = this.resolved().baseClass;
    while (base && !base.session) base = base.resolved().baseClass;
    if (!base?.session) throw new Error(`class ${this.fullName} used before its definition ran`);
    return base.session;
  }

  private baseClassNames(): string[] {
    const base = this.resolved().baseClass;
    return base ? [base.fullName, ...base.baseClassNames()] : ['System.Object'];
  }

  private resolved(): ResolvedClass {
    if (this.resolvedClass) return this.resolvedClass;
    if (this.resolving) return { baseClass: null, interfaceNames: [], properties: [], methods: [], constructors: [] };
    this.resolving = true;
    try {
      this.resolvedClass = this.resolve();
      return this.resolvedClass;
    } finally {
      this.resolving = false;
    }
  }

  private resolve(): ResolvedClass {
    const declaration = this.declaration;
    let baseClass: ScriptClass | null = null;
    const interfaceNames: string[] = [];
    for (const typeName of declaration.baseTypeNames) {
      const type = resolveDeclaredType(typeName);
      if (typeName === declaration.baseTypeNames[0] && type instanceof ScriptClass) baseClass = type;
      else if (type.fullName !== 'System.Object') interfaceNames.push(type.fullName, ...type.baseTypeNames.filter((name) => name !== 'System.Object'));
    }
    const properties = declaration.properties.map((property) => ({
      declaration: property,
      key: ordinalIgnoreCaseKey(property.name),
      type: property.typeName ? resolveDeclaredType(property.typeName) : null,
    }));
    const resolveMethod = (method: MethodDeclaration): ResolvedMethod => {
      const returnType = method.returnTypeName ? resolveDeclaredType(method.returnTypeName) : null;
      return {
        declaration: method,
        parameters: method.parameters.map((parameter) => ({ name: parameter.name, type: parameter.typeName ? resolveDeclaredType(parameter.typeName) : null })),
        returnType: returnType === voidType ? null : returnType,
      };
    };
    const constructors = declaration.constructors.map(resolveMethod);
    if (baseClass && constructors.length === 0 && !baseClass.hasDefaultConstructor()) {
      throw classDefinitionError('BaseClassNoDefaultCtor', formatMessage(classParserStrings.BaseClassNoDefaultCtor, baseClass.fullName), declaration.extent);
    }
    return { baseClass, interfaceNames, properties, methods: declaration.methods.map(resolveMethod), constructors };
  }

  private hasDefaultConstructor(): boolean {
    const constructors = this.resolved().constructors;
    return constructors.length === 0 || constructors.some((constructor) => constructor.parameters.length === 0);
  }

  /** Fills the member table: properties, methods, constructors; static members of base classes too. */
  private defineMembers(): void {
    const resolved = this.resolved();
    const members = replaceTypeMembers(this.fullName);
    for (const property of resolved.properties) {
      const table = property.declaration.isStatic ? members.staticProperties : members.properties;
      table.set(property.key, this.propertyMember(property));
    }
    for (const method of resolved.methods) {
      addOverload(method.declaration.isStatic ? members.staticMethods : members.methods, this.methodOverload(method));
    }
    for (let base = resolved.baseClass; base; base = base.resolved().baseClass) inheritStatics(members, base);
    const constructors = resolved.constructors.length > 0 ? resolved.constructors : [defaultConstructor(this.declaration.extent)];
    const constructorOverloads = members.constructors.overloads as MethodOverload[];
    this.initializers = [];
    for (const constructor of constructors) {
      const parameters = parameterInfos(constructor);
      constructorOverloads.push({
        isStatic: true,
        returnType: this.fullName,
        name: 'new',
        parameters,
        definition: `${this.fullName} new(${parameterList(constructor)})`,
        invoke: (_type, args: unknown[]) => {
          const instance = new ScriptObject(this);
          this.initializeProperties(instance);
          this.construct(constructor, instance, args);
          return instance;
        },
      });
      this.initializers.push({
        isStatic: false,
        returnType: 'void',
        name: 'new',
        parameters,
        definition: '',
        invoke: (instance: ScriptObject, args: unknown[]) => this.construct(constructor, instance, args),
      });
    }
  }

  private propertyMember(property: ResolvedProperty): PropertyMember {
    const { declaration, key, type } = property;
    // The declared type is what the member table converts to; a type it cannot name again
    // (a closed generic) is converted here instead.
    const declaredType = type && resolveType(type.fullName) === type ? type.fullName : 'System.Object';
    const convert = (value: unknown) => (type ? convertTo(value, type) : value);
    if (declaration.isStatic) {
      return {
        name: declaration.name,
        type: declaredType,
        hidden: declaration.isHidden,
        get: () => this.staticValues.get(key) ?? null,
        set: (_type: unknown, value: unknown) => this.staticValues.set(key, convert(value)),
      };
    }
    return {
      name: declaration.name,
      type: declaredType,
      hidden: declaration.isHidden,
      get: (instance: ScriptObject) => instance.values.get(key) ?? null,
      set: (instance: ScriptObject, value: unknown) => instance.values.set(key, convert(value)),
    };
  }

  private methodOverload(method: ResolvedMethod): MethodOverload {
    const { declaration, returnType } = method;
    const returnText = returnType ? signatureTypeName(returnType.fullName) : 'void';
    return {
      isStatic: declaration.isStatic,
      returnType: returnType?.fullName ?? 'System.Void',
      name: declaration.name,
      parameters: parameterInfos(method),
      definition: `${declaration.isStatic ? 'static ' : ''}${returnText} ${declaration.name}(${parameterList(method)})`,
      invoke: (target: unknown, args: unknown[]) => this.runMethod(method, declaration.isStatic ? null : target, args),
    };
  }

  /** Runs a method; its failure is reported as pwsh reports a .NET method's: "Exception calling ...". */
  private runMethod(method: ResolvedMethod, thisValue: unknown, args: readonly unknown[]): unknown {
    const { declaration, returnType } = method;
    try {
      const result = runMethodBody(this.requireSession(), declaration.name, declaration.body, thisValue, methodVariables(method, args));
      return returnType ? convertTo(result ?? null, returnType) : undefined;
    } catch (error) {
      throw methodFailure(declaration.name, args.length, error);
    }
  }

  /** The most derived method of that name and argument count, with the class declaring it. */
  private findMethod(name: string, argumentCount: number): { owner: ScriptClass; method: ResolvedMethod } | undefined {
    const key = ordinalIgnoreCaseKey(name);
    for (let owner: ScriptClass | null = this; owner; owner = owner.resolved().baseClass) {
      const method = owner
        .resolved()
        .methods.find((candidate) => !candidate.declaration.isStatic && ordinalIgnoreCaseKey(candidate.declaration.name) === key && candidate.parameters.length === argumentCount);
      if (method) return { owner, method };
    }
    return undefined;
  }

  // --- Instances

  /** A new instance through the constructor the arguments choose (what `[Point]::new(...)` does). */
  private instantiate(args: readonly unknown[]): ScriptObject {
    this.defineMembersIfNeeded();
    const instance = new ScriptObject(this);
    this.initializeProperties(instance);
    callMethod('new', this.initializers, instance, args, noDotNetContext, '.ctor');
    return instance;
  }

  private defineMembersIfNeeded(): void {
    if (this.initializers.length === 0) this.defineMembers();
  }

  /** Every property of the class and its bases at its default: $null, or 0 and the like for value types. */
  private initializeProperties(instance: ScriptObject): void {
    for (let type: ScriptClass | null = this; type; type = type.resolved().baseClass) {
      for (const property of type.resolved().properties) {
        if (property.declaration.isStatic || instance.values.has(property.key)) continue;
        instance.values.set(property.key, property.type?.defaultValue?.() ?? null);
      }
    }
  }

  /**
   * Runs a constructor on an instance: the base class's constructor first (with the `: base()`
   * arguments, or its parameterless one), then this class's property initializers, then the body.
   */
  private construct(constructor: ResolvedMethod, instance: ScriptObject, args: readonly unknown[]): void {
    const { declaration } = constructor;
    const baseClass = this.resolved().baseClass;
    try {
      runMethodBody(this.requireSession(), declaration.name, declaration.body, instance, methodVariables(constructor, args), (frame) => {
        if (baseClass) {
          const baseArguments = (declaration.baseArguments ?? []).map((argument) => argument(frame) ?? null);
          baseClass.defineMembersIfNeeded();
          callMethod('new', baseClass.initializers, instance, baseArguments, noDotNetContext, '.ctor');
        }
        for (const property of this.resolved().properties) {
          const { initializer, isStatic } = property.declaration;
          if (initializer && !isStatic) setMember(instance, property.declaration.name, initializer(frame) ?? null);
        }
      });
    } catch (error) {
      throw methodFailure('.ctor', args.length, error);
    }
  }

  private fromProperties(entries: readonly (readonly [string, unknown])[]): ScriptObject {
    const instance = this.instantiate([]);
    for (const [name, value] of entries) {
      const property = this.findProperty(name);
      if (!property) throw this.objectCreationError(this.propertyNotFoundText(name));
      try {
        setMember(instance, property.declaration.name, value);
      } catch (error) {
        // pwsh quotes the setter's inner failure (the conversion's message), not "Exception setting".
        if (!(error instanceof SetValueInvocationException)) throw error;
        throw this.objectCreationError(error.innerException.message);
      }
    }
    return instance;
  }

  private findProperty(name: string): ResolvedProperty | undefined {
    const key = ordinalIgnoreCaseKey(name);
    for (let type: ScriptClass | null = this; type; type = type.resolved().baseClass) {
      const property = type.resolved().properties.find((candidate) => candidate.key === key && !candidate.declaration.isStatic);
      if (property) return property;
    }
    return undefined;
  }

  private propertyNotFoundText(name: string): string {
    const settable = [...new PSPropertyCollection(new ScriptObject(this))].map((property) => `[${property.name} <${property.typeNameOfValue}>]`);
    return settable.length === 0
      ? formatMessage(classConversionStrings.NoSettableProperty, name, this.fullName)
      : formatMessage(classConversionStrings.PropertyNotFound, name, this.fullName, settable.join(', '));
  }

  private objectCreationError(message: string): PSInvalidCastException {
    return new PSInvalidCastException(formatMessage(classConversionStrings.ObjectCreationError, this.fullName, message), 'ObjectCreationError');
  }

  /** Static properties at their defaults and initial values, then the static constructor. */
  private initializeStatics(): void {
    for (const property of this.resolved().properties) {
      if (!property.declaration.isStatic) continue;
      this.staticValues.set(property.key, property.type?.defaultValue?.() ?? null);
    }
    const staticConstructor = this.declaration.staticConstructor;
    const session = this.requireSession();
    const body = staticConstructor?.body ?? (() => {});
    runMethodBody(session, this.fullName, body, null, [], (frame) => {
      for (const property of this.resolved().properties) {
        const { initializer, isStatic } = property.declaration;
        if (!initializer || !isStatic) continue;
        const value = initializer(frame) ?? null;
        this.staticValues.set(property.key, property.type ? convertTo(value, property.type) : value);
      }
    });
  }
}

/** The .NET surface's context for constructor calls made here: class constructors run script code themselves. */
const noDotNetContext: DotNetContext = {
  invokeScriptBlock: () => {
    throw new Error('class constructors do not take script blocks through the .NET context');
  },
  createScriptBlock: () => {
    throw new Error('class constructors do not create script blocks through the .NET context');
  },
};

function resolveDeclaredType(typeName: TypeNameSyntax): PSTypeInfo {
  const type = resolveType(typeName.fullName);
  if (!type) throw classDefinitionError('TypeNotFound', formatMessage(classParserStrings.TypeNotFound, typeName.fullName), typeName.extent);
  return type;
}

function defaultConstructor(extent: Extent): ResolvedMethod {
  return {
    declaration: { name: 'new', isStatic: false, isHidden: false, returnTypeName: null, parameters: [], body: () => {}, baseArguments: null, extent },
    parameters: [],
    returnType: null,
  };
}

function parameterInfos(method: ResolvedMethod): ParameterInfo[] {
  return method.parameters.map((parameter) => ({
    name: parameter.name,
    type: parameter.type && resolveType(parameter.type.fullName) === parameter.type ? parameter.type.fullName : 'System.Object',
    isParamArray: false,
    isByRef: false,
    isOptional: false,
  }));
}

/** `int x, string y`, as pwsh's OverloadDefinitions show the parameters. */
function parameterList(method: ResolvedMethod): string {
  return method.parameters.map((parameter) => `${signatureTypeName(fullTypeName(parameter.type?.fullName ?? 'System.Object'))} ${parameter.name}`).join(', ');
}

function methodVariables(method: ResolvedMethod, args: readonly unknown[]): MethodVariable[] {
  return method.parameters.map((parameter, index) => ({ name: parameter.name, value: args[index] ?? null, type: parameter.type }));
}

function addOverload(groups: Map<string, MethodGroup>, overload: MethodOverload): void {
  const key = ordinalIgnoreCaseKey(overload.name);
  const group = groups.get(key) ?? { name: overload.name, overloads: [] };
  (group.overloads as MethodOverload[]).push(overload);
  groups.set(key, group);
}

/** `[Derived]::StaticMember` reaches a base class's static members, as .NET's flattened hierarchy does. */
function inheritStatics(members: TypeMembers, base: ScriptClass): void {
  const baseMembers = typeMembers(base.fullName);
  if (!baseMembers) return;
  for (const [key, property] of baseMembers.staticProperties) if (!members.staticProperties.has(key)) members.staticProperties.set(key, property);
  for (const [key, group] of baseMembers.staticMethods) if (!members.staticMethods.has(key)) members.staticMethods.set(key, group);
}

/**
 * A method's failure as the caller sees it: wrapped in MethodInvocationException ("Exception
 * calling ...") unless it already is a method error, flow control or a call-depth overflow.
 */
function methodFailure(methodName: string, argumentCount: number, error: unknown): unknown {
  if (isControlFlow(error)) return error;
  const exception = error instanceof PSErrorException ? error.errorRecord.exception : null;
  const typeName = exception ? exception.exceptionTypeName : error instanceof Error && 'exceptionTypeName' in error ? String(error.exceptionTypeName) : null;
  if (typeName === null) return error;
  if (unwrappedExceptions.has(typeName)) return error;
  const message = exception ? exception.message : (error as Error).message;
  return new MethodInvocationException(methodName, argumentCount, new DotNetException(typeName, message));
}

const unwrappedExceptions = new Set([
  'System.Management.Automation.MethodException',
  'System.Management.Automation.MethodInvocationException',
  'System.Management.Automation.ScriptCallDepthException',
  'System.Management.Automation.ParseException',
]);
