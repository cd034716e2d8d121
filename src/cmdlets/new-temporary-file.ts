/**
 * New-TemporaryFile as pwsh 7.4 on Unix: .NET's Path.GetTempFileName, an empty file named
 * tmpXXXXXX.tmp (six random letters or digits, created exclusively, owner-only) in the temporary
 * directory, written as the bare FileInfo pwsh writes (no provider properties).
 */
import { randomInt } from 'node:crypto';
import { openSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CmdletInfo } from '../engine/runtime/commands.js';
import { terminatingError } from './cmdlet-errors.js';
import { FileInfo } from './filesystem/items.js';

const nameCharacters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** mkstemps("tmpXXXXXX.tmp"): a new name until one does not exist yet. */
function createTempFile(directory: string): string {
  for (;;) {
    const name = `tmp${Array.from({ length: 6 }, () => nameCharacters[randomInt(nameCharacters.length)]).join('')}.tmp`;
    const path = join(directory, name);
    try {
      closeSync(openSync(path, 'wx', 0o600));
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

const newTemporaryFile = new CmdletInfo(
  {
    name: 'New-TemporaryFile',
    implementingType: 'Microsoft.PowerShell.Commands.NewTemporaryFileCommand',
    supportsShouldProcess: true,
    outputType: ['System.IO.FileInfo'],
    parameters: [],
  },
  (runtime) => ({
    end() {
      const directory = tmpdir();
      // ShouldProcess names .NET's GetTempPath, which ends with the separator.
      if (!runtime.shouldProcess(join(directory, '/'))) return;
      let path: string;
      try {
        path = createTempFile(directory);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw terminatingError(runtime, { exceptionType: 'System.IO.IOException', message, errorId: 'NewTemporaryFileWriteError', category: 'WriteError', target: join(directory, '/') });
      }
      runtime.writeObject(new FileInfo(path));
    },
  }),
);

export const newTemporaryFileCmdlets: readonly CmdletInfo[] = [newTemporaryFile];
