/**
 * ForEach-Object as pwsh's ForEachObjectCommand runs it. Script blocks run in the caller's scope
 * with $_ set to each input object (so `$sum += $_` updates the caller's $sum); with several, the
 * first is the begin block and, past two, the last the end block. -MemberName reads a property
 * (or a dictionary key) or calls a method, -ArgumentList passing arguments, each step under
 * ShouldProcess with pwsh's texts. -Parallel needs runspaces, which psh does not have.
 */
import { baseObject, enumerableItems, formatMessage, objectToString } from '../engine/conversion/index.js';
import { getMember, invokeMethod, PSMethod, RuntimeException } from '../engine/dotnet/index.js';
import { containsWildcardCharacters } from '../engine/wildcard/index.js';
import { CmdletInfo } from '../engine/runtime/commands.js';
import type { CommandRuntime } from '../engine/runtime/command-runtime.js';
import { PSErrorException } from '../engine/runtime/error-record.js';
import { isStrictVersion } from '../engine/runtime/strict-mode.js';
import { Hashtable, PSScriptMethod, ScriptBlock } from '../engine/values/index.js';
import { parserStrings } from '../engine/dotnet/messages.js';
import { hasMember, matchingMembers, type FoundMember } from './object-members.js';
import { ambiguousNameError, nameParameterError } from './name-parameter-error.js';
import { internalCommandStrings } from './object-messages.js';

/** The script blocks in pwsh's order: -Begin first, then -Process and the remaining ones ($null kept). */
function scriptList(runtime: CommandRuntime): (ScriptBlock | null)[] {
  const items = (name: string): (ScriptBlock | null)[] => {
    if (!runtime.bound.has(name)) return [];
    const value = runtime.parameter(name);
    if (value === null || value === undefined) return [null];
    return (Array.isArray(value) ? value : [value]).map((item) => (item instanceof ScriptBlock ? item : null));
  };
  return [...items('Begin'), ...items('Process'), ...items('RemainingScripts')];
}

/** pwsh's GetStringRepresentation: "null", the object's text, or its type name when that is empty. */
function describe(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  return objectToString(value) || (baseObject(value) as object).constructor.name;
}

/** A method's or property's result, enumerated into the pipeline (AutomationNull writes nothing). */
function writeUnrolled(runtime: CommandRuntime, value: unknown): void {
  if (value === undefined) return;
  const items = enumerableItems(value);
  if (items === undefined) runtime.writeObject(value);
  else for (const item of items) if (item !== undefined) runtime.writeObject(item);
}

