/**
 * Get-Command -ParameterName and -ParameterType (GetCommandCommand.IsParameterMatch): a command
 * is kept when one of its parameters matches a name pattern (its name or one of its aliases)
 * and one of the types; names given in full that no command had are reported at the end with
 * pwsh's CommandParameterNotFound error.
 */
import type { CommandMetadata, ParameterMetadata } from '../binding/index.js';
import { resolveParameterType } from '../binding/index.js';
import { formatMessage } from '../engine/conversion/index.js';
import { isMatchingType, PSTypeName } from '../engine/dotnet/types/ps-type-name.js';
import type { CommandRuntime } from '../engine/runtime/command-runtime.js';
import { containsWildcardCharacters, WildcardPattern } from '../engine/wildcard/index.js';
import { cmdletErrorRecord } from './cmdlet-errors.js';
import { argumentList, stringList } from './parameter-lists.js';

/** DiscoveryExceptions.resx CommandParameterNotFound. */
const commandParameterNotFound = "No matching commands include a parameter named '{0}'.  Check the spelling of the parameter name, and then try again.";

/** The -ParameterType list as GetCommandCommand's setter keeps it: object only when it comes first. */
function requestedParameterTypes(types: readonly PSTypeName[]): PSTypeName[] {
  return types.filter((t, index) => index === 0 || t.type?.fullName !== 'System.Object');
}

export class ParameterFilter {
  private readonly names: string[];
  private readonly namePatterns: WildcardPattern[];
  private readonly types: PSTypeName[];
  /** Parameter names and aliases some command matched, lower-cased. */
  private readonly matchedNames = new Set<string>();

  constructor(private readonly runtime: CommandRuntime) {
    this.names = stringList(runtime.parameter('ParameterName'));
    this.namePatterns = this.names.map((name) => new WildcardPattern(name));
    this.types = requestedParameterTypes(argumentList(runtime.parameter('ParameterType')).filter((t): t is PSTypeName => t instanceof PSTypeName));
  }

  /** Whether the command (undefined: one without metadata, such as an alias to nothing) has a matching parameter. */
  matches(metadata: CommandMetadata | undefined): boolean {
    if (!metadata) return false;
    // Every parameter is looked at, so that the names matched are all recorded.
    let found = false;
    for (const parameter of metadata.parameters) if (this.parameterMatches(parameter)) found = true;
    return found;
  }

  private parameterMatches(parameter: ParameterMetadata): boolean {
    const nameMatches = (name: string) => this.namePatterns.length === 0 || this.namePatterns.some((p) => p.isMatch(name));
    let matched = nameMatches(parameter.name);
    for (const alias of parameter.aliases) {
      if (!nameMatches(alias)) continue;
      this.matchedNames.add(alias.toLowerCase());
      matched = true;
    }
    if (!matched) return false;
    this.matchedNames.add(parameter.name.toLowerCase());
    if (this.types.length === 0) return true;
    const type = resolveParameterType(parameter);
    return this.types.some((wanted) => isMatchingType(type, wanted));
  }

  /** CommandParameterNotFound for each name given in full that no command's parameter had. */
  reportUnmatchedNames(): void {
    for (const name of this.names) {
      if (containsWildcardCharacters(name) || this.matchedNames.has(name.toLowerCase())) continue;
      this.runtime.writeError(
        cmdletErrorRecord(this.runtime, {
          exceptionType: 'System.ArgumentException',
          message: `${formatMessage(commandParameterNotFound, name)} (Parameter '${name}')`,
          errorId: 'CommandParameterNotFound',
          category: 'ObjectNotFound',
          target: name,
        }),
      );
    }
  }
}
