/**
 * ErrorRecord, its parts (ErrorCategoryInfo, InvocationInfo) and exceptions as scripts see them
 * (`$_.Exception.Message`, `$_.CategoryInfo`, `$_.InvocationInfo.ScriptLineNumber`). They are
 * PSObjects with note properties so the .NET surface reads their members like any object's.
 */
import type { Extent } from '../../../grammar/extent.js';
import { defineEnum } from '../dotnet/enums.js';
import { PSObject } from '../values/index.js';
import { positionMessage } from '../../format/position-message.js';

/** Base classes of the exception types psh raises, most derived first (without the type itself). */
const exceptionBases: Record<string, string> = {
  'System.SystemException': 'System.Exception',
  'System.Management.Automation.RuntimeException': 'System.SystemException',
  'System.Management.Automation.ExtendedTypeSystemException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.MethodException': 'System.Management.Automation.ExtendedTypeSystemException',
  'System.Management.Automation.MethodInvocationException': 'System.Management.Automation.MethodException',
  'System.Management.Automation.GetValueException': 'System.Management.Automation.ExtendedTypeSystemException',
  'System.Management.Automation.GetValueInvocationException': 'System.Management.Automation.GetValueException',
  'System.Management.Automation.SetValueException': 'System.Management.Automation.ExtendedTypeSystemException',
  'System.Management.Automation.SetValueInvocationException': 'System.Management.Automation.SetValueException',
  'System.Management.Automation.PSInvalidCastException': 'System.InvalidCastException',
  'System.InvalidCastException': 'System.SystemException',
  'System.Management.Automation.CommandNotFoundException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.ParameterBindingException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.ActionPreferenceStopException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.ParseException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.ScriptRequiresException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.MetadataException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.ArgumentTransformationMetadataException': 'System.Management.Automation.MetadataException',
  'System.Management.Automation.ScriptCallDepthException': 'System.SystemException',
  'System.Management.Automation.ItemNotFoundException': 'System.Management.Automation.SessionStateException',
  'System.Management.Automation.SessionStateException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.SessionStateUnauthorizedAccessException': 'System.Management.Automation.SessionStateException',
  'System.Management.Automation.PSArgumentException': 'System.ArgumentException',
  'System.Management.Automation.PSInvalidOperationException': 'System.InvalidOperationException',
  'Microsoft.PowerShell.Commands.WriteErrorException': 'System.SystemException',
  'System.ArgumentException': 'System.SystemException',
  'System.ArgumentOutOfRangeException': 'System.ArgumentException',
  'System.ArgumentNullException': 'System.ArgumentException',
  'System.ArithmeticException': 'System.SystemException',
  'System.DivideByZeroException': 'System.ArithmeticException',
  'System.OverflowException': 'System.ArithmeticException',
  'System.FormatException': 'System.SystemException',
  'System.InvalidOperationException': 'System.SystemException',
  'System.NotSupportedException': 'System.SystemException',
  'System.NotImplementedException': 'System.SystemException',
  'System.IndexOutOfRangeException': 'System.SystemException',
  'System.NullReferenceException': 'System.SystemException',
  'System.IO.IOException': 'System.SystemException',
  'System.IO.FileNotFoundException': 'System.IO.IOException',
  'System.IO.DirectoryNotFoundException': 'System.IO.IOException',
  'System.UnauthorizedAccessException': 'System.SystemException',
  'System.IO.InvalidDataException': 'System.SystemException',
  'System.OutOfMemoryException': 'System.SystemException',
  'System.TimeoutException': 'System.SystemException',
  'System.OperationCanceledException': 'System.SystemException',
  'System.Threading.Tasks.TaskCanceledException': 'System.OperationCanceledException',
  'System.Collections.Generic.KeyNotFoundException': 'System.SystemException',
  'System.Globalization.CultureNotFoundException': 'System.ArgumentException',
  'System.Xml.XmlException': 'System.SystemException',
  'System.Runtime.InteropServices.ExternalException': 'System.SystemException',
  'System.ComponentModel.Win32Exception': 'System.Runtime.InteropServices.ExternalException',
  'System.Net.Http.HttpRequestException': 'System.Exception',
  'Microsoft.PowerShell.Commands.HttpResponseException': 'System.Net.Http.HttpRequestException',
  'Microsoft.PowerShell.Commands.ProcessCommandException': 'System.SystemException',
  'System.Management.Automation.DriveNotFoundException': 'System.Management.Automation.SessionStateException',
  'System.Management.Automation.PSArgumentNullException': 'System.ArgumentNullException',
  'System.Management.Automation.PSNotSupportedException': 'System.NotSupportedException',
  'System.Management.Automation.ValidationMetadataException': 'System.Management.Automation.MetadataException',
};

/** The exception type names psh knows, for registering them as types (`catch [System.DivideByZeroException]`). */
export const knownExceptionTypeNames: readonly string[] = ['System.Exception', ...Object.keys(exceptionBases)];

