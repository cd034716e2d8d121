/**
 * .NET-shaped objects through the serializer's describer hook (native-objects.ts), with a
 * describer of the test's own: the shape pwsh's InternalSerializer writes for a complex object
 * (TN, ToString, Props, MS), depth, failing getters, references, and the refusal without a hook.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createEnumValue, PSObject } from '../../../src/engine/values/index.js';
import { ClixmlError, ClixmlSerializer, deserializeClixml, type NativeObjectDescriber, type NativeObjectDescription } from '../../../src/remoting/clixml/index.js';

class FakeFile {
  constructor(
    readonly name: string,
    readonly directory?: FakeFile,
  ) {}
}

const fileTypeNames = ['System.IO.FileInfo', 'System.IO.FileSystemInfo', 'System.MarshalByRefObject', 'System.Object'];
const fileTN = '<TN RefId="0"><T>System.IO.FileInfo</T><T>System.IO.FileSystemInfo</T><T>System.MarshalByRefObject</T><T>System.Object</T></TN>';

const describer: NativeObjectDescriber = {
  describe(value: object): NativeObjectDescription {
    const file = value as FakeFile;
    return {
      typeNames: fileTypeNames,
      toStringText: '/tmp/' + file.name,
      adaptedProperties: [
        { name: 'Name', read: () => file.name },
        { name: 'Length', read: () => 3 },
        {
          name: 'ExitCode',
          read: () => {
            throw new Error('Process must exit before requested information can be determined.');
          },
        },
        { name: 'Directory', read: () => file.directory ?? null },
        { name: 'Attributes', read: () => createEnumValue('System.IO.FileAttributes', 'Normal', 128) },
        { name: 'Lines', read: () => ['a', file.directory ?? 'none'] },
      ],
      extendedProperties: [{ name: 'BaseName', read: () => file.name.replace(/\..*$/, '') }],
    };
  },
};

const serialize = (value: unknown, depth: number) => new ClixmlSerializer(describer).serialize(value, depth);

test('a native object: type names, ToString, adapted properties in Props, extended ones in MS; a failing getter is left out', () => {
  assert.is(
    serialize(new FakeFile('a.txt'), 1),
    '<Obj RefId="0">' + fileTN + '<ToString>/tmp/a.txt</ToString><Props><S N="Name">a.txt</S><I32 N="Length">3</I32><Nil N="Directory"/>' +
      // Out of depth an enum is its name and a list is still written, its items as text (as in the ServiceController capture).
      '<S N="Attributes">Normal</S><Obj N="Lines" RefId="1"><TN RefId="1"><T>System.Object[]</T><T>System.Array</T><T>System.Object</T></TN><LST><S>a</S><S>none</S></LST></Obj>' +
      '</Props><MS><S N="BaseName">a</S></MS></Obj>',
  );
});

test('depth 1 writes a native property as its ToString text, depth 2 in full; a repeated object is a Ref', () => {
  const directory = new FakeFile('dir');
  const file = new FakeFile('a.txt', directory);
  assert.match(serialize(file, 1), '<S N="Directory">/tmp/dir</S>');
  const deep = serialize(file, 2);
  assert.match(deep, '<Obj N="Directory" RefId="1"><TNRef RefId="0"/><ToString>/tmp/dir</ToString><Props><S N="Name">dir</S>');
  assert.match(deep, '<Obj N="Attributes" RefId="3"><TN RefId="2"><T>System.IO.FileAttributes</T>');
  // The list's second item is the directory already written.
  assert.match(deep, '<LST><S>a</S><Ref RefId="1"/></LST>');
  assert.is(serialize(file, 0), '<S>/tmp/a.txt</S>');
});

test('a PSObject wrapping a native object: its notes come first in MS, at its own depth, then the type members', () => {
  const wrapper = new PSObject(new FakeFile('a.txt'));
  wrapper.addNoteProperty('PSChildName', 'a.txt');
  wrapper.addNoteProperty('PSDrive', new FakeFile('drive'));
  const xml = serialize(wrapper, 1);
  assert.match(xml, '<Obj RefId="0">' + fileTN + '<ToString>/tmp/a.txt</ToString><Props><S N="Name">a.txt</S>');
  // PSDrive is an instance member: written at the object's depth (1), so in full, its own properties as text.
  assert.match(xml, '<MS><S N="PSChildName">a.txt</S><Obj N="PSDrive" RefId="1"><TNRef RefId="0"/><ToString>/tmp/drive</ToString><Props><S N="Name">drive</S>');
  assert.match(xml, '</Obj><S N="BaseName">a</S></MS></Obj>');
});

test('out of depth, a wrapped native object with notes keeps them: its text, then the notes (pwsh: WritePrimitiveTypePSObjectWithNotes)', () => {
  const wrapper = new PSObject(new FakeFile('a.txt'));
  wrapper.addNoteProperty('PSChildName', 'a.txt');
  wrapper.addNoteProperty('PSDrive', new FakeFile('drive'));
  // A list keeps its items at its own depth: at depth 0 both are out of depth.
  const list = [wrapper, new PSObject(new FakeFile('b.txt'))];
  assert.is(
    serialize(list, 0),
    '<Obj RefId="0"><TN RefId="0"><T>System.Object[]</T><T>System.Array</T><T>System.Object</T></TN><LST>' +
      '<Obj RefId="1"><S>/tmp/a.txt</S><MS><S N="PSChildName">a.txt</S><S N="PSDrive">/tmp/drive</S></MS></Obj><S>/tmp/b.txt</S></LST></Obj>',
  );
});

test('read back: a property bag with Deserialized. type names, note properties and the ToString text', () => {
  const back = deserializeClixml(serialize(new FakeFile('a.txt'), 1)) as PSObject;
  assert.equal(back.typeNames, fileTypeNames.map((name) => 'Deserialized.' + name));
  assert.is(back.toStringText, '/tmp/a.txt');
  assert.is(back.propertyValue('Name'), 'a.txt');
  assert.is(back.propertyValue('BaseName'), 'a');
  assert.is(back.propertyValue('ExitCode'), undefined);
});

test('without a describer a native object is refused', () => {
  assert.throws(() => new ClixmlSerializer().serialize(new FakeFile('a.txt')), (e: unknown) => e instanceof ClixmlError && e.message === 'A FakeFile is not a psh value');
  assert.throws(
    () => new ClixmlSerializer().serialize(new PSObject(new FakeFile('a.txt'))),
    (e: unknown) => e instanceof ClixmlError && e.message === "A PSObject's base object must be a primitive, an array, a Hashtable or a PSObject",
  );
});

test.run();
