import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ClixmlError } from '../../../src/remoting/clixml/index.js';
import {
  buildMessage,
  commandMetadataCountFromValue,
  commandMetadataCountToValue,
  commandMetadataFromValue,
  commandMetadataToValue,
  dataToText,
  decodeMessage,
  encodeMessage,
  MessageType,
  NIL_GUID,
  parseMessage,
  readGuid,
  textToData,
  writeGuid,
  type Message,
} from '../../../src/remoting/psrp/index.js';
import { deserializeClixml, serializeClixml } from '../../../src/remoting/clixml/index.js';
import { captureMessages } from './captures.js';
import { throwsPsrp } from './assert-psrp.js';


/** 2.2.2.1: the client's time zone, an MS-NRBF CurrentSystemTimeZone, passed through untouched. */
const TIME_ZONE = 'AAEAAAD/////AQAAAAAAAAAEAQAAABxTeXN0ZW0uQ3VycmVudFN5c3RlbVRpbWVab25lBAAAABdtX0NhY2hlZERheWxpZ2h0Q2hhbmdlcw1tX3RpY2tzT2Zmc2V0Dm1fc3RhbmRhcmROYW1lDm1fZGF5bGlnaHROYW1lAwABARxTeXN0ZW0uQ29sbGVjdGlvbnMuSGFzaHRhYmxlCQkCAAAAAMDc8bz///8KCgQCAAAAHFN5c3RlbS5Db2xsZWN0aW9ucy5IYXNodGFibGUHAAAACkxvYWRGYWN0b3IHVmVyc2lvbghDb21wYXJlchBIYXNoQ29kZVByb3ZpZGVyCEhhc2hTaXplBEtleXMGVmFsdWVzAAADAwAFBQsIHFN5c3RlbS5Db2xsZWN0aW9ucy5JQ29tcGFyZXIkU3lzdGVtLkNvbGxlY3Rpb25zLklIYXNoQ29kZVByb3ZpZGVyCOxROD8BAAAACgoLAAAACQMAAAAJBAAAABADAAAAAQAAAAgI2QcAABAEAAAAAQAAAAkFAAAABAUAAAAhU3lzdGVtLkdsb2JhbGl6YXRpb24uRGF5bGlnaHRUaW1lAwAAAAdtX3N0YXJ0BW1fZW5kB21fZGVsdGEAAAANDQwAkOq4qG3LiAAQOyeuKMyIAGjEYQgAAAAL';

const RPID = '0f8a1c2d-3b4e-4f50-8a6b-7c8d9e0fa1b2';
const PID = '11223344-5566-7788-99aa-bbccddeeff00';

test('GUIDs are written in .NET Guid.ToByteArray() order', () => {
  const bytes = new Uint8Array(16);
  writeGuid('00112233-4455-6677-8899-aabbccddeeff', bytes, 0);
  assert.is(Buffer.from(bytes).toString('hex'), '33221100554477668899aabbccddeeff');
  assert.is(readGuid(bytes, 0), '00112233-4455-6677-8899-aabbccddeeff');
  // test_psrp_open_runspace: pypsrp wrote ShellId 76056A84-51DC-4F24-... in RFC byte order,
  // which read the .NET way is the RPID Windows echoes.
  const [first] = captureMessages('test_psrp_open_runspace.json');
  assert.is(Buffer.from(first!.bytes.subarray(8, 24)).toString('hex'), '76056a8451dc4f249262ca2a55464b2b');
  assert.is(decodeMessage(first!.bytes).rpid, '846a0576-dc51-244f-9262-ca2a55464b2b');
  assert.throws(() => writeGuid('not-a-guid', bytes, 0), TypeError);
});

