/**
 * CLIXML, PowerShell's object serialization (MS-PSRP 2.2.5): PSRP message bodies and
 * Export-Clixml / Import-Clixml documents.
 */
export { ClixmlDeserializer, powerShellNamespace, type DeserializeOptions } from './deserializer.js';
export {
  deserializeClixml,
  exportClixmlDefaultDepth,
  exportClixmlDocument,
  importClixmlDocument,
  serializeClixml,
  type DeserializeClixmlOptions,
  type SerializeClixmlOptions,
} from './document.js';
export { ClixmlError, type ClixmlErrorKind } from './errors.js';
export type { NativeObjectDescriber, NativeObjectDescription, NativeProperty } from './native-objects.js';
export { ClixmlSerializer } from './serializer.js';
export { decodeClixmlString, encodeClixmlString } from './string-encoding.js';
