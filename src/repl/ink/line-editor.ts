/**
 * The state of the line being edited at the prompt, and the keys that change it: a pure
 * reducer, so the Ink component only renders it and tests drive it without a terminal.
 */
export interface EditorState {
  /** Lines already accepted for a statement that is still incomplete (shown after `>> `). */
  pending: string[];
  text: string;
  cursor: number;
  history: string[];
  /** Position in history while browsing with the arrows; history.length when editing new text. */
  historyIndex: number;
  /** The text typed before browsing history, restored when coming back down. */
  draft: string;
}

export function initialEditorState(history: string[] = []): EditorState {
  return { pending: [], text: '', cursor: 0, history, historyIndex: history.length, draft: '' };
}

export interface Key {
  input: string;
  leftArrow?: boolean;
  rightArrow?: boolean;
  upArrow?: boolean;
  downArrow?: boolean;
  return?: boolean;
  backspace?: boolean;
  delete?: boolean;
  ctrl?: boolean;
  meta?: boolean;
  home?: boolean;
  end?: boolean;
  tab?: boolean;
}

export type EditorAction =
  | { kind: 'edit'; state: EditorState }
  /** Enter: the full text of the statement so far (pending lines and this one). */
  | { kind: 'submit'; state: EditorState; text: string }
  /** Ctrl+C at the prompt: drop what is being typed. */
  | { kind: 'cancel'; state: EditorState }
  /** Ctrl+D on an empty line. */
  | { kind: 'eof'; state: EditorState };

function wordStartBefore(text: string, cursor: number): number {
  let i = cursor;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  while (i > 0 && !/\s/.test(text[i - 1])) i--;
  return i;
}

export function applyKey(state: EditorState, key: Key): EditorAction {
  const { text, cursor } = state;
  const edit = (next: Partial<EditorState>): EditorAction => ({ kind: 'edit', state: { ...state, ...next } });
  if (key.ctrl) {
    switch (key.input) {
      case 'c': return { kind: 'cancel', state: { ...state, pending: [], text: '', cursor: 0, historyIndex: state.history.length, draft: '' } };
      case 'd': return text === '' && state.pending.length === 0 ? { kind: 'eof', state } : edit({ text: text.slice(0, cursor) + text.slice(cursor + 1) });
      case 'a': return edit({ cursor: 0 });
      case 'e': return edit({ cursor: text.length });
      case 'b': return edit({ cursor: Math.max(0, cursor - 1) });
      case 'f': return edit({ cursor: Math.min(text.length, cursor + 1) });
      case 'u': return edit({ text: text.slice(cursor), cursor: 0 });
      case 'k': return edit({ text: text.slice(0, cursor) });
      case 'w': {
        const start = wordStartBefore(text, cursor);
        return edit({ text: text.slice(0, start) + text.slice(cursor), cursor: start });
      }
      default: return edit({});
    }
  }
  if (key.return) {
    const full = [...state.pending, text].join('\n');
    return { kind: 'submit', state: { ...state, text: '', cursor: 0 }, text: full };
  }
  if (key.leftArrow) return edit({ cursor: Math.max(0, cursor - 1) });
  if (key.rightArrow) return edit({ cursor: Math.min(text.length, cursor + 1) });
  if (key.home) return edit({ cursor: 0 });
  if (key.end) return edit({ cursor: text.length });
  if (key.upArrow) {
    if (state.historyIndex === 0) return edit({});
    const historyIndex = state.historyIndex - 1;
    const draft = state.historyIndex === state.history.length ? text : state.draft;
    const recalled = state.history[historyIndex];
    return edit({ historyIndex, draft, text: recalled, cursor: recalled.length });
  }
  if (key.downArrow) {
    if (state.historyIndex >= state.history.length) return edit({});
    const historyIndex = state.historyIndex + 1;
    const recalled = historyIndex === state.history.length ? state.draft : state.history[historyIndex];
    return edit({ historyIndex, text: recalled, cursor: recalled.length });
  }
  if (key.backspace) {
    if (cursor === 0) return edit({});
    return edit({ text: text.slice(0, cursor - 1) + text.slice(cursor), cursor: cursor - 1 });
  }
  if (key.delete) {
    // Terminals send DEL for the backspace key; Ink reports it as `delete`.
    if (cursor === 0) return edit({});
    return edit({ text: text.slice(0, cursor - 1) + text.slice(cursor), cursor: cursor - 1 });
  }
  if (key.tab || key.meta || key.input === '') return edit({});
  const typed = key.input.replace(/\r\n?|\n/g, '');
  return edit({ text: text.slice(0, cursor) + typed + text.slice(cursor), cursor: cursor + typed.length });
}

/** After a submit: keep the line as pending (input incomplete) or start afresh, recording history. */
export function afterSubmit(state: EditorState, lineText: string, incomplete: boolean, statementText: string): EditorState {
  if (incomplete) return { ...state, pending: [...state.pending, lineText] };
  const history = statementText.trim() && state.history[state.history.length - 1] !== statementText ? [...state.history, statementText] : state.history;
  return { ...state, pending: [], history, historyIndex: history.length, draft: '' };
}
