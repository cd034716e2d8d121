/**
 * ParameterBindingException and its kinds, carrying what pwsh's error record shows: the message
 * built from the ParameterBinderStrings template, the error id (and the FullyQualifiedErrorId
 * `Id,CommandOrImplementingType`), the category, the parameter and the argument's position.
 */
import { formatMessage } from '../engine/conversion/index.js';
import type { CommandMetadata } from './metadata.js';

export type ParameterBindingExceptionType =
  | 'System.Management.Automation.ParameterBindingException'
  | 'System.Management.Automation.ParameterBindingValidationException'
  | 'System.Management.Automation.ParameterBindingArgumentTransformationException';

export type BindingErrorCategory = 'InvalidArgument' | 'InvalidData' | 'MetadataError';

/** The exception a binding error wraps (a PSInvalidCastException, a validation failure...). */
export interface InnerException {
  readonly exceptionTypeName: string;
  readonly message: string;
}

export interface ParameterBindingErrorInit {
  readonly command: CommandMetadata;
  readonly errorId: string;
  readonly template: string;
  readonly category?: BindingErrorCategory;
  readonly parameterName?: string | null;
  /** The parameter's type (full name) for {2}. */
  readonly parameterType?: string | null;
  /** The argument's type (full name) for {3}. */
  readonly typeSpecified?: string | null;
  /** {6}, {7}...: the error's own arguments. */
  readonly args?: readonly unknown[];
  /** Where the offending argument is, as the evaluator gave it (an extent); null when none. */
  readonly position?: unknown;
  readonly exceptionTypeName?: ParameterBindingExceptionType;
  readonly innerException?: InnerException | null;
  /** A validation failure positional binding passes over (pwsh's SwallowException). */
  readonly swallowException?: boolean;
}

export class ParameterBindingError extends Error {
  readonly errorId: string;
  readonly fullyQualifiedErrorId: string;
  readonly category: BindingErrorCategory;
  readonly commandName: string;
  readonly parameterName: string | null;
  readonly parameterType: string | null;
  readonly typeSpecified: string | null;
  readonly position: unknown;
  readonly exceptionTypeName: ParameterBindingExceptionType;
  readonly innerException: InnerException | null;
  readonly swallowException: boolean;

  constructor(
    private readonly init: ParameterBindingErrorInit,
    /** The final text, when it is not the template filled in (an elaborated message). */
    message?: string,
  ) {
    const parameterName = init.parameterName ?? null;
    const values = [init.command.name, parameterName, init.parameterType ?? null, init.typeSpecified ?? null, null, null, ...(init.args ?? [])];
    super(message ?? formatMessage(init.template, ...values.map((v) => (v === null || v === undefined ? '' : v))));
    this.name = 'ParameterBindingError';
    this.errorId = init.errorId;
    this.fullyQualifiedErrorId = `${init.errorId},${init.command.errorIdSuffix}`;
    this.category = init.category ?? 'InvalidArgument';
    this.commandName = init.command.name;
    this.parameterName = parameterName;
    this.parameterType = init.parameterType ?? null;
    this.typeSpecified = init.typeSpecified ?? null;
    this.position = init.position ?? null;
    this.exceptionTypeName = init.exceptionTypeName ?? 'System.Management.Automation.ParameterBindingException';
    this.innerException = init.innerException ?? null;
    this.swallowException = init.swallowException ?? false;
  }

  /** The same error with its message replaced (pwsh's elaborated binding exceptions keep id, category and parameter). */
  withMessage(message: string): ParameterBindingError {
    return new ParameterBindingError(this.init, message);
  }
}

/** An error thrown while compiling metadata (MetadataException texts). */
export class MetadataError extends Error {
  readonly errorId = 'MetadataError';
  readonly category = 'MetadataError';
  readonly exceptionTypeName = 'System.Management.Automation.MetadataException';
}
