/**
 * psh's type registry: resolving type names as scripts write them, the type of a value, and the
 * registration point for types the .NET surface implements.
 */
export * from './builtin-types.js';
export { noConversion, type PSTypeInfo } from './ps-type.js';
export {
  acceleratorNameOf,
  arrayTypeOf,
  genericTypeOf,
  isTypeValue,
  registerType,
  registerTypeAccelerator,
  resolveType,
  typeByFullName,
} from './registry.js';
export { parseTypeNameText, type TypeNameText } from './type-name-text.js';
export { ScriptObject, type ScriptObjectClass } from './script-object.js';
export { typeOf } from './type-of.js';
