import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Hashtable, PSObject } from '../../../src/engine/values/index.js';
import { deserializeClixml, serializeClixml } from '../../../src/remoting/clixml/index.js';
import { Defragmenter } from '../../../src/remoting/psrp/defragmenter.js';
import { dataToText, decodeMessage } from '../../../src/remoting/psrp/message.js';
import { messageTypeName } from '../../../src/remoting/psrp/message-type.js';
import { readTraceInput } from '../../../src/remoting/trace/input.js';
import { psrpPayloads } from '../../../src/remoting/trace/psrp-payloads.js';
import { valuesEqual } from './values-equal.js';

const capturesDir = fileURLToPath(new URL('../../../../shared/captures/pypsrp-windows/', import.meta.url));

interface CapturedClixml {
  readonly where: string;
  readonly messageType: string;
  readonly xml: string;
}

/** Every CLIXML body of every PSRP message recorded between pypsrp and Windows. */
function capturedClixml(): CapturedClixml[] {
  if (!existsSync(capturesDir)) throw new Error(`Windows captures not found at ${capturesDir}: the shared material (../shared/captures) is missing`);
  const found: CapturedClixml[] = [];
  // _template.json documents the capture format; it holds no traffic.
  for (const file of readdirSync(capturesDir).filter((name) => name.endsWith('.json') && name !== '_template.json').sort()) {
    const streams = new Map<string, Defragmenter>();
    for (const payload of psrpPayloads(readTraceInput(readFileSync(capturesDir + file, 'utf8')))) {
      let defragmenter = streams.get(payload.streamKey);
      if (!defragmenter) streams.set(payload.streamKey, (defragmenter = new Defragmenter()));
      for (const bytes of defragmenter.pushBytes(payload.bytes)) {
        const message = decodeMessage(bytes);
        const xml = dataToText(message.data);
        const messageType = messageTypeName(message.messageType) ?? String(message.messageType);
        // END_OF_PIPELINE_INPUT and the like carry no data.
        if (xml.trim() !== '') found.push({ where: `${file} #${payload.envelope.index} ${payload.envelope.direction}`, messageType, xml });
      }
    }
  }
  return found;
}

const captured = capturedClixml();

test('the captures hold CLIXML of many message types, both directions', () => {
  assert.ok(captured.length > 500, `only ${captured.length} CLIXML bodies found`);
  const types = new Set(captured.map((body) => body.messageType));
  for (const type of ['SESSION_CAPABILITY', 'INIT_RUNSPACEPOOL', 'CREATE_PIPELINE', 'PIPELINE_OUTPUT', 'ERROR_RECORD', 'PIPELINE_HOST_CALL', 'APPLICATION_PRIVATE_DATA', 'INFORMATION_RECORD', 'PROGRESS_RECORD']) {
    assert.ok(types.has(type), `no ${type} message found`);
  }
});

test('every captured CLIXML body deserializes, and re-serializing gives equal values', () => {
  for (const body of captured) {
    let value: unknown;
    try {
      value = deserializeClixml(body.xml);
    } catch (error) {
      assert.unreachable(`${body.where} ${body.messageType}: ${(error as Error).message}`);
    }
    const again = deserializeClixml(serializeClixml(value), { markDeserialized: false });
    assert.ok(valuesEqual(again, value), `${body.where} ${body.messageType}: the value changed in a round trip`);
  }
});

test('Windows objects read as PowerShell reads them', () => {
  const errorRecord = captured.find((body) => body.messageType === 'ERROR_RECORD')!;
  const record = deserializeClixml(errorRecord.xml) as PSObject;
  assert.is(record.typeNames[0], 'Deserialized.System.Management.Automation.ErrorRecord');
  const exception = record.propertyValue('Exception') as PSObject;
  assert.instance(exception, PSObject);
  assert.type(exception.propertyValue('Message'), 'string');

  const privateData = captured.find((body) => body.messageType === 'APPLICATION_PRIVATE_DATA' && body.xml.includes('PSVersionTable'))!;
  const data = (deserializeClixml(privateData.xml) as PSObject).propertyValue('ApplicationPrivateData') as PSObject;
  // PSPrimitiveDictionary is rebuilt as itself: its type names stay unprefixed.
  assert.is(data.typeNames[0], 'System.Management.Automation.PSPrimitiveDictionary');
  const versionTable = (data.baseObject as Hashtable).get('psversiontable') as PSObject;
  assert.ok((versionTable.baseObject as Hashtable).has('PSVERSION'), 'dictionary keys are case-insensitive');
});

test.run();
