import { Char } from './char.js';
import { DateTime } from './date-time.js';
import { Guid } from './guid.js';
import { Hashtable } from './hashtable.js';
import { NumericValue } from './numeric-value.js';
import { psCustomObjectTypeNames, PSObject } from './ps-object.js';
import { PSReference } from './ps-reference.js';
import { ScriptBlock } from './script-block.js';
import { SecureString } from './secure-string.js';
import { TimeSpan } from './time-span.js';
import { Uri } from './uri.js';
import { Version } from './version.js';
import { XmlDocument } from './xml-document.js';

/**
 * Objects the engine implements natively (StringBuilder, List[T], regex Match...) name their own
 * .NET type names, most derived first, under this key.
 */
export const psTypeNames: unique symbol = Symbol('psTypeNames');

export interface HasPSTypeNames {
  readonly [psTypeNames]: readonly string[];
}

const int32Min = -0x80000000;
const int32Max = 0x7fffffff;

/** True when a JS number stands for System.Int32 (otherwise it is System.Double). */
export function isInt32(value: number): boolean {
  return Number.isInteger(value) && value >= int32Min && value <= int32Max && !Object.is(value, -0);
}

/**
 * The full .NET type name of a psh value (`$x.GetType().FullName`), or undefined for $null.
 * For a PSObject this is its most derived type name.
 */
export function typeNameOf(value: unknown): string | undefined {
  return typeNamesOf(value)[0];
}

/**
 * The type names PowerShell lists for a value (`$x.pstypenames`), most derived first; empty for
 * $null. A PSObject's own list wins when it has one.
 */
export function typeNamesOf(value: unknown): readonly string[] {
  switch (typeof value) {
    case 'string':
      return ['System.String', 'System.Object'];
    case 'boolean':
      return valueType('System.Boolean');
    case 'number':
      return valueType(isInt32(value) ? 'System.Int32' : 'System.Double');
    case 'bigint':
      return valueType('System.Int64');
  }
  if (value === null || value === undefined) return [];
  if (value instanceof PSObject) {
    if (value.typeNames.length > 0) return value.typeNames;
    return value.baseObject === undefined ? psCustomObjectTypeNames : typeNamesOf(value.baseObject);
  }
  if (Array.isArray(value)) {
    // A typed array ([int[]]) carries its type names; a plain JS array is object[].
    return (value as Partial<HasPSTypeNames>)[psTypeNames] ?? ['System.Object[]', 'System.Array', 'System.Object'];
  }
  if (value instanceof Uint8Array) return ['System.Byte[]', 'System.Array', 'System.Object'];
  if (value instanceof Hashtable) {
    return value.ordered
      ? ['System.Collections.Specialized.OrderedDictionary', 'System.Object']
      : ['System.Collections.Hashtable', 'System.Object'];
  }
  if (value instanceof NumericValue) return valueType(value.typeName);
  if (value instanceof Char) return valueType('System.Char');
  if (value instanceof DateTime) return valueType('System.DateTime');
  if (value instanceof TimeSpan) return valueType('System.TimeSpan');
  if (value instanceof Guid) return valueType('System.Guid');
  if (value instanceof Version) return ['System.Version', 'System.Object'];
  if (value instanceof Uri) return ['System.Uri', 'System.Object'];
  if (value instanceof XmlDocument) return ['System.Xml.XmlDocument', 'System.Xml.XmlNode', 'System.Object'];
  if (value instanceof ScriptBlock) return ['System.Management.Automation.ScriptBlock', 'System.Object'];
  if (value instanceof SecureString) return ['System.Security.SecureString', 'System.Object'];
  if (value instanceof PSReference) return ['System.Management.Automation.PSReference', 'System.Object'];
  if (typeof value === 'object' && psTypeNames in value) return (value as HasPSTypeNames)[psTypeNames];
  return ['System.Object'];
}

function valueType(typeName: string): string[] {
  return [typeName, 'System.ValueType', 'System.Object'];
}
