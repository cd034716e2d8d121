/**
 * Typed errors of the .NET surface. Each carries pwsh's message text, the FullyQualifiedErrorId
 * pwsh reports and its ErrorCategory, so the evaluator can build the ErrorRecord pwsh would.
 */
import { ConversionFailure, formatMessage, parserStrings as conversionParserStrings, PSInvalidCastException, RuntimeException, type ErrorCategory } from '../conversion/index.js';
import type { PSReference } from '../values/index.js';
import { extendedTypeSystemStrings, parserStrings } from './messages.js';

export { RuntimeException, type ErrorCategory };

/**
 * An exception raised by the .NET member itself (what `throw new ArgumentOutOfRangeException`
 * would be in C#). Member implementations throw it; `invokeMethod` wraps it the way pwsh wraps
 * a method's exception in a MethodInvocationException.
 */
export class DotNetException extends Error {
  constructor(
    /** Full .NET type name, e.g. 'System.ArgumentOutOfRangeException'. */
    readonly exceptionTypeName: string,
    message: string,
  ) {
    super(message);
    this.name = exceptionTypeName;
  }

  /** The short type name pwsh uses as FullyQualifiedErrorId ('ArgumentOutOfRangeException'). */
  get shortTypeName(): string {
    return this.exceptionTypeName.slice(this.exceptionTypeName.lastIndexOf('.') + 1);
  }
}

/**
 * Runs a conversion-module routine (a format, a parse) inside a member: its .NET failure
 * (FormatException...) becomes the member's own exception.
 */
export function asDotNetException<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof ConversionFailure) throw new DotNetException(error.exceptionTypeName, error.message);
    throw error;
  }
}

/**
 * .NET's TryParse: the parsed value into `result` and true; when parsing fails (a .NET exception
 * or a conversion failure), `failed` (the type's default value) into it and false.
 */
export function tryParseInto(result: PSReference, parse: () => unknown, failed: unknown): boolean {
  try {
    result.value = parse();
    return true;
  } catch (error) {
    if (!(error instanceof DotNetException || error instanceof ConversionFailure)) throw error;
    result.value = failed;
    return false;
  }
}

/** The ArgumentException text .NET appends a parameter name to: "... (Parameter 'startIndex')". */
export function argumentException(typeName: 'System.ArgumentException' | 'System.ArgumentOutOfRangeException' | 'System.ArgumentNullException', message: string, parameterName?: string): DotNetException {
  return new DotNetException(typeName, parameterName === undefined ? message : `${message} (Parameter '${parameterName}')`);
}

/** The argument, or .NET's ArgumentNullException naming its parameter when it is $null. */
export function notNull<T>(value: T | null, parameterName: string): T {
  if (value === null) throw argumentException('System.ArgumentNullException', 'Value cannot be null.', parameterName);
  return value;
}

/** MethodException: no such method, no overload for the argument count, or an argument that does not convert. */
export class MethodException extends RuntimeException {
  constructor(message: string, errorId: string, category: ErrorCategory = 'InvalidOperation') {
    super(message, errorId, category, 'System.Management.Automation.MethodException');
  }
}

/** A method ran and threw: `Exception calling "Substring" with "1" argument(s): "..."`. */
export class MethodInvocationException extends RuntimeException {
  constructor(
    methodName: string,
    argumentCount: number,
    readonly innerException: DotNetException,
  ) {
    super(
      formatMessage(extendedTypeSystemStrings.MethodInvocationException, methodName, argumentCount, innerException.message),
      innerException.shortTypeName,
      'NotSpecified',
      'System.Management.Automation.MethodInvocationException',
      innerException.exceptionTypeName,
    );
  }
}

/** A property setter threw: `Exception setting "Capacity": "..."`. */
export class SetValueInvocationException extends RuntimeException {
  constructor(
    propertyName: string,
    readonly innerException: DotNetException,
  ) {
    super(
      formatMessage(extendedTypeSystemStrings.ExceptionWhenSetting, propertyName, innerException.message),
      'ExceptionWhenSetting',
      'NotSpecified',
      'System.Management.Automation.SetValueInvocationException',
      innerException.exceptionTypeName,
    );
  }
}

/**
 * What a failed property assignment raises: the setter's own exception, or the value's failure
 * to convert to the property's type, wrapped as `Exception setting "Name": "..."`.
 */
export function setValueFailure(propertyName: string, error: unknown): unknown {
  if (error instanceof DotNetException) return new SetValueInvocationException(propertyName, error);
  if (error instanceof PSInvalidCastException) return new SetValueInvocationException(propertyName, new DotNetException(error.exceptionTypeName, error.message));
  return error;
}

/** A property getter threw: `Exception getting "Item": "..."`. */
export class GetValueInvocationException extends RuntimeException {
  constructor(
    propertyName: string,
    readonly innerException: DotNetException,
  ) {
    super(
      formatMessage(extendedTypeSystemStrings.ExceptionWhenGetting, propertyName, innerException.message),
      'ExceptionWhenGetting',
      'NotSpecified',
      'System.Management.Automation.GetValueInvocationException',
      innerException.exceptionTypeName,
    );
  }
}

export function methodNotFound(typeName: string, methodName: string): MethodException {
  return new MethodException(formatMessage(conversionParserStrings.MethodNotFound, typeName, methodName), 'MethodNotFound');
}

export function invokeMethodOnNull(): RuntimeException {
  return new RuntimeException(parserStrings.InvokeMethodOnNull, 'InvokeMethodOnNull', 'InvalidOperation');
}

export function methodCountCouldNotFindBest(methodName: string, argumentCount: number): MethodException {
  return new MethodException(formatMessage(extendedTypeSystemStrings.MethodArgumentCountException, methodName, argumentCount), 'MethodCountCouldNotFindBest');
}

export function propertyNotFound(propertyName: string): RuntimeException {
  return new RuntimeException(formatMessage(parserStrings.PropertyNotFound, propertyName), 'PropertyNotFound', 'InvalidOperation');
}

export function propertyIsReadOnly(propertyName: string): RuntimeException {
  return new RuntimeException(formatMessage(parserStrings.PropertyIsReadOnly, propertyName), 'PropertyAssignmentException', 'InvalidOperation');
}
