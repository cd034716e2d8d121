/**
 * Add-Member: gives an object a NoteProperty, AliasProperty, ScriptProperty or ScriptMethod
 * (-MemberType/-Name/-Value/-SecondValue), note properties by the shorter -NotePropertyName/
 * -NotePropertyValue or -NotePropertyMembers, and type names (-TypeName), with pwsh's checks
 * and errors. A value that is not a PSObject is wrapped, as pwsh binds InputObject as one, so
 * the members show on what -PassThru writes.
 */
import { ValidationFailure } from '../binding/index.js';
import { baseObject, convertTo, enumerableItems, formatMessage, invalidCast, objectToString, toPSString } from '../engine/conversion/index.js';
import { convertArgumentValue } from '../engine/dotnet/argument-conversion.js';
import { enumNumber } from '../engine/dotnet/enums.js';
import { memberTypesType } from '../engine/dotnet/member-types.js';
import { psTypeNamesOf } from '../engine/dotnet/psobject-view.js';
import { CmdletInfo } from '../engine/runtime/commands.js';
import type { CommandRuntime } from '../engine/runtime/command-runtime.js';
import { runScriptBlock } from '../engine/runtime/command-processors.js';
import { PSErrorException } from '../engine/runtime/error-record.js';
import type { Frame } from '../engine/runtime/frame.js';
import { ScriptBlockValue } from '../engine/runtime/script-block.js';
import { PSVariable, Scope } from '../engine/runtime/session-state.js';
import { resolveType } from '../engine/types/index.js';
import {
  Hashtable,
  PSAliasProperty,
  PSNoteProperty,
  PSObject,
  PSScriptMethod,
  PSScriptProperty,
  ScriptBlock,
  typeNamesOf,
  type PSMemberInfo,
  type ScriptMemberRunner,
} from '../engine/values/index.js';
import { hasMember } from './object-members.js';
import { addMemberStrings } from './object-messages.js';

const notSpecified = Symbol('notSpecified');
const memberTypesTypeName = 'System.Management.Automation.PSMemberTypes';

/** Script members run in a new scope under the scope Add-Member was called from, with `$this` set. */
function scriptMemberRunner(frame: Frame): ScriptMemberRunner {
  return (block, thisValue, args) => {
    const scope = new Scope(frame.scope);
    scope.define(new PSVariable('this', thisValue));
    const output: unknown[] = [];
    runScriptBlock(frame.withScope(scope).withOutput((value) => { output.push(value); }), ScriptBlockValue.from(block), args, { dotSource: true });
    return output;
  };
}

class MemberFactory {
  constructor(
    private readonly runtime: CommandRuntime,
    private readonly memberType: string,
    private readonly name: string,
    private readonly value: unknown,
    private readonly secondValue: unknown,
  ) {}

  private fail(errorId: keyof typeof addMemberStrings): never {
    const message = formatMessage(addMemberStrings[errorId], this.memberType);
    throw new PSErrorException(this.runtime.errorRecord('System.InvalidOperationException', message, errorId, 'InvalidOperation'));
  }

  /**
   * pwsh converts a code member's values to System.Reflection.MethodInfo; a script has no way to
   * name a .NET method psh could call, so every value fails that conversion as in pwsh.
   */
  private notAMethodInfo(value: unknown): never {
    const failure = invalidCast(objectToString(value), typeNamesOf(baseObject(value))[0] ?? 'System.Object', 'System.Reflection.MethodInfo');
    throw new PSErrorException(this.runtime.errorRecord('System.Management.Automation.PSInvalidCastException', failure.message, failure.errorId, 'InvalidArgument'));
  }

  private valueNotNull(): void {
    if (this.value === notSpecified) this.fail('Value1Prompt');
    if (this.value === null) this.fail('Value1ShouldNotBeNull');
  }

  private noSecondValue(): void {
    if (this.secondValue !== notSpecified) this.fail('Value2ShouldNotBeSpecified');
  }

  private script(value: unknown): ScriptBlock | null {
    if (value === notSpecified || value === null) return null;
    const actual = baseObject(value);
    return actual instanceof ScriptBlock ? actual : new ScriptBlock(toPSString(actual));
  }

