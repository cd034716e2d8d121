/**
 * Reading and writing CLIXML text: one value (a PSRP message body) or an Export-Clixml
 * document, `<Objs Version="1.1.0.1" xmlns="...">` holding any number of values.
 */
import { ABSOLUTE_MAX_XML_BYTES, ABSOLUTE_MAX_XML_DEPTH } from '../xml/index.js';
import { ClixmlDeserializer, powerShellNamespace, refuseText, type ContainerShapes, type DeserializeOptions } from './deserializer.js';
import { ClixmlError } from './errors.js';
import { asDoctypeError, ClixmlReader, documentText, isXmlError } from './reader.js';
import type { NativeObjectDescriber } from './native-objects.js';
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
  return readDocument(xml, options, (deserializer) => {
    if (deserializer.tag() === 'Objs') {
      throw new ClixmlError('UnknownElement', 'An <Objs> document holds several values; read it with importClixmlDocument');
    }
    return deserializer.readValue();
  });
}

/**
 * What Export-Clixml writes for `values`: one document, RefIds shared across all values.
 * `describer` lets .NET-shaped objects be written (see native-objects.ts).
 */
export function exportClixmlDocument(values: Iterable<unknown>, depth = exportClixmlDefaultDepth, describer?: NativeObjectDescriber): string {
  const serializer = new ClixmlSerializer(describer);
  let content = '';
  for (const value of values) content += serializer.serialize(value, depth);
  const start = `<Objs xmlns="${powerShellNamespace}" Version="${documentVersion}"`;
  return content === '' ? `${start}/>` : `${start}>${content}</Objs>`;
}

/** What Import-Clixml reads: the values of an `<Objs>` document (text, or file bytes in UTF-8/UTF-16). */
export function importClixmlDocument(text: string | Uint8Array, options: DeserializeClixmlOptions = {}): unknown[] {
  return readDocument(text, options, (deserializer, reader) => {
    const root = deserializer.tag();
    if (root !== 'Objs') throw new ClixmlError('UnknownElement', `A CLIXML document has an <Objs> root, not <${root}>`);
    const values: unknown[] = [];
    while (reader.nextChild()) {
      if (reader.text !== '') refuseText(reader.text, 'Objs');
      values.push(deserializer.readValue());
    }
    if (reader.text !== '') refuseText(reader.text, 'Objs');
    return values;
  });
}

/**
 * Reads a document with `read`, which starts at the root's start tag and reads through its end
 * tag. XML errors win over CLIXML errors: a document refused for its content is still read to its
 * end, and broken XML after the refused part is what is reported.
 */
function readDocument<T>(input: string | Uint8Array, options: DeserializeClixmlOptions, read: (deserializer: ClixmlDeserializer, reader: ClixmlReader) => T): T {
  const text = documentText(input, Math.min(options.maxBytes ?? ABSOLUTE_MAX_XML_BYTES, ABSOLUTE_MAX_XML_BYTES));
  const maxDepth = Math.min(options.maxDepth ?? ABSOLUTE_MAX_XML_DEPTH, ABSOLUTE_MAX_XML_DEPTH);
  const first = readPass(text, maxDepth, options, undefined, read);
  // The second pass, rarely needed, knows the shapes the first guessed wrong, and guesses the
  // others as the first did: it has nothing left to correct.
  return first.shapesToCorrect === undefined ? first.result : readPass(text, maxDepth, options, first.shapesToCorrect, read).result;
}

function readPass<T>(
  text: string,
  maxDepth: number,
  options: DeserializeOptions,
  shapes: ContainerShapes | undefined,
  read: (deserializer: ClixmlDeserializer, reader: ClixmlReader) => T,
): { result: T; shapesToCorrect: ContainerShapes | undefined } {
  const reader = new ClixmlReader(text, maxDepth);
  const deserializer = new ClixmlDeserializer(reader, options, shapes);
  try {
    reader.readRoot();
    const result = read(deserializer, reader);
    reader.end();
    return { result, shapesToCorrect: deserializer.shapesToCorrect };
  } catch (error) {
    let reported = error;
    if (!isXmlError(error)) {
      try {
        reader.readToEnd();
      } catch (xmlError) {
        reported = xmlError;
      }
    }
    throw asDoctypeError(reported, text);
  } finally {
    reader.release();
  }
}
