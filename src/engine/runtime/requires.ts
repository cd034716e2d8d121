/**
 * `#requires -Version`, `-PSEdition` and `-Modules` in a script file: a script that needs a newer
 * PowerShell or another edition does not run; required modules are imported first (DiscoveryExceptions.resx texts).
 */
import type { ScriptBlockAst } from '../../../grammar/ast.js';
import { ExceptionValue, newErrorRecord, PSErrorException } from './error-record.js';
import { formatMessage } from './messages.js';

const requiresStrings = {
  RequiresPSVersionNotCompatible:
    'The script \'{0}\' cannot be run because it contained a "#requires" statement for PowerShell {1}. The version of PowerShell that is required by the script does not match the currently running version of PowerShell {2}.',
  RequiresMissingModules: 'The script \'{0}\' cannot be run because the following modules that are specified by the "#requires" statements of the script are missing: {1}.',
  RequiredModuleNotFoundWithoutVersion: "The module '{0}' cannot be found.",
  RequiresPSEditionNotCompatible:
    'The script \'{0}\' cannot be run because it contained a "#requires" statement for PowerShell editions \'{1}\'. The edition of PowerShell that is required by the script does not match the currently running PowerShell {2} edition.',
};

function requiresError(errorId: string, message: string): PSErrorException {
  const exception = new ExceptionValue('System.Management.Automation.ScriptRequiresException', message);
  const record = newErrorRecord(exception, errorId, 'ResourceUnavailable');
  record.terminatesScript = true;
  return new PSErrorException(record);
}

/** Throws when the script's #requires lines ask for a version above `version` or an edition other than Core. */
export function checkRequires(ast: ScriptBlockAst, scriptName: string, version: string): void {
  const [major, minor] = version.split('.').map(Number);
  for (const line of ast.requires) {
    const wanted = /-version\s+(\d+)(?:\.(\d+))?/i.exec(line);
    if (wanted) {
      const wantedMajor = Number(wanted[1]);
      const wantedMinor = Number(wanted[2] ?? 0);
      if (wantedMajor > major || (wantedMajor === major && wantedMinor > minor)) {
        throw requiresError('ScriptRequiresUnmatchedPSVersion', formatMessage(requiresStrings.RequiresPSVersionNotCompatible, scriptName, `${wantedMajor}.${wantedMinor}`, version));
      }
    }
    const edition = /-psedition\s+(\S+)/i.exec(line);
    if (edition && edition[1].toLowerCase() !== 'core') {
      throw requiresError('ScriptRequiresUnmatchedPSEdition', formatMessage(requiresStrings.RequiresPSEditionNotCompatible, scriptName, edition[1], 'Core'));
    }
  }
}

/** `#requires -Modules a, b`: each module is imported unless loaded; a missing one stops the script (ScriptRequiresMissingModules). */
export function importRequiredModules(ast: ScriptBlockAst, scriptName: string, importByName: (name: string) => boolean): void {
  for (const line of ast.requires) {
    const modules = /-modules?\s+(.+)$/i.exec(line);
    if (!modules) continue;
    for (const name of modules[1].split(',').map((n) => n.trim().replace(/^['"]|['"]$/g, ''))) {
      if (name === '' || name.startsWith('@') || importByName(name)) continue;
      throw requiresError('ScriptRequiresMissingModules', formatMessage(requiresStrings.RequiresMissingModules, scriptName, formatMessage(requiresStrings.RequiredModuleNotFoundWithoutVersion, name)));
    }
  }
}
