/**
 * Get-Location, Set-Location, Push-Location and Pop-Location over the session's location
 * (src/engine/runtime/location.ts): `cd` alone goes home, `cd -` and `cd +` walk the
 * Set-Location history, a path may use wildcards as long as it names a single directory, and
 * the location stacks are named (the default one is `default`, or whatever Set-Location
 * -StackName chose).
 */
import { statSync } from 'node:fs';
import { homedir } from 'node:os';
import { CmdletInfo } from '../engine/runtime/commands.js';
import type { CommandRuntime } from '../engine/runtime/command-runtime.js';
import { PSErrorException } from '../engine/runtime/error-record.js';
import { formatMessage } from '../engine/runtime/messages.js';
import { PathInfo } from '../engine/runtime/path-info.js';
import { containsWildcardCharacters, unescapeWildcard } from '../engine/wildcard/index.js';
import { sessionStateStrings } from './filesystem/messages.js';
import { expandWildcards, isDirectory, pathNotFound } from './filesystem/paths.js';
import { stringList } from './parameter-lists.js';

/**
 * SessionState.SetLocation: moves the session to the single directory `path` names and returns
 * it, or writes pwsh's error and returns null. `-` and `+` (not literal) walk the history.
 */
function setLocation(runtime: CommandRuntime, path: string, literal: boolean): PathInfo | null {
  const location = runtime.frame.context.location;
  let target = path;
  if (!literal && (path === '-' || path === '+')) {
    const next = path === '-' ? location.back() : location.forward();
    if (next === undefined) {
      const message = path === '-' ? sessionStateStrings.LocationUndoStackIsEmpty : sessionStateStrings.LocationRedoStackIsEmpty;
      throw new PSErrorException(runtime.errorRecord('System.InvalidOperationException', message, 'System.InvalidOperationException', 'NotSpecified'));
    }
    target = next;
    literal = true;
  } else {
    location.remember();
  }
  let candidates: string[];
  if (!literal && containsWildcardCharacters(target)) {
    candidates = expandWildcards(location.fileSystemPath(target), false);
    if (candidates.length === 0) {
      runtime.writeError(pathNotFound(runtime, target));
      return null;
    }
  } else {
    const full = location.fileSystemPath(literal ? target : unescapeWildcard(target));
    if (!isDirectory(full)) {
      runtime.writeError(pathNotFound(runtime, statSync(full, { throwIfNoEntry: false }) ? target : full));
      return null;
    }
    candidates = [full];
  }
  const directories = candidates.filter(isDirectory);
  if (directories.length > 1) {
    const record = runtime.errorRecord('System.Management.Automation.PSArgumentException', formatMessage(sessionStateStrings.PathResolvedToMultiple, target), 'Argument', 'InvalidArgument');
    runtime.writeError(record);
    return null;
  }
  if (directories.length === 0) {
    runtime.writeError(pathNotFound(runtime, target));
    return null;
  }
  location.current = directories[0]!;
  return new PathInfo(location.current);
}

const getLocation = new CmdletInfo(
  {
    name: 'Get-Location',
    aliases: ['gl', 'pwd'],
    implementingType: 'Microsoft.PowerShell.Commands.GetLocationCommand',
    defaultParameterSetName: 'Location',
    outputType: ['System.Management.Automation.PathInfo'],
    parameters: [
      { name: 'PSProvider', type: 'string[]', parameterSets: { Location: { valueFromPipelineByPropertyName: true } } },
      { name: 'PSDrive', type: 'string[]', parameterSets: { Location: { valueFromPipelineByPropertyName: true } } },
      { name: 'Stack', type: 'switch', parameterSets: { Stack: {} } },
      { name: 'StackName', type: 'string[]', parameterSets: { Stack: { valueFromPipelineByPropertyName: true } } },
    ],
  },
  (runtime) => ({
    process() {
      const location = runtime.frame.context.location;
      if (runtime.parameterSetName !== 'Stack') {
        runtime.writeObject(new PathInfo(location.current));
        return;
      }
      const names = runtime.has('StackName') ? stringList(runtime.parameter('StackName')) : [undefined];
      for (const name of names) {
        const stack = location.stack(name, false);
        if (stack === undefined && name !== undefined && name.toLowerCase() !== 'default') {
          runtime.writeError(runtime.errorRecord('System.Management.Automation.PSArgumentException', formatMessage(sessionStateStrings.StackNotFound, name), 'Argument', 'InvalidArgument'));
          continue;
        }
        // A stack lists its newest location first.
        for (const path of [...(stack ?? [])].reverse()) runtime.writeObject(new PathInfo(path));
      }
    },
  }),
);

