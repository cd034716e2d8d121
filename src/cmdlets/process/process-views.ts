/**
 * pwsh's views for System.Diagnostics.Process (DotNetTypes.format.ps1xml): the "process" table
 * (NPM(K) PM(M) WS(M) CPU(s) Id SI ProcessName), the Priority and StartTime tables (grouped by
 * priority class and start date), its wide view, the table Get-Process
 * -IncludeUserName's objects get, and a list of the type's DefaultDisplayPropertySet (Id,
 * Handles, CPU, SI, Name), which is what Format-List shows of a process in pwsh.
 */
import { formatDateTime, formatValue } from '../../engine/conversion/index.js';
import { DateTime, NumericValue } from '../../engine/values/index.js';
import { engineFormatHost, engineViews } from '../../format/index.js';
import { processTypeName } from './process-object.js';

export const processWithUserNameTypeName = 'System.Diagnostics.Process#IncludeUserName';

/** A member's value as the formatter reads it: undefined where reading fails (the column's script block would fail too, leaving the cell empty). */
const member = engineFormatHost.propertyValue;

const numberOf = (value: unknown) => (typeof value === 'bigint' ? Number(value) : Number(value ?? 0));

/** `"{0:N2}" -f [float](<figure> / scale)`. */
const singleN2 = (name: string, scale: number) => (value: unknown) => {
  const figure = member(value, name);
  return figure === undefined ? null : formatValue(NumericValue.single(numberOf(figure) / scale), 'N2');
};

/** `[long]($_.NPM / 1024)`: rounded half to even, as a conversion to Int64 rounds. */
function nonpagedKilobytes(value: unknown): unknown {
  const figure = member(value, 'NPM');
  if (figure === undefined) return null;
  const kilobytes = numberOf(figure) / 1024;
  const rounded = Math.round(kilobytes);
  return rounded - kilobytes === 0.5 && rounded % 2 !== 0 ? rounded - 1 : rounded;
}

const megabytes = 1024 * 1024;

engineViews.register(processTypeName, {
  kind: 'table',
  name: 'process',
  columns: [
    { label: 'NPM(K)', width: 7, alignment: 'right', value: { expression: nonpagedKilobytes } },
    { label: 'PM(M)', width: 8, alignment: 'right', value: { expression: singleN2('PM', megabytes) } },
    { label: 'WS(M)', width: 10, alignment: 'right', value: { expression: singleN2('WS', megabytes) } },
    { label: 'CPU(s)', width: 10, alignment: 'right', value: { expression: singleN2('CPU', 1) } },
    { width: 7, alignment: 'right', value: 'Id' },
    { width: 3, alignment: 'right', value: 'SI' },
    { value: 'ProcessName' },
  ],
});
/** The Priority and StartTime views' columns. */
const nameIdWorkingSet = [
  { width: 20, value: 'ProcessName' },
  { width: 10, alignment: 'right', value: 'Id' },
  { width: 12, alignment: 'right', value: 'WorkingSet64' },
] as const;
engineViews.register(processTypeName, { kind: 'table', name: 'Priority', groupBy: 'PriorityClass', columns: nameIdWorkingSet });
engineViews.register(processTypeName, {
  kind: 'table',
  name: 'StartTime',
  groupBy: {
    label: 'StartTime.ToShortDateString()',
    expression: (value) => {
      const started = member(value, 'StartTime');
      return started instanceof DateTime ? formatDateTime(started, 'd') : null;
    },
  },
  columns: nameIdWorkingSet,
});
engineViews.register(processTypeName, { kind: 'wide', name: 'process', value: 'ProcessName' });
engineViews.register(processTypeName, { kind: 'list', items: ['Id', 'Handles', 'CPU', 'SI', 'Name'].map((name) => ({ value: name })) });

engineViews.register(processWithUserNameTypeName, {
  kind: 'table',
  name: 'ProcessWithUserName',
  columns: [
    { label: 'WS(M)', width: 10, alignment: 'right', value: { expression: singleN2('WS', megabytes) } },
    { label: 'CPU(s)', width: 8, alignment: 'right', value: { expression: singleN2('CPU', 1) } },
    { width: 7, alignment: 'right', value: 'Id' },
    { width: 30, value: 'UserName' },
    { value: 'ProcessName' },
  ],
});
