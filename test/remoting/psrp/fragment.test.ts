import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Defragmenter } from '../../../src/remoting/psrp/defragmenter.js';
import {
  decodeFragments,
  encodeFragments,
  FRAGMENT_HEADER_LENGTH,
  FragmentReader,
  type Fragment,
} from '../../../src/remoting/psrp/fragment.js';
import { Fragmenter } from '../../../src/remoting/psrp/fragmenter.js';
import { allCaptureMessages, captureMessages, captureNames, capturePayloads } from './captures.js';
import { throwsPsrp } from './assert-psrp.js';

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}


const fragment = (objectId: bigint, fragmentId: bigint, start: boolean, end: boolean, blob: number[]): Fragment => ({
  objectId,
  fragmentId,
  start,
  end,
  blob: Uint8Array.from(blob),
});

test('MS-PSRP 4.2: ObjectId 1 and FragmentId 1 are big-endian', () => {
  const bytes = encodeFragments([fragment(1n, 1n, false, true, [])]);
  // 4.2: ObjectId 1 = bytes 0..6 zero, byte 7 = 1; FragmentId 1 likewise.
  assert.equal([...bytes.subarray(0, 8)], [0, 0, 0, 0, 0, 0, 0, 1]);
  assert.equal([...bytes.subarray(8, 16)], [0, 0, 0, 0, 0, 0, 0, 1]);
});

test('MS-PSRP 2.2.4: flags byte has S in bit 0, E in bit 1; BlobLength is big-endian', () => {
  const bytes = encodeFragments([fragment(0x0102030405060708n, 0n, true, false, [0xaa, 0xbb])]);
  assert.is(hex(bytes), '0102030405060708' + '0000000000000000' + '01' + '00000002' + 'aabb');
  assert.is(encodeFragments([fragment(1n, 2n, false, true, [])])[16], 0x02);
  assert.is(encodeFragments([fragment(1n, 0n, true, true, [])])[16], 0x03);
  const [decoded] = decodeFragments(Uint8Array.from([...bytes.subarray(0, 16), 0xfd, ...bytes.subarray(17)]));
  // Reserved bits are ignored on receipt.
  assert.is(decoded!.start, true);
  assert.is(decoded!.end, false);
});

test('every PSRP payload of every capture decodes into fragments and re-encodes to the same bytes', () => {
  let payloads = 0;
  for (const name of captureNames()) {
    for (const { bytes } of capturePayloads(name)) {
      const fragments = decodeFragments(bytes);
      assert.ok(fragments.length > 0);
      assert.is(hex(encodeFragments(fragments)), hex(bytes), name);
      payloads++;
    }
  }
  assert.ok(payloads > 600, `only ${payloads} payloads found`);
});

test('every capture stream defragments into whole messages', () => {
  const messages = allCaptureMessages();
  assert.ok(messages.length > 700, `only ${messages.length} messages`);
  // The recordings include messages fragmented across envelopes (Command + Send, long output).
  const multi = captureNames().flatMap((name) => capturePayloads(name)).filter(({ bytes }) => decodeFragments(bytes).some((f) => !f.start || !f.end));
  assert.ok(multi.length > 5);
});

test('test_psrp_open_runspace: creationXml is SESSION_CAPABILITY and INIT_RUNSPACEPOOL packed into one payload', () => {
  const payload = capturePayloads('test_psrp_open_runspace.json').find((p) => p.payload.element === 'creationXml')!;
  const messages = captureMessages('test_psrp_open_runspace.json').filter((m) => m.index === 1 && m.direction === 'request');
  assert.is(messages.length, 2);
  const packed = new Fragmenter(1n).pack(messages.map((m) => m.bytes), 1 << 20);
  assert.is(packed.length, 1);
  assert.is(hex(packed[0]!), hex(payload.bytes));
});

