/**
 * HostInfo (MS-PSRP 2.2.3.14) in INIT_RUNSPACEPOOL and CREATE_PIPELINE. On the wire the
 * properties carry a leading underscore (_isHostNull, _hostDefaultData), as in the 2.2.2.2
 * example and every Windows and pypsrp message; _hostDefaultData wraps a `data` Hashtable of
 * { T: type name, V: value } objects keyed by 0 (ForegroundColor) ... 9 (WindowTitle).
 */
import { Hashtable } from '../../engine/values/index.js';
import { dictionaryOf, propertyBag, Shape } from './clixml-shapes.js';
import { PsrpError } from './errors.js';
import type { HostDefaultValue, HostInfo } from './messages.js';

export function hostInfoToValue(hostInfo: HostInfo): unknown {
  const data = hostInfo.hostDefaultData;
  let defaultData: readonly [string, unknown] | undefined;
  if (data !== undefined) {
    const table = new Hashtable();
    for (const [key, { typeName, value }] of data) table.set(key, propertyBag([['T', typeName], ['V', value]]));
    defaultData = ['_hostDefaultData', propertyBag([['data', table]])];
  }
  return propertyBag([
    defaultData,
    ['_isHostNull', hostInfo.isHostNull],
    ['_isHostUINull', hostInfo.isHostUINull],
    ['_isHostRawUINull', hostInfo.isHostRawUINull],
    ['_useRunspaceHost', hostInfo.useRunspaceHost],
  ]);
}

export function hostInfoFromValue(value: unknown, where: string): HostInfo {
  const shape = Shape.of(value, where);
  const hostInfo: HostInfo = {
    isHostNull: shape.boolean('_isHostNull'),
    isHostUINull: shape.boolean('_isHostUINull'),
    isHostRawUINull: shape.boolean('_isHostRawUINull'),
    useRunspaceHost: shape.boolean('_useRunspaceHost'),
  };
  if (!shape.has('_hostDefaultData')) return hostInfo;
  const table = dictionaryOf(shape.shape('_hostDefaultData').get('data'), `${where}._hostDefaultData.data`);
  const hostDefaultData = new Map<number, HostDefaultValue>();
  for (const [key, entry] of table) {
    if (typeof key !== 'number' || !Number.isInteger(key)) {
      throw new PsrpError('ReceivedUnsupportedDataType', [`${where}._hostDefaultData key`]);
    }
    const item = Shape.of(entry, `${where}._hostDefaultData[${key}]`);
    hostDefaultData.set(key, { typeName: item.string('T'), value: item.get('V') });
  }
  return { ...hostInfo, hostDefaultData };
}
