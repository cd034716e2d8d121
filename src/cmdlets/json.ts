/**
 * ConvertTo-Json and ConvertFrom-Json. Both collect their pipeline input and convert in the end
 * block, as pwsh does: several objects become one JSON array; several strings are one document
 * unless the first one is a whole document by itself.
 */
import { formatMessage, toPSString } from '../engine/conversion/index.js';
import { CmdletInfo } from '../engine/runtime/commands.js';
import type { CommandRuntime } from '../engine/runtime/command-runtime.js';
import { defineEnum } from '../engine/dotnet/enums.js';
import { Hashtable, PSNoteProperty, PSObject } from '../engine/values/index.js';
import { cmdletErrorRecord, terminatingError, type CmdletErrorSpec } from './cmdlet-errors.js';
import { PSErrorException } from '../engine/runtime/error-record.js';
import { JsonObject, JsonReadError, readJson, type JsonValue } from './json-reader.js';
import { convertToJson, type StringEscapeHandling } from './json-writer.js';
import { webCmdletStrings } from './data-messages.js';

defineEnum('Newtonsoft.Json.StringEscapeHandling', { Default: 0, EscapeNonAscii: 1, EscapeHtml: 2 });
defineEnum('Microsoft.PowerShell.Commands.JsonDateKind', { Default: 0, Local: 1, Utc: 2, Offset: 3, String: 4 });

const convertToJsonType = 'Microsoft.PowerShell.Commands.ConvertToJsonCommand';
const convertFromJsonType = 'Microsoft.PowerShell.Commands.ConvertFromJsonCommand';

const convertToJsonCmdlet = new CmdletInfo(
  {
    name: 'ConvertTo-Json',
    implementingType: convertToJsonType,
    outputType: ['System.String'],
    parameters: [
      { name: 'InputObject', type: 'object', position: 0, mandatory: true, valueFromPipeline: true, allowNull: true },
      { name: 'Depth', type: 'int', defaultValue: 2, validation: [{ kind: 'ValidateRange', min: 0, max: 100 }] },
      { name: 'Compress', type: 'switch' },
      { name: 'EnumsAsStrings', type: 'switch' },
      { name: 'AsArray', type: 'switch' },
      { name: 'EscapeHandling', type: 'Newtonsoft.Json.StringEscapeHandling' },
    ],
  },
  (runtime) => {
    const inputs: unknown[] = [];
    return {
      process() {
        inputs.push(runtime.parameter('InputObject') ?? null);
      },
      end() {
        if (inputs.length === 0) return;
        const depth = Number(runtime.parameter('Depth') ?? 2);
        const value = inputs.length > 1 || runtime.switch('AsArray') ? inputs : inputs[0];
        runtime.writeObject(convertToJson(value, {
          depth,
          compress: runtime.switch('Compress'),
          enumsAsStrings: runtime.switch('EnumsAsStrings'),
          escapeHandling: (runtime.has('EscapeHandling') ? toPSString(runtime.parameter('EscapeHandling')) : 'Default') as StringEscapeHandling,
          onDepthExceeded: () => runtime.writeWarning(formatMessage(webCmdletStrings.JsonMaxDepthReached, depth)),
          onNonStringKey: (dictionary) => {
            throw terminatingError(runtime, {
              exceptionType: 'System.InvalidOperationException',
              message: formatMessage(webCmdletStrings.NonStringKeyInDictionary, dictionary.ordered ? 'System.Collections.Specialized.OrderedDictionary' : 'System.Collections.Hashtable'),
              errorId: 'NonStringKeyInDictionary',
              category: 'InvalidOperation',
              target: dictionary,
            });
          },
        }));
      },
    };
  },
);

