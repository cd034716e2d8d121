/**
 * [System.IO.Path] with .NET's rules on this platform's separators: Combine restarts at a rooted
 * part, GetExtension and GetDirectoryName give '' or $null where .NET does.
 */
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import nodePath from 'node:path';
import { Char } from '../../values/index.js';
import { argumentException } from '../errors.js';
import { defineType } from '../member-table.js';
import { registerStaticClass } from '../type-registration.js';

const windows = process.platform === 'win32';
const separator = windows ? '\\' : '/';
const isSeparator = (character: string | undefined) => character === '/' || (windows && character === '\\');
const platformPath = windows ? nodePath.win32 : nodePath.posix;

function fileNameStart(path: string): number {
  for (let i = path.length - 1; i >= 0; i--) if (isSeparator(path[i]) || (windows && path[i] === ':')) return i + 1;
  return 0;
}

function getFileName(path: string | null): string | null {
  return path === null ? null : path.slice(fileNameStart(path));
}

function extensionStart(path: string): number {
  const start = fileNameStart(path);
  const dot = path.lastIndexOf('.');
  return dot >= start && dot !== path.length - 1 ? dot : -1;
}

function getExtension(path: string | null): string | null {
  if (path === null) return null;
  const dot = extensionStart(path);
  return dot < 0 ? '' : path.slice(dot);
}

function getFileNameWithoutExtension(path: string | null): string | null {
  const name = getFileName(path);
  if (name === null) return null;
  const dot = name.lastIndexOf('.');
  return dot < 0 ? name : name.slice(0, dot);
}

function rootLength(path: string): number {
  if (!windows) return path.startsWith('/') ? 1 : 0;
  return platformPath.parse(path).root.length;
}

/** GetDirectoryName: $null for a root or $null, '' for a bare file name. */
function getDirectoryName(path: string | null): string | null {
  if (path === null) return null;
  if (path === '') throw argumentException('System.ArgumentException', 'The path is empty.', 'path');
  const root = rootLength(path);
  let end = fileNameStart(path);
  if (end <= root) return end === 0 ? '' : null;
  while (end > root && isSeparator(path[end - 1])) end--;
  return path.slice(0, end);
}

function combine(parts: readonly (string | null)[]): string {
  let result = '';
  for (const part of parts) {
    if (part === null) throw argumentException('System.ArgumentNullException', 'Value cannot be null.', 'paths');
    if (part === '') continue;
    if (rootLength(part) > 0) result = part;
    else result = result === '' || isSeparator(result[result.length - 1]) ? result + part : result + separator + part;
  }
  return result;
}

function join(parts: readonly (string | null)[]): string {
  let result = '';
  for (const part of parts) {
    if (!part) continue;
    result = result === '' || isSeparator(result[result.length - 1]) || isSeparator(part[0]) ? result + part : result + separator + part;
  }
  return result;
}

function changeExtension(path: string | null, extension: string | null): string | null {
  if (path === null) return null;
  const dot = path.lastIndexOf('.');
  const base = dot >= fileNameStart(path) ? path.slice(0, dot) : path;
  if (extension === null) return base;
  return base + (extension.startsWith('.') ? extension : '.' + extension);
}

/** Path.GetRandomFileName: 8.3 characters of base-32 randomness. */
function randomFileName(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz012345';
  const name = Array.from(randomBytes(11), (byte) => alphabet[byte & 31]).join('');
  return `${name.slice(0, 8)}.${name.slice(8, 11)}`;
}

registerStaticClass('System.IO.Path');

const invalidFileNameChars = windows
  ? ['"', '<', '>', '|', ...Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)), ':', '*', '?', '\\', '/']
  : ['\0', '/'];

defineType({
  fullName: 'System.IO.Path',
  staticProperties: {
    DirectorySeparatorChar: { type: 'char', get: () => Char.fromString(separator) },
    AltDirectorySeparatorChar: { type: 'char', get: () => Char.fromString('/') },
    PathSeparator: { type: 'char', get: () => Char.fromString(windows ? ';' : ':') },
    VolumeSeparatorChar: { type: 'char', get: () => Char.fromString(windows ? ':' : '/') },
  },
  methods: [
    ['static string Combine(Params string[] paths)', (_type, [parts]: [(string | null)[]]) => combine(parts)],
    ['static string Join(Params string[] paths)', (_type, [parts]: [(string | null)[]]) => join(parts)],
    ['static string GetFileName(string path)', (_type, [path]: [string | null]) => getFileName(path)],
    ['static string GetFileNameWithoutExtension(string path)', (_type, [path]: [string | null]) => getFileNameWithoutExtension(path)],
    ['static string GetExtension(string path)', (_type, [path]: [string | null]) => getExtension(path)],
    ['static bool HasExtension(string path)', (_type, [path]: [string | null]) => path !== null && extensionStart(path) >= 0],
    ['static string GetDirectoryName(string path)', (_type, [path]: [string | null]) => getDirectoryName(path)],
    ['static string ChangeExtension(string path, string extension)', (_type, [path, extension]: [string | null, string | null]) => changeExtension(path, extension)],
    ['static bool IsPathRooted(string path)', (_type, [path]: [string | null]) => path !== null && rootLength(path) > 0],
    ['static bool IsPathFullyQualified(string path)', (_type, [path]: [string | null]) => path !== null && platformPath.isAbsolute(path)],
    ['static string GetPathRoot(string path)', (_type, [path]: [string | null]) => (path === null ? null : path.slice(0, rootLength(path)))],
    ['static string GetFullPath(string path)', (_type, [path]: [string | null]) => {
      if (path === null) throw argumentException('System.ArgumentNullException', 'Value cannot be null.', 'path');
      if (path === '') throw argumentException('System.ArgumentException', 'The value cannot be an empty string.', 'path');
      const full = platformPath.resolve(path);
      return isSeparator(path[path.length - 1]) && !isSeparator(full[full.length - 1]) ? full + separator : full;
    }],
    ['static string GetTempPath()', () => {
      const temp = tmpdir();
      return isSeparator(temp[temp.length - 1]) ? temp : temp + separator;
    }],
    ['static string GetRandomFileName()', randomFileName],
    ['static char[] GetInvalidFileNameChars()', () => invalidFileNameChars.map((character) => Char.fromString(character))],
    ['static char[] GetInvalidPathChars()', () => (windows ? invalidFileNameChars.slice(0, 35) : ['\0']).map((character) => Char.fromString(character))],
  ],
});