/** The type chain of an exception type: itself, its bases, then System.Object. */
export function exceptionTypeChain(typeName: string): string[] {
  const chain = [typeName];
  let current = typeName;
  for (let base = exceptionBases[current]; base; base = exceptionBases[current]) {
    chain.push(base);
    current = base;
  }
  return [...new Set([...chain, 'System.Exception', 'System.Object'])];
}

/** A .NET exception: Message, InnerException, and for a RuntimeException its ErrorRecord. */
export class ExceptionValue extends PSObject {
  /** True for exceptions raised by `throw` (ConciseView then says "Exception:"). */
  wasThrownFromThrowStatement = false;

  constructor(
    readonly exceptionTypeName: string,
    readonly message: string,
    readonly innerException: ExceptionValue | null = null,
  ) {
    super(undefined, exceptionTypeChain(exceptionTypeName));
    this.addNoteProperty('Message', message);
    this.addNoteProperty('InnerException', innerException);
    this.addNoteProperty('Source', null);
    this.addNoteProperty('HResult', -2146233087);
    this.addNoteProperty('StackTrace', null);
    this.addNoteProperty('Data', null);
    this.toStringText = `${exceptionTypeName}: ${message}`;
  }

  /** The short name pwsh uses in CategoryInfo.Reason and error ids ('RuntimeException'). */
  get shortTypeName(): string {
    return this.exceptionTypeName.slice(this.exceptionTypeName.lastIndexOf('.') + 1);
  }
}

/** System.Management.Automation.ErrorCategory, in its numbering order. */
const errorCategories = [
  'NotSpecified', 'OpenError', 'CloseError', 'DeviceError', 'DeadlockDetected', 'InvalidArgument',
  'InvalidData', 'InvalidOperation', 'InvalidResult', 'InvalidType', 'MetadataError', 'NotImplemented',
  'NotInstalled', 'ObjectNotFound', 'OperationStopped', 'OperationTimeout', 'SyntaxError', 'ParserError',
  'PermissionDenied', 'ResourceBusy', 'ResourceExists', 'ResourceUnavailable', 'ReadError', 'WriteError',
  'FromStdErr', 'SecurityError', 'ProtocolError', 'ConnectionError', 'AuthenticationError', 'LimitsExceeded',
  'QuotaExceeded', 'NotEnabled',
] as const;

export type ErrorCategoryName = (typeof errorCategories)[number];

defineEnum('System.Management.Automation.ErrorCategory', Object.fromEntries(errorCategories.map((name, i) => [name, i])));

/** ErrorCategoryInfo; its ToString is `Category: (TargetName:TargetType) [Activity], Reason`. */
export class ErrorCategoryInfo extends PSObject {
  constructor(
    readonly category: ErrorCategoryName,
    readonly activity: string,
    readonly reason: string,
    targetName: string,
    targetType: string,
  ) {
    super(undefined, ['System.Management.Automation.ErrorCategoryInfo', 'System.Object']);
    this.addNoteProperty('Category', category);
    this.addNoteProperty('Activity', activity);
    this.addNoteProperty('Reason', reason);
    this.addNoteProperty('TargetName', targetName);
    this.addNoteProperty('TargetType', targetType);
    this.toStringText = `${category}: (${targetName}:${targetType}) [${activity}], ${reason}`;
  }
}

export type CommandTypeName = 'Function' | 'Filter' | 'Cmdlet' | 'ExternalScript' | 'Script';

/** $MyInvocation.MyCommand: the command's name and kind (and a script's path). Its string form is the name. */
export class CommandInfoValue extends PSObject {
  constructor(name: string, commandType: CommandTypeName, path: string | null = null) {
    super(undefined, [`System.Management.Automation.${commandType === 'ExternalScript' ? 'ExternalScriptInfo' : commandType === 'Cmdlet' ? 'CmdletInfo' : 'FunctionInfo'}`, 'System.Management.Automation.CommandInfo', 'System.Object']);
    this.addNoteProperty('Name', name);
    this.addNoteProperty('CommandType', commandType);
    if (path !== null) {
      this.addNoteProperty('Path', path);
      this.addNoteProperty('Source', path);
    }
    this.toStringText = name;
  }
}

