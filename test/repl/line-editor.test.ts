/** The prompt's line editing, as a pure reducer: typing, cursor keys, kill keys, history, submit. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { afterSubmit, applyKey, initialEditorState, type EditorState, type Key } from '../../src/repl/ink/line-editor.js';

function press(state: EditorState, ...keys: (string | Key)[]): EditorState {
  for (const k of keys) {
    const action = applyKey(state, typeof k === 'string' ? { input: k } : k);
    state = action.state;
  }
  return state;
}

test('typing inserts at the cursor; arrows, home and end move it', () => {
  let s = press(initialEditorState(), 'Get-Item', { input: '', home: true }, 'x', { input: '', end: true }, ' a', { input: '', leftArrow: true }, 'b');
  assert.is(s.text, 'xGet-Item ba');
  assert.is(s.cursor, 11);
  s = press(s, { input: '', backspace: true });
  assert.is(s.text, 'xGet-Item a');
});

test('ctrl keys: line start and end, kill to start or end, delete word', () => {
  let s = press(initialEditorState(), 'Get-ChildItem -Path foo');
  s = press(s, { input: 'w', ctrl: true });
  assert.is(s.text, 'Get-ChildItem -Path ');
  s = press(s, { input: 'a', ctrl: true }, { input: 'f', ctrl: true }, { input: 'k', ctrl: true });
  assert.is(s.text, 'G');
  s = press(s, 'et', { input: 'u', ctrl: true });
  assert.is(s.text, '');
});

test('enter submits the pending lines and this one; incomplete input stays pending', () => {
  let s = press(initialEditorState(), 'if ($x) {');
  let action = applyKey(s, { input: '', return: true });
  assert.is(action.kind, 'submit');
  s = afterSubmit(action.state, 'if ($x) {', true, 'if ($x) {');
  assert.equal(s.pending, ['if ($x) {']);
  s = press(s, '1 }');
  action = applyKey(s, { input: '', return: true });
  assert.is(action.kind === 'submit' && action.text, 'if ($x) {\n1 }');
  s = afterSubmit(action.state, '1 }', false, 'if ($x) {\n1 }');
  assert.equal(s.pending, []);
  assert.equal(s.history, ['if ($x) {\n1 }']);
});

test('history: up recalls older entries, down returns to the draft', () => {
  let s = initialEditorState(['one', 'two']);
  s = press(s, 'dra', { input: '', upArrow: true });
  assert.is(s.text, 'two');
  s = press(s, { input: '', upArrow: true }, { input: '', upArrow: true });
  assert.is(s.text, 'one');
  s = press(s, { input: '', downArrow: true }, { input: '', downArrow: true });
  assert.is(s.text, 'dra');
});

test('ctrl+c drops the line and pending input; ctrl+d on an empty line ends', () => {
  const s = press(initialEditorState(), 'abc');
  const cancel = applyKey({ ...s, pending: ['x {'] }, { input: 'c', ctrl: true });
  assert.is(cancel.kind, 'cancel');
  assert.equal([cancel.state.text, cancel.state.pending], ['', []]);
  assert.is(applyKey(initialEditorState(), { input: 'd', ctrl: true }).kind, 'eof');
  assert.is(applyKey(s, { input: 'd', ctrl: true }).kind, 'edit');
});

test.run();
