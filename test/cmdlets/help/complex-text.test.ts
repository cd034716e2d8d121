/** ComplexText: pwsh's ComplexWriter layout of frames, newlines and wrapping. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ComplexText } from '../../../src/cmdlets/help/complex-text.js';

test('a newline writes the buffer with the open frames\' indentation, an empty one as the indentation alone', () => {
  const out = new ComplexText();
  out.text('NAME').newline();
  out.frame(4, (inner) => inner.text('f').newline(2));
  assert.equal(out.finish(), ['NAME', '    f', '    ', '']);
});

test('embedded line breaks become lines of the frame; text left when the frames close is written unindented at the end', () => {
  const out = new ComplexText();
  out.frame(4, (inner) => {
    inner.text('a\nb').newline();
    inner.frame(4, (deeper) => deeper.text('    c'));
  });
  assert.equal(out.finish(), ['    a', '    b', '    c']);
});

test('long lines wrap at spaces inside the width the frames leave', () => {
  const out = new ComplexText(12);
  out.frame(2, (inner) => inner.text('aaa bbb ccc ddd').newline());
  assert.equal(out.finish(), ['  aaa bbb ', '  ccc ddd', '']);
});

test.run();
