/**
 * Reading psh's command line the way pwsh reads its own: `-Name` parameters are
 * case-insensitive and may be abbreviated to any unique prefix. `-Command` takes the rest of
 * the line as the command; `-File` (or a first argument that is not a parameter) takes a script
 * path and passes what follows to the script.
 */
/** pwsh's data formats for -OutputFormat and -InputFormat. */
const dataFormats = ['Text', 'XML', 'None'] as const;
export type DataFormat = (typeof dataFormats)[number];

export interface SessionOptions {
  noProfile: boolean;
  nonInteractive: boolean;
  noLogo: boolean;
  outputFormat: DataFormat;
  /** Accepted and checked; psh reads standard input as text whatever it says. */
  inputFormat: DataFormat;
}

export type CommandLineOptions =
  | { mode: 'version' }
  | { mode: 'parseOnly'; files: string[]; ast: boolean }
  | { mode: 'decodeWsman'; files: string[] }
  | ({ mode: 'command'; command: string } & SessionOptions)
  | ({ mode: 'file'; file: string; args: string[] } & SessionOptions)
  | ({ mode: 'interactive' } & SessionOptions);

export class CommandLineError extends Error {}

const switches = [
  'ParseOnly', 'Ast', 'DecodeWsman', 'Version', 'NoProfile', 'NonInteractive', 'NoLogo', 'Command', 'File', 'OutputFormat',
  'InputFormat', 'ExecutionPolicy', 'NoExit', 'WindowStyle',
] as const;
type Switch = (typeof switches)[number];

/** Parameters that take a value psh accepts and ignores. */
const ignoredWithValue: ReadonlySet<Switch> = new Set(['ExecutionPolicy', 'WindowStyle']);

const missingFormat: Record<'OutputFormat' | 'InputFormat', string> = {
  OutputFormat: 'The command cannot be run because no argument has been supplied for the OutputFormat parameter.\nSpecify one of the following formats for this parameter:\n{0}',
  InputFormat: 'Cannot process the command because the -InputFormat parameter requires an argument. Specify a valid format argument for this parameter.\nValid formats are:\n{0}',
};

/** A format name, case-insensitive, as pwsh's enum parse reads it. */
function parseFormat(parameter: 'OutputFormat' | 'InputFormat', value: string | undefined): DataFormat {
  const list = dataFormats.map((f) => `${f}\n`).join('');
  if (value === undefined) throw new CommandLineError(missingFormat[parameter].replace('{0}', list));
  const format = dataFormats.find((f) => f.toLowerCase() === value.trim().toLowerCase());
  if (!format) throw new CommandLineError(`Cannot process the command because of an incorrect parameter value. "${value}" is not a valid format.\nValid formats are:\n${list}`);
  return format;
}

function matchSwitch(arg: string): Switch | null {
  if (!/^[-\u2013\u2014/]/.test(arg) || arg.length < 2) return null;
  const name = arg.slice(1).toLowerCase();
  if (name === 'c') return 'Command';
  if (name === 'f') return 'File';
  if (name === 'v') return 'Version';
  if (name === 'o' || name === 'of') return 'OutputFormat';
  if (name === 'if') return 'InputFormat';
  const exact = switches.find((s) => s.toLowerCase() === name);
  if (exact) return exact;
  const matches = switches.filter((s) => s.toLowerCase().startsWith(name));
  if (matches.length === 1) return matches[0];
  if (matches.length > 1) throw new CommandLineError(`Parameter '${arg}' is ambiguous. Possible matches include: ${matches.map((m) => '-' + m).join(' ')}.`);
  return null;
}

export function parseCommandLine(argv: string[]): CommandLineOptions {
  const seen = new Set<Switch>();
  const files: string[] = [];
  let command: string | undefined;
  let file: { file: string; args: string[] } | undefined;
  let outputFormat: DataFormat = 'Text';
  let inputFormat: DataFormat = 'Text';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const s = arg === '-' ? null : matchSwitch(arg);
    if (s === 'Command') {
      if (i + 1 >= argv.length) throw new CommandLineError('Cannot process the command because of a missing parameter. A command must follow -Command.');
      command = argv.slice(i + 1).join(' ');
      break;
    }
    if (s === 'File') {
      if (i + 1 >= argv.length) {
        throw new CommandLineError('The command cannot be run because the File parameter requires a file path. Supply a path for the File parameter and then try the command again.');
      }
      file = { file: argv[i + 1], args: argv.slice(i + 2) };
      break;
    }
    if (s === 'OutputFormat') {
      outputFormat = parseFormat(s, argv[++i]);
      continue;
    }
    if (s === 'InputFormat') {
      inputFormat = parseFormat(s, argv[++i]);
      continue;
    }
    if (s && ignoredWithValue.has(s)) {
      i++;
      continue;
    }
    if (s) {
      seen.add(s);
      continue;
    }
    // A first non-parameter argument is the script to run, as in pwsh 7 (unless a tool mode collects files).
    if (!seen.has('ParseOnly') && !seen.has('DecodeWsman')) {
      file = { file: arg, args: argv.slice(i + 1) };
      break;
    }
    files.push(arg);
  }
  if (seen.has('Version')) return { mode: 'version' };
  if (seen.has('ParseOnly')) {
    if (!files.length) throw new CommandLineError('-ParseOnly needs at least one file: psh -ParseOnly FILE... [-Ast]');
    return { mode: 'parseOnly', files, ast: seen.has('Ast') };
  }
  if (seen.has('DecodeWsman')) {
    if (files.length !== 1) throw new CommandLineError('-DecodeWsman needs one capture file: psh -DecodeWsman FILE');
    return { mode: 'decodeWsman', files };
  }
  const session: SessionOptions = {
    noProfile: seen.has('NoProfile'), nonInteractive: seen.has('NonInteractive'), noLogo: seen.has('NoLogo'), outputFormat, inputFormat,
  };
  if (command !== undefined) return { mode: 'command', command, ...session };
  if (file) return { mode: 'file', ...file, ...session };
  return { mode: 'interactive', ...session };
}
