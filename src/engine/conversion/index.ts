/**
 * pwsh's value conversions (LanguagePrimitives): converting to a type, truth, string rendering,
 * and the numeric family, with the typed errors they throw.
 */
export { formatComposite, formatValue } from './composite-format.js';
export { cannotConvert, convertTo, enumValue, toPSCustomObject, tryConvertTo, type ConversionOptions } from './convert.js';
export { formatDateTime, formatTimeSpan } from './date-time-format.js';
export { Decimal } from './decimal.js';
export { baseObject, enumerableItems } from './enumerable.js';
export {
  ConversionFailure,
  invalidCast,
  invalidCastFromNull,
  invalidCastWithInner,
  notADateTime,
  PSInvalidCastException,
  RuntimeException,
  type ErrorCategory,
} from './errors.js';
export { enumExpressionEvaluatorStrings, extendedTypeSystemStrings, formatMessage, parserStrings } from './messages.js';
export {
  convertNumeric,
  decimalValue,
  integerOf,
  integerValue,
  isIntegerType,
  isNumeric,
  isNumericTypeName,
  numericFromInteger,
  numericTypeNameOf,
  realValue,
  toDecimal,
  toDouble,
  type IntegerTypeFullName,
  type NumericTypeFullName,
} from './numeric.js';
export { formatNumber } from './number-format.js';
export { parseDateTime, parseGuid, parseTimeSpan, parseVersion } from './parse-value.js';
export { parseInvariantDouble, parseNumber, scanLiteral } from './string-to-number.js';
export { toBoolean } from './to-boolean.js';
export { defaultOutputFieldSeparator, formatDouble, formatSingle, objectToString, toPSString } from './to-string.js';
