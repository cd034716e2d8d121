/**
 * New-Object: an instance of a type psh knows, through its constructors (-ArgumentList), then
 * -Property values set on it as pwsh's SetObjectProperties does (a PSObject gains note
 * properties; another object must already have the property). PSObject is the empty custom
 * object. COM objects do not exist on Linux, as in pwsh there.
 */
import { baseObject, formatMessage, objectToString } from '../engine/conversion/index.js';
import { construct, DotNetException, getMember, RuntimeException, setMember } from '../engine/dotnet/index.js';
import { CmdletInfo } from '../engine/runtime/commands.js';
import type { CommandRuntime } from '../engine/runtime/command-runtime.js';
import { PSErrorException } from '../engine/runtime/error-record.js';
import { psObjectType, resolveType, type PSTypeInfo } from '../engine/types/index.js';
import { Hashtable, PSObject } from '../engine/values/index.js';
import { argumentList } from './parameter-lists.js';
import { newObjectStrings } from './object-messages.js';

function fail(runtime: CommandRuntime, exceptionTypeName: string, message: string, errorId: string, category: 'InvalidType' | 'InvalidOperation' | 'ObjectNotFound' | 'InvalidData'): never {
  throw new PSErrorException(runtime.errorRecord(exceptionTypeName, message, errorId, category));
}

/** A new instance of `type`: its parameterless default for a value type, else a constructor's result. */
function instantiate(runtime: CommandRuntime, type: PSTypeInfo, typeName: string, args: readonly unknown[]): unknown {
  if (type === psObjectType) return PSObject.customObject();
  if (args.length === 0 && type.isValueType && type.defaultValue) return type.defaultValue();
  try {
    return construct(type, args, runtime.frame.dotnetContext, type.name);
  } catch (error) {
    if (!(error instanceof RuntimeException)) throw error;
    if (error.errorId === 'MethodNotFound') {
      fail(runtime, 'System.Management.Automation.PSArgumentException', formatMessage(newObjectStrings.CannotFindAppropriateCtor, typeName), 'CannotFindAppropriateCtor', 'ObjectNotFound');
    }
    return fail(runtime, error.exceptionTypeName, error.message, 'ConstructorInvokedThrowException', 'InvalidOperation');
  }
}

/** -Property: each entry set on the object; a custom object gains the ones it lacks. */
function setProperties(runtime: CommandRuntime, target: unknown, properties: Hashtable): void {
  for (const [key, value] of properties) {
    const name = objectToString(key);
    const isCustom = target instanceof PSObject && target.isCustomObject;
    if (isCustom && !getMember(target, name).found) {
      target.addNoteProperty(name, value);
      continue;
    }
    if (!isCustom && !(baseObject(target) instanceof Hashtable) && !getMember(target, name).found) {
      fail(runtime, 'System.InvalidOperationException', formatMessage(newObjectStrings.MemberNotFound, null, name, '.NET'), 'InvalidOperationException', 'InvalidOperation');
    }
    try {
      setMember(target, name, value);
    } catch (error) {
      if (!(error instanceof RuntimeException || error instanceof DotNetException)) throw error;
      fail(runtime, 'System.Exception', newObjectStrings.InvalidValue, 'SetValueException', 'InvalidData');
    }
  }
}

const newObject = new CmdletInfo(
  {
    name: 'New-Object',
    implementingType: 'Microsoft.PowerShell.Commands.NewObjectCommand',
    defaultParameterSetName: 'Net',
    parameters: [
      { name: 'TypeName', type: 'string', parameterSets: { Net: { mandatory: true, position: 0 } } },
      { name: 'ArgumentList', type: 'object[]', aliases: ['Args'], parameterSets: { Net: { position: 1 } } },
      { name: 'Property', type: 'System.Collections.IDictionary' },
    ],
  },
  (runtime) => ({
    begin() {
      const typeName = runtime.parameter('TypeName') as string;
      const type = resolveType(typeName);
      if (type === null) {
        fail(runtime, 'System.Management.Automation.PSArgumentException', formatMessage(newObjectStrings.TypeNotFound, typeName), 'TypeNotFound', 'InvalidType');
      }
      const result = instantiate(runtime, type, typeName, argumentList(runtime.parameter('ArgumentList')));
      const properties = baseObject(runtime.parameter('Property'));
      if (properties instanceof Hashtable) setProperties(runtime, result, properties);
      runtime.writeObject(result);
    },
  }),
);

export const newObjectCmdlets: readonly CmdletInfo[] = [newObject];
