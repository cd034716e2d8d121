/**
 * The .NET enums PSRP messages carry as enum objects (a type name list, the constant's name as
 * ToString, the integer value): their type names and constants, so that what psh writes reads
 * like what Windows writes.
 */
import { createEnumValue, type PSObject } from '../../engine/values/index.js';

export interface EnumType {
  readonly typeName: string;
  readonly constants: readonly (readonly [name: string, value: number])[];
  /** [Flags] enums print a combination as its constants joined with ', '. */
  readonly flags: boolean;
}

/** 2.2.3.6 */
export const PSThreadOptions: EnumType = {
  typeName: 'System.Management.Automation.Runspaces.PSThreadOptions',
  constants: [['Default', 0], ['UseNewThread', 1], ['ReuseThread', 2], ['UseCurrentThread', 3]],
  flags: false,
};

/** 2.2.3.7 */
export const ApartmentState: EnumType = {
  typeName: 'System.Threading.ApartmentState',
  constants: [['STA', 0], ['MTA', 1], ['Unknown', 2]],
  flags: false,
};

/** 2.2.3.8 */
export const RemoteStreamOptions: EnumType = {
  typeName: 'System.Management.Automation.RemoteStreamOptions',
  constants: [
    ['None', 0],
    ['AddInvocationInfoToErrorRecord', 1],
    ['AddInvocationInfoToWarningRecord', 2],
    ['AddInvocationInfoToDebugRecord', 4],
    ['AddInvocationInfoToVerboseRecord', 8],
    ['AddInvocationInfo', 15],
  ],
  flags: true,
};

/**
 * 2.2.3.31. The specification draws these as bit flags, but PowerShell's enum (and so what
 * Windows sends, e.g. MergeMyResult = Error for 2>&1) numbers them 0 to 8.
 */
export const PipelineResultTypes: EnumType = {
  typeName: 'System.Management.Automation.Runspaces.PipelineResultTypes',
  constants: [['None', 0], ['Output', 1], ['Error', 2], ['Warning', 3], ['Verbose', 4], ['Debug', 5], ['Information', 6], ['All', 7], ['Null', 8]],
  flags: false,
};

/** 2.2.3.19 */
export const CommandTypes: EnumType = {
  typeName: 'System.Management.Automation.CommandTypes',
  constants: [
    ['Alias', 1],
    ['Function', 2],
    ['Filter', 4],
    ['Cmdlet', 8],
    ['ExternalScript', 16],
    ['Application', 32],
    ['Script', 64],
    ['Workflow', 128],
    ['Configuration', 256],
    ['All', 511],
  ],
  flags: true,
};

/** 2.2.3.17 */
export const RemoteHostMethodId: EnumType = {
  typeName: 'System.Management.Automation.Remoting.RemoteHostMethodId',
  constants: (
    [
      'GetName', 'GetVersion', 'GetInstanceId', 'GetCurrentCulture', 'GetCurrentUICulture', 'SetShouldExit',
      'EnterNestedPrompt', 'ExitNestedPrompt', 'NotifyBeginApplication', 'NotifyEndApplication', 'ReadLine',
      'ReadLineAsSecureString', 'Write1', 'Write2', 'WriteLine1', 'WriteLine2', 'WriteLine3', 'WriteErrorLine',
      'WriteDebugLine', 'WriteProgress', 'WriteVerboseLine', 'WriteWarningLine', 'Prompt', 'PromptForCredential1',
      'PromptForCredential2', 'PromptForChoice', 'GetForegroundColor', 'SetForegroundColor', 'GetBackgroundColor',
      'SetBackgroundColor', 'GetCursorPosition', 'SetCursorPosition', 'GetWindowPosition', 'SetWindowPosition',
      'GetCursorSize', 'SetCursorSize', 'GetBufferSize', 'SetBufferSize', 'GetWindowSize', 'SetWindowSize',
      'GetWindowTitle', 'SetWindowTitle', 'GetMaxWindowSize', 'GetMaxPhysicalWindowSize', 'GetKeyAvailable',
      'ReadKey', 'FlushInputBuffer', 'SetBufferContents1', 'SetBufferContents2', 'GetBufferContents',
      'ScrollBufferContents', 'PushRunspace', 'PopRunspace', 'GetIsRunspacePushed', 'GetRunspace',
      'PromptForChoiceMultipleSelection',
    ] as const
  ).map((name, i) => [name, i + 1] as const),
  flags: false,
};

/** 2.2.3.17's methods with "None" as return value: the client sends no response to them. */
const VOID_HOST_METHODS = new Set([6, 7, 8, 9, 10, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 28, 30, 32, 34, 36, 38, 40, 42, 47, 48, 49, 51, 52, 53]);

/** The call id pwsh gives host calls that expect no answer. */
export const VOID_CALL_ID = -100n;

export function hostMethodReturnsValue(methodId: number): boolean {
  return !VOID_HOST_METHODS.has(methodId);
}

/** The constant's name (or, for flags, the names of its bits), as .NET's Enum.ToString() gives it. */
export function enumText(type: EnumType, value: number): string {
  const exact = type.constants.find(([, v]) => v === value);
  if (exact !== undefined) return exact[0];
  if (type.flags && value > 0) {
    const names: string[] = [];
    let rest = value;
    for (const [name, bit] of type.constants) {
      if (bit !== 0 && (bit & (bit - 1)) === 0 && (value & bit) === bit) {
        names.push(name);
        rest &= ~bit;
      }
    }
    if (rest === 0) return names.join(', ');
  }
  return String(value);
}

export function enumObject(type: EnumType, value: number): PSObject {
  return createEnumValue(type.typeName, enumText(type, value), value);
}
