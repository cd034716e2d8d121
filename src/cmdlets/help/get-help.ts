/**
 * Get-Help over psh's commands. psh ships no help files: a script function with comment-based
 * help gets pwsh's views of it, any other command what pwsh shows without help files (its
 * metadata: syntax, parameters, aliases). -Full, -Detailed and -Examples pick the view,
 * -Parameter writes the named parameters' blocks; a wildcard that matches several topics lists
 * them instead.
 *
 * -Online opens the help's first related link that is a URI. pwsh hands it to the desktop's
 * browser; psh does the same where there is a desktop (Windows, macOS, or X11/Wayland on other
 * systems, through start, open or xdg-open) and otherwise writes `Help URI: <uri>`, the text
 * pwsh itself writes when it does not launch a browser, so the link stays usable over SSH.
 */
import { spawnSync } from 'node:child_process';
import { formatMessage } from '../../engine/conversion/index.js';
import type { CommandRuntime } from '../../engine/runtime/command-runtime.js';
import { CmdletInfo } from '../../engine/runtime/commands.js';
import { containsWildcardCharacters, WildcardPattern } from '../../engine/wildcard/index.js';
import { AliasInfo } from '../alias.js';
import { cmdletErrorRecord, terminatingError } from '../cmdlet-errors.js';
import { aliasTarget, nameOf, visibleCommands, type SessionCommandInfo } from '../command-discovery.js';
import { stringList } from '../parameter-lists.js';
import { describedParameters, helpContentOf, type HelpContent } from './help-content.js';
import { helpObject, onlineHelpUri, parameterHelpObject } from './help-object.js';
import { helpDisplayText, helpErrorText } from './help-strings.js';
import type { HelpView } from './reduced-views.js';
import { inHelpOrder, shortHelpObject } from './short-help.js';

function aliasesOf(name: string, commands: readonly SessionCommandInfo[]): string[] {
  return commands.filter((c): c is AliasInfo => c instanceof AliasInfo && c.entry.definition.toLowerCase() === name.toLowerCase()).map((a) => a.entry.name);
}

function viewOf(runtime: CommandRuntime): HelpView {
  if (runtime.switch('Full')) return 'Full';
  if (runtime.switch('Detailed')) return 'Detailed';
  if (runtime.switch('Examples')) return 'Examples';
  return 'Default';
}