const convertFromJsonCmdlet = new CmdletInfo(
  {
    name: 'ConvertFrom-Json',
    implementingType: convertFromJsonType,
    parameters: [
      { name: 'InputObject', type: 'string', position: 0, mandatory: true, valueFromPipeline: true, allowEmptyString: true },
      { name: 'AsHashtable', type: 'switch' },
      { name: 'Depth', type: 'int', defaultValue: 1024, validation: [{ kind: 'ValidateRange', rangeKind: 'Positive' }] },
      { name: 'NoEnumerate', type: 'switch' },
      { name: 'DateKind', type: 'Microsoft.PowerShell.Commands.JsonDateKind' },
    ],
  },
  (runtime) => {
    const texts: string[] = [];
    return {
      process() {
        const text = runtime.parameter('InputObject');
        if (text !== undefined) texts.push(toPSString(text));
      },
      end() {
        if (texts.length === 0) return;
        const convert = (text: string) => {
          const result = convertFromJson(runtime, text);
          runtime.writeObject(result, !runtime.switch('NoEnumerate'));
          return result !== null;
        };
        if (texts.length === 1) {
          convert(texts[0]!);
          return;
        }
        // Each string a whole document, or the strings together one document (lines of a file).
        let firstIsDocument = false;
        try {
          firstIsDocument = convert(texts[0]!);
        } catch (e) {
          if (!(e instanceof JsonSyntaxError)) throw e;
        }
        if (firstIsDocument) for (const text of texts.slice(1)) convert(text);
        else convert(texts.join('\n'));
      },
    };
  },
);

/** A document that is not JSON: pwsh's ArgumentException, which the cmdlet lets escape. */
class JsonSyntaxError extends PSErrorException {}

function convertFromJson(runtime: CommandRuntime, text: string): unknown {
  const dateKind = runtime.has('DateKind') ? toPSString(runtime.parameter('DateKind')) : 'Default';
  let document: JsonValue | undefined;
  try {
    document = readJson(text, { maxDepth: Number(runtime.parameter('Depth') ?? 1024), parseDates: dateKind !== 'String' });
  } catch (e) {
    if (!(e instanceof JsonReadError)) throw e;
    const message = formatMessage(webCmdletStrings.JsonDeserializationFailed, e.message);
    throw new JsonSyntaxError(cmdletErrorRecord(runtime, { exceptionType: 'System.ArgumentException', message, errorId: 'System.ArgumentException', category: 'NotSpecified' }));
  }
  if (document === undefined) return null;
  return runtime.switch('AsHashtable') ? toHashtables(runtime, document) : toObjects(runtime, document);
}

export function toObjects(runtime: CommandRuntime, value: JsonValue): unknown {
  if (Array.isArray(value)) return value.map((item) => toObjects(runtime, item));
  if (!(value instanceof JsonObject)) return value;
  const result = PSObject.customObject();
  const names = new Map<string, string>();
  for (const [name, item] of value.members) {
    if (name === '') throw invalidJson(runtime, 'EmptyKeyInJsonString', webCmdletStrings.EmptyKeyInJsonString);
    const existing = names.get(name.toLowerCase());
    if (existing !== undefined) {
      throw invalidJson(runtime, 'KeysWithDifferentCasingInJsonString', formatMessage(webCmdletStrings.KeysWithDifferentCasingInJsonString, existing, name));
    }
    names.set(name.toLowerCase(), name);
    result.members.add(new PSNoteProperty(name, toObjects(runtime, item)));
  }
  return result;
}

function toHashtables(runtime: CommandRuntime, value: JsonValue): unknown {
  if (Array.isArray(value)) return value.map((item) => toHashtables(runtime, item));
  if (!(value instanceof JsonObject)) return value;
  // pwsh makes an OrderedHashtable; psh's Hashtable keeps insertion order too.
  const result = new Hashtable();
  for (const [name, item] of value.members) {
    // psh's hashtables compare keys case-insensitively, so names differing in case collide.
    if (result.has(name)) throw invalidJson(runtime, 'DuplicateKeysInJsonString', formatMessage(webCmdletStrings.DuplicateKeysInJsonString, name));
    result.set(name, toHashtables(runtime, item));
  }
  return result;
}

function invalidJson(runtime: CommandRuntime, errorId: string, message: string) {
  const spec: CmdletErrorSpec = { exceptionType: 'System.InvalidOperationException', message, errorId, category: 'InvalidOperation' };
  return terminatingError(runtime, spec);
}

export const jsonCmdlets: readonly CmdletInfo[] = [convertToJsonCmdlet, convertFromJsonCmdlet];
