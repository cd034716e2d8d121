/**
 * Typed errors of conversions and operators. Each carries pwsh's message text, the
 * FullyQualifiedErrorId pwsh reports and its ErrorCategory, so the evaluator can build the
 * ErrorRecord pwsh would.
 */
import { extendedTypeSystemStrings, formatMessage } from './messages.js';
import { typeText } from './type-text.js';

export type ErrorCategory = 'InvalidOperation' | 'InvalidArgument' | 'NotSpecified' | 'InvalidType' | 'ObjectNotFound' | 'OperationStopped';

/** System.Management.Automation.RuntimeException: the base of the errors a script can catch. */
export class RuntimeException extends Error {
  constructor(
    message: string,
    readonly errorId: string,
    readonly category: ErrorCategory,
    /** The .NET exception type name pwsh shows for `$_.Exception.GetType().FullName`. */
    readonly exceptionTypeName = 'System.Management.Automation.RuntimeException',
    /** The .NET exception type of the inner exception, when pwsh wraps one (DivideByZeroException...). */
    readonly innerExceptionTypeName?: string,
  ) {
    super(message);
    this.name = exceptionTypeName;
  }
}

/** PSInvalidCastException: a value that does not convert to the type asked for. */
export class PSInvalidCastException extends RuntimeException {
  constructor(message: string, errorId: string, innerExceptionTypeName?: string) {
    super(message, errorId, 'InvalidArgument', 'System.Management.Automation.PSInvalidCastException', innerExceptionTypeName);
  }
}

/**
 * An error of the .NET conversion routine itself (FormatException, OverflowException...):
 * LanguagePrimitives quotes its message inside the PSInvalidCastException text.
 */
export class ConversionFailure extends Error {
  constructor(
    readonly exceptionTypeName: string,
    message: string,
  ) {
    super(message);
  }
}

/** .NET's FormatException for a format string it cannot read (a bad date, number or composite format). */
export function invalidFormat(): ConversionFailure {
  return new ConversionFailure('System.FormatException', 'Input string was not in a correct format.');
}

/** .NET's FormatException for a text DateTime.Parse or ParseExact cannot read. */
export function notADateTime(text: string): ConversionFailure {
  return new ConversionFailure('System.FormatException', `String '${text}' was not recognized as a valid DateTime.`);
}

/** `Cannot convert value "abc" to type "System.Int32". Error: "..."`. */
export function invalidCastWithInner(valueText: string, typeName: string, inner: ConversionFailure, errorId: string): PSInvalidCastException {
  return new PSInvalidCastException(
    formatMessage(extendedTypeSystemStrings.InvalidCastExceptionWithInnerException, valueText, typeText(typeName), inner.message),
    errorId,
    inner.exceptionTypeName,
  );
}

/** `Cannot convert the "x" value of type "System.String" to type "System.Int32".`. */
export function invalidCast(valueText: string, valueTypeName: string, typeName: string, errorId = 'ConvertToFinalInvalidCastException'): PSInvalidCastException {
  return new PSInvalidCastException(formatMessage(extendedTypeSystemStrings.InvalidCastException, valueText, typeText(valueTypeName), typeText(typeName)), errorId);
}

/** `Cannot convert null to type "System.DateTime".`. */
export function invalidCastFromNull(typeName: string): PSInvalidCastException {
  return new PSInvalidCastException(formatMessage(extendedTypeSystemStrings.InvalidCastFromNull, typeName), 'InvalidCastFromNull');
}
