/**
 * The rsp:Shell data type (MS-WSMV 2.2.4.37): the body of a Create request, of the CreateResponse, of a
 * GetResponse on a shell, and each item of a shell enumeration.
 */
import { attribute, attributeValue, elementChildren, textOf, type XmlElement } from '../xml/index.js';
import { NS, PREFIX } from './namespaces.js';
import { decodeBase64, encodeBase64, tokens, wsElement } from './xml.js';

export interface EnvironmentVariable {
  readonly name: string;
  readonly value: string;
}

export interface Shell {
  readonly shellId?: string;
  readonly name?: string;
  readonly resourceUri?: string;
  readonly owner?: string;
  readonly clientIp?: string;
  readonly processId?: number;
  readonly environment?: readonly EnvironmentVariable[];
  readonly workingDirectory?: string;
  /** xs:duration texts, as on the wire ('PT60S', 'PT7200.000S'); see durationToSeconds. */
  readonly lifetime?: string;
  readonly idleTimeOut?: string;
  readonly inputStreams?: readonly string[];
  readonly outputStreams?: readonly string[];
  readonly maxIdleTimeOut?: string;
  readonly locale?: string;
  readonly dataLocale?: string;
  readonly compressionMode?: string;
  /** Windows writes 'Yes' / 'No'. */
  readonly profileLoaded?: string;
  readonly encoding?: string;
  /** 'Block' or 'Drop' (OutputBufferingModeEnumeration). */
  readonly bufferMode?: string;
  /** 'Connected' or 'Disconnected'. */
  readonly state?: string;
  readonly shellRunTime?: string;
  readonly shellInactivity?: string;
  readonly memoryUsed?: string;
  readonly childProcesses?: number;
  /** PSRP fragments carried in the PowerShell namespace's creationXml element. */
  readonly creationXml?: Uint8Array;
  /** Any other child elements (open content model), kept as they came. */
  readonly extensions?: readonly XmlElement[];
}

type TextField = Exclude<keyof Shell, 'environment' | 'inputStreams' | 'outputStreams' | 'creationXml' | 'extensions'>;

/** Element name on the wire for each field. */
const ELEMENT_NAMES: Record<TextField | 'environment' | 'inputStreams' | 'outputStreams', string> = {
  shellId: 'ShellId',
  name: 'Name',
  resourceUri: 'ResourceUri',
  owner: 'Owner',
  clientIp: 'ClientIP',
  processId: 'ProcessId',
  environment: 'Environment',
  workingDirectory: 'WorkingDirectory',
  lifetime: 'Lifetime',
  idleTimeOut: 'IdleTimeOut',
  inputStreams: 'InputStreams',
  outputStreams: 'OutputStreams',
  maxIdleTimeOut: 'MaxIdleTimeOut',
  locale: 'Locale',
  dataLocale: 'DataLocale',
  compressionMode: 'CompressionMode',
  profileLoaded: 'ProfileLoaded',
  encoding: 'Encoding',
  bufferMode: 'BufferMode',
  state: 'State',
  shellRunTime: 'ShellRunTime',
  shellInactivity: 'ShellInactivity',
  memoryUsed: 'MemoryUsed',
  childProcesses: 'ChildProcesses',
};

/**
 * Element order: a Create request is written as pypsrp writes it (ShellId goes in an attribute there),
 * a shell description as Windows writes it in CreateResponse / GetResponse / enumerations.
 */
const REQUEST_ORDER = ['inputStreams', 'outputStreams', 'environment', 'idleTimeOut', 'lifetime', 'name', 'workingDirectory'] as const;
const DESCRIPTION_ORDER = [
  'shellId', 'name', 'resourceUri', 'owner', 'clientIp', 'processId', 'environment', 'workingDirectory', 'lifetime',
  'idleTimeOut', 'inputStreams', 'outputStreams', 'maxIdleTimeOut', 'locale', 'dataLocale', 'compressionMode',
  'profileLoaded', 'encoding', 'bufferMode', 'state', 'shellRunTime', 'shellInactivity', 'memoryUsed', 'childProcesses',
] as const;

const FIELD_BY_ELEMENT = new Map(Object.entries(ELEMENT_NAMES).map(([field, local]) => [local, field as keyof typeof ELEMENT_NAMES]));

function fieldElement(shell: Shell, field: keyof typeof ELEMENT_NAMES): XmlElement | undefined {
  const local = ELEMENT_NAMES[field];
  if (field === 'environment') {
    return shell.environment === undefined
      ? undefined
      : wsElement('shell', local, {
          children: shell.environment.map((v) => wsElement('shell', 'Variable', { attributes: [attribute('Name', v.name)], children: [v.value] })),
        });
  }
  if (field === 'inputStreams' || field === 'outputStreams') {
    const list = shell[field];
    return list === undefined ? undefined : wsElement('shell', local, list.join(' '));
  }
  const value = shell[field];
  return value === undefined ? undefined : wsElement('shell', local, String(value));
}

export const SHELL_DECLARATION: ReadonlyMap<string, string> = new Map([[PREFIX.shell, NS.shell]]);

/** rsp:Shell for a Create request (`as: 'request'`) or a shell description (`as: 'description'`). */
export function shellElement(shell: Shell, as: 'request' | 'description'): XmlElement {
  const order = as === 'request' ? REQUEST_ORDER : DESCRIPTION_ORDER;
  return wsElement('shell', 'Shell', {
    // Windows re-declares rsp on every shell description, though the envelope declares it.
    ...(as === 'description' ? { declarations: SHELL_DECLARATION } : {}),
    attributes: as === 'request' && shell.shellId !== undefined ? [attribute('ShellId', shell.shellId)] : [],
    children: [
      ...order.map((field) => fieldElement(shell, field)),
      ...(shell.extensions ?? []),
      shell.creationXml === undefined ? undefined : wsElement('powershell', 'creationXml', encodeBase64(shell.creationXml)),
    ],
  });
}

export function parseShell(el: XmlElement): Shell {
  const shell: Record<string, unknown> = {};
  const extensions: XmlElement[] = [];
  const idAttribute = attributeValue(el, 'ShellId');
  if (idAttribute !== undefined) shell.shellId = idAttribute.trim();
  for (const child of elementChildren(el)) {
    const field = child.ns === NS.shell ? FIELD_BY_ELEMENT.get(child.local) : undefined;
    if (child.ns === NS.powershell && child.local === 'creationXml') {
      shell.creationXml = decodeBase64(textOf(child), 'creationXml');
    } else if (field === 'environment') {
      shell.environment = elementChildren(child)
        .filter((v) => v.ns === NS.shell && v.local === 'Variable')
        .map((v) => ({ name: attributeValue(v, 'Name') ?? '', value: textOf(v) }));
    } else if (field === 'inputStreams' || field === 'outputStreams') {
      shell[field] = tokens(textOf(child));
    } else if (field === 'processId' || field === 'childProcesses') {
      const n = Number(textOf(child).trim());
      if (Number.isSafeInteger(n)) shell[field] = n;
    } else if (field !== undefined) {
      // WorkingDirectory and Name are user text: keep them exact; the rest are tokens.
      shell[field] = field === 'workingDirectory' || field === 'name' ? textOf(child) : textOf(child).trim();
    } else {
      extensions.push(child);
    }
  }
  if (extensions.length > 0) shell.extensions = extensions;
  return shell as Shell;
}