/** The command that opens a URI on this desktop, or undefined where there is no desktop to open it on. */
function desktopOpener(uri: string): { command: string; args: string[] } | undefined {
  if (process.platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', uri] };
  if (process.platform === 'darwin') return { command: 'open', args: [uri] };
  return process.env['DISPLAY'] || process.env['WAYLAND_DISPLAY'] ? { command: 'xdg-open', args: [uri] } : undefined;
}

/** LaunchOnlineHelp: http and https only; the browser where there is a desktop, else the URI as text. */
function showOnlineHelp(runtime: CommandRuntime, content: HelpContent): void {
  const uri = onlineHelpUri(content);
  const invalidOperation = (message: string) =>
    terminatingError(runtime, { exceptionType: 'System.Management.Automation.PSInvalidOperationException', message, errorId: 'InvalidOperation', category: 'InvalidOperation' });
  if (uri === undefined) throw invalidOperation(helpErrorText.NoURIFound);
  if (!/^https?:/i.test(uri)) throw invalidOperation(formatMessage(helpErrorText.ProtocolNotSupported, uri, 'http', 'https'));
  const shown = formatMessage(helpDisplayText.OnlineHelpUri, uri);
  const opener = desktopOpener(uri);
  if (!opener) {
    runtime.writeObject(shown);
    return;
  }
  runtime.writeVerbose(shown);
  const result = spawnSync(opener.command, opener.args, { stdio: 'ignore', timeout: 10_000 });
  if (result.error || result.status !== 0) throw invalidOperation(formatMessage(helpErrorText.CannotLaunchURI, uri));
}

const getHelp = new CmdletInfo(
  {
    name: 'Get-Help',
    aliases: ['help'],
    implementingType: 'Microsoft.PowerShell.Commands.GetHelpCommand',
    defaultParameterSetName: 'AllUsersView',
    parameters: [
      { name: 'Name', type: 'string', position: 0, valueFromPipelineByPropertyName: true, validation: [{ kind: 'ValidateNotNullOrEmpty' }] },
      { name: 'Path', type: 'string' },
      {
        name: 'Category', type: 'string[]',
        validation: [{ kind: 'ValidateSet', ignoreCase: true, values: ['Alias', 'Cmdlet', 'Provider', 'General', 'FAQ', 'Glossary', 'HelpFile', 'ScriptCommand', 'Function', 'Filter', 'ExternalScript', 'All', 'DefaultHelp', 'DscResource', 'Class', 'Configuration'] }],
      },
      { name: 'Full', type: 'switch', parameterSets: { AllUsersView: {} } },
      { name: 'Detailed', type: 'switch', parameterSets: { DetailedView: { mandatory: true } } },
      { name: 'Examples', type: 'switch', parameterSets: { Examples: { mandatory: true } } },
      { name: 'Parameter', type: 'string[]', parameterSets: { Parameters: { mandatory: true } } },
      { name: 'Component', type: 'string[]' },
      { name: 'Functionality', type: 'string[]' },
      { name: 'Role', type: 'string[]' },
      { name: 'Online', type: 'switch', parameterSets: { Online: { mandatory: true } } },
      { name: 'ShowWindow', type: 'switch', parameterSets: { ShowWindow: { mandatory: true } } },
    ],
  },
  (runtime) => ({
    process() {
      const name = runtime.has('Name') ? String(runtime.parameter('Name')) : 'Get-Help';
      const commands = visibleCommands(runtime);
      const pattern = new WildcardPattern(name);
      const isPattern = containsWildcardCharacters(name);
      const found = commands.filter((c) => pattern.isMatch(nameOf(c)));
      const matches = isPattern ? inHelpOrder(found) : found.slice(0, 1);
      if (matches.length > 1) {
        // pwsh lists the topics as it finds them, and only then refuses -Online for several.
        const resolveAlias = (alias: AliasInfo) => aliasTarget(alias, commands, runtime.frame.context.aliases);
        for (const match of matches) runtime.writeObject(shortHelpObject(match, resolveAlias));
        if (runtime.switch('Online')) {
          throw terminatingError(runtime, {
            exceptionType: 'System.Management.Automation.PSInvalidOperationException', message: formatMessage(helpErrorText.MultipleOnlineTopicsNotSupported, 'Online'), errorId: 'InvalidOperation', category: 'InvalidOperation',
          });
        }
        return;
      }
      const first = matches[0];
      const command = first instanceof AliasInfo ? aliasTarget(first, commands, runtime.frame.context.aliases) : first;
      if (!command) {
        // A wildcard that matches nothing is no error.
        if (isPattern) return;
        runtime.writeError(cmdletErrorRecord(runtime, {
          exceptionType: 'System.Management.Automation.HelpNotFoundException', message: formatMessage(helpErrorText.HelpNotFound, name), errorId: 'HelpNotFound', category: 'ResourceUnavailable', target: name,
        }));
        return;
      }
      const content = helpContentOf(command, aliasesOf(command.name, commands));
      if (runtime.switch('Online')) {
        showOnlineHelp(runtime, content);
        return;
      }
      if (!runtime.has('Parameter')) {
        runtime.writeObject(helpObject(content, viewOf(runtime)));
        return;
      }
      const patterns = stringList(runtime.parameter('Parameter'));
      const parameters = describedParameters(content.metadata).filter((p) => patterns.some((q) => new WildcardPattern(q).isMatch(p.name)));
      if (parameters.length === 0) {
        runtime.writeError(cmdletErrorRecord(runtime, {
          exceptionType: 'System.ArgumentException', message: `${formatMessage(helpErrorText.NoParmsFound, patterns[0])} (Parameter 'Parameter')`, errorId: 'NoParmsFound', category: 'InvalidArgument', target: patterns,
        }));
        return;
      }
      for (const parameter of parameters) runtime.writeObject(parameterHelpObject(content, parameter));
    },
  }),
);

export const helpCmdlets: readonly CmdletInfo[] = [getHelp];
