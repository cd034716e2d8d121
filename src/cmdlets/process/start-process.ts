/**
 * Start-Process (alias saps; start is an alias on Windows only, as in pwsh) as pwsh 7.4 has it on
 * Linux: -FilePath is looked up as a program (PATH, or a path from the current location), and
 * -ArgumentList joined by spaces is split again by .NET's rules (argument-string.ts). A name that
 * is no program, given without arguments, is opened with xdg-open (or gnome-open, kfmclient),
 * as .NET's ShellExecute does on Linux. The child runs in psh's terminal (-NoNewWindow changes
 * nothing there), in -WorkingDirectory or the current location, with psh's environment, none
 * (-UseNewEnvironment: .NET has no machine or user variables on Unix) and -Environment's
 * variables ($null removes one). -PassThru writes its Process object, -Wait waits for it to exit
 * (Ctrl+C ends the wait) and for its redirected output to be written. -Verb and -WindowStyle are
 * pwsh's NotSupported errors; -Credential is not implemented.
 *
 * Redirected streams are copied as pwsh copies them (stream-copiers.ts), except where psh waits
 * without /proc (macOS, Windows), which gives the child the files themselves.
 */
import { spawn, spawnSync, type ChildProcess, type StdioOptions } from 'node:child_process';
import { closeSync, existsSync, openSync, statSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { defineEnum } from '../../engine/dotnet/enums.js';
import { ioException } from '../../engine/dotnet/io-errors.js';
import { toPSString } from '../../engine/conversion/index.js';
import type { CommandRuntime } from '../../engine/runtime/command-runtime.js';
import { CmdletInfo } from '../../engine/runtime/commands.js';
import { formatMessage } from '../../engine/runtime/messages.js';
import { findProgram } from '../../engine/runtime/native-commands.js';
import type { Hashtable } from '../../engine/values/index.js';
import { terminatingError } from '../cmdlet-errors.js';
import { splitArguments } from './argument-string.js';
import { hasProcFs } from './proc-fs.js';
import { DiagnosticsProcess, pollMilliseconds, processTypeName, strerror, systemErrorText } from './process-object.js';
import { dotNetProcessStrings, processResources } from './process-messages.js';
import { inputCopierFor, outputCopierFor } from './stream-copiers.js';

defineEnum('System.Diagnostics.ProcessWindowStyle', { Normal: 0, Hidden: 1, Minimized: 2, Maximized: 3 });

/** What .NET's ShellExecute opens a non-program with on Linux, the first found. */
const openers = ['xdg-open', 'gnome-open', 'kfmclient'];
/** The parameters of the Default set whose presence turns ShellExecute off. */
const defaultSetParameters = ['LoadUserProfile', 'NoNewWindow', 'RedirectStandardError', 'RedirectStandardInput', 'RedirectStandardOutput', 'UseNewEnvironment', 'Environment'];

interface Launch {
  readonly file: string;
  readonly args: readonly string[];
  readonly cwd: string | undefined;
  readonly env: NodeJS.ProcessEnv;
  readonly redirects: { input?: string; output?: string; error?: string };
  /** Opening a non-program with xdg-open and the like, as .NET's ShellExecute does. */
  readonly viaShellExecute: boolean;
}

/** The child's environment: psh's (or none), with -Environment's changes. */
function environment(runtime: CommandRuntime): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = runtime.switch('UseNewEnvironment') ? {} : { ...process.env };
  const changes = runtime.parameter('Environment') as Hashtable | null | undefined;
  for (const [key, value] of changes ?? []) {
    const name = toPSString(key);
    delete env[name];
    if (value !== null && value !== undefined) env[name] = toPSString(value);
  }
  return env;
}

/** The redirection files, resolved; an input that is not a file and a file named twice are pwsh's errors (null). */
function redirections(runtime: CommandRuntime): Launch['redirects'] | null {
  const location = runtime.frame.context.location;
  const resolved = (name: string) => (runtime.has(name) ? location.fileSystemPath(String(runtime.parameter(name))) : undefined);
  const redirects = { input: resolved('RedirectStandardInput'), output: resolved('RedirectStandardOutput'), error: resolved('RedirectStandardError') };
  if (redirects.input !== undefined && !(existsSync(redirects.input) && statSync(redirects.input).isFile())) {
    const message = formatMessage(processResources.InvalidInput, `RedirectStandardInput '${String(runtime.parameter('RedirectStandardInput'))}'`);
    runtime.writeError(runtime.errorRecord('System.IO.FileNotFoundException', message, 'FileNotFoundException', 'InvalidOperation'));
    return null;
  }
  const pairs = [['RedirectStandardInput', 'RedirectStandardOutput', redirects.input, redirects.output], ['RedirectStandardInput', 'RedirectStandardError', redirects.input, redirects.error], ['RedirectStandardOutput', 'RedirectStandardError', redirects.output, redirects.error]] as const;
  for (const [first, second, a, b] of pairs) {
    if (a !== undefined && b !== undefined && a.toUpperCase() === b.toUpperCase()) {
      runtime.writeError(runtime.errorRecord('System.InvalidOperationException', formatMessage(processResources.DuplicateEntry, first, second), 'InvalidOperationException', 'InvalidOperation'));
      return null;
    }
  }
  return redirects;
}