const setLocationCmdlet = new CmdletInfo(
  {
    name: 'Set-Location',
    aliases: ['sl', 'cd', 'chdir'],
    implementingType: 'Microsoft.PowerShell.Commands.SetLocationCommand',
    defaultParameterSetName: 'Path',
    outputType: ['System.Management.Automation.PathInfo'],
    parameters: [
      { name: 'Path', type: 'string', parameterSets: { Path: { position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } },
      { name: 'LiteralPath', type: 'string', aliases: ['PSPath', 'LP'], parameterSets: { LiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } } },
      { name: 'PassThru', type: 'switch' },
      { name: 'StackName', type: 'string', parameterSets: { Stack: { valueFromPipelineByPropertyName: true } } },
    ],
  },
  (runtime) => ({
    process() {
      const location = runtime.frame.context.location;
      let result: PathInfo | null = null;
      if (runtime.parameterSetName === 'Stack') {
        const name = runtime.parameter('StackName');
        const stackName = name === undefined || name === null || name === '' ? 'default' : String(name);
        if (location.stack(stackName, false) === undefined && stackName.toLowerCase() !== 'default') {
          runtime.writeError(runtime.errorRecord('System.Management.Automation.ItemNotFoundException', formatMessage(sessionStateStrings.PathNotFound, stackName), 'StackNotFound', 'ObjectNotFound', stackName));
          return;
        }
        location.defaultStackName = stackName;
      } else {
        const literal = runtime.has('LiteralPath');
        const given = runtime.parameter(literal ? 'LiteralPath' : 'Path');
        const path = given === undefined || given === null || given === '' ? homedir() : String(given);
        result = setLocation(runtime, path, literal);
      }
      if (runtime.switch('PassThru') && result) runtime.writeObject(result);
    },
  }),
);

const pushLocation = new CmdletInfo(
  {
    name: 'Push-Location',
    aliases: ['pushd'],
    implementingType: 'Microsoft.PowerShell.Commands.PushLocationCommand',
    defaultParameterSetName: 'Path',
    parameters: [
      { name: 'Path', type: 'string', parameterSets: { Path: { position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } },
      { name: 'LiteralPath', type: 'string', aliases: ['PSPath', 'LP'], parameterSets: { LiteralPath: { valueFromPipelineByPropertyName: true } } },
      { name: 'PassThru', type: 'switch' },
      { name: 'StackName', type: 'string', valueFromPipelineByPropertyName: true },
    ],
  },
  (runtime) => ({
    process() {
      const location = runtime.frame.context.location;
      const stackName = runtime.parameter('StackName') as string | undefined;
      location.stack(stackName ?? undefined, true)!.push(location.current);
      const literal = runtime.has('LiteralPath');
      const given = runtime.parameter(literal ? 'LiteralPath' : 'Path');
      if (given === undefined || given === null) return;
      const result = setLocation(runtime, String(given), literal);
      if (runtime.switch('PassThru') && result) runtime.writeObject(result);
    },
  }),
);

const popLocation = new CmdletInfo(
  {
    name: 'Pop-Location',
    aliases: ['popd'],
    implementingType: 'Microsoft.PowerShell.Commands.PopLocationCommand',
    parameters: [
      { name: 'PassThru', type: 'switch' },
      { name: 'StackName', type: 'string', valueFromPipelineByPropertyName: true },
    ],
  },
  (runtime) => ({
    process() {
      const location = runtime.frame.context.location;
      const given = runtime.parameter('StackName');
      const name = given === undefined || given === null || given === '' ? undefined : String(given);
      const stack = location.stack(name, false);
      if (stack === undefined) {
        if (name !== undefined && name.toLowerCase() !== 'default') {
          runtime.writeError(runtime.errorRecord('System.Management.Automation.PSArgumentException', formatMessage(sessionStateStrings.StackNotFound, name), 'Argument', 'InvalidArgument'));
        }
        return;
      }
      const popped = stack.pop();
      if (popped === undefined) return;
      const result = setLocation(runtime, popped, true);
      location.dropIfEmpty(name);
      if (runtime.switch('PassThru') && result) runtime.writeObject(result);
    },
  }),
);

export const locationCmdlets: readonly CmdletInfo[] = [getLocation, setLocationCmdlet, pushLocation, popLocation];
