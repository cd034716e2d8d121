/**
 * Reading psh's command line the way pwsh reads its own: `-Name` parameters are
 * case-insensitive and may be abbreviated to any unique prefix. `-Command` takes the rest of
 * the line as the command; `-File` (or a first argument that is not a parameter) takes a script
 * path and passes what follows to the script.
 */
export interface SessionOptions {
  noProfile: boolean;
  nonInteractive: boolean;
  noLogo: boolean;
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

/** Parameters that take a value psh accepts and ignores (text is the only format it has). */
const ignoredWithValue: ReadonlySet<Switch> = new Set(['OutputFormat', 'InputFormat', 'ExecutionPolicy', 'WindowStyle']);

function matchSwitch(arg: string): Switch | null {
  if (!/^[-\u2013\u2014/]/.test(arg) || arg.length < 2) return null;
  const name = arg.slice(1).toLowerCase();
  if (name === 'c') return 'Command';
  if (name === 'f') return 'File';
  if (name === 'v') return 'Version';
  if (name === 'o' || name === 'of') return 'OutputFormat';
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
  const session: SessionOptions = { noProfile: seen.has('NoProfile'), nonInteractive: seen.has('NonInteractive'), noLogo: seen.has('NoLogo') };
  if (command !== undefined) return { mode: 'command', command, ...session };
  if (file) return { mode: 'file', ...file, ...session };
  return { mode: 'interactive', ...session };
}
