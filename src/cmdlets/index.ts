/**
 * psh's built-in cmdlets, one module per noun family. Each module exports its CmdletInfo list;
 * a cmdlet's aliases (pwsh's built-in ones) are part of its CommandSpec.
 */
import type { CmdletInfo } from '../engine/runtime/commands.js';
import { aliasCmdlets } from './alias.js';
import { clixmlCmdlets } from './clixml.js';
import { commandDiscoveryCmdlets } from './command-discovery.js';
import { convertFromStringDataCmdlets } from './convert-from-string-data.js';
import { csvCmdlets } from './csv.js';
import { cultureCmdlets } from './culture.js';
import { dateCmdlets } from './date.js';
import { fileSystemCmdlets } from './filesystem/index.js';
import { providerCmdlets } from './providers/index.js';
import { formatCmdlets } from './format.js';
import { getFileHashCmdlets } from './get-file-hash.js';
import { getUniqueCmdlets } from './get-unique.js';
import { helpCmdlets } from './help/get-help.js';
import { historyCmdlets } from './history.js';
import { hostCmdlets } from './host.js';
import { jobCmdlets } from './job.js';
import { joinStringCmdlets } from './join-string.js';
import { jsonCmdlets } from './json.js';
import { locationCmdlets } from './location.js';
import { moduleCmdlets } from './modules/index.js';
import { newGuidCmdlets } from './new-guid.js';
import { newTemporaryFileCmdlets } from './new-temporary-file.js';
import { objectCmdlets } from './object.js';
import { outCmdlets } from './out.js';
import { pesterCmdlets } from './pester/index.js';
import { processCmdlets } from './process/index.js';
import { selectStringCmdlets } from './select-string.js';
import { strictModeCmdlets } from './strict-mode.js';
import { timeSpanCmdlets } from './timespan.js';
import { utilityCmdlets } from './utility.js';
import { variableCmdlets } from './variable.js';
import { webCmdlets } from './web/index.js';
import { writeCmdlets } from './write.js';

export const builtinCmdlets: readonly CmdletInfo[] = [
  ...writeCmdlets,
  ...outCmdlets,
  ...objectCmdlets,
  ...jsonCmdlets,
  ...variableCmdlets,
  ...aliasCmdlets,
  ...dateCmdlets,
  ...timeSpanCmdlets,
  ...cultureCmdlets,
  ...utilityCmdlets,
  ...formatCmdlets,
  ...pesterCmdlets,
  ...fileSystemCmdlets,
  ...providerCmdlets,
  ...locationCmdlets,
  ...commandDiscoveryCmdlets,
  ...helpCmdlets,
  ...csvCmdlets,
  ...selectStringCmdlets,
  ...hostCmdlets,
  ...historyCmdlets,
  ...clixmlCmdlets,
  ...jobCmdlets,
  ...strictModeCmdlets,
  ...joinStringCmdlets,
  ...newGuidCmdlets,
  ...getUniqueCmdlets,
  ...convertFromStringDataCmdlets,
  ...newTemporaryFileCmdlets,
  ...getFileHashCmdlets,
  ...processCmdlets,
  ...webCmdlets,
  ...moduleCmdlets,
];