/** The -MemberName step for one input object. */
function applyMember(runtime: CommandRuntime, input: unknown, memberName: string, args: readonly unknown[]): void {
  const target = formatMessage(internalCommandStrings.ForEachObjectTarget, describe(input));
  const propertyAction = (name: string) => formatMessage(internalCommandStrings.ForEachObjectPropertyAction, name);
  const invoke = (name: string, callArgs: readonly unknown[], action: string, onCountMismatch?: () => void) => {
    if (!runtime.shouldProcess(target, action)) return;
    try {
      writeUnrolled(runtime, invokeMethod(input, name, callArgs, runtime.frame.dotnetContext));
    } catch (error) {
      if (!(error instanceof RuntimeException)) throw error;
      if (onCountMismatch && error.errorId === 'MethodCountCouldNotFindBest') onCountMismatch();
      else runtime.writeError(runtime.errorRecord(error.exceptionTypeName, error.message, 'MethodInvocationError', 'InvalidOperation', input));
    }
  };
  if (input === null || input === undefined) {
    if (args.length > 0) runtime.writeError(nameParameterError(runtime, parserStrings.InvokeMethodOnNull, 'InvokeMethodOnNull'));
    else if (runtime.shouldProcess(target, propertyAction(memberName))) writeMissingMember(runtime, internalCommandStrings.InputObjectIsNull, 'InputObjectIsNull', input);
    return;
  }
  if (args.length > 0) {
    const methods = membersNamed(input, memberName).filter((member) => member.memberType.endsWith('Method'));
    if (methods.length > 1) {
      runtime.writeError(ambiguousNameError(runtime, internalCommandStrings.AmbiguousMethodName, memberName, methods, 'AmbiguousMethodName', input));
      return;
    }
    if (methods.length === 0) {
      runtime.writeError(nameParameterError(runtime, formatMessage(internalCommandStrings.MethodNotFound, memberName), 'MethodNotFound', input));
      return;
    }
    const argumentText = args.map(describe).join(', ');
    invoke(methods[0]!.name, args, formatMessage(internalCommandStrings.ForEachObjectMethodActionWithArguments, methods[0]!.name, argumentText));
    return;
  }
  const dictionary = baseObject(input);
  if (dictionary instanceof Hashtable && dictionary.has(memberName)) {
    if (runtime.shouldProcess(target, formatMessage(internalCommandStrings.ForEachObjectKeyAction, memberName))) writeUnrolled(runtime, dictionary.get(memberName));
    return;
  }
  const members = membersNamed(input, memberName);
  if (members.length > 1) {
    runtime.writeError(ambiguousNameError(runtime, internalCommandStrings.AmbiguousPropertyOrMethodName, memberName, members, 'AmbiguousPropertyOrMethodName', input));
    return;
  }
  const member = members[0];
  if (member === undefined) {
    if (runtime.shouldProcess(target, propertyAction(memberName))) {
      writeMissingMember(runtime, formatMessage(internalCommandStrings.PropertyOrMethodNotFound, memberName), 'PropertyOrMethodNotFound', input);
    }
    return;
  }
  if (member.memberType.endsWith('Method')) {
    const action = formatMessage(internalCommandStrings.ForEachObjectMethodActionWithoutArguments, member.name);
    // A method that needs arguments writes its overloads instead, as `$_.Method` shows them.
    invoke(member.name, [], action, () => {
      const method = getMember(input, member.name);
      runtime.writeObject(method.found ? method.value : null);
    });
    return;
  }
  if (!runtime.shouldProcess(target, propertyAction(member.name))) return;
  try {
    const result = getMember(input, member.name);
    writeUnrolled(runtime, result.found ? result.value : null);
  } catch (error) {
    // A property whose getter throws gives $null.
    if (!(error instanceof RuntimeException)) throw error;
    runtime.writeObject(null);
  }
}

/** A null input or a missing member gives $null, as `$_.Missing` does; under strict mode 2 it is an error. */
function writeMissingMember(runtime: CommandRuntime, message: string, errorId: string, input: unknown): void {
  if (isStrictVersion(runtime.frame.scope, 2)) runtime.writeError(nameParameterError(runtime, message, errorId, input));
  else runtime.writeObject(null);
}

/** The members a -MemberName stands for: every match of a wildcard, else the one member of that name. */
function membersNamed(input: unknown, name: string): FoundMember[] {
  if (containsWildcardCharacters(name)) return matchingMembers(input, name);
  if (!hasMember(input, name)) return [];
  const result = getMember(input, name);
  if (!result.found) return [];
  const isMethod = result.value instanceof PSMethod || result.value instanceof PSScriptMethod;
  return [{ name: isMethod ? (result.value as PSMethod | PSScriptMethod).name : name, memberType: isMethod ? 'Method' : 'Property', definition: '' }];
}

