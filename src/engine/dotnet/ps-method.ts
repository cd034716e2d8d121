/**
 * A method as a value (System.Management.Automation.PSMethod): what `"abc".Substring` without
 * parentheses returns. It remembers its target, lists its OverloadDefinitions, and can be
 * invoked later (`$m.Invoke(1)`).
 */
import { psTypeNames } from '../values/index.js';
import type { DotNetContext } from './context.js';
import { defineType, type MethodOverload } from './member-table.js';
import { callMethod } from './method-call.js';
import { memberTypesType } from './member-types.js';
import { convertTo } from '../conversion/index.js';

export class PSMethod {
  readonly [psTypeNames] = [
    'System.Management.Automation.PSMethod',
    'System.Management.Automation.PSMethodInfo',
    'System.Management.Automation.PSMemberInfo',
    'System.Object',
  ];

  constructor(
    readonly name: string,
    /** The object the method is bound to; for a static method, the type's full name. */
    readonly target: unknown,
    readonly overloads: readonly MethodOverload[],
  ) {}

  get overloadDefinitions(): string[] {
    return this.overloads.map((overload) => overload.definition);
  }

  invoke(args: readonly unknown[], ctx: DotNetContext): unknown {
    return callMethod(this.name, this.overloads, this.target, args, ctx);
  }

  /** pwsh's PSMethod.ToString(): the overload definitions joined by ", ". */
  toString(): string {
    return this.overloadDefinitions.join(', ');
  }
}

defineType({
  fullName: 'System.Management.Automation.PSMethod',
  properties: {
    Name: { type: 'string', get: (method: PSMethod) => method.name },
    MemberType: { type: 'System.Management.Automation.PSMemberTypes', get: () => convertTo('Method', memberTypesType) },
    OverloadDefinitions: { type: 'System.Collections.ObjectModel.Collection[string]', get: (method: PSMethod) => method.overloadDefinitions },
    TypeNameOfValue: { type: 'string', get: () => 'System.Management.Automation.PSMethod' },
    IsInstance: { type: 'bool', get: (method: PSMethod) => !method.overloads[0]?.isStatic },
  },
  methods: [['object Invoke(Params object[] arguments)', (method: PSMethod, [args]: [unknown[]], ctx) => method.invoke(args, ctx)]],
});