test('test_psrp_small_msg_size: CREATE_PIPELINE split over wxf:Command and wxf:Send is reproduced', () => {
  const payloads = capturePayloads('test_psrp_small_msg_size.json').filter(
    (p) => p.envelope.direction === 'request' && (p.envelope.index === 5 || p.envelope.index === 6),
  );
  const recorded = payloads.flatMap((p) => decodeFragments(p.bytes));
  assert.equal(recorded.map((f) => [f.objectId, f.fragmentId, f.start, f.end]), [
    [3n, 0n, true, false],
    [3n, 1n, false, true],
  ]);
  const message = captureMessages('test_psrp_small_msg_size.json').find((m) => m.index === 6 && m.direction === 'request')!;
  const ours = new Fragmenter(3n).fragment(message.bytes, FRAGMENT_HEADER_LENGTH + recorded[0]!.blob.length);
  assert.is(ours.length, 2);
  assert.is(hex(encodeFragments([ours[0]!])), hex(payloads[0]!.bytes));
  assert.is(hex(encodeFragments([ours[1]!])), hex(payloads[1]!.bytes));
});

// test_wsman_update_envelope_size_150 / _500 shrink the envelope budget; fragmenting at 150 and
// 500 bytes exercises the same paths with every real message.
for (const size of [150, 500]) {
  test(`every capture message survives fragmentation into ${size}-byte payloads`, () => {
    const messages = allCaptureMessages().map((m) => m.bytes);
    const payloads = new Fragmenter().pack(messages, size);
    for (const payload of payloads) assert.ok(payload.length <= size);
    // Reassemble from a byte stream cut at awkward places, as a transport could deliver it.
    const stream = Buffer.concat(payloads);
    const defragmenter = new Defragmenter();
    const out: Uint8Array[] = [];
    for (let offset = 0, step = 1; offset < stream.length; offset += step, step = (step * 7 + 3) % 97 + 1) {
      out.push(...defragmenter.pushBytes(stream.subarray(offset, offset + step)));
    }
    defragmenter.finish();
    assert.is(out.length, messages.length);
    out.forEach((bytes, i) => assert.ok(Buffer.from(bytes).equals(messages[i]!), `message ${i}`));
  });
}

test('fragment() gives consecutive ids, Start only first, End only last, and fresh ObjectIds', () => {
  const fragmenter = new Fragmenter();
  const first = fragmenter.fragment(new Uint8Array(100), FRAGMENT_HEADER_LENGTH + 30);
  assert.equal(first.map((f) => [f.objectId, f.fragmentId, f.start, f.end, f.blob.length]), [
    [1n, 0n, true, false, 30],
    [1n, 1n, false, false, 30],
    [1n, 2n, false, false, 30],
    [1n, 3n, false, true, 10],
  ]);
  assert.equal(fragmenter.fragment(new Uint8Array(5), 100).map((f) => [f.objectId, f.start, f.end]), [[2n, true, true]]);
  assert.throws(() => fragmenter.fragment(new Uint8Array(5), FRAGMENT_HEADER_LENGTH), RangeError);
});

test('pack() starts a message in the room the previous one left', () => {
  const payloads = new Fragmenter().pack([new Uint8Array(50), new Uint8Array(50)], 100);
  // 21 + 50 leaves 29 bytes: the second message starts there with 8 bytes of blob.
  const fragments = payloads.map((p) => decodeFragments(p));
  assert.equal(fragments.map((fs) => fs.map((f) => [f.objectId, f.fragmentId, f.blob.length])), [
    [
      [1n, 0n, 50],
      [2n, 0n, 8],
    ],
    [[2n, 1n, 42]],
  ]);
});

test('hostile: truncated fragments are refused wherever they are cut', () => {
  const bytes = encodeFragments([fragment(1n, 0n, true, true, [1, 2, 3, 4, 5])]);
  for (let cut = 1; cut < bytes.length; cut++) {
    throwsPsrp(() => decodeFragments(bytes.subarray(0, cut)), 'NotEnoughHeaderForRemoteDataObject');
  }
});

test('hostile: a BlobLength larger than the data is a truncated fragment, not a hang', () => {
  const bytes = encodeFragments([fragment(1n, 0n, true, true, [1, 2, 3])]);
  new DataView(bytes.buffer).setUint32(17, 4);
  throwsPsrp(() => decodeFragments(bytes), 'NotEnoughHeaderForRemoteDataObject');
  const reader = new FragmentReader();
  assert.equal(reader.push(bytes), []);
  assert.is(reader.bufferedLength, bytes.length);
  throwsPsrp(() => reader.finish(), 'NotEnoughHeaderForRemoteDataObject');
});

