/**
 * The CLIXML examples of MS-PSRP, read from the spec text at test time. The spec's Markdown
 * rendering damaged some examples; `restoreMarkup` undoes exactly that damage and changes
 * nothing else:
 * - <B> elements became bold markup: `<B>true**` keeps its start tag; `**false**` lost its tag
 *   and N attribute. In the System.Drawing.Point examples the text names the property
 *   (IsEmpty); elsewhere the name is gone, so each gets a placeholder N="LostInMarkdown<n>";
 * - text-only elements were wrapped onto lines of their own (`<S N="T">`, blank line, text,
 *   blank line, `</S>`): that layout whitespace is removed;
 * - text that is itself XML or contains angle brackets lost its escaping: the <XD> example
 *   and the CommandInfo_Definition strings (`[-OutBuffer <Int32>]`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const specPath = fileURLToPath(new URL('../../../../shared/specs/MS-PSRP.md', import.meta.url));

export interface SpecExample {
  /** Section number, e.g. '2.2.5.2.6.1'. */
  readonly section: string;
  readonly title: string;
  readonly xml: string;
}

export function readSpecExamples(): SpecExample[] {
  if (!existsSync(specPath)) throw new Error(`MS-PSRP spec not found at ${specPath}: the shared material (../shared/specs) is missing`);
  const lines = readFileSync(specPath, 'utf8').split(/\r?\n/);
  const examples: SpecExample[] = [];
  let section = '';
  let title = '';
  for (let i = 0; i < lines.length; i++) {
    const heading = /^#+ (\d+(?:\.\d+)*) (.*)$/.exec(lines[i]!);
    if (heading) {
      section = heading[1]!;
      title = heading[2]!;
      continue;
    }
    if (!/^Example( \(.*\))?:$/.test(lines[i]!)) continue;
    const block: string[] = [];
    for (i++; i < lines.length && !lines[i]!.startsWith('<a id=') && !lines[i]!.startsWith('#'); i++) block.push(lines[i]!);
    i--;
    const xml = restoreMarkup(stripComments(block.join('\n'))).trim();
    if (xml.startsWith('<')) examples.push({ section, title, xml });
  }
  return examples;
}

function stripComments(text: string): string {
  let result = '';
  let from = 0;
  for (let start = text.indexOf('<!--'); start >= 0; start = text.indexOf('<!--', from)) {
    const end = text.indexOf('-->', start);
    if (end < 0) break;
    result += text.slice(from, start);
    from = end + 3;
  }
  return result + text.slice(from);
}

function restoreMarkup(text: string): string {
  const pointProperty = text.includes('<T>System.Drawing.Point</T>') ? () => 'IsEmpty' : placeholderNames();
  return text
    .replace(/^(<B(?: N="[^"]*")?>)(true|false)\*\*$/gm, '$1$2</B>')
    .replace(/^\*\*(true|false)\*\*$/gm, (_, value: string) => `<B N="${pointProperty()}">${value}</B>`)
    .replace(/(<(\w+)(?: [^<>]*)?>)[ \t]*\n\s*([^<]*<\/\2>)/g, '$1$3')
    .replace(/(<(\w+)(?: [^<>]*)?>[^<]*?)\s*\n\s*(<\/\2>)/g, '$1$3')
    .replace(/^(<XD>|<S N="CommandInfo_Definition">)(.*)(<\/XD>|<\/S>)$/gm, (_, open: string, inner: string, close: string) => open + escapeText(inner) + close);
}

function placeholderNames(): () => string {
  let count = 0;
  return () => `LostInMarkdown${++count}`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
