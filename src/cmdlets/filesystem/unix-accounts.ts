/**
 * User and group names for file owners (UnixStat's GetUserName/GetGroupName): read from
 * /etc/passwd and /etc/group once; an id with no entry shows as its number, as pwsh shows it.
 */
import { readFileSync } from 'node:fs';

function readNames(file: string): Map<number, string> {
  const names = new Map<number, string>();
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return names;
  }
  for (const line of text.split('\n')) {
    const [name, , id] = line.split(':');
    if (name && id !== undefined && !names.has(Number(id))) names.set(Number(id), name);
  }
  return names;
}

let users: Map<number, string> | undefined;
let groups: Map<number, string> | undefined;

export function userName(uid: number): string {
  return (users ??= readNames('/etc/passwd')).get(uid) ?? String(uid);
}

export function groupName(gid: number): string {
  return (groups ??= readNames('/etc/group')).get(gid) ?? String(gid);
}