/** The child's standard streams: psh's own, or the redirections, with what to release once it has started. */
interface ChildStreams {
  readonly stdio: StdioOptions;
  /** The processes copying the child's output to files (stream-copiers.ts), which -Wait waits for too. */
  readonly copiers: readonly ChildProcess[];
  /** Closes psh's ends of the pipes and files. */
  release(): void;
}

/**
 * .NET's exception from opening a redirection file, escaping the cmdlet as pwsh reports
 * exceptions it does not catch: the message, with the type's name as the error id.
 */
function uncaughtException(runtime: CommandRuntime, exceptionType: string, message: string): never {
  throw terminatingError(runtime, { exceptionType, message, errorId: exceptionType, category: 'NotSpecified' });
}

/**
 * The redirections wired up: an output file is created (emptied) at once, as pwsh creates it,
 * then written by a copier; `direct` (psh waiting with spawnSync) gives the child the files
 * themselves instead.
 */
function childStreams(runtime: CommandRuntime, redirects: Launch['redirects'], direct: boolean): ChildStreams {
  const files: number[] = [];
  const pipeEnds: (Readable | Writable)[] = [];
  const outputCopiers: ChildProcess[] = [];
  const openFile = (path: string, flags: 'r' | 'w') => {
    try {
      const fd = openSync(path, flags);
      files.push(fd);
      return fd;
    } catch (error) {
      const exception = ioException(error, path);
      return uncaughtException(runtime, exception.exceptionTypeName, exception.message);
    }
  };
  const input = (path: string | undefined) => {
    if (path === undefined) return 'inherit' as const;
    if (direct) return openFile(path, 'r');
    const copierOutput = inputCopierFor(path).stdout!;
    pipeEnds.push(copierOutput);
    return copierOutput;
  };
  const output = (path: string | undefined) => {
    if (path === undefined) return 'inherit' as const;
    const fd = openFile(path, 'w');
    if (direct) return fd;
    const copier = outputCopierFor(path);
    outputCopiers.push(copier);
    pipeEnds.push(copier.stdin!);
    return copier.stdin!;
  };
  const stdio: StdioOptions = [input(redirects.input), output(redirects.output), output(redirects.error)];
  return {
    stdio,
    copiers: outputCopiers,
    release() {
      for (const fd of files) closeSync(fd);
      for (const end of pipeEnds) end.destroy();
    },
  };
}

/**
 * .NET's Win32Exception for a program that could not start. pwsh catches it around ShellExecute
 * (InvalidStartProcess); from a plain start it escapes the cmdlet, and pwsh reports it under its
 * type name.
 */
function cannotStart(runtime: CommandRuntime, launch: Launch, reason: string): never {
  const message = formatMessage(dotNetProcessStrings.ErrorStartingProcess, launch.file, launch.cwd ?? process.cwd(), reason);
  if (!launch.viaShellExecute) {
    const type = 'System.ComponentModel.Win32Exception';
    throw terminatingError(runtime, { exceptionType: type, message, errorId: type, category: 'NotSpecified' });
  }
  throw terminatingError(runtime, { exceptionType: 'System.InvalidOperationException', message: formatMessage(processResources.InvalidStartProcess, message), errorId: 'InvalidOperationException', category: 'InvalidOperation' });
}

/** Why a program cannot be started: it is missing, or not executable. */
function startFailure(file: string): string {
  return strerror(existsSync(file) ? 'EACCES' : 'ENOENT');
}

/**
 * Starts the child and the copiers of its redirected streams (their Process objects, the
 * child's first). -Wait without /proc waits here, with the files given to the child directly:
 * there psh could not see a child end before the event loop runs.
 */
function launchProcess(runtime: CommandRuntime, launch: Launch, waitHere: boolean): DiagnosticsProcess[] {
  const streams = childStreams(runtime, launch.redirects, waitHere);
  const options = { cwd: launch.cwd, env: launch.env, stdio: streams.stdio };
  try {
    if (waitHere) {
      const result = spawnSync(launch.file, launch.args, options);
      if (result.error) cannotStart(runtime, launch, systemErrorText(result.error as NodeJS.ErrnoException));
      return [new DiagnosticsProcess(result.pid, result.status ?? 128)];
    }
    const child = spawn(launch.file, launch.args, options);
    // A failed start is reported below; Node would otherwise throw its 'error' event.
    child.on('error', () => {});
    if (child.pid === undefined) cannotStart(runtime, launch, startFailure(launch.file));
    // The child does not keep psh running, as pwsh's children do not keep pwsh.
    child.unref();
    return [child, ...streams.copiers].map((started) => DiagnosticsProcess.started(started));
  } finally {
    streams.release();
  }
}

