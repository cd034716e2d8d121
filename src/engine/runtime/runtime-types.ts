/**
 * The types of the evaluator's own objects, registered so scripts can name them: the exception
 * types psh raises (`catch [System.DivideByZeroException]`,
 * `$_.Exception -is [System.Management.Automation.RuntimeException]`) and ErrorRecord with its parts.
 */
import { noConversion, registerType, typeByFullName } from '../types/index.js';
import { toPSString } from '../conversion/index.js';
import { PSObject } from '../values/index.js';
import { ExceptionValue, exceptionTypeChain, knownExceptionTypeNames } from './error-record.js';

const recordTypeNames = [
  'System.Management.Automation.ErrorRecord',
  'System.Management.Automation.InformationalRecord',
  'System.Management.Automation.WarningRecord',
  'System.Management.Automation.VerboseRecord',
  'System.Management.Automation.DebugRecord',
  'System.Management.Automation.InformationRecord',
  'System.Management.Automation.ErrorCategoryInfo',
  'System.Management.Automation.InvocationInfo',
];

export function registerRuntimeTypes(): void {
  for (const fullName of [...knownExceptionTypeNames, ...recordTypeNames]) {
    if (typeByFullName(fullName)) continue;
    const isRecord = recordTypeNames.includes(fullName);
    registerType({
      fullName,
      name: fullName.slice(fullName.lastIndexOf('.') + 1),
      baseTypeNames: isRecord ? ['System.Object'] : exceptionTypeChain(fullName).slice(1),
      isInstance: (value) => value instanceof PSObject && value.typeNames.includes(fullName),
      // `[System.InvalidOperationException]'message'`: pwsh converts through the type's (string) constructor.
      ...(isRecord ? {} : { convertFrom: (value: unknown) => (typeof value === 'string' ? constructException(fullName, [value]) : noConversion) }),
    });
  }
}

/**
 * `[System.ArgumentException]::new('message'[, inner])` for the exception types psh knows;
 * undefined for other types.
 */
export function constructException(fullName: string, args: readonly unknown[]): ExceptionValue | undefined {
  if (!knownExceptionTypeNames.includes(fullName)) return undefined;
  const [message, inner] = args;
  const text = message === undefined || message === null ? `Exception of type '${fullName}' was thrown.` : toPSString(message);
  return new ExceptionValue(fullName, text, inner instanceof ExceptionValue ? inner : null);
}