test('MS-PSRP 2.2.1 header: little-endian Destination and MessageType, then RPID and PID', () => {
  const bytes = encodeMessage({ destination: 2, messageType: MessageType.SESSION_CAPABILITY, rpid: RPID, pid: NIL_GUID, data: Uint8Array.of(0x41) });
  assert.is(Buffer.from(bytes.subarray(0, 8)).toString('hex'), '0200000002000100');
  assert.is(bytes.length, 41);
  const decoded = decodeMessage(bytes);
  assert.equal([decoded.destination, decoded.messageType, decoded.rpid, decoded.pid, [...decoded.data]], [2, 0x00010002, RPID, NIL_GUID, [0x41]]);
});

test('the Data byte-order mark is optional on receipt and written for the client only', () => {
  assert.is(dataToText(Uint8Array.of(0xef, 0xbb, 0xbf, 0x3c, 0x53, 0x2f, 0x3e)), '<S/>');
  assert.is(dataToText(Uint8Array.of(0x3c, 0x53, 0x2f, 0x3e)), '<S/>');
  assert.equal([...textToData('<S/>', true)], [0xef, 0xbb, 0xbf, 0x3c, 0x53, 0x2f, 0x3e]);
  assert.equal([...textToData('<S/>', false)], [0x3c, 0x53, 0x2f, 0x3e]);
  throwsPsrp(() => dataToText(Uint8Array.of(0x3c, 0xff, 0xfe)), 'ReceivedUnsupportedDataType');
});

test('hostile headers: short, unknown destination, unknown message type', () => {
  const good = buildMessage({ type: 'PIPELINE_OUTPUT', destination: 1, rpid: RPID, pid: PID, payload: { value: 'hello' } });
  for (let cut = 0; cut < 40; cut++) throwsPsrp(() => decodeMessage(good.subarray(0, cut)), 'NotEnoughHeaderForRemoteDataObject');
  const destination = Uint8Array.from(good);
  destination[0] = 3;
  throwsPsrp(() => parseMessage(destination), 'ReceivedUnsupportedDataType');
  const type = Uint8Array.from(good);
  new DataView(type.buffer).setUint32(4, 0x00041012, true);
  throwsPsrp(() => parseMessage(type), 'ReceivedUnsupportedDataType');
});

test('hostile bodies: missing properties, wrong types, not CLIXML', () => {
  const header = (type: number): Uint8Array => encodeMessage({ destination: 1, messageType: type as MessageType, rpid: RPID, pid: NIL_GUID, data: new Uint8Array(0) });
  const withBody = (type: number, xml: string): Uint8Array => Buffer.concat([header(type), Buffer.from(xml)]);
  throwsPsrp(() => parseMessage(withBody(MessageType.RUNSPACEPOOL_STATE, '<Obj RefId="0"><MS></MS></Obj>')), 'MissingProperty');
  throwsPsrp(() => parseMessage(withBody(MessageType.RUNSPACEPOOL_STATE, '<Obj RefId="0"><MS><S N="RunspaceState">2</S></MS></Obj>')), 'ReceivedUnsupportedDataType');
  throwsPsrp(() => parseMessage(withBody(MessageType.RUNSPACEPOOL_STATE, '<S>Opened</S>')), 'ReceivedUnsupportedDataType');
  throwsPsrp(() => parseMessage(withBody(MessageType.SESSION_CAPABILITY, '<Obj RefId="0"><MS><Version N="protocolversion">2.3</Version></MS></Obj>')), 'MissingProperty');
  assert.throws(() => parseMessage(withBody(MessageType.PIPELINE_OUTPUT, '<Obj RefId="0"><MS>')), (e: unknown) => e instanceof ClixmlError);
  assert.throws(() => parseMessage(withBody(MessageType.PIPELINE_OUTPUT, '<!DOCTYPE a [<!ENTITY x "y">]><S>&x;</S>')), (e: unknown) => e instanceof ClixmlError);
  const deep = '<Obj RefId="0"><LST>'.repeat(2000) + '</LST></Obj>'.repeat(2000);
  assert.throws(() => parseMessage(withBody(MessageType.PIPELINE_OUTPUT, deep)), (e: unknown) => e instanceof ClixmlError);
  assert.throws(() => parseMessage(withBody(MessageType.PIPELINE_OUTPUT, `<S>${'a'.repeat(1000)}</S>`), { maxBodyBytes: 100 }), (e: unknown) => e instanceof ClixmlError);
  // END_OF_PIPELINE_INPUT has no Data.
  assert.equal(parseMessage(header(MessageType.END_OF_PIPELINE_INPUT)).payload, {});
});