const startProcess = new CmdletInfo(
  {
    name: 'Start-Process',
    aliases: ['saps', 'start'],
    implementingType: 'Microsoft.PowerShell.Commands.StartProcessCommand',
    defaultParameterSetName: 'Default',
    supportsShouldProcess: true,
    outputType: [processTypeName],
    parameters: [
      { name: 'FilePath', type: 'string', position: 0, mandatory: true, aliases: ['PSPath', 'Path'], validation: [{ kind: 'ValidateNotNullOrEmpty' }] },
      { name: 'ArgumentList', type: 'string[]', position: 1, aliases: ['Args'] },
      { name: 'WorkingDirectory', type: 'string', validation: [{ kind: 'ValidateNotNullOrEmpty' }] },
      // Windows's; accepted and without effect here, as in pwsh.
      { name: 'LoadUserProfile', type: 'switch', aliases: ['Lup'], parameterSets: { Default: {} } },
      { name: 'NoNewWindow', type: 'switch', aliases: ['nnw'], parameterSets: { Default: {} } },
      { name: 'PassThru', type: 'switch' },
      { name: 'RedirectStandardError', type: 'string', aliases: ['RSE'], parameterSets: { Default: {} }, validation: [{ kind: 'ValidateNotNullOrEmpty' }] },
      { name: 'RedirectStandardInput', type: 'string', aliases: ['RSI'], parameterSets: { Default: {} }, validation: [{ kind: 'ValidateNotNullOrEmpty' }] },
      { name: 'RedirectStandardOutput', type: 'string', aliases: ['RSO'], parameterSets: { Default: {} }, validation: [{ kind: 'ValidateNotNullOrEmpty' }] },
      { name: 'Verb', type: 'string', parameterSets: { UseShellExecute: {} }, validation: [{ kind: 'ValidateNotNullOrEmpty' }] },
      { name: 'WindowStyle', type: 'System.Diagnostics.ProcessWindowStyle', validation: [{ kind: 'ValidateNotNullOrEmpty' }] },
      { name: 'Wait', type: 'switch' },
      { name: 'UseNewEnvironment', type: 'switch', parameterSets: { Default: {} } },
      { name: 'Environment', type: 'hashtable' },
    ],
  },
  (runtime) => ({
    begin() {
      const unsupported = runtime.parameterSetName === 'UseShellExecute' ? '-Verb' : runtime.has('WindowStyle') ? '-WindowStyle' : undefined;
      if (unsupported) {
        const message = formatMessage(processResources.ParameterNotSupportedOnPSEdition, unsupported, 'Start-Process');
        throw terminatingError(runtime, { exceptionType: 'System.NotSupportedException', message, errorId: 'NotSupportedException', category: 'NotImplemented' });
      }
      const location = runtime.frame.context.location;
      const filePath = String(runtime.parameter('FilePath'));
      const program = findProgram(filePath, location.current);
      const argumentText = runtime.has('ArgumentList') ? (runtime.parameter('ArgumentList') as string[]).join(' ') : '';
      let cwd: string | undefined;
      if (runtime.has('WorkingDirectory')) {
        cwd = location.fileSystemPath(String(runtime.parameter('WorkingDirectory')));
        if (!(existsSync(cwd) && statSync(cwd).isDirectory())) {
          const message = formatMessage(processResources.InvalidInput, 'WorkingDirectory');
          runtime.writeError(runtime.errorRecord('System.IO.DirectoryNotFoundException', message, 'DirectoryNotFoundException', 'InvalidOperation'));
          return;
        }
      } else if (existsSync(location.current)) {
        cwd = location.current;
      }
      const redirects = redirections(runtime);
      if (!redirects) return;
      const shellExecute = program === undefined && !runtime.has('ArgumentList') && !defaultSetParameters.some((name) => runtime.has(name));
      const file = program ?? filePath;
      if (!runtime.shouldProcess(formatMessage(processResources.StartProcessTarget, file, argumentText.trim()))) return;
      let launch: Launch = { file, args: splitArguments(argumentText), cwd, env: environment(runtime), redirects, viaShellExecute: shellExecute };
      if (shellExecute) {
        const opener = openers.map((name) => findProgram(name, location.current)).find((found) => found !== undefined);
        if (!opener) cannotStart(runtime, launch, strerror('ENOENT'));
        launch = { ...launch, file: opener, args: [filePath] };
      }
      const wait = runtime.switch('Wait');
      const processes = launchProcess(runtime, launch, wait && !hasProcFs);
      if (runtime.switch('PassThru')) runtime.writeObject(processes[0]);
      // As .NET's WaitForExit(), -Wait also waits for the redirected output to be written.
      const stop = runtime.frame.context.stop;
      while (wait && !processes.every((started) => started.hasExited)) stop.sleep(pollMilliseconds);
    },
  }),
);

export const startProcessCmdlets: readonly CmdletInfo[] = [startProcess];
