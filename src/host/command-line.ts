/**
 * Reading psh's command line the way pwsh reads its own: `-Name` parameters are
 * case-insensitive and may be abbreviated to any unique prefix.
 */
export type CommandLineOptions =
  | { mode: 'version' }
  | { mode: 'parseOnly'; files: string[]; ast: boolean }
  | { mode: 'decodeWsman'; files: string[] }
  | { mode: 'unsupported'; what: string };

export class CommandLineError extends Error {}

const switches = ['ParseOnly', 'Ast', 'DecodeWsman', 'Version', 'NoProfile', 'NonInteractive', 'NoLogo', 'Command', 'File'] as const;
type Switch = (typeof switches)[number];

function matchSwitch(arg: string): Switch | null {
  if (!/^[-\u2013\u2014/]/.test(arg) || arg.length < 2) return null;
  const name = arg.slice(1).toLowerCase();
  if (name === 'c') return 'Command';
  if (name === 'v') return 'Version';
  const matches = switches.filter((s) => s.toLowerCase().startsWith(name));
  if (matches.length === 1) return matches[0];
  const exact = switches.find((s) => s.toLowerCase() === name);
  if (exact) return exact;
  if (matches.length > 1) throw new CommandLineError(`Parameter '${arg}' is ambiguous. Possible matches include: ${matches.map((m) => '-' + m).join(' ')}.`);
  return null;
}

export function parseCommandLine(argv: string[]): CommandLineOptions {
  const seen = new Set<Switch>();
  const files: string[] = [];
  for (const arg of argv) {
    const s = matchSwitch(arg);
    if (s) seen.add(s);
    else files.push(arg);
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
  if (seen.has('Command')) return { mode: 'unsupported', what: '-Command' };
  if (files.length || seen.has('File')) return { mode: 'unsupported', what: 'running scripts' };
  return { mode: 'unsupported', what: 'the interactive prompt' };
}