test('CONNECT_RUNSPACEPOOL: the default-pool form is an empty string (2.2.2.29)', () => {
  const message: Message = { type: 'CONNECT_RUNSPACEPOOL', destination: 2, rpid: RPID, pid: NIL_GUID, payload: {} };
  assert.is(dataToText(decodeMessage(buildMessage(message)).data), '<S/>');
  const sized: Message = { ...message, payload: { minRunspaces: 1, maxRunspaces: 5 } };
  assert.is(dataToText(decodeMessage(buildMessage(sized)).data), '<Obj RefId="0"><MS><I32 N="MinRunspaces">1</I32><I32 N="MaxRunspaces">5</I32></MS></Obj>');
  assert.equal(parseMessage(buildMessage(sized)), sized);
});

test('MS-PSRP 2.2.2.6-2.2.2.8 examples read as typed payloads', () => {
  const read = (type: number, xml: string): unknown => parseMessage(Buffer.concat([encodeMessage({ destination: 2, messageType: type as MessageType, rpid: RPID, pid: NIL_GUID, data: new Uint8Array(0) }), Buffer.from(xml)])).payload;
  assert.equal(read(MessageType.SET_MAX_RUNSPACES, '<Obj RefId="5"><MS><I32 N="MaxRunspaces">3</I32><I64 N="ci">1</I64></MS></Obj>'), { ci: 1n, maxRunspaces: 3 });
  assert.equal(read(MessageType.SET_MIN_RUNSPACES, '<Obj RefId="6"><MS><I32 N="MinRunspaces">2</I32><I64 N="ci">2</I64></MS></Obj>'), { ci: 2n, minRunspaces: 2 });
  assert.equal(read(MessageType.GET_AVAILABLE_RUNSPACES, '<Obj RefId="7"><MS><I64 N="ci">3</I64></MS></Obj>'), { ci: 3n });
  // 2.2.2.8's example lost its <B> element in the Markdown; this is the element it shows as **true**.
  assert.equal(read(MessageType.RUNSPACE_AVAILABILITY, '<Obj RefId="2"><MS><B N="SetMinMaxRunspacesResponse">true</B><I64 N="ci">1</I64></MS></Obj>'), { ci: 1n, setMinMaxRunspacesResponse: true });
  assert.equal(read(MessageType.RUNSPACEPOOL_STATE, '<Obj RefId="1"><MS><I32 N="RunspaceState">2</I32></MS></Obj>'), { runspaceState: 2 });
  assert.equal(read(MessageType.PUBLIC_KEY_REQUEST, '<S></S>'), {});
  const hostCall = read(MessageType.RUNSPACEPOOL_HOST_CALL, '<Obj RefId="0"><MS><I64 N="ci">1</I64><Obj N="mi" RefId="1"><TN RefId="0"><T>System.Management.Automation.Remoting.RemoteHostMethodId</T><T>System.Enum</T><T>System.ValueType</T><T>System.Object</T></TN><ToString>ReadLine</ToString><I32>11</I32></Obj><Obj N="mp" RefId="2"><TN RefId="1"><T>System.Collections.ArrayList</T><T>System.Object</T></TN><LST /></Obj></MS></Obj>');
  assert.equal(hostCall, { ci: 1n, methodId: 11, parameters: [] });
  const response = read(MessageType.RUNSPACEPOOL_HOST_RESPONSE, '<Obj RefId="11"><MS><S N="mr">Line read from the host</S><I64 N="ci">1</I64><Obj N="mi" RefId="12"><TN RefId="4"><T>System.Management.Automation.Remoting.RemoteHostMethodId</T><T>System.Enum</T><T>System.ValueType</T><T>System.Object</T></TN><ToString>ReadLine</ToString><I32>11</I32></Obj></MS></Obj>');
  assert.equal(response, { ci: 1n, methodId: 11, returnValue: 'Line read from the host' });
});