/** What was running when an error happened: the command and the script position. */
export class InvocationInfo extends PSObject {
  constructor(
    /** The command's name ('Write-Error', a function's name, a script's path), or null for script text. */
    readonly commandName: string | null,
    readonly extent: Extent | null,
    readonly commandType: CommandTypeName = 'Function',
  ) {
    super(undefined, ['System.Management.Automation.InvocationInfo', 'System.Object']);
    const isScript = commandType === 'ExternalScript';
    const leaf = commandName === null ? null : isScript ? commandName.replace(/^.*[\\/]/, '') : commandName;
    this.addNoteProperty('MyCommand', leaf === null ? null : new CommandInfoValue(leaf, commandType, isScript ? commandName : null));
    this.addNoteProperty('InvocationName', commandName ?? '');
    this.addNoteProperty('ScriptName', extent?.file ?? '');
    this.addNoteProperty('ScriptLineNumber', extent?.startLineNumber ?? 0);
    this.addNoteProperty('OffsetInLine', extent?.startColumnNumber ?? 0);
    this.addNoteProperty('Line', extent ? extent.source.line(extent.startLineNumber) : '');
    this.addNoteProperty('PositionMessage', extent ? positionMessage(extent) : '');
    this.addNoteProperty('PSScriptRoot', extent?.file ? extent.file.replace(/[\\/][^\\/]*$/, '') : '');
    this.addNoteProperty('PSCommandPath', extent?.file ?? null);
  }
}

/** System.Management.Automation.ErrorRecord. Its ToString is the exception's message. */
export class ErrorRecord extends PSObject {
  /** True once the error ends the whole script: raised by `throw`, or under ErrorAction Stop. */
  terminatesScript: boolean;

  constructor(
    readonly exception: ExceptionValue,
    readonly fullyQualifiedErrorId: string,
    readonly categoryInfo: ErrorCategoryInfo,
    readonly targetObject: unknown,
    public invocationInfo: InvocationInfo | null,
  ) {
    super(undefined, ['System.Management.Automation.ErrorRecord', 'System.Object']);
    this.terminatesScript = exception.wasThrownFromThrowStatement;
    this.addNoteProperty('Exception', exception);
    this.addNoteProperty('TargetObject', targetObject);
    this.addNoteProperty('CategoryInfo', categoryInfo);
    this.addNoteProperty('FullyQualifiedErrorId', fullyQualifiedErrorId);
    this.addNoteProperty('ErrorDetails', null);
    this.addNoteProperty('InvocationInfo', invocationInfo);
    this.addNoteProperty('ScriptStackTrace', '');
    this.addNoteProperty('PipelineIterationInfo', []);
    this.toStringText = exception.message;
    if (exception.propertyValue('ErrorRecord') === undefined && exception.exceptionTypeName !== 'System.Exception') {
      exception.addNoteProperty('ErrorRecord', this);
    }
  }

  get message(): string {
    return this.exception.message;
  }

  /** ErrorDetails.Message when set: the text the error's views and ToString show instead of the exception's. */
  get detailsMessage(): string | undefined {
    const details = this.propertyValue('ErrorDetails');
    return details instanceof PSObject ? String(details.propertyValue('Message')) : undefined;
  }

  /** Sets ErrorDetails (pwsh's ErrorDetails class: Message, RecommendedAction). */
  setErrorDetails(message: string): void {
    const details = new PSObject(undefined, ['System.Management.Automation.ErrorDetails', 'System.Object']);
    details.addNoteProperty('Message', message);
    details.addNoteProperty('RecommendedAction', null);
    details.toStringText = message;
    this.property('ErrorDetails')!.value = details;
    this.toStringText = message;
  }

  /** Sets ScriptStackTrace once, where the error is first caught (the call stack is still whole there). */
  setScriptStackTrace(trace: () => string): void {
    if (this.propertyValue('ScriptStackTrace') === '') this.addNoteProperty('ScriptStackTrace', trace());
  }

  /** Gives the record a position, when it has none yet (errors raised below the statement). */
  withInvocation(invocation: InvocationInfo): this {
    if (!this.invocationInfo) {
      this.invocationInfo = invocation;
      this.addNoteProperty('InvocationInfo', invocation);
    }
    return this;
  }
}

/** Builds a record the way pwsh does for an exception with an error id and category. */
export function newErrorRecord(
  exception: ExceptionValue,
  errorId: string,
  category: ErrorCategoryName,
  targetObject: unknown = null,
  invocation: InvocationInfo | null = null,
  activity = invocation?.commandName ?? '',
): ErrorRecord {
  const targetName = targetObject === null || targetObject === undefined ? '' : String(targetObject instanceof PSObject ? targetObject.toStringText ?? '' : targetObject);
  const targetType = targetObject === null || targetObject === undefined ? '' : targetTypeName(targetObject);
  const info = new ErrorCategoryInfo(category, activity, exception.shortTypeName, targetName, targetType);
  return new ErrorRecord(exception, errorId, info, targetObject, invocation);
}

function targetTypeName(value: unknown): string {
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return Number.isInteger(value) ? 'Int32' : 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  if (value instanceof PSObject) return (value.typeNames[0] ?? 'PSObject').split('.').pop()!;
  return 'Object';
}

/**
 * A terminating error travelling through the evaluator as a JS exception: pwsh's
 * RuntimeException with its ErrorRecord.
 */
export class PSErrorException extends Error {
  constructor(readonly errorRecord: ErrorRecord) {
    super(errorRecord.message);
  }
}
