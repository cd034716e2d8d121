/** An enum name's prefix, as LanguagePrimitives and FlagsExpression read it (EnumMinimumDisambiguation). */
import '../../../src/engine/index.js';
import { test } from 'uvu';
import { scriptCases } from '../runtime/run-script.js';

const attributes = (text: string) => `try { [System.IO.FileAttributes]'${text}' } catch { $_.Exception.Message }`;
const tooSimilar = (text: string, type: string, names: string) =>
  `Cannot convert value "${text}" to type "${type}". Error: "The identifier name ${text} cannot be processed because it is either too similar or identical to the following enumerator names: ${names}. Use a more specific identifier name."\n`;

scriptCases([
  // FileAttributes' special cases: D, R and S (and longer shared prefixes) mean Directory, ReadOnly and System.
  [`${attributes('d')}; ${attributes('R')}; ${attributes('Re')}; ${attributes('s')}`, 'Directory\nReadOnly\nReadOnly\nSystem\n'],
  [`${attributes('Rep')}; ${attributes('De')}`, 'ReparsePoint\nDevice\n'],
  [attributes('N'), tooSimilar('N', 'System.IO.FileAttributes', 'Normal, NotContentIndexed, NoScrubData')],
  // Other enums have no such cases.
  ["try { [System.DayOfWeek]'T' } catch { $_.Exception.Message }", tooSimilar('T', 'System.DayOfWeek', 'Tuesday, Thursday')],
]);

test.run();
