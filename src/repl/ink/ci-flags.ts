/**
 * Ink decides once, when it is first loaded, whether it runs under continuous integration (the
 * CI or CONTINUOUS_INTEGRATION environment variables), and there it draws nothing until the app
 * ends: right for a build log, but psh opens this prompt only on an interactive terminal, where
 * a shell that happens to export CI=true would then show no prompt at all.
 *
 * Importing this module hides the two variables; index.ts imports it before Ink and puts them
 * back with restoreCiFlags() once Ink is loaded, so scripts still see $env:CI.
 */
const ciFlagNames = ['CI', 'CONTINUOUS_INTEGRATION'] as const;
const hiddenFlags = new Map<string, string>();

for (const name of ciFlagNames) {
  const value = process.env[name];
  if (value !== undefined) {
    hiddenFlags.set(name, value);
    delete process.env[name];
  }
}

export function restoreCiFlags(): void {
  for (const [name, value] of hiddenFlags) process.env[name] = value;
  hiddenFlags.clear();
}
