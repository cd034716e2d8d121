/**
 * Out-File: its input formatted as Out-String formats it (-Width sets the line width), written
 * to a file in the encoding given (UTF-8 without a byte-order mark by default). The file is
 * opened (created or emptied, unless -Append) before any input arrives, as pwsh does;
 * -NoClobber refuses an existing file.
 */
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { toPSString } from '../../engine/conversion/index.js';
import { CmdletInfo } from '../../engine/runtime/commands.js';
import { PSErrorException } from '../../engine/runtime/error-record.js';
import { formatMessage } from '../../engine/runtime/messages.js';
import { formatOutput } from '../../format/index.js';
import { encodingOf, encodingParameter } from '../encoding-parameter.js';
import { formatAndOutStrings, pathUtilsStrings } from './messages.js';

const outFile = new CmdletInfo(
  {
    name: 'Out-File',
    implementingType: 'Microsoft.PowerShell.Commands.OutFileCommand',
    defaultParameterSetName: 'ByPath',
    supportsShouldProcess: true,
    parameters: [
      { name: 'FilePath', type: 'string', aliases: ['Path'], parameterSets: { ByPath: { position: 0, mandatory: true } } },
      { name: 'LiteralPath', type: 'string', aliases: ['PSPath', 'LP'], parameterSets: { ByLiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } } },
      { ...encodingParameter, position: 1 },
      { name: 'Append', type: 'switch' },
      { name: 'Force', type: 'switch' },
      { name: 'NoClobber', type: 'switch', aliases: ['NoOverwrite'] },
      { name: 'Width', type: 'int', validation: [{ kind: 'ValidateRange', min: 2, max: 2147483647 }] },
      { name: 'NoNewline', type: 'switch' },
      { name: 'InputObject', type: 'psobject', valueFromPipeline: true },
    ],
  },
  (runtime) => {
    const items: unknown[] = [];
    const pathGiven = runtime.has('LiteralPath') || runtime.has('FilePath');
    const given = toPSString(runtime.parameter(runtime.has('LiteralPath') ? 'LiteralPath' : 'FilePath'));
    const path = runtime.frame.context.location.fileSystemPath(given);
    const encoding = encodingOf(runtime);
    let open = false;
    return {
      begin() {
        // With input to come the binder leaves both paths unbound (LiteralPath may still come by
        // property name): pwsh opens the file anyway and its path resolution refuses the null path.
        if (!pathGiven) throw new PSErrorException(runtime.errorRecord('System.Management.Automation.PSArgumentNullException', "Value cannot be null. (Parameter 'path')", 'ArgumentNull', 'InvalidArgument'));
        if (!runtime.shouldProcess(path, formatAndOutStrings.OutFile_Action)) return;
        if (runtime.switch('NoClobber') && existsSync(path)) {
          throw new PSErrorException(runtime.errorRecord('System.IO.IOException', formatMessage(pathUtilsStrings.UtilityFileExistsNoClobber, given, 'NoClobber'), 'NoClobber', 'ResourceExists', path));
        }
        if (!runtime.switch('Append') || !existsSync(path)) writeFileSync(path, encoding.preamble);
        open = true;
      },
      process() {
        const value = runtime.parameter('InputObject');
        if (value !== undefined) items.push(value);
      },
      end() {
        if (!open || items.length === 0) return;
        const width = runtime.parameter('Width') as number | undefined;
        appendFileSync(path, encoding.encode(formatOutput(items, { width, noNewline: runtime.switch('NoNewline') })));
      },
    };
  },
);

export const outFileCmdlets: readonly CmdletInfo[] = [outFile];
