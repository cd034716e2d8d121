/**
 * The console host for non-interactive runs: output formatted as pwsh's Out-Default would
 * (tables held until complete), errors in ConciseView on stderr, warnings/verbose/debug with
 * their prefixes, Write-Host text as it is.
 */
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { toPSString } from '../engine/conversion/index.js';
import { Runspace, type CommandArgument, type StreamSinks } from '../engine/index.js';
import type { ProgressRecord } from '../engine/runtime/streams.js';
import type { ParseError } from '../../grammar/errors.js';
import { OutputFormatter } from '../format/default-output.js';
import { conciseErrorRecordView } from '../format/error-view.js';
import { conciseErrorView } from '../format/position-message.js';
import { PSVariable } from '../engine/runtime/session-state.js';
import { scopedItemOptions, setVariableOptions } from '../engine/runtime/variable-options.js';
import { dollarProfile, dotSourceCommand, profileRunOrder, type ProfilePaths } from './profile.js';

export interface HostIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Write-Progress records, for a host that shows them (a terminal); left out otherwise, as pwsh does when output is redirected. */
  progress?(record: ProgressRecord): void;
}

/** Where a stream's objects go when they are not formatted as text (-OutputFormat XML or None). */
export interface ObjectWriter {
  /** `streamName` is pwsh's: Output, Error, warning, verbose, debug, information. */
  serialize(value: unknown, streamName: string): void;
  end(): void;
}

export interface ObjectStreams {
  output: ObjectWriter;
  /** Error, warning, verbose, debug and information records: standard error's. */
  error: ObjectWriter;
}

export class ConsoleHost {
  readonly runspace: Runspace;
  private readonly formatter = new OutputFormatter();

  /** `objects`: each stream's objects go there instead of being formatted as text. */
  constructor(readonly io: HostIO, private readonly objects?: ObjectStreams) {
    if (objects) {
      const { output, error } = objects;
      this.runspace = new Runspace((value) => output.serialize(value, 'Output'), {
        error: (record) => error.serialize(record, 'Error'),
        warning: (message) => error.serialize(message, 'warning'),
        verbose: (message) => error.serialize(message, 'verbose'),
        debug: (message) => error.serialize(message, 'debug'),
        information: (message) => error.serialize(message.messageData ?? null, 'information'),
      });
      return;
    }
    const write = (text: string) => {
      this.flushOutput();
      io.stdout(text);
    };
    const streams: StreamSinks = {
      error: (record) => {
        this.flushOutput();
        io.stderr(conciseErrorRecordView(record) + '\n');
      },
      warning: (message) => write(`WARNING: ${message}\n`),
      verbose: (message) => write(`VERBOSE: ${message}\n`),
      debug: (message) => write(`DEBUG: ${message}\n`),
      information: (message) => write(toPSString(message.messageData ?? null) + (message.noNewLine ? '' : '\n')),
      progress: io.progress?.bind(io),
    };
    this.runspace = new Runspace((value) => {
      const text = this.formatter.write(value);
      if (text) io.stdout(text);
    }, streams);
  }

  /** The end of the run: ends the object streams (closing -OutputFormat XML's documents). */
  close(): void {
    this.objects?.output.end();
    this.objects?.error.end();
  }

  /**
   * pwsh's session start: $PSHOME and $PROFILE are set, then (unless -NoProfile) each profile script that
   * exists is dot-sourced; its output and errors show as a command's would.
   */
  startSession(profiles: ProfilePaths, noProfile: boolean): void {
    // $PSHOME: psh's own folder, where the all-users profiles are.
    setVariableOptions(this.runspace.context.globalScope.define(new PSVariable('PSHOME', dirname(profiles.AllUsersAllHosts))), scopedItemOptions.Constant | scopedItemOptions.AllScope);
    this.runspace.context.globalScope.define(new PSVariable('PROFILE', dollarProfile(profiles)));
    if (noProfile) return;
    for (const path of profileRunOrder(profiles)) {
      if (existsSync(path)) this.runCommand(dotSourceCommand(path));
    }
  }

  /** Writes any table still held by the formatter. */
  flushOutput(): void {
    const text = this.formatter.flush();
    if (text) this.io.stdout(text);
  }

  reportParseErrors(errors: readonly ParseError[]): void {
    for (const e of errors) this.io.stderr(conciseErrorView('ParserError', e.extent, e.message) + '\n');
  }

  /**
   * `psh -Command`: exit code from `exit`, else 1 after a failure ($? false), else 0. `input`
   * gives $input its lines (the standard input when it is not a terminal).
   */
  runCommand(text: string, input?: () => unknown[]): number {
    const outcome = this.runspace.runCommand(text, input);
    this.flushOutput();
    if (outcome.parseErrors.length > 0) {
      this.reportParseErrors(outcome.parseErrors);
      return 1;
    }
    if (outcome.exitCode !== null) return outcome.exitCode;
    return outcome.terminated || !this.runspace.context.lastSuccess ? 1 : 0;
  }

  /** `psh -File`: exit code from `exit`, 1 when a terminating error or a stop (Ctrl+C) ended the script, else 0. */
  runScript(text: string, path: string, args: readonly string[]): number {
    const outcome = this.runspace.runScript(text, path, args.map(scriptArgument));
    this.flushOutput();
    if (outcome.parseErrors.length > 0) {
      this.reportParseErrors(outcome.parseErrors);
      return 1;
    }
    if (outcome.exitCode !== null) return outcome.exitCode;
    return outcome.terminated || outcome.stopped ? 1 : 0;
  }
}

/** A -File argument: `-Name` and `-Name:value` are parameters, anything else a string value. */
export function scriptArgument(arg: string): CommandArgument {
  const match = /^-([A-Za-z_?][\w-]*)(:)?(.*)$/s.exec(arg);
  if (!match) return { kind: 'positional', value: arg };
  const [, name, colon, rest] = match;
  if (!colon) return { kind: 'parameter', name, colon: false };
  const value = /^\$true$/i.test(rest) ? true : /^\$false$/i.test(rest) ? false : rest;
  return { kind: 'parameter', name, colon: true, value };
}
