/**
 * How .NET on Unix splits ProcessStartInfo.Arguments (Start-Process's -ArgumentList joined by
 * spaces) into the program's argv, following the Windows C runtime's rules: spaces and tabs
 * separate arguments except inside double quotes; backslashes are literal unless they precede a
 * double quote, where each pair is one backslash and an odd one makes the quote literal; inside
 * quotes, two double quotes are one literal quote.
 */
export function splitArguments(text: string): string[] {
  const args: string[] = [];
  let i = 0;
  const isBlank = (c: string | undefined) => c === ' ' || c === '\t';
  while (i < text.length) {
    while (isBlank(text[i])) i++;
    if (i >= text.length) break;
    let current = '';
    let quoted = false;
    while (i < text.length) {
      let backslashes = 0;
      while (text[i] === '\\') {
        backslashes++;
        i++;
      }
      if (backslashes > 0) {
        if (text[i] !== '"') {
          current += '\\'.repeat(backslashes);
        } else {
          current += '\\'.repeat(Math.floor(backslashes / 2));
          if (backslashes % 2 === 1) {
            current += '"';
            i++;
          }
        }
        continue;
      }
      const c = text[i]!;
      if (c === '"') {
        if (quoted && text[i + 1] === '"') {
          current += '"';
          i++;
        } else {
          quoted = !quoted;
        }
        i++;
        continue;
      }
      if (isBlank(c) && !quoted) break;
      current += c;
      i++;
    }
    args.push(current);
  }
  return args;
}
