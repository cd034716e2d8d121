/**
 * [System.IO.Directory]: folder queries and changes as .NET 8 does them. GetFiles and its kin
 * give each entry as the given path joined with its name (full only when the given path is), in
 * breadth-first order for AllDirectories, matching names against * and ? (case-sensitive here).
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, statSync, type Dirent } from 'node:fs';
import nodePath from 'node:path';
import { DirectoryInfo } from '../../../cmdlets/filesystem/items.js';
import { defineEnum, enumNumber } from '../enums.js';
import { DotNetException, notNull } from '../errors.js';
import { defineType } from '../member-table.js';
import { registerStaticClass } from '../type-registration.js';
import { asIOException, directoryNotFound, fileAlreadyExists, fullPath } from '../io-errors.js';

defineEnum('System.IO.SearchOption', { TopDirectoryOnly: 0, AllDirectories: 1 });

function isDirectory(full: string): boolean {
  return statSync(full, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/** A search pattern as .NET's compatible matching reads it: * any run, ? one character, '*.*' everything. */
function patternRegex(pattern: string | null): RegExp {
  const text = notNull(pattern, 'searchPattern');
  if (text === '*.*') return /^/;
  const body = text.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 's');
}

type EntryKind = 'file' | 'directory';

function entries(path: string | null, pattern: string | null, option: unknown, kind: EntryKind): string[] {
  const full = fullPath(path);
  const matcher = patternRegex(pattern);
  const recursive = option !== undefined && enumNumber(option) === 1;
  const given = path!;
  const found: string[] = [];
  const pending: [shown: string, actual: string][] = [[given, full]];
  for (let next = pending.shift(); next; next = pending.shift()) {
    const [shown, actual] = next;
    const children: Dirent[] = asIOException(actual, () => readdirSync(actual, { withFileTypes: true }), directoryNotFound);
    for (const child of children) {
      const childShown = shown.endsWith('/') ? shown + child.name : `${shown}/${child.name}`;
      const childIsDirectory = child.isDirectory() || (child.isSymbolicLink() && isDirectory(nodePath.join(actual, child.name)));
      if ((kind === 'directory') === childIsDirectory && matcher.test(child.name)) found.push(childShown);
      if (recursive && child.isDirectory()) pending.push([childShown, nodePath.join(actual, child.name)]);
    }
  }
  return found;
}

function createDirectory(path: string | null): DirectoryInfo {
  const full = fullPath(path);
  if (existsSync(full) && !isDirectory(full)) throw fileAlreadyExists(full);
  asIOException(full, () => mkdirSync(full, { recursive: true }), directoryNotFound);
  return new DirectoryInfo(full);
}

function deleteDirectory(path: string | null, recursive: boolean): void {
  const full = fullPath(path);
  if (!isDirectory(full)) throw directoryNotFound(full);
  try {
    if (recursive) rmSync(full, { recursive: true });
    else rmdirSync(full);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTEMPTY') throw new DotNetException('System.IO.IOException', `Directory not empty : '${full}'`);
    asIOException(full, () => { throw error; }, directoryNotFound);
  }
}

function move(source: string | null, destination: string | null): void {
  const from = fullPath(source, 'sourceDirName');
  const to = fullPath(destination, 'destDirName');
  if (!existsSync(from)) throw directoryNotFound(from);
  if (existsSync(to)) throw new DotNetException('System.IO.IOException', `Cannot create '${to}' because a file or directory with the same name already exists.`);
  asIOException(to, () => renameSync(from, to), directoryNotFound);
}

registerStaticClass('System.IO.Directory');

type Search = [path: string | null, pattern?: string | null, option?: unknown];

defineType({
  fullName: 'System.IO.Directory',
  methods: [
    ['static bool Exists(string path)', (_type, [path]: [string | null]) => !!path && isDirectory(fullPath(path))],
    ['static System.IO.DirectoryInfo CreateDirectory(string path)', (_type, [path]: [string | null]) => createDirectory(path)],
    ['static string[] GetFiles(string path)', (_type, [path]: Search) => entries(path, '*', undefined, 'file')],
    ['static string[] GetFiles(string path, string searchPattern)', (_type, [path, pattern]: Search) => entries(path, pattern!, undefined, 'file')],
    ['static string[] GetFiles(string path, string searchPattern, System.IO.SearchOption searchOption)', (_type, [path, pattern, option]: Search) => entries(path, pattern!, option, 'file')],
    ['static string[] GetDirectories(string path)', (_type, [path]: Search) => entries(path, '*', undefined, 'directory')],
    ['static string[] GetDirectories(string path, string searchPattern)', (_type, [path, pattern]: Search) => entries(path, pattern!, undefined, 'directory')],
    ['static string[] GetDirectories(string path, string searchPattern, System.IO.SearchOption searchOption)', (_type, [path, pattern, option]: Search) => entries(path, pattern!, option, 'directory')],
    ['static System.Collections.Generic.IEnumerable[string] EnumerateFiles(string path)', (_type, [path]: Search) => entries(path, '*', undefined, 'file')],
    ['static System.Collections.Generic.IEnumerable[string] EnumerateFiles(string path, string searchPattern)', (_type, [path, pattern]: Search) => entries(path, pattern!, undefined, 'file')],
    ['static System.Collections.Generic.IEnumerable[string] EnumerateFiles(string path, string searchPattern, System.IO.SearchOption searchOption)', (_type, [path, pattern, option]: Search) => entries(path, pattern!, option, 'file')],
    ['static System.Collections.Generic.IEnumerable[string] EnumerateDirectories(string path)', (_type, [path]: Search) => entries(path, '*', undefined, 'directory')],
    ['static System.Collections.Generic.IEnumerable[string] EnumerateDirectories(string path, string searchPattern)', (_type, [path, pattern]: Search) => entries(path, pattern!, undefined, 'directory')],
    ['static System.Collections.Generic.IEnumerable[string] EnumerateDirectories(string path, string searchPattern, System.IO.SearchOption searchOption)', (_type, [path, pattern, option]: Search) => entries(path, pattern!, option, 'directory')],
    ['static void Delete(string path)', (_type, [path]: [string | null]) => deleteDirectory(path, false)],
    ['static void Delete(string path, bool recursive)', (_type, [path, recursive]: [string | null, boolean]) => deleteDirectory(path, recursive)],
    ['static string GetCurrentDirectory()', () => process.cwd()],
    ['static void Move(string sourceDirName, string destDirName)', (_type, [source, destination]: [string | null, string | null]) => move(source, destination)],
  ],
});
