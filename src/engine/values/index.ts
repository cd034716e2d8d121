/**
 * psh's value model: how PowerShell values are represented in JS.
 *
 * $null is `null`; System.String is `string`; System.Boolean is `boolean`; System.Int32 is an
 * integral `number` in Int32 range and System.Double any other `number`; System.Int64 is
 * `bigint`; object[] is a JS array; byte[] is a Uint8Array. Everything else has a class here.
 */
export { ordinalIgnoreCaseKey } from './case-insensitive.js';
export { Char } from './char.js';
export { DateTime, daysInMonth, fileTimeEpochTicks, isLeapYear, unixEpochTicks, type DateTimeKind } from './date-time.js';
export { createEnumValue, isEnumValue, isLiveEnumValue } from './enum-value.js';
export { Guid } from './guid.js';
export { Hashtable } from './hashtable.js';
export { PSMemberInfoCollection } from './member-collection.js';
export { NumericValue, type NumericTypeName } from './numeric-value.js';
export { PSMemberSet, PSNoteProperty, type PSMemberInfo, type PSMemberType } from './ps-member.js';
export { PSObject, psCustomObjectTypeNames } from './ps-object.js';
export { PSReference } from './ps-reference.js';
export { ScriptBlock } from './script-block.js';
export { PSAliasProperty, PSScriptMethod, PSScriptProperty, type ScriptMemberRunner } from './script-members.js';
export { SecureString } from './secure-string.js';
export { TimeSpan } from './time-span.js';
export { isInt32, psTypeNames, typeNameOf, typeNamesOf, type HasPSTypeNames } from './type-names.js';
export { Uri } from './uri.js';
export { Version } from './version.js';
export { XmlDocument } from './xml-document.js';
