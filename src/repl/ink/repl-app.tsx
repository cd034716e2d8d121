/**
 * The interactive prompt as an Ink application: `PS /dir> ` and the line being edited at the
 * bottom, results and errors printed above it, `>> ` while the statement is incomplete, Ctrl+C
 * to drop the line or stop the running pipeline, `exit` (through the host) to leave.
 */
import React, { useRef, useState } from 'react';
import { Box, Static, Text, useApp, useInput, useStdout } from 'ink';
import { ProgressPane, type ProgressLines } from './progress-pane.js';
import { afterSubmit, applyKey, initialEditorState, type EditorState, type Key } from './line-editor.js';
import { continuationPrompt } from '../prompt-text.js';

/** One block of output shown above the prompt. */
export interface OutputBlock {
  text: string;
  kind: 'output' | 'error' | 'warning' | 'echo';
}

/** What the prompt needs from the engine; the engine knows nothing of Ink. */
export interface ReplHost {
  /** The prompt text, e.g. `PS /home/user> `. */
  prompt(): string;
  /** True when the text is an unfinished statement (the parser's incomplete-input errors). */
  isIncomplete(text: string): boolean;
  /**
   * Runs a statement; output arrives through `write`, and `readLine` reads a line for a host
   * prompt (Read-Host, a confirmation), and `showProgress` shows the live Write-Progress
   * activities (null: none). Resolves with an exit code when the script asked to exit.
   */
  run(text: string, write: (block: OutputBlock) => void, readLine?: ReadLine, showProgress?: (lines: ProgressLines | null) => void): Promise<{ exitCode: number | null }>;
  /** Stops the running pipeline (Ctrl+C while running). */
  stop(): void;
}

/** Reads a host prompt's line; a `secret` one (a password, Read-Host -MaskInput) shows `*` per character. */
export type ReadLine = (prompt: string, options?: { secret: boolean }) => Promise<string | null>;

const colours: Record<OutputBlock['kind'], string | undefined> = { output: undefined, error: 'red', warning: 'yellow', echo: undefined };