/** Examples of MS-PSRP 2.2.2 whose RefIds start at 0, as any serializer numbers them. */
const SPEC_EXAMPLES: [section: string, type: keyof typeof MessageType, xml: string][] = [
  [
    '2.2.2.1',
    'SESSION_CAPABILITY',
    '<Obj RefId="0"><MS><Version N="protocolversion">2.2</Version><Version N="PSVersion">2.0</Version><Version N="SerializationVersion">1.1.0.1</Version><BA N="TimeZone">%TZ%</BA></MS></Obj>',
  ],
  [
    '2.2.2.13',
    'APPLICATION_PRIVATE_DATA',
    '<Obj RefId="0"><MS><Obj N="ApplicationPrivateData" RefId="1"><TN RefId="0"><T>System.Management.Automation.PSPrimitiveDictionary</T><T>System.Collections.Hashtable</T><T>System.Object</T></TN><DCT><En><S N="Key">BashPrivateData</S><Obj N="Value" RefId="2"><TNRef RefId="0" /><DCT><En><S N="Key">BashVersion</S><Version N="Value">2.0</Version></En></DCT></Obj></En></DCT></Obj></MS></Obj>',
  ],
  [
    '2.2.2.14',
    'GET_COMMAND_METADATA',
    '<Obj RefId="0"><MS><Obj N="Name" RefId="1"><TN RefId="0"><T>System.String[]</T><T>System.Array</T><T>System.Object</T></TN><LST><S>Get-*</S></LST></Obj><Obj N="CommandType" RefId="2"><TN RefId="1"><T>System.Management.Automation.CommandTypes</T><T>System.Enum</T><T>System.ValueType</T><T>System.Object</T></TN><ToString>Alias, Function, Filter, Cmdlet</ToString><I32>15</I32></Obj><Obj N="Namespace" RefId="3"><TNRef RefId="0" /><LST /></Obj><Nil N="ArgumentList" /></MS></Obj>',
  ],
];

for (const [section, type, example] of SPEC_EXAMPLES) {
  test(`MS-PSRP ${section}: the ${type} example parses and is rebuilt as written`, () => {
    const xml = example.replace('%TZ%', TIME_ZONE);
    const bytes = Buffer.concat([encodeMessage({ destination: 1, messageType: MessageType[type], rpid: RPID, pid: NIL_GUID, data: new Uint8Array(0) }), Buffer.from(xml)]);
    const message = parseMessage(bytes);
    // psh writes empty elements as <X/>, the specification as <X />.
    assert.is(dataToText(decodeMessage(buildMessage(message)).data), xml.replaceAll(' />', '/>'));
  });
}

test('the host call we write matches 2.2.2.15 element for element', () => {
  const bytes = buildMessage({ type: 'RUNSPACEPOOL_HOST_CALL', destination: 1, rpid: RPID, pid: NIL_GUID, payload: { ci: 1n, methodId: 11, parameters: [] } });
  assert.is(
    dataToText(decodeMessage(bytes).data),
    '<Obj RefId="0"><MS><I64 N="ci">1</I64><Obj N="mi" RefId="1"><TN RefId="0"><T>System.Management.Automation.Remoting.RemoteHostMethodId</T><T>System.Enum</T><T>System.ValueType</T><T>System.Object</T></TN><ToString>ReadLine</ToString><I32>11</I32></Obj><Obj N="mp" RefId="2"><TN RefId="1"><T>System.Collections.ArrayList</T><T>System.Object</T></TN><LST/></Obj></MS></Obj>',
  );
});