test('hostile: huge declared BlobLength is refused before anything is buffered', () => {
  const header = encodeFragments([fragment(1n, 0n, true, true, [])]);
  new DataView(header.buffer).setUint32(17, 0xffffffff);
  throwsPsrp(() => new FragmentReader().push(header), 'BlobLengthNotInRange');
  throwsPsrp(() => new FragmentReader({ maxBlobLength: 10 }).push(encodeFragments([fragment(1n, 0n, true, true, new Array(11).fill(0))])), 'BlobLengthNotInRange');
  // Split header: the length is checked as soon as the header is complete.
  const reader = new FragmentReader();
  assert.equal(reader.push(header.subarray(0, 10)), []);
  throwsPsrp(() => reader.push(header.subarray(10)), 'BlobLengthNotInRange');
});

test('a large fragment fed one byte at a time is reassembled, buffering only what arrived', () => {
  const blob = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 31) & 0xff);
  const bytes = encodeFragments([fragment(9n, 0n, true, true, [...blob]), fragment(10n, 0n, true, true, [1, 2])]);
  const reader = new FragmentReader();
  const out: Fragment[] = [];
  for (let i = 0; i < bytes.length; i++) {
    out.push(...reader.push(bytes.subarray(i, i + 1)));
    if (i === 5000) assert.is(reader.bufferedLength, 5001);
  }
  reader.finish();
  assert.equal(out.map((f) => [f.objectId, f.blob.length]), [[9n, 100_000], [10n, 2]]);
  assert.ok(Buffer.from(out[0]!.blob).equals(blob));
  assert.equal([...out[1]!.blob], [1, 2]);
});

test('hostile: out-of-order and inconsistent fragment sequences', () => {
  throwsPsrp(() => new Defragmenter().push(fragment(1n, 1n, false, true, [])), 'MissingIsStartFragment');
  throwsPsrp(() => new Defragmenter().push(fragment(1n, 1n, true, true, [])), 'FragmentIdsNotInSequence');
  throwsPsrp(() => new Defragmenter().push(fragment(0n, 0n, true, true, [])), 'ObjectIdCannotBeLessThanZero');
  const skip = new Defragmenter();
  skip.push(fragment(5n, 0n, true, false, [1]));
  throwsPsrp(() => skip.push(fragment(5n, 2n, false, true, [2])), 'FragmentIdsNotInSequence');
  const restart = new Defragmenter();
  restart.push(fragment(5n, 0n, true, false, [1]));
  throwsPsrp(() => restart.push(fragment(5n, 1n, true, true, [2])), 'FragmentIdsNotInSequence');
  const other = new Defragmenter();
  other.push(fragment(5n, 0n, true, false, [1]));
  throwsPsrp(() => other.push(fragment(6n, 0n, true, true, [2])), 'ObjectIdsNotMatching');
  // The broken message is dropped; the stream goes on with the next one.
  assert.equal([...other.push(fragment(7n, 0n, true, true, [9]))!], [9]);
  const unfinished = new Defragmenter();
  unfinished.push(fragment(5n, 0n, true, false, [1]));
  throwsPsrp(() => unfinished.finish(), 'MissingIsEndFragment');
});

test('hostile: a message growing past the limit is refused', () => {
  const defragmenter = new Defragmenter({ maxMessageLength: 10 });
  defragmenter.push(fragment(1n, 0n, true, false, new Array(6).fill(0)));
  throwsPsrp(() => defragmenter.push(fragment(1n, 1n, false, false, new Array(6).fill(0))), 'ObjectIsTooBig');
});

test('defragmenting joins blobs in order', () => {
  const d = new Defragmenter();
  assert.is(d.push(fragment(3n, 0n, true, false, [1, 2])), undefined);
  assert.ok(d.inProgress);
  assert.is(d.push(fragment(3n, 1n, false, false, [3])), undefined);
  assert.equal([...d.push(fragment(3n, 2n, false, true, [4, 5]))!], [1, 2, 3, 4, 5]);
  assert.not.ok(d.inProgress);
});

test.run();