export function ReplApp({ host, history = [], onExit }: { host: ReplHost; history?: string[]; onExit: (code: number) => void }): React.JSX.Element {
  const { exit } = useApp();
  const { stdout } = useStdout();
  // The live progress: a function in state must be set through an updater, so it is boxed.
  const [progress, setProgress] = useState<{ lines: ProgressLines } | null>(null);
  const showProgress = (lines: ProgressLines | null) => setProgress(lines && { lines });
  // The editor state lives in a ref so keys that arrive before the next render (a paste, fast
  // typing) build on each other; the state copy only triggers the render.
  const editorRef = useRef<EditorState>(initialEditorState(history));
  const [editor, setEditor] = useState<EditorState>(editorRef.current);
  const runningRef = useRef(false);
  // Keys typed while a command runs (no host prompt reading) wait for the next prompt, as
  // pwsh's type-ahead does; Ctrl+C stops the command and drops them.
  const typeAheadRef = useRef<Key[]>([]);
  const [running, setRunning] = useState(false);
  const [blocks, setBlocks] = useState<(OutputBlock & { id: number })[]>([]);
  // A host prompt's line, read while a command runs: its prompt text, editor and answer.
  const readingRef = useRef<{ prompt: string; secret: boolean; editor: EditorState; answer: (line: string | null) => void } | null>(null);
  const [reading, setReading] = useState(readingRef.current);
  const updateReading = (next: typeof reading) => {
    readingRef.current = next;
    setReading(next);
  };
  const readLine: ReadLine = (prompt, options) =>
    new Promise<string | null>((answer) => updateReading({ prompt, secret: options?.secret ?? false, editor: initialEditorState(), answer }));
  const write = (block: OutputBlock) => setBlocks((previous) => [...previous, { ...block, id: previous.length }]);
  const update = (next: EditorState) => {
    editorRef.current = next;
    setEditor(next);
  };
  const setBusy = (busy: boolean) => {
    runningRef.current = busy;
    setRunning(busy);
  };
  /** A command has ended, well or not: the prompt's line editor is back, its host prompt and progress gone. */
  const commandEnded = () => {
    setBusy(false);
    updateReading(null);
    setProgress(null);
  };
  const finish = (code: number) => {
    onExit(code);
    exit();
  };

  const handleKey = (key: Key) => {
    const current = editorRef.current;
    const action = applyKey(current, key);
    switch (action.kind) {
      case 'edit':
        update(action.state);
        return;
      case 'cancel':
        write({ kind: 'echo', text: promptFor(current, host) + current.text + '^C' });
        update(action.state);
        return;
      case 'eof':
        finish(0);
        return;
      case 'submit': {
        const incomplete = host.isIncomplete(action.text);
        write({ kind: 'echo', text: promptFor(current, host) + current.text });
        update(afterSubmit(action.state, current.text, incomplete, action.text));
        if (incomplete || !action.text.trim()) return;
        setBusy(true);
        void host.run(action.text, write, readLine, showProgress).then(
          ({ exitCode }) => {
            commandEnded();
            if (exitCode !== null) finish(exitCode);
            else replayTypeAhead();
          },
          (e: unknown) => {
            commandEnded();
            write({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
            replayTypeAhead();
          },
        );
      }
    }
  };

  /** A key while a host prompt reads its line: edit it, Enter answers, Ctrl+C stops the command. */
  const handleReadKey = (current: NonNullable<typeof reading>, key: Key) => {
    const action = applyKey(current.editor, key);
    switch (action.kind) {
      case 'edit':
        updateReading({ ...current, editor: action.state });
        return;
      case 'cancel':
        write({ kind: 'echo', text: current.prompt + shown(current) + '^C' });
        updateReading(null);
        host.stop();
        return;
      case 'eof':
        updateReading(null);
        current.answer(null);
        return;
      case 'submit':
        write({ kind: 'echo', text: current.prompt + shown(current) });
        updateReading(null);
        current.answer(current.editor.text);
    }
  };

  const onKey = (key: Key) => {
    if (runningRef.current) {
      if (readingRef.current) handleReadKey(readingRef.current, key);
      else if (key.ctrl && key.input === 'c') {
        typeAheadRef.current = [];
        host.stop();
      } else typeAheadRef.current.push(key);
      return;
    }
    if (!key.return && /[\r\n]/.test(key.input)) {
      // Pasted lines: each line break is an Enter; what follows a line that starts a command waits as type-ahead.
      const lines = key.input.split(/\r\n|\r|\n/);
      lines.forEach((line, i) => {
        if (line) onKey({ input: line });
        if (i < lines.length - 1) onKey({ input: '', return: true });
      });
      return;
    }
    handleKey(key);
  };
  /** Feeds the keys typed while the command ran to the prompt that follows it. */
  const replayTypeAhead = () => {
    const keys = typeAheadRef.current;
    typeAheadRef.current = [];
    for (const key of keys) onKey(key);
  };

  useInput((input, key) => onKey({ ...key, input }));

  return (
    <>
      <Static items={blocks}>
        {(block) => (
          <Text key={block.id} color={colours[block.kind]}>
            {block.text}
          </Text>
        )}
      </Static>
      {running && progress && <ProgressPane lines={progress.lines} columns={stdout.columns || 120} />}
      {reading && <EditedLine prompt={reading.prompt} editor={reading.secret ? masked(reading.editor) : reading.editor} />}
      {!running && <EditedLine prompt={promptFor(editor, host)} editor={editor} />}
    </>
  );
}

/** The prompt and the line being typed, the cursor shown inverse. */
function EditedLine({ prompt, editor }: { prompt: string; editor: EditorState }): React.JSX.Element {
  return (
    <Box>
      <Text>{prompt}</Text>
      <Text>{editor.text.slice(0, editor.cursor)}</Text>
      <Text inverse>{editor.text[editor.cursor] ?? ' '}</Text>
      <Text>{editor.text.slice(editor.cursor + 1)}</Text>
    </Box>
  );
}

/** A secret line as it shows: one `*` per character, the cursor where it is. */
function masked(editor: EditorState): EditorState {
  return { ...editor, text: '*'.repeat(editor.text.length) };
}

/** The text a host prompt's line leaves above the prompt once answered. */
function shown(reading: { secret: boolean; editor: EditorState }): string {
  return reading.secret ? masked(reading.editor).text : reading.editor.text;
}

function promptFor(editor: EditorState, host: ReplHost): string {
  return editor.pending.length ? continuationPrompt : host.prompt();
}
