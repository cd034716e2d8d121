/** psh's command line: pwsh's parameter spellings, -Command taking the rest, -File passing arguments on. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CommandLineError, parseCommandLine } from '../../src/host/command-line.js';

const session = { noProfile: false, nonInteractive: false, noLogo: false, outputFormat: 'Text', inputFormat: 'Text' } as const;

test('-Command and -c take the rest of the line as the command', () => {
  assert.equal(parseCommandLine(['-NoProfile', '-c', '1', '+', '2']), { mode: 'command', command: '1 + 2', ...session, noProfile: true });
  assert.equal(parseCommandLine(['-command', 'Get-Thing -Name x']), { mode: 'command', command: 'Get-Thing -Name x', ...session });
  assert.equal(parseCommandLine(['-Com', '"x"']), { mode: 'command', command: '"x"', ...session });
});

test('-File and a bare script path pass the remaining arguments to the script', () => {
  assert.equal(parseCommandLine(['-File', 's.ps1', 'a', '-Name', 'v']), { mode: 'file', file: 's.ps1', args: ['a', '-Name', 'v'], ...session });
  assert.equal(parseCommandLine(['-NoLogo', 's.ps1', '-x']), { mode: 'file', file: 's.ps1', args: ['-x'], ...session, noLogo: true });
  assert.equal(parseCommandLine(['-']), { mode: 'file', file: '-', args: [], ...session });
});

test('-ExecutionPolicy takes a value that is ignored', () => {
  assert.equal(parseCommandLine(['-ExecutionPolicy', 'Bypass', '-File', 'a.ps1']), { mode: 'file', file: 'a.ps1', args: [], ...session });
});

test('-OutputFormat (-of, -o) and -InputFormat (-if) take Text, XML or None, in any case', () => {
  assert.equal(parseCommandLine(['-OutputFormat', 'Text', '-NonInteractive', '-c', 'x']), { mode: 'command', command: 'x', ...session, nonInteractive: true });
  assert.equal(parseCommandLine(['-of', 'xml', '-c', 'x']), { mode: 'command', command: 'x', ...session, outputFormat: 'XML' });
  assert.equal(parseCommandLine(['-o', 'None', '-if', 'XML', '-c', 'x']), { mode: 'command', command: 'x', ...session, outputFormat: 'None', inputFormat: 'XML' });
  assert.equal(parseCommandLine(['-InputFormat', 'text']), { mode: 'interactive', ...session });
});

test('a missing or unknown format is pwsh\'s error, listing the formats', () => {
  const fails = (argv: string[], message: string) =>
    assert.throws(() => parseCommandLine(argv), (e: unknown) => e instanceof CommandLineError && e.message === message);
  fails(['-of'], 'The command cannot be run because no argument has been supplied for the OutputFormat parameter.\nSpecify one of the following formats for this parameter:\nText\nXML\nNone\n');
  fails(['-if'], 'Cannot process the command because the -InputFormat parameter requires an argument. Specify a valid format argument for this parameter.\nValid formats are:\nText\nXML\nNone\n');
  fails(['-of', 'json', '-c', '1'], 'Cannot process the command because of an incorrect parameter value. "json" is not a valid format.\nValid formats are:\nText\nXML\nNone\n');
});

test('no arguments means the interactive prompt; tool modes still work', () => {
  assert.equal(parseCommandLine([]), { mode: 'interactive', ...session });
  assert.equal(parseCommandLine(['-Version']), { mode: 'version' });
  assert.equal(parseCommandLine(['-ParseOnly', 'a.ps1', 'b.ps1', '-Ast']), { mode: 'parseOnly', files: ['a.ps1', 'b.ps1'], ast: true });
});

test('a missing command or file is an error with pwsh text', () => {
  assert.throws(() => parseCommandLine(['-c']), (e: unknown) => e instanceof CommandLineError && /A command must follow -Command\./.test(e.message));
  assert.throws(() => parseCommandLine(['-File']), (e: unknown) => e instanceof CommandLineError && /the File parameter requires a file path/.test(e.message));
});

test.run();
