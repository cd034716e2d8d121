/**
 * The pipeline description of CREATE_PIPELINE (MS-PSRP 2.2.3.11 Pipeline, 2.2.3.12 Command,
 * 2.2.3.13 Command Parameter), as PowerShell's PowerShell.ToPSObjectForRemoting writes it.
 */
import { enumObject, PipelineResultTypes } from './enums.js';
import { int32Of, listItems, propertyBag, PSOBJECT_LIST_TYPE_NAMES, Shape, typedList } from './clixml-shapes.js';
import type { Command, CommandParameter, PowerShellPipeline } from './messages.js';

export function powerShellToValue(pipeline: PowerShellPipeline): unknown {
  const extra = pipeline.extraCmds;
  return propertyBag([
    ['IsNested', pipeline.isNested],
    extra === undefined
      ? undefined
      : ['ExtraCmds', extra === null ? null : typedList(PSOBJECT_LIST_TYPE_NAMES, extra.map((cmds) => propertyBag([['Cmds', commandsToValue(cmds)]])))],
    ['Cmds', commandsToValue(pipeline.cmds)],
    ['History', pipeline.history],
    ['RedirectShellErrorOutputPipe', pipeline.redirectShellErrorOutputPipe],
  ]);
}

export function powerShellFromValue(value: unknown, where: string): PowerShellPipeline {
  const shape = Shape.of(value, where);
  const pipeline = {
    cmds: commandsFromValue(shape.get('Cmds'), `${where}.Cmds`),
    isNested: shape.optionalBoolean('IsNested', false),
    history: shape.nullableString('History'),
    redirectShellErrorOutputPipe: shape.optionalBoolean('RedirectShellErrorOutputPipe', false),
  };
  if (!shape.has('ExtraCmds')) return pipeline;
  const extra = shape.nullableList('ExtraCmds');
  return {
    ...pipeline,
    extraCmds: extra === null ? null : extra.map((statement, i) => commandsFromValue(Shape.of(statement, `${where}.ExtraCmds[${i}]`).get('Cmds'), `${where}.ExtraCmds[${i}].Cmds`)),
  };
}

const MERGES = ['MergeError', 'MergeWarning', 'MergeVerbose', 'MergeDebug', 'MergeInformation'] as const;
const MERGE_FIELDS = { MergeError: 'mergeError', MergeWarning: 'mergeWarning', MergeVerbose: 'mergeVerbose', MergeDebug: 'mergeDebug', MergeInformation: 'mergeInformation' } as const;

function commandsToValue(cmds: readonly Command[]): unknown {
  return typedList(PSOBJECT_LIST_TYPE_NAMES, cmds.map(commandToValue));
}

function commandToValue(command: Command): unknown {
  const merge = (value: number): unknown => enumObject(PipelineResultTypes, value);
  return propertyBag([
    ['Cmd', command.cmd],
    ['IsScript', command.isScript],
    ['UseLocalScope', command.useLocalScope],
    ['MergeMyResult', merge(command.mergeMyResult)],
    ['MergeToResult', merge(command.mergeToResult)],
    ['MergePreviousResults', merge(command.mergePreviousResults)],
    ['Args', typedList(PSOBJECT_LIST_TYPE_NAMES, command.args.map((arg) => propertyBag([['N', arg.name], ['V', arg.value]])))],
    ...MERGES.map((name) => {
      const value = command[MERGE_FIELDS[name]];
      return value === undefined ? undefined : ([name, merge(value)] as const);
    }),
  ]);
}

function commandsFromValue(value: unknown, where: string): Command[] {
  return listItems(value, where).map((item, i) => commandFromValue(item, `${where}[${i}]`));
}

function commandFromValue(value: unknown, where: string): Command {
  const shape = Shape.of(value, where);
  const useLocalScope = shape.optional('UseLocalScope');
  const command: { -readonly [K in keyof Command]: Command[K] } = {
    cmd: shape.string('Cmd'),
    isScript: shape.boolean('IsScript'),
    useLocalScope: typeof useLocalScope === 'boolean' ? useLocalScope : null,
    mergeMyResult: shape.int32('MergeMyResult'),
    mergeToResult: shape.int32('MergeToResult'),
    mergePreviousResults: shape.int32('MergePreviousResults'),
    args: shape.list('Args').map((arg, i): CommandParameter => {
      const parameter = Shape.of(arg, `${where}.Args[${i}]`);
      return { name: parameter.nullableString('N'), value: parameter.get('V') };
    }),
  };
  for (const name of MERGES) {
    if (shape.has(name)) command[MERGE_FIELDS[name]] = int32Of(shape.get(name), `${where}.${name}`);
  }
  return command;
}