const forEachObject = new CmdletInfo(
  {
    name: 'ForEach-Object',
    aliases: ['%', 'foreach'],
    implementingType: 'Microsoft.PowerShell.Commands.ForEachObjectCommand',
    defaultParameterSetName: 'ScriptBlockSet',
    supportsShouldProcess: true,
    confirmImpact: 'Low',
    parameters: [
      { name: 'InputObject', type: 'psobject', parameterSets: { ScriptBlockSet: { valueFromPipeline: true }, PropertyAndMethodSet: { valueFromPipeline: true }, ParallelParameterSet: { valueFromPipeline: true } } },
      { name: 'Begin', type: 'scriptblock', parameterSets: { ScriptBlockSet: {} } },
      { name: 'Process', type: 'scriptblock[]', allowNull: true, allowEmptyCollection: true, parameterSets: { ScriptBlockSet: { mandatory: true, position: 0 } } },
      { name: 'End', type: 'scriptblock', parameterSets: { ScriptBlockSet: {} } },
      { name: 'RemainingScripts', type: 'scriptblock[]', allowNull: true, allowEmptyCollection: true, parameterSets: { ScriptBlockSet: { valueFromRemainingArguments: true } } },
      { name: 'MemberName', type: 'string', parameterSets: { PropertyAndMethodSet: { mandatory: true, position: 0 } }, validation: [{ kind: 'ValidateNotNullOrEmpty' }] },
      { name: 'ArgumentList', type: 'object[]', aliases: ['Args'], parameterSets: { PropertyAndMethodSet: { valueFromRemainingArguments: true } } },
      { name: 'Parallel', type: 'scriptblock', parameterSets: { ParallelParameterSet: { mandatory: true } } },
      { name: 'ThrottleLimit', type: 'int', parameterSets: { ParallelParameterSet: {} }, validation: [{ kind: 'ValidateRange', min: 1, max: 2147483647 }] },
      { name: 'TimeoutSeconds', type: 'int', parameterSets: { ParallelParameterSet: {} }, validation: [{ kind: 'ValidateRange', min: 0, max: 2147483 }] },
      { name: 'AsJob', type: 'switch', parameterSets: { ParallelParameterSet: {} } },
      { name: 'UseNewRunspace', type: 'switch', parameterSets: { ParallelParameterSet: {} } },
    ],
  },
  (runtime) => {
    const set = runtime.parameterSetName;
    if (set === 'ParallelParameterSet') {
      const message = 'ForEach-Object -Parallel is not supported: psh runs one runspace.';
      throw new PSErrorException(runtime.errorRecord('System.Management.Automation.PSNotSupportedException', message, 'ParallelNotSupported', 'NotImplemented'));
    }
    if (set === 'PropertyAndMethodSet') {
      const memberName = objectToString(runtime.parameter('MemberName'));
      const args = runtime.parameter('ArgumentList');
      const argumentList = Array.isArray(args) ? args : args === undefined || args === null ? [] : [args];
      return {
        process() {
          applyMember(runtime, runtime.parameter('InputObject') ?? null, memberName, argumentList);
        },
      };
    }
    if (runtime.switch('WhatIf') || runtime.switch('Confirm')) {
      throw new PSErrorException(runtime.errorRecord('System.InvalidOperationException', internalCommandStrings.NoShouldProcessForScriptBlockSet, 'NoShouldProcessForScriptBlockSet', 'InvalidOperation'));
    }
    const scripts = scriptList(runtime);
    let end = scripts.length;
    const start = scripts.length > 1 ? 1 : 0;
    let endScript = runtime.bound.has('End') ? ((runtime.parameter('End') as ScriptBlock | null) ?? null) : null;
    if (!runtime.bound.has('End') && scripts.length > 2) {
      end = scripts.length - 1;
      endScript = scripts[end]!;
    }
    const processScripts = scripts.slice(start, end).filter((script): script is ScriptBlock => script !== null);
    const beginScript = end >= 2 ? scripts[0] : null;
    return {
      begin() {
        if (beginScript) runtime.invokeInCallerScope(beginScript, null);
      },
      process() {
        // Without pipeline input the blocks run once with $_ unset.
        const input = runtime.parameter('InputObject') ?? null;
        for (const script of processScripts) runtime.invokeInCallerScope(script, input);
      },
      end() {
        if (endScript) runtime.invokeInCallerScope(endScript, null);
      },
    };
  },
);

export const forEachObjectCmdlets: readonly CmdletInfo[] = [forEachObject];
