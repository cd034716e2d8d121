/** XML namespaces of WS-Management (MS-WSMV 2.2.1) and the prefixes Windows uses for them on the wire. */
export const NS = {
  soap: 'http://www.w3.org/2003/05/soap-envelope',
  addressing: 'http://schemas.xmlsoap.org/ws/2004/08/addressing',
  transfer: 'http://schemas.xmlsoap.org/ws/2004/09/transfer',
  eventing: 'http://schemas.xmlsoap.org/ws/2004/08/eventing',
  enumeration: 'http://schemas.xmlsoap.org/ws/2004/09/enumeration',
  wsman: 'http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd',
  wsmv: 'http://schemas.microsoft.com/wbem/wsman/1/wsman.xsd',
  shell: 'http://schemas.microsoft.com/wbem/wsman/1/windows/shell',
  wsmanFault: 'http://schemas.microsoft.com/wbem/wsman/1/wsmanfault',
  identity: 'http://schemas.dmtf.org/wbem/wsman/identity/1/wsmanidentity.xsd',
  config: 'http://schemas.microsoft.com/wbem/wsman/1/config',
  powershell: 'http://schemas.microsoft.com/powershell',
} as const;

export type NamespaceKey = keyof typeof NS;

/** Prefixes as written by Windows WinRM ('' = declared as default namespace where used). */
export const PREFIX: Record<NamespaceKey, string> = {
  soap: 's',
  addressing: 'a',
  transfer: 'x',
  eventing: 'e',
  enumeration: 'n',
  wsman: 'w',
  wsmv: 'p',
  shell: 'rsp',
  wsmanFault: 'f',
  identity: 'wsmid',
  config: 'cfg',
  powershell: '',
};
