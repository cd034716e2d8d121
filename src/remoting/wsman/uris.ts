/** Well-known URIs of WS-Management and the Windows Remote Shell protocol. */
const TRANSFER = 'http://schemas.xmlsoap.org/ws/2004/09/transfer';
const ENUMERATION = 'http://schemas.xmlsoap.org/ws/2004/09/enumeration';
const SHELL = 'http://schemas.microsoft.com/wbem/wsman/1/windows/shell';

export const ACTION = {
  Get: `${TRANSFER}/Get`,
  GetResponse: `${TRANSFER}/GetResponse`,
  Create: `${TRANSFER}/Create`,
  CreateResponse: `${TRANSFER}/CreateResponse`,
  Delete: `${TRANSFER}/Delete`,
  DeleteResponse: `${TRANSFER}/DeleteResponse`,
  Enumerate: `${ENUMERATION}/Enumerate`,
  EnumerateResponse: `${ENUMERATION}/EnumerateResponse`,
  Pull: `${ENUMERATION}/Pull`,
  PullResponse: `${ENUMERATION}/PullResponse`,
  Command: `${SHELL}/Command`,
  CommandResponse: `${SHELL}/CommandResponse`,
  Send: `${SHELL}/Send`,
  SendResponse: `${SHELL}/SendResponse`,
  Receive: `${SHELL}/Receive`,
  ReceiveResponse: `${SHELL}/ReceiveResponse`,
  Signal: `${SHELL}/Signal`,
  SignalResponse: `${SHELL}/SignalResponse`,
  Disconnect: `${SHELL}/Disconnect`,
  DisconnectResponse: `${SHELL}/DisconnectResponse`,
  Reconnect: `${SHELL}/Reconnect`,
  ReconnectResponse: `${SHELL}/ReconnectResponse`,
  Connect: `${SHELL}/Connect`,
  ConnectResponse: `${SHELL}/ConnectResponse`,
  /** Fault actions: WS-Management faults and WS-Addressing faults (invalid headers). */
  WsmanFault: 'http://schemas.dmtf.org/wbem/wsman/1/wsman/fault',
  AddressingFault: 'http://schemas.xmlsoap.org/ws/2004/08/addressing/fault',
} as const;

export const RESOURCE_URI = {
  /** Enumerate/Get of shells regardless of plugin. */
  shell: SHELL,
  /** Enumerate of a shell's commands (with a ShellId selector filter). */
  command: `${SHELL}/Command`,
  cmd: `${SHELL}/cmd`,
  /** The default PowerShell session configuration. */
  powerShell: 'http://schemas.microsoft.com/powershell/Microsoft.PowerShell',
  config: 'http://schemas.microsoft.com/wbem/wsman/1/config',
} as const;

export const ANONYMOUS_ADDRESS = 'http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous';

/** rsp:Signal codes (MS-WSMV 2.2.4.38) and the PowerShell plugin's own spellings. */
export const SIGNAL = {
  ctrlC: `${SHELL}/signal/ctrl_c`,
  ctrlBreak: `${SHELL}/signal/ctrl_break`,
  terminate: `${SHELL}/signal/Terminate`,
  /** What pwsh and WinRM's PowerShell plugin use (the misspelling is theirs and is on the wire). */
  psCtrlC: 'powershell/signal/crtl_c',
  /** The spelling MS-WSMV documents and pypsrp sends. */
  psCtrlCDocumented: 'powershell/signal/ctrl_c',
} as const;

/** rsp:CommandState/@State values (MS-WSMV 2.2.4.9). */
export const COMMAND_STATE = {
  Done: `${SHELL}/CommandState/Done`,
  Pending: `${SHELL}/CommandState/Pending`,
  Running: `${SHELL}/CommandState/Running`,
} as const;

export const SELECTOR_FILTER_DIALECT = 'http://schemas.dmtf.org/wbem/wsman/1/wsman/SelectorFilter';
export const FAULT_DETAIL = 'http://schemas.dmtf.org/wbem/wsman/1/wsman/faultDetail';

/** Option names of the shell resource (MS-WSMV 3.1.4.5.2, 3.1.4.11, 3.2.4.1.20). */
export const OPTION = {
  keepAlive: 'WSMAN_CMDSHELL_OPTION_KEEPALIVE',
  skipCmdShell: 'WINRS_SKIP_CMD_SHELL',
  noProfile: 'WINRS_NOPROFILE',
  codepage: 'WINRS_CODEPAGE',
  consoleModeStdin: 'WINRS_CONSOLEMODE_STDIN',
  protocolVersion: 'protocolversion',
} as const;
