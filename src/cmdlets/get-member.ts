/**
 * Get-Member: the members of each distinct type among the input objects as MemberDefinition
 * objects (TypeName, Name, MemberType, Definition), sorted by member type then name, as pwsh's
 * GetMemberCommand lists them: the object's own members (note, alias and script properties,
 * script methods), then its .NET properties and methods, or with -Static the type's static ones.
 * psh knows the .NET members it implements natively, so a type may show fewer than in pwsh.
 */
import { baseObject, convertTo, objectToString, toPSString } from '../engine/conversion/index.js';
import { defineEnum, enumNumber } from '../engine/dotnet/enums.js';
import { defineType, typeMembers } from '../engine/dotnet/member-table.js';
import { memberTypesType } from '../engine/dotnet/member-types.js';
import { registerNativeType } from '../engine/dotnet/type-registration.js';
import { CmdletInfo } from '../engine/runtime/commands.js';
import { isTypeValue } from '../engine/types/index.js';
import { psTypeNames, typeNamesOf, type HasPSTypeNames } from '../engine/values/index.js';
import { WildcardPattern } from '../engine/wildcard/index.js';
import { adaptedObject } from './adapted-object.js';
import { dotNetMembers, instanceMembers, type FoundMember } from './object-members.js';
import { getMemberStrings } from './object-messages.js';

const memberDefinitionType = 'Microsoft.PowerShell.Commands.MemberDefinition';
const memberViewTypesName = 'System.Management.Automation.PSMemberViewTypes';

const viewTypes = defineEnum(memberViewTypesName, { Extended: 1, Adapted: 2, Base: 4, All: 7 }, true);

/** Microsoft.PowerShell.Commands.MemberDefinition; its ToString() is the definition. */
export class MemberDefinition implements HasPSTypeNames {
  readonly [psTypeNames] = [memberDefinitionType, 'System.Object'];

  constructor(
    readonly typeName: string,
    readonly name: string,
    readonly memberType: string,
    readonly definition: string,
  ) {}

  toString(): string {
    return this.definition;
  }
}

registerNativeType(memberDefinitionType, ['System.Object']);
defineType({
  fullName: memberDefinitionType,
  properties: {
    TypeName: { type: 'string', get: (member: MemberDefinition) => member.typeName },
    Name: { type: 'string', get: (member: MemberDefinition) => member.name },
    MemberType: { type: 'System.Management.Automation.PSMemberTypes', get: (member: MemberDefinition) => convertTo(member.memberType, memberTypesType) },
    Definition: { type: 'string', get: (member: MemberDefinition) => member.definition },
  },
});

/** Member types that only the object's own (extended) members have. */
const extendedOnly = new Set(['AliasProperty', 'CodeMethod', 'CodeProperty', 'MemberSet', 'NoteProperty', 'PropertySet', 'ScriptMethod', 'ScriptProperty']);
const adaptedOnly = new Set(['Property', 'ParameterizedProperty', 'Method']);

const getMember = new CmdletInfo(
  {
    name: 'Get-Member',
    aliases: ['gm'],
    implementingType: 'Microsoft.PowerShell.Commands.GetMemberCommand',
    outputType: [memberDefinitionType],
    parameters: [
      { name: 'InputObject', type: 'psobject', valueFromPipeline: true },
      { name: 'Name', type: 'string[]', position: 0, validation: [{ kind: 'ValidateNotNullOrEmpty' }] },
      { name: 'MemberType', type: 'System.Management.Automation.PSMemberTypes', aliases: ['Type'] },
      { name: 'View', type: memberViewTypesName },
      { name: 'Static', type: 'switch' },
      { name: 'Force', type: 'switch' },
    ],
  },
  (runtime) => {
    const names = ((runtime.parameter('Name') as string[] | undefined) ?? ['*']).map((name) => new WildcardPattern(toPSString(name)));
    const memberTypes = runtime.has('MemberType') ? enumNumber(runtime.parameter('MemberType')) : 16383;
    const view = runtime.has('View') ? enumNumber(convertTo(runtime.parameter('View'), viewTypes)) : 3;
    const isStatic = runtime.switch('Static');
    const force = runtime.switch('Force');
    const typesShown = new Set<string>();
    const memberTypeFlag = (name: string) => enumNumber(convertTo(name, memberTypesType));
    const wanted = (member: FoundMember) => {
      if ((memberTypeFlag(member.memberType) & memberTypes) === 0) return false;
      if ((view & 1) === 0 && extendedOnly.has(member.memberType)) return false;
      if ((view & 6) === 0 && adaptedOnly.has(member.memberType)) return false;
      return force || !member.isSpecial;
    };
    return {
      process() {
        const input = runtime.parameter('InputObject');
        if (input === undefined || input === null) return;
        let typeName: string;
        let members: () => FoundMember[];
        if (isStatic) {
          const base = baseObject(input);
          typeName = isTypeValue(base) ? base.fullName : (typeNamesOf(base)[0] ?? 'System.Object');
          const type = typeMembers(typeName);
          members = () => (type ? dotNetMembers([type], typeName, true) : []);
        } else {
          typeName = typeNamesOf(input)[0] ?? '<null>';
          members = () => instanceMembers(input);
        }
        if (typesShown.has(typeName)) return;
        typesShown.add(typeName);
        const candidates = members().filter(wanted);
        for (const pattern of names) {
          const matches = candidates.filter((member) => pattern.isMatch(member.name));
          matches.sort((a, b) => compareOrdinalIgnoreCase(a.memberType, b.memberType) || compareOrdinalIgnoreCase(a.name, b.name));
          for (const member of matches) {
            const definition = new MemberDefinition(typeName, member.name, member.memberType, member.definition);
            const output = adaptedObject(definition);
            output.toStringText = objectToString(definition);
            runtime.writeObject(output);
          }
        }
      },
      end() {
        if (typesShown.size > 0) return;
        runtime.writeError(runtime.errorRecord('System.InvalidOperationException', getMemberStrings.NoObjectSpecified, 'NoObjectInGetMember', 'CloseError'));
      },
    };
  },
);

/** String.Compare with OrdinalIgnoreCase. */
function compareOrdinalIgnoreCase(a: string, b: string): number {
  const left = a.toUpperCase();
  const right = b.toUpperCase();
  return left < right ? -1 : left > right ? 1 : 0;
}

export const getMemberCmdlets: readonly CmdletInfo[] = [getMember];
