/**
 * $Host and Get-Host: the session's PSHost as pwsh's console host presents it (Name ConsoleHost,
 * pwsh's version, an InstanceId per session, en-US cultures), with the UI object scripts use for
 * `$Host.UI.WriteLine(...)` and `$Host.UI.ReadLine()`.
 */
import { defineType } from '../dotnet/member-table.js';
import { currentCultureInfo } from '../dotnet/types/culture-info.js';
import { registerNativeType } from '../dotnet/type-registration.js';
import { Guid, psTypeNames, SecureString, Version } from '../values/index.js';
import type { ExecutionContext } from './frame.js';
import { psVersion } from './version.js';

/** System.Management.Automation.Internal.Host.InternalHostUserInterface. */
class HostUserInterfaceInfo {
  readonly [psTypeNames] = ['System.Management.Automation.Internal.Host.InternalHostUserInterface', 'System.Management.Automation.Host.PSHostUserInterface', 'System.Object'];

  constructor(readonly context: ExecutionContext) {}

  /** Text written straight to the host (not the pipeline), as [Console]::Write does. */
  write(text: string): void {
    this.context.hostStreams.information({ messageData: text, tags: ['PSHOST'], fromHost: true, noNewLine: true });
  }

  toString(): string {
    return this[psTypeNames][0];
  }
}

/** System.Management.Automation.Internal.Host.InternalHost. */
export class HostInfo {
  readonly [psTypeNames] = ['System.Management.Automation.Internal.Host.InternalHost', 'System.Management.Automation.Host.PSHost', 'System.Object'];
  readonly instanceId = Guid.newGuid();
  readonly ui: HostUserInterfaceInfo;

  constructor(context: ExecutionContext) {
    this.ui = new HostUserInterfaceInfo(context);
  }
}

registerNativeType('System.Management.Automation.Internal.Host.InternalHost', ['System.Management.Automation.Host.PSHost', 'System.Object']);
registerNativeType('System.Management.Automation.Internal.Host.InternalHostUserInterface', ['System.Management.Automation.Host.PSHostUserInterface', 'System.Object']);

/** The object pwsh's ConsoleHost gives as PrivateData (its colour settings); psh shows its type name only. */
const consoleColorProxy = { [psTypeNames]: ['Microsoft.PowerShell.ConsoleHost+ConsoleColorProxy', 'System.Object'], toString: () => 'Microsoft.PowerShell.ConsoleHost+ConsoleColorProxy' };
const localRunspace = { [psTypeNames]: ['System.Management.Automation.Runspaces.LocalRunspace', 'System.Object'], toString: () => 'System.Management.Automation.Runspaces.LocalRunspace' };

defineType({
  fullName: 'System.Management.Automation.Internal.Host.InternalHost',
  properties: {
    Name: { type: 'string', get: () => 'ConsoleHost' },
    Version: { type: 'version', get: () => Version.parse(psVersion) },
    InstanceId: { type: 'guid', get: (host: HostInfo) => host.instanceId },
    UI: { type: 'System.Management.Automation.Host.PSHostUserInterface', get: (host: HostInfo) => host.ui },
    CurrentCulture: { type: 'System.Globalization.CultureInfo', get: currentCultureInfo },
    CurrentUICulture: { type: 'System.Globalization.CultureInfo', get: currentCultureInfo },
    PrivateData: { type: 'psobject', get: () => consoleColorProxy },
    DebuggerEnabled: { type: 'bool', get: () => true },
    IsRunspacePushed: { type: 'bool', get: () => false },
    Runspace: { type: 'System.Management.Automation.Runspaces.Runspace', get: () => localRunspace },
  },
});

defineType({
  fullName: 'System.Management.Automation.Internal.Host.InternalHostUserInterface',
  properties: {
    SupportsVirtualTerminal: { type: 'bool', get: () => true },
  },
  methods: [
    ['void Write(string value)', (ui: HostUserInterfaceInfo, [value]: [string]) => ui.write(value)],
    ['void WriteLine()', (ui: HostUserInterfaceInfo) => ui.write('\n')],
    ['void WriteLine(string value)', (ui: HostUserInterfaceInfo, [value]: [string]) => ui.write(value + '\n')],
    ['string ReadLine()', (ui: HostUserInterfaceInfo) => ui.context.host.readLine('')],
    ['securestring ReadLineAsSecureString()', (ui: HostUserInterfaceInfo) => new SecureString(new Uint8Array(0), ui.context.host.readSecret('') ?? '')],
  ],
});
