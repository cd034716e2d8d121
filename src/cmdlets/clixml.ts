/**
 * Export-Clixml and Import-Clixml: objects to and from a CLIXML document file through the
 * remoting layer's serializer (src/remoting/clixml), laid out as pwsh's XmlWriter writes it
 * (two-space indentation, `<Objs Version="1.1.0.1" xmlns="...">`, no XML declaration).
 * Imported objects are the deserialized forms (`Deserialized.*` type names).
 */
import { toPSString } from '../engine/conversion/index.js';
import { CmdletInfo } from '../engine/runtime/commands.js';
import { PSErrorException } from '../engine/runtime/error-record.js';
import { nativeObjectDescriber } from '../engine/dotnet/native-object-description.js';
import { ClixmlError, exportClixmlDefaultDepth, exportClixmlDocument, importClixmlDocument } from '../remoting/clixml/index.js';
import { OutputFile, readInputFile, resolveFilePath } from './file-streams.js';
import { utf8NoBom } from '../engine/dotnet/types/system-text-encoding.js';
import { encodingOf, encodingParameter } from './encoding-parameter.js';

const commandsNamespace = 'Microsoft.PowerShell.Commands';

/**
 * A compact CLIXML document as .NET's XmlWriter writes it with Indent: each element on its own
 * line, two spaces deeper than its parent, an element holding only text on one line, `<X />`
 * for an empty element, and the root's Version attribute before its namespace.
 */
export function indentClixmlDocument(compact: string): string {
  const tokens = compact.match(/<[^>]*>|[^<]+/g) ?? [];
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const indent = '  '.repeat(depth);
    if (token.startsWith('</')) {
      depth--;
      lines.push('  '.repeat(depth) + token);
    } else if (token.endsWith('/>')) {
      lines.push(indent + token.replace(/\s*\/>$/, ' />'));
    } else if (tokens[i + 1] !== undefined && !tokens[i + 1].startsWith('<') && tokens[i + 2]?.startsWith('</')) {
      lines.push(indent + token + tokens[i + 1] + tokens[i + 2]);
      i += 2;
    } else if (tokens[i + 1]?.startsWith('</')) {
      // An element with an empty string: .NET writes its start and end tags together.
      lines.push(indent + token + tokens[i + 1]);
      i += 1;
    } else {
      lines.push(indent + token);
      depth++;
    }
  }
  if (lines.length > 0) lines[0] = lines[0].replace(/^<Objs (xmlns="[^"]*") (Version="[^"]*")/, '<Objs $2 $1');
  return lines.join('\n');
}

const exportClixml = new CmdletInfo(
  {
    name: 'Export-Clixml',
    implementingType: `${commandsNamespace}.ExportClixmlCommand`,
    defaultParameterSetName: 'ByPath',
    supportsShouldProcess: true,
    parameters: [
      { name: 'Depth', type: 'int', validation: [{ kind: 'ValidateRange', min: 1, max: 2147483647 }] },
      { name: 'Path', type: 'string', parameterSets: { ByPath: { position: 0, mandatory: true } } },
      { name: 'LiteralPath', type: 'string', aliases: ['PSPath', 'LP'], parameterSets: { ByLiteralPath: { mandatory: true } } },
      { name: 'InputObject', type: 'psobject', mandatory: true, valueFromPipeline: true, allowNull: true },
      { name: 'Force', type: 'switch' },
      { name: 'NoClobber', type: 'switch', aliases: ['NoOverwrite'] },
      encodingParameter,
    ],
  },
  (runtime) => {
    let file: OutputFile | undefined;
    const values: unknown[] = [];
    return {
      begin() {
        const literal = runtime.has('LiteralPath');
        const given = toPSString(runtime.parameter(literal ? 'LiteralPath' : 'Path'));
        if (!runtime.shouldProcess(given)) return;
        const encoding = encodingOf(runtime);
        file = OutputFile.open(runtime, given, literal, { encoding, noClobber: runtime.switch('NoClobber') });
      },
      process() {
        if (file) values.push(runtime.parameter('InputObject') ?? null);
      },
      end() {
        if (!file) return;
        const depth = runtime.has('Depth') ? Number(runtime.parameter('Depth')) : exportClixmlDefaultDepth;
        file.write(indentClixmlDocument(exportClixmlDocument(values, depth, nativeObjectDescriber)));
      },
    };
  },
);

/** What Export-Clixml's console output form (`pwsh -OutputFormat xml`) puts before the document; Import-Clixml skips it. */
const clixmlDirective = '#< CLIXML';

const importClixml = new CmdletInfo(
  {
    name: 'Import-Clixml',
    implementingType: `${commandsNamespace}.ImportClixmlCommand`,
    defaultParameterSetName: 'ByPath',
    parameters: [
      { name: 'Path', type: 'string[]', parameterSets: { ByPath: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } },
      { name: 'LiteralPath', type: 'string[]', aliases: ['PSPath', 'LP'], parameterSets: { ByLiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } } },
    ],
  },
  (runtime) => ({
    process() {
      const literal = runtime.has('LiteralPath');
      for (const path of runtime.parameter(literal ? 'LiteralPath' : 'Path') as unknown[]) {
        const file = resolveFilePath(runtime, toPSString(path), literal);
        let text = utf8NoBom.decode(readInputFile(runtime, file));
        if (text.startsWith(clixmlDirective + '\n') || text.startsWith(clixmlDirective + '\r\n')) text = text.slice(text.indexOf('\n') + 1);
        let values: unknown[];
        try {
          values = importClixmlDocument(text);
        } catch (e) {
          if (!(e instanceof ClixmlError)) throw e;
          throw new PSErrorException(runtime.errorRecord('System.Xml.XmlException', e.message, 'System.Xml.XmlException', 'NotSpecified', null));
        }
        for (const value of values) runtime.writeObject(value);
      }
    },
  }),
);

export const clixmlCmdlets: readonly CmdletInfo[] = [exportClixml, importClixml];
