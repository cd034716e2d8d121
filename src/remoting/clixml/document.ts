/**
 * Reading and writing CLIXML text: one value (a PSRP message body) or an Export-Clixml
 * document, `<Objs Version="1.1.0.1" xmlns="...">` holding any number of values.
 */
import { ABSOLUTE_MAX_XML_BYTES, ABSOLUTE_MAX_XML_DEPTH, type XmlElement } from '../xml/index.js';
import { ClixmlDeserializer, clixmlTag, powerShellNamespace, type DeserializeOptions } from './deserializer.js';
import { ClixmlError } from './errors.js';
import { scanClixml } from './scanner.js';
import { ClixmlSerializer } from './serializer.js';

export interface SerializeClixmlOptions {
  /**
   * Levels of objects written out in full (see ClixmlSerializer.serialize). Unlimited by
   * default, which suits PSRP message bodies whose shape the protocol fixes; pass
   * PowerShell's own depths where it uses them (1 for remoted pipeline output).
   */
  readonly depth?: number;
}

export interface DeserializeClixmlOptions extends DeserializeOptions {
  /** Largest accepted document in UTF-8 bytes (default and ceiling: 64 MiB). */
  readonly maxBytes?: number;
  /** Deepest accepted element nesting (default and ceiling: 1000). */
  readonly maxDepth?: number;
}

/** Export-Clixml's default depth. */
export const exportClixmlDefaultDepth = 2;
const documentVersion = '1.1.0.1';

/** One value as CLIXML, without namespace or XML declaration, as PSRP message bodies carry it. */
export function serializeClixml(value: unknown, options: SerializeClixmlOptions = {}): string {
  return new ClixmlSerializer().serialize(value, options.depth);
}

/** Reads one CLIXML value (a PSRP message body; a leading byte-order mark is allowed). */
export function deserializeClixml(xml: string | Uint8Array, options: DeserializeClixmlOptions = {}): unknown {
  const root = parse(xml, options);
  if (clixmlTag(root) === 'Objs') {
    throw new ClixmlError('UnknownElement', 'An <Objs> document holds several values; read it with importClixmlDocument');
  }
  return new ClixmlDeserializer(options).deserialize(root);
}

/** What Export-Clixml writes for `values`: one document, RefIds shared across all values. */
export function exportClixmlDocument(values: Iterable<unknown>, depth = exportClixmlDefaultDepth): string {
  const serializer = new ClixmlSerializer();
  let content = '';
  for (const value of values) content += serializer.serialize(value, depth);
  const start = `<Objs xmlns="${powerShellNamespace}" Version="${documentVersion}"`;
  return content === '' ? `${start}/>` : `${start}>${content}</Objs>`;
}

/** What Import-Clixml reads: the values of an `<Objs>` document (text, or file bytes in UTF-8/UTF-16). */
export function importClixmlDocument(text: string | Uint8Array, options: DeserializeClixmlOptions = {}): unknown[] {
  const root = parse(text, options);
  if (clixmlTag(root) !== 'Objs') throw new ClixmlError('UnknownElement', `A CLIXML document has an <Objs> root, not <${root.local}>`);
  const deserializer = new ClixmlDeserializer(options);
  const values: unknown[] = [];
  for (const child of root.children) {
    if (typeof child !== 'string') values.push(deserializer.deserialize(child));
    else if (child.trim() !== '') throw new ClixmlError('UnknownElement', '<Objs> cannot hold text');
  }
  return values;
}

function parse(xml: string | Uint8Array, options: DeserializeClixmlOptions): XmlElement {
  return scanClixml(xml, {
    maxBytes: Math.min(options.maxBytes ?? ABSOLUTE_MAX_XML_BYTES, ABSOLUTE_MAX_XML_BYTES),
    maxDepth: Math.min(options.maxDepth ?? ABSOLUTE_MAX_XML_DEPTH, ABSOLUTE_MAX_XML_DEPTH),
  });
}
