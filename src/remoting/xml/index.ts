export { XmlError, type XmlErrorKind } from './errors.js';
export {
  NamespaceScope,
  XML_NAMESPACE,
  attribute,
  attributeValue,
  element,
  elementChildren,
  findChild,
  findChildren,
  isElement,
  resolveQName,
  textOf,
  type ElementInit,
  type XmlAttribute,
  type XmlElement,
  type XmlName,
  type XmlNode,
} from './element.js';
export { ABSOLUTE_MAX_XML_BYTES, ABSOLUTE_MAX_XML_DEPTH, WSMAN_XML_LIMITS, parseXml, type XmlLimits } from './parse.js';
export { serializeXml } from './serialize.js';
export { canonicalForm, type CanonicalOptions } from './canonical.js';