test('GET_COMMAND_METADATA replies: the counts Windows sent, and 2.2.3.22 CommandMetadata', () => {
  const outputs = captureMessages('test_psrp_get_command_metadata.json')
    .map((m) => parseMessage(m.bytes))
    .flatMap((m) => (m.type === 'PIPELINE_OUTPUT' ? [m.payload.value] : []));
  // Each reply is a count, then that many commands (Windows' own CommandMetadata objects).
  const replies: [number, string[]][] = [];
  for (const value of outputs) {
    const count = commandMetadataCountFromValue(value);
    if (count !== undefined) replies.push([count, []]);
    else replies.at(-1)![1].push(commandMetadataFromValue(value).name);
  }
  assert.equal(replies.map(([count, names]) => [count, names.length]), [[3, 3], [2, 2], [2, 2]]);
  assert.ok(replies[0]![1].every((name) => name.toLowerCase().startsWith('new-pssession')), replies[0]![1].join());
  assert.is(commandMetadataCountFromValue(deserializeClixml(serializeClixml(commandMetadataCountToValue(7)))), 7);
  assert.is(commandMetadataCountFromValue('7'), undefined);
  // The 2.2.3.22 example; the Markdown dropped the two <B> elements it shows as **false**.
  const example =
    '<Obj RefId="0"><TN RefId="0"><T>Selected.System.Management.Automation.CmdletInfo</T><T>System.Management.Automation.PSCustomObject</T><T>System.Object</T></TN><MS><S N="Name">Get-Variable</S><S N="Namespace">Microsoft.PowerShell.Utility</S><S N="HelpUri">http://go.microsoft.com/fwlink/?LinkID=113336</S><Obj N="CommandType" RefId="1"><TN RefId="1"><T>System.Management.Automation.CommandTypes</T><T>System.Enum</T><T>System.ValueType</T><T>System.Object</T></TN><ToString>Cmdlet</ToString><I32>8</I32></Obj><Nil N="ResolvedCommandName" /><Obj N="OutputType" RefId="2"><TN RefId="2"><T>System.Collections.ObjectModel.ReadOnlyCollection`1[[System.Management.Automation.PSTypeName, System.Management.Automation, Version=1.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35]]</T><T>System.Object</T></TN><LST><S>System.Management.Automation.PSVariable</S></LST></Obj><Obj N="Parameters" RefId="3"><TN RefId="3"><T>System.Collections.Generic.Dictionary`2[[System.String, mscorlib, Version=2.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089],[System.Management.Automation.ParameterMetadata, System.Management.Automation, Version=1.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35]]</T><T>System.Object</T></TN><DCT><En><S N="Key">Name</S><Obj N="Value" RefId="4"><TN RefId="4"><T>System.Management.Automation.ParameterMetadata</T><T>System.Object</T></TN><ToString>System.Management.Automation.ParameterMetadata</ToString><Props><S N="Name">Name</S><S N="ParameterType">System.String[]</S><Obj N="Aliases" RefId="5"><TN RefId="5"><T>System.Collections.ObjectModel.Collection`1[[System.String, mscorlib, Version=2.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089]]</T><T>System.Object</T></TN><LST /></Obj><B N="SwitchParameter">false</B><B N="IsDynamic">false</B></Props></Obj></En></DCT></Obj></MS></Obj>';
  const metadata = commandMetadataFromValue(deserializeClixml(example));
  assert.equal(metadata, {
    name: 'Get-Variable',
    namespace: 'Microsoft.PowerShell.Utility',
    helpUri: 'http://go.microsoft.com/fwlink/?LinkID=113336',
    commandType: 8,
    outputType: ['System.Management.Automation.PSVariable'],
    parameters: new Map([['Name', { name: 'Name', parameterType: 'System.String[]', aliases: [], switchParameter: false, isDynamic: false }]]),
  });
  const written = commandMetadataToValue(metadata);
  assert.equal(written.typeNames[0], 'Selected.System.Management.Automation.CmdletInfo');
  assert.equal(commandMetadataFromValue(deserializeClixml(serializeClixml(written))), metadata);
});

test.run();
