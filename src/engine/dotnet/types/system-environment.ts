/**
 * [Environment] (System.Environment): the process's environment variables, machine and user
 * names, special folders as .NET lays them out on this platform, and the like.
 */
import { availableParallelism, homedir, hostname, uptime, userInfo } from 'node:os';
import nodePath from 'node:path';
import { Hashtable } from '../../values/index.js';
import { argumentException } from '../errors.js';
import { defineEnum, enumNumber } from '../enums.js';
import { defineType } from '../member-table.js';
import { registerStaticClass } from '../type-registration.js';

const windows = process.platform === 'win32';

const specialFolders = {
  Desktop: 0,
  Programs: 2,
  MyDocuments: 5,
  Personal: 5,
  Favorites: 6,
  Startup: 7,
  Recent: 8,
  SendTo: 9,
  StartMenu: 11,
  MyMusic: 13,
  MyVideos: 14,
  DesktopDirectory: 16,
  MyComputer: 17,
  NetworkShortcuts: 19,
  Fonts: 20,
  Templates: 21,
  CommonStartMenu: 22,
  CommonPrograms: 23,
  CommonStartup: 24,
  CommonDesktopDirectory: 25,
  ApplicationData: 26,
  PrinterShortcuts: 27,
  LocalApplicationData: 28,
  InternetCache: 32,
  Cookies: 33,
  History: 34,
  CommonApplicationData: 35,
  Windows: 36,
  System: 37,
  ProgramFiles: 38,
  MyPictures: 39,
  UserProfile: 40,
  SystemX86: 41,
  ProgramFilesX86: 42,
  CommonProgramFiles: 43,
  CommonProgramFilesX86: 44,
  CommonTemplates: 45,
  CommonDocuments: 46,
  CommonAdminTools: 47,
  AdminTools: 48,
  CommonMusic: 53,
  CommonPictures: 54,
  CommonVideos: 55,
  Resources: 56,
  LocalizedResources: 57,
  CommonOemLinks: 58,
  CDBurning: 59,
};
defineEnum('System.Environment+SpecialFolder', specialFolders);
defineEnum('System.EnvironmentVariableTarget', { Process: 0, User: 1, Machine: 2 });

/** Environment.GetFolderPath on Unix, as .NET resolves it (XDG locations under the home directory); '' when there is none. */
function unixFolderPath(folder: number): string {
  const home = homedir();
  const xdg = (variable: string, fallback: string) => process.env[variable] || nodePath.join(home, fallback);
  switch (folder) {
    case specialFolders.UserProfile:
    case specialFolders.MyDocuments:
      return home;
    case specialFolders.ApplicationData:
      return xdg('XDG_CONFIG_HOME', '.config');
    case specialFolders.LocalApplicationData:
      return xdg('XDG_DATA_HOME', '.local/share');
    case specialFolders.Desktop:
    case specialFolders.DesktopDirectory:
      return nodePath.join(home, 'Desktop');
    case specialFolders.MyMusic:
      return nodePath.join(home, 'Music');
    case specialFolders.MyPictures:
      return nodePath.join(home, 'Pictures');
    case specialFolders.MyVideos:
      return nodePath.join(home, 'Videos');
    case specialFolders.Templates:
      return nodePath.join(home, 'Templates');
    case specialFolders.Fonts:
      return nodePath.join(home, '.fonts');
    case specialFolders.CommonApplicationData:
      return '/usr/share';
    case specialFolders.CommonTemplates:
      return '/usr/share/templates';
    default:
      return '';
  }
}

function checkName(name: string | null): string {
  if (name === null) throw argumentException('System.ArgumentNullException', 'Value cannot be null.', 'variable');
  return name;
}

/** Environment variable names are case-sensitive except on Windows. */
function variableValue(name: string): string | null {
  if (!windows) return process.env[name] ?? null;
  const key = Object.keys(process.env).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  return key === undefined ? null : (process.env[key] ?? null);
}

/** ExpandEnvironmentVariables: %NAME% replaced where NAME is set, left as written otherwise. */
function expand(text: string): string {
  return text.replace(/%([^%]+)%/g, (whole, name: string) => variableValue(name) ?? whole);
}

registerStaticClass('System.Environment');

defineType({
  fullName: 'System.Environment',
  staticProperties: {
    NewLine: { type: 'string', get: () => (windows ? '\r\n' : '\n') },
    MachineName: { type: 'string', get: () => hostname().split('.')[0]! },
    UserName: { type: 'string', get: () => userInfo().username },
    UserDomainName: { type: 'string', get: () => (windows ? (process.env['USERDOMAIN'] ?? hostname()) : hostname().split('.')[0]!) },
    ProcessorCount: { type: 'int', get: () => availableParallelism() },
    ProcessId: { type: 'int', get: () => process.pid },
    CurrentDirectory: {
      type: 'string',
      get: () => process.cwd(),
      set: (_type: unknown, directory: string) => process.chdir(directory),
    },
    Is64BitProcess: { type: 'bool', get: () => ['x64', 'arm64', 'ppc64', 's390x', 'riscv64', 'loong64'].includes(process.arch) },
    Is64BitOperatingSystem: { type: 'bool', get: () => ['x64', 'arm64', 'ppc64', 's390x', 'riscv64', 'loong64'].includes(process.arch) },
    TickCount: { type: 'int', get: () => Math.floor(uptime() * 1000) | 0 },
    TickCount64: { type: 'long', get: () => BigInt(Math.floor(uptime() * 1000)) },
    SystemDirectory: { type: 'string', get: () => (windows ? `${process.env['SystemRoot'] ?? 'C:\\Windows'}\\system32` : '') },
    HasShutdownStarted: { type: 'bool', get: () => false },
  },
  methods: [
    ['static string GetEnvironmentVariable(string variable)', (_type, [name]: [string | null]) => variableValue(checkName(name))],
    ['static string GetEnvironmentVariable(string variable, System.EnvironmentVariableTarget target)', (_type, [name, target]: [string | null, unknown]) =>
      enumNumber(target) === 0 ? variableValue(checkName(name)) : null],
    ['static void SetEnvironmentVariable(string variable, string value)', (_type, [name, value]: [string | null, string | null]) => {
      const key = checkName(name);
      if (key === '' || key.includes('=') || key.includes('\0')) throw argumentException('System.ArgumentException', 'Environment variable name cannot contain equal character.', 'variable');
      if (value === null || value === '') delete process.env[key];
      else process.env[key] = value;
    }],
    ['static System.Collections.IDictionary GetEnvironmentVariables()', () => Hashtable.from(Object.entries(process.env).filter(([, value]) => value !== undefined) as [string, string][])],
    ['static string ExpandEnvironmentVariables(string name)', (_type, [text]: [string | null]) => {
      if (text === null) throw argumentException('System.ArgumentNullException', 'Value cannot be null.', 'name');
      return expand(text);
    }],
    ['static string GetFolderPath(System.Environment+SpecialFolder folder)', (_type, [folder]: [unknown]) => (windows ? '' : unixFolderPath(enumNumber(folder)))],
    ['static string[] GetCommandLineArgs()', () => process.argv.slice(1)],
    ['static string[] GetLogicalDrives()', () => (windows ? [] : ['/'])],
  ],
});
