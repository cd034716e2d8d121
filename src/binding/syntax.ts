/**
 * Syntax text generated from metadata: `Get-Command -Syntax` as pwsh prints it
 * (CommandParameterSetInfo.ToString: positional parameters by position, then mandatory named,
 * then optional named, the common parameters as [<CommonParameters>], types by their short
 * PowerShell names), and the help form (Get-Help's and the reference documents' SYNTAX section:
 * parameters in declaration order, .NET type names), with the documents' line wrapping. Both list
 * the sets in pwsh's order, the default set first.
 */
import type { PSTypeInfo } from '../engine/types/index.js';
import { defaultBindingContext, resolveParameterType, type BindingContext } from './context.js';
import { helpDisplayStrings } from './messages.js';
import { allSetsFlag, commonParameterNames, setDataFor, type CommandMetadata, type ParameterMetadata, type ParameterSetData } from './metadata.js';

/** One parameter as it appears in one set's syntax, with its attribute for that set. */
export interface SyntaxParameter {
  readonly parameter: ParameterMetadata;
  readonly data: ParameterSetData;
}

/** One parameter set with the parameters it has, in declaration order (CommandInfo.ParameterSets). */
export interface ParameterSetParameters {
  readonly setName: string;
  readonly isDefault: boolean;
  readonly parameters: readonly SyntaxParameter[];
}

/** One set's syntax: its name and the text after the command name. */
export interface ParameterSetSyntax {
  readonly setName: string;
  readonly isDefault: boolean;
  /** Each parameter's notation, in display order. */
  readonly items: readonly string[];
  /** The items joined with spaces. */
  readonly text: string;
}

/** The sets in flag order, each with the parameters it has (a command without sets has one, __AllParameterSets). */
export function parameterSetsOf(command: CommandMetadata): ParameterSetParameters[] {
  const names = command.parameterSetNames.length > 0 ? command.parameterSetNames : ['__AllParameterSets'];
  return names.map((setName, index) => {
    const flag = command.parameterSetNames.length > 0 ? 2 ** index : allSetsFlag;
    const parameters: SyntaxParameter[] = [];
    for (const parameter of command.parameters) {
      const data = setDataFor(parameter, flag)[0];
      if (data) parameters.push({ parameter, data });
    }
    return { setName, isDefault: flag === command.defaultParameterSetFlag, parameters };
  });
}

function parameterText(p: SyntaxParameter, typeText: string): string {
  const name = p.parameter.name;
  const { mandatory, position } = p.data;
  if (p.parameter.isSwitch) return mandatory ? `-${name}` : `[-${name}]`;
  if (mandatory) return position !== null ? `[-${name}] <${typeText}>` : `-${name} <${typeText}>`;
  return position !== null ? `[[-${name}] <${typeText}>]` : `[-${name} <${typeText}>]`;
}

/** The common parameters collapse into [<CommonParameters>] when all of them are there. */
function withCommonParameters(parameters: readonly SyntaxParameter[], render: (p: SyntaxParameter) => string): string[] {
  const common = parameters.filter((p) => p.parameter.origin === 'Common');
  const rest = parameters.filter((p) => p.parameter.origin !== 'Common').map(render);
  if (common.length === commonParameterNames.length) return [...rest, `[${helpDisplayStrings.CommonParameters}]`];
  return [...rest, ...common.map(render)];
}

/**
 * pwsh's built-in type accelerators by the type they stand for (TypeAccelerators: the first
 * name of each core type); `object` is not among them, so System.Object shows as `Object`.
 */
