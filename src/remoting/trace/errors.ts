/** The trace decoder's one error type: the input is not a capture or envelope file it can decode. */
export class TraceError extends Error {
  override readonly name = 'TraceError';
}