  create(): PSMemberInfo {
    const runner = scriptMemberRunner(this.runtime.frame);
    switch (this.memberType) {
      case 'NoteProperty':
        if (this.value === notSpecified) this.fail('Value1Prompt');
        this.noSecondValue();
        return new PSNoteProperty(this.name, this.value);
      case 'AliasProperty': {
        this.valueNotNull();
        if (this.secondValue === null) this.fail('Value2ShouldNotBeNull');
        const conversion = this.secondValue === notSpecified ? null : typeFullName(this.secondValue);
        return new PSAliasProperty(this.name, toPSString(this.value), conversion, convertArgumentValue);
      }
      case 'ScriptProperty':
        if (this.value === notSpecified) this.fail('Value1Prompt');
        if (this.value === null && (this.secondValue === null || this.secondValue === notSpecified)) this.fail('Value1AndValue2AreNotBothNull');
        return new PSScriptProperty(this.name, this.script(this.value), this.script(this.secondValue), runner);
      case 'ScriptMethod':
        this.noSecondValue();
        this.valueNotNull();
        return new PSScriptMethod(this.name, this.script(this.value)!, runner);
      case 'CodeProperty':
        if (this.value === notSpecified) this.fail('Value1Prompt');
        if (this.value === null && (this.secondValue === null || this.secondValue === notSpecified)) this.fail('Value1AndValue2AreNotBothNull');
        return this.notAMethodInfo(this.value === null ? this.secondValue : this.value);
      case 'CodeMethod':
        this.noSecondValue();
        this.valueNotNull();
        return this.notAMethodInfo(this.value);
      default:
        return this.fail('CannotAddMemberType');
    }
  }
}

/** A -SecondValue type for an alias: a [type] or a type name, as its full name. */
function typeFullName(value: unknown): string {
  const actual = baseObject(value);
  if (typeof actual === 'object' && actual !== null && 'fullName' in actual) return String((actual as { fullName: string }).fullName);
  const text = toPSString(actual);
  return resolveType(text)?.fullName ?? text;
}

/** The PSMemberTypes flags as pwsh names them ("NoteProperty", "AliasProperty, NoteProperty"). */
function memberTypeNames(value: unknown): { names: string; count: number } {
  const bits = enumNumber(value);
  let count = 0;
  for (let rest = bits; rest !== 0; rest >>>= 1) if (rest & 1) count++;
  return { names: objectToString(value), count };
}

/** The PSMemberTypes values Add-Member can add; pwsh's masks (PSMemberTypes.AliasProperty...). */
const addableMemberTypes = new Set([1, 2, 8, 16, 32, 128, 256, 1024]);

/**
 * pwsh's ValidateNotePropertyName: a -NotePropertyName that names a member type (`Add-Member
 * NoteProperty x 1`) is refused, and positional binding passes the word on to -MemberType.
 */
function checkNotePropertyName(value: unknown): void {
  let memberType: number;
  try {
    memberType = enumNumber(convertTo(value, memberTypesType));
  } catch {
    return;
  }
  if (addableMemberTypes.has(memberType)) throw new ValidationFailure(formatMessage(addMemberStrings.InvalidValueForNotePropertyName, memberTypesTypeName), true);
}

const allSets = ['MemberSet', 'TypeNameSet', 'NotePropertySingleMemberSet', 'NotePropertyMultiMemberSet'];
const inSets = (sets: readonly string[], attributes: object = {}) => Object.fromEntries(sets.map((set) => [set, attributes]));