const builtinAccelerators = new Map<string, string>(
  Object.entries({
    'System.Array': 'array', 'System.Boolean': 'bool', 'System.Byte': 'byte', 'System.Char': 'char',
    'System.DateTime': 'datetime', 'System.Decimal': 'decimal', 'System.Double': 'double', 'System.Single': 'float',
    'System.Guid': 'guid', 'System.Collections.Hashtable': 'hashtable', 'System.Int32': 'int', 'System.Int16': 'short',
    'System.Int64': 'long', 'System.Collections.Specialized.OrderedDictionary': 'ordered',
    'System.Management.Automation.PSCredential': 'pscredential', 'System.Management.Automation.PSObject': 'psobject',
    'System.Management.Automation.PSReference': 'ref', 'System.Text.RegularExpressions.Regex': 'regex', 'System.SByte': 'sbyte',
    'System.String': 'string', 'System.Management.Automation.SwitchParameter': 'switch', 'System.Globalization.CultureInfo': 'cultureinfo',
    'System.Numerics.BigInteger': 'bigint', 'System.Security.SecureString': 'securestring', 'System.TimeSpan': 'timespan',
    'System.UInt16': 'ushort', 'System.UInt32': 'uint', 'System.UInt64': 'ulong', 'System.Uri': 'uri', 'System.Version': 'version',
    'System.Void': 'void', 'System.Net.IPAddress': 'ipaddress', 'System.Xml.XmlDocument': 'xml',
    'System.Management.Automation.WildcardPattern': 'WildcardPattern', 'System.Net.Mail.MailAddress': 'mailaddress',
    'System.Management.Automation.SemanticVersion': 'semver', 'System.Management.Automation.ScriptBlock': 'scriptblock',
    'System.Type': 'type', 'System.Management.Automation.PSVariable': 'psvariable',
  }),
);

/** ToStringCodeMethods.Type with dropped namespaces: `int`, `string[]`, `PSSession[]`, `List[string]`. */
export function shortTypeName(type: PSTypeInfo): string {
  if (type.elementType) return `${shortTypeName(type.elementType)}[]`;
  const generic = type.genericArguments;
  if (generic && generic.length > 0) return `${type.name.replace(/`\d+.*$/, '')}[${generic.map(shortTypeName).join(',')}]`;
  return builtinAccelerators.get(type.fullName) ?? type.name;
}

/** Each set's `Get-Command -Syntax` text, in pwsh's set order. */
export function commandParameterSetSyntax(command: CommandMetadata, context: BindingContext = defaultBindingContext): ParameterSetSyntax[] {
  const typeText = (p: SyntaxParameter): string => shortTypeName(resolveParameterType(p.parameter, context));
  return parameterSetsOf(command).map((set) => {
    const positional = set.parameters.filter((p) => p.data.position !== null).sort((a, b) => a.data.position! - b.data.position!);
    const namedMandatory = set.parameters.filter((p) => p.data.position === null && p.data.mandatory);
    const named = set.parameters.filter((p) => p.data.position === null && !p.data.mandatory);
    const render = (p: SyntaxParameter): string => parameterText(p, typeText(p));
    const items = [...positional.map(render), ...namedMandatory.map(render), ...withCommonParameters(named, render)];
    return { setName: set.setName, isDefault: set.isDefault, items, text: items.join(' ') };
  });
}

/**
 * `Get-Command X -Syntax` for a cmdlet (CmdletInfo.Definition): each set on its own line,
 * preceded by an empty line.
 */
export function commandSyntax(command: CommandMetadata, context: BindingContext = defaultBindingContext): string {
  return commandParameterSetSyntax(command, context)
    .map((set) => `\n${command.name} ${set.text}\n`)
    .join('');
}

/** The help form of each set's syntax: parameters in declaration order, .NET type names. */
export function helpParameterSetSyntax(command: CommandMetadata, context: BindingContext = defaultBindingContext): ParameterSetSyntax[] {
  return parameterSetsOf(command).map((set) => {
    const render = (p: SyntaxParameter): string => parameterText(p, resolveParameterType(p.parameter, context).name);
    const items = withCommonParameters(set.parameters, render);
    return { setName: set.setName, isDefault: set.isDefault, items, text: items.join(' ') };
  });
}

/**
 * A set's syntax wrapped as the reference documents wrap it: whole parameter items, lines of
 * at most `width` characters, continuation lines starting with a space.
 */
export function wrapSyntax(commandName: string, set: ParameterSetSyntax, width = 100): string {
  const lines: string[] = [];
  let line = commandName;
  for (const item of set.items) {
    if (line.length + 1 + item.length > width && line !== commandName) {
      lines.push(line);
      line = '';
    }
    line += ` ${item}`;
  }
  lines.push(line);
  return lines.join('\n');
}

