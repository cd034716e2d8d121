/**
 * Set-StrictMode: sets the strict mode version of the scope it is called from (pwsh's
 * SetStrictModeCommand). The checks themselves are the engine's (engine/runtime/strict-mode.ts).
 */
import { ValidationFailure } from '../binding/index.js';
import { baseObject, convertTo, formatMessage, parseVersion, toPSString } from '../engine/conversion/index.js';
import { CmdletInfo } from '../engine/runtime/commands.js';
import { setStrictMode } from '../engine/runtime/strict-mode.js';
import { psVersion } from '../engine/runtime/version.js';
import { int32Type } from '../engine/types/index.js';
import { typeNameOf, Version } from '../engine/values/index.js';

/** Metadata.resx ValidateVersionFailure */
const validateVersionFailure = 'The "{0}" argument does not contain a valid PowerShell version. Supply a valid version number and then try the command again.';

/**
 * pwsh's ArgumentToPSVersionTransformation: 'latest' is the running PowerShell's version, a whole
 * number N is N.0, and anything else is left to the usual conversion to [version].
 */
function toPSVersion(value: unknown): unknown {
  const base = baseObject(value);
  if (typeof base === 'string') {
    if (base.toLowerCase() === 'latest') return parseVersion(psVersion);
    if (base.includes('.')) return value;
  }
  if (typeNameOf(base) === 'System.Double') {
    // pwsh converts the argument's text (2.0); psh keeps only the number, so a whole one gets its '.0' back.
    const text = toPSString(base);
    return /^\d+$/.test(text) ? `${text}.0` : text;
  }
  try {
    return new Version(convertTo(base, int32Type) as number, 0);
  } catch {
    return value;
  }
}

/** pwsh's PSVersionInfo.IsValidPSVersion: a released PowerShell version, up to the running one. */
function isValidPSVersion(version: Version): boolean {
  const { major, minor } = version;
  switch (major) {
    case 1:
    case 2:
    case 3:
    case 4:
      return minor === 0;
    case 5:
      return minor === 0 || minor === 1;
    case 6:
      return minor <= 2;
    case 7:
      return minor <= parseVersion(psVersion).minor;
    default:
      return false;
  }
}

function validateVersion(value: unknown): void {
  const version = baseObject(value);
  if (!(version instanceof Version) || !isValidPSVersion(version)) throw new ValidationFailure(formatMessage(validateVersionFailure, version));
}

const setStrictModeCommand = new CmdletInfo(
  {
    name: 'Set-StrictMode',
    implementingType: 'Microsoft.PowerShell.Commands.SetStrictModeCommand',
    defaultParameterSetName: 'Version',
    parameters: [
      { name: 'Off', type: 'switch', parameterSets: { Off: { mandatory: true } } },
      {
        name: 'Version',
        type: 'version',
        aliases: ['v'],
        parameterSets: { Version: { mandatory: true } },
        transformation: toPSVersion,
        validation: [{ kind: 'ValidateArguments', check: validateVersion }],
      },
    ],
  },
  (runtime) => ({
    end() {
      const major = runtime.has('Off') ? 0 : (baseObject(runtime.parameter('Version')) as Version).major;
      setStrictMode(runtime.frame.scope, major);
    },
  }),
);

export const strictModeCmdlets = [setStrictModeCommand];
