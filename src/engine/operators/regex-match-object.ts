/**
 * The System.Text.RegularExpressions.Match that -replace hands a script block as $_: a PSObject
 * with the properties scripts read (Value, Index, Length, Success, Name, Groups), each group
 * itself such an object, and ToString() giving the matched text.
 */
import { PSObject } from '../values/index.js';
import { groupValue, type DotNetRegex } from './dotnet-regex.js';

const matchTypeNames = ['System.Text.RegularExpressions.Match', 'System.Text.RegularExpressions.Group', 'System.Text.RegularExpressions.Capture', 'System.Object'];
const groupTypeNames = ['System.Text.RegularExpressions.Group', 'System.Text.RegularExpressions.Capture', 'System.Object'];

export function regexMatchObject(match: RegExpExecArray, regex: DotNetRegex): PSObject {
  const groups = [captureObject(groupTypeNames, '0', match[0], match.index)];
  for (const group of regex.groups) {
    const value = groupValue(match, group);
    groups.push(captureObject(groupTypeNames, group.name, value, value === undefined ? 0 : groupIndex(match, group.jsIndex)));
  }
  const object = captureObject(matchTypeNames, '0', match[0], match.index);
  object.addNoteProperty('Groups', groups);
  return object;
}

function captureObject(typeNames: string[], name: string, value: string | undefined, index: number): PSObject {
  const object = new PSObject(undefined, [...typeNames]);
  object.addNoteProperty('Success', value !== undefined);
  object.addNoteProperty('Name', name);
  object.addNoteProperty('Value', value ?? '');
  object.addNoteProperty('Index', index);
  object.addNoteProperty('Length', value?.length ?? 0);
  object.toStringText = value ?? '';
  return object;
}

/** Where a group matched: JS reports it only with the `d` flag, so find it from the match indices. */
function groupIndex(match: RegExpExecArray & { indices?: Array<[number, number] | undefined> }, jsIndex: number): number {
  return match.indices?.[jsIndex]?.[0] ?? match.index + Math.max(0, match[0].indexOf(match[jsIndex] ?? ''));
}