const addMember = new CmdletInfo(
  {
    name: 'Add-Member',
    implementingType: 'Microsoft.PowerShell.Commands.AddMemberCommand',
    defaultParameterSetName: 'TypeNameSet',
    parameters: [
      { name: 'InputObject', type: 'psobject', parameterSets: inSets(allSets, { mandatory: true, valueFromPipeline: true }) },
      { name: 'MemberType', type: memberTypesTypeName, aliases: ['Type'], parameterSets: { MemberSet: { mandatory: true, position: 0 } } },
      { name: 'Name', type: 'string', parameterSets: { MemberSet: { mandatory: true, position: 1 } } },
      { name: 'Value', type: 'object', parameterSets: { MemberSet: { position: 2 } } },
      { name: 'SecondValue', type: 'object', parameterSets: { MemberSet: { position: 3 } } },
      {
        name: 'TypeName',
        type: 'string',
        parameterSets: { TypeNameSet: { mandatory: true }, ...inSets(['MemberSet', 'NotePropertySingleMemberSet', 'NotePropertyMultiMemberSet']) },
        validation: [{ kind: 'ValidateNotNullOrEmpty' }],
      },
      { name: 'Force', type: 'switch', parameterSets: inSets(['MemberSet', 'NotePropertySingleMemberSet', 'NotePropertyMultiMemberSet']) },
      { name: 'PassThru', type: 'switch', parameterSets: inSets(allSets) },
      {
        name: 'NotePropertyName',
        type: 'string',
        parameterSets: { NotePropertySingleMemberSet: { mandatory: true, position: 0 } },
        validation: [{ kind: 'ValidateArguments', check: checkNotePropertyName }, { kind: 'ValidateNotNullOrEmpty' }],
      },
      { name: 'NotePropertyValue', type: 'object', allowNull: true, parameterSets: { NotePropertySingleMemberSet: { mandatory: true, position: 1 } } },
      { name: 'NotePropertyMembers', type: 'System.Collections.IDictionary', parameterSets: { NotePropertyMultiMemberSet: { mandatory: true, position: 0 } }, validation: [{ kind: 'ValidateNotNullOrEmpty' }] },
    ],
  },
  (runtime) => {
    const fail = (errorId: keyof typeof addMemberStrings, args: readonly unknown[], target: unknown): never => {
      throw new PSErrorException(runtime.errorRecord('System.InvalidOperationException', formatMessage(addMemberStrings[errorId], ...args), errorId, 'InvalidOperation', target));
    };
    const typeName = runtime.parameter('TypeName') as string | undefined;
    const passThru = runtime.switch('PassThru');
    const force = runtime.switch('Force');
    const addTypeName = (target: PSObject) => {
      if (typeName === undefined) return;
      psTypeNamesOf(target).unshift(resolveType(typeName)?.fullName ?? typeName);
    };
    /** Adds the member unless one of that name exists (without -Force); true when added. */
    const addTo = (target: PSObject, member: PSMemberInfo): boolean => {
      if (hasMember(target, member.name)) {
        if (!force) {
          runtime.writeError(runtime.errorRecord('System.InvalidOperationException', formatMessage(addMemberStrings.MemberAlreadyExists, member.name), 'MemberAlreadyExists', 'InvalidOperation', target));
          return false;
        }
        target.members.remove(member.name);
      }
      target.members.add(member);
      return true;
    };
    return {
      process() {
        const input = runtime.parameter('InputObject');
        const target = input instanceof PSObject ? input : new PSObject(input);
        if (typeName !== undefined && typeName.trim() === '') fail('TypeNameShouldNotBeEmpty', [], typeName);
        const set = runtime.parameterSetName;
        let added = true;
        if (set === 'NotePropertyMultiMemberSet') {
          added = false;
          const members = baseObject(runtime.parameter('NotePropertyMembers'));
          const entries = members instanceof Hashtable ? [...members] : (enumerableItems(members) ?? []).map((item) => [item, null] as const);
          for (const [key, value] of entries) {
            const name = objectToString(key);
            if (name === '') {
              runtime.writeError(runtime.errorRecord('System.InvalidOperationException', addMemberStrings.NotePropertyNameShouldNotBeNull, 'NotePropertyNameShouldNotBeNull', 'InvalidOperation', name));
              continue;
            }
            if (addTo(target, new PSNoteProperty(name, value))) added = true;
          }
        } else if (set === 'NotePropertySingleMemberSet') {
          added = addTo(target, new PSNoteProperty(toPSString(runtime.parameter('NotePropertyName')), runtime.parameter('NotePropertyValue') ?? null));
        } else if (set === 'MemberSet') {
          const { names, count } = memberTypeNames(runtime.parameter('MemberType'));
          if (count !== 1) fail('WrongMemberCount', [names], null);
          const value = runtime.bound.has('Value') ? (runtime.parameter('Value') ?? null) : notSpecified;
          const secondValue = runtime.bound.has('SecondValue') ? (runtime.parameter('SecondValue') ?? null) : notSpecified;
          const member = new MemberFactory(runtime, names, toPSString(runtime.parameter('Name')), value, secondValue).create();
          added = addTo(target, member);
        }
        if (!added) return;
        addTypeName(target);
        if (passThru) runtime.writeObject(target);
      },
    };
  },
);

export const addMemberCmdlets: readonly CmdletInfo[] = [addMember];
