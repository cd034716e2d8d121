/**
 * What psh's prompts show, as pwsh's default `prompt` function and its console do: `PS ` and the
 * current location, then `> `; `>> ` while a statement is still incomplete. One place for the
 * line prompt (line-prompt.ts) and the Ink prompt's engine (engine-worker.ts, repl-app.tsx).
 */
export function promptText(location: string): string {
  return `PS ${location}> `;
}

export const continuationPrompt = '>> ';
