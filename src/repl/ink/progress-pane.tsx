/**
 * Write-Progress while a command runs at the Ink prompt: pwsh's Minimal view lines
 * (src/host/progress-view.ts), below the command's output, as wide as the terminal allows.
 */
import React from 'react';
import { Box, Text } from 'ink';

/** The live activities' lines at a given width (the engine's progress, rendered when Ink draws). */
export type ProgressLines = (maxWidth: number) => readonly string[];

export function ProgressPane({ lines, columns }: { lines: ProgressLines; columns: number }): React.JSX.Element {
  return (
    <Box flexDirection="column">
      {lines(columns).map((line, i) => (
        <Text key={i} wrap="truncate-end">
          {line}
        </Text>
      ))}
    </Box>
  );
}
